// Who does the secretary's work (setup, Tổng hợp, Docs, mail): the owner of the Sheet and the
// addresses listed under "Email thư ký" in Cấu hình. Communes hand the work over: the Sheet may
// belong to the chairman or a former secretary, or to a shared drive, where Google names no owner.
// Anyone else (a unit's editor) would fail half-way on the protected tabs, or send mail from their
// own account: they are stopped first, with a message, before anything is made.
import { notYetInProtections, secretaryRefusal } from '../domain/secretary';
import { readSecretaryEmails } from '../domain/settings-sheet';
import { TAB } from '../domain/tab-names';
import type { Settings } from '../domain/types';
import { UserError } from './errors';
import type { Spreadsheet } from './gas-types';
import { readAll } from './sheet-io';

type Secretaries = Pick<Settings, 'secretaryEmails'>;

/** The owner's e-mail, lower-cased; `fallback` when Google does not say (a shared drive). */
export function ownerEmail(ss: Spreadsheet, fallback = ''): string {
  return (ss.getOwner()?.getEmail() ?? fallback).toLowerCase();
}

/** The Sheet's editors' addresses, lower-cased (the owner is not always among them). */
export function editorEmails(ss: Spreadsheet): string[] {
  return ss.getEditors().map((u) => u.getEmail().toLowerCase());
}

/**
 * The person running the script: the active user, else the effective user (Google withholds the
 * active user's address in triggers run for someone else and for some consumer accounts); '' when
 * neither is known.
 */
export function activeUserEmail(): string {
  return (Session.getActiveUser().getEmail() || effectiveUserEmail()).toLowerCase();
}

/**
 * The account whose authority the run uses (for an installable trigger, whoever installed it),
 * lower-cased; '' when Google does not say.
 */
export function effectiveUserEmail(): string {
  return (Session.getEffectiveUser().getEmail() || '').toLowerCase();
}

/** Whether the one running may edit Cấu hình (no tab, or no protection: nothing stops them). */
function canEditSettings(ss: Spreadsheet): boolean {
  const sheet = ss.getSheetByName(TAB.settings);
  if (!sheet) return true;
  const [protection] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  return !protection || protection.canEdit();
}

/** "Email thư ký" as Cấu hình holds it now, however the rest of the tab reads; null: no tab yet. */
function listedSecretaries(ss: Spreadsheet): string[] | null {
  const sheet = ss.getSheetByName(TAB.settings);
  return sheet ? readSecretaryEmails(readAll(sheet), ss.getSpreadsheetTimeZone()) : null;
}

/**
 * Stops a run of a secretary's action by anyone else (see secretaryRefusal). `settings`, when the
 * caller has read them, saves reading Cấu hình; it is read only for someone who is not the owner.
 * Returns the owner ('' on a shared drive).
 */
export function assertSecretary(ss: Spreadsheet, action: string, settings?: Secretaries): string {
  const owner = ownerEmail(ss);
  const user = activeUserEmail();
  const mustList = user !== '' && user !== owner;
  const secretaries = mustList ? (settings?.secretaryEmails ?? listedSecretaries(ss)) : [];
  const refusal = secretaryRefusal({ action, user, owner, secretaries });
  if (refusal) throw new UserError(refusal);
  if (mustList && !canEditSettings(ss)) throw new UserError(notYetInProtections(action, user, owner));
  return owner;
}

/** Whether `user` (an address; '' when withheld) is the owner or a listed secretary. */
export function isSecretary(ss: Spreadsheet, settings: Secretaries, user: string): boolean {
  const key = user.toLowerCase();
  if (key === '') return false;
  return key === ownerEmail(ss) || settings.secretaryEmails.includes(key);
}
