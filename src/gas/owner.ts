// The owner of the Sheet is the secretary: setup, consolidation, Docs and mail are theirs. Anyone
// else (a unit's editor) would fail half-way on the protected tabs, or send mail from their own
// account: they are stopped first, with a message, before anything is made.
import { UserError } from './errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The owner's e-mail, lower-cased; `fallback` when Google does not say (a shared drive). */
export function ownerEmail(ss: Spreadsheet, fallback = ''): string {
  return (ss.getOwner()?.getEmail() ?? fallback).toLowerCase();
}

/** The person running the script, or '' when Google withholds it (consumer accounts, other domains). */
export function activeUserEmail(): string {
  return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '').toLowerCase();
}

/**
 * Stops a run of an owner-only action by someone else. When Google withholds the user's address,
 * the protections of the tabs decide instead.
 */
export function assertOwner(ss: Spreadsheet, action: string): string {
  const owner = ownerEmail(ss);
  const user = Session.getActiveUser().getEmail().toLowerCase();
  if (user && owner && user !== owner) {
    throw new UserError(
      `Chỉ chủ bảng tính (${owner}, thư ký BQL NTM xã) chạy được "${action}". Chưa thay đổi gì trong bảng tính.`,
    );
  }
  return owner;
}
