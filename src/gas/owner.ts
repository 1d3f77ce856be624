// Who does the secretary's work (setup, Tổng hợp, Docs, mail): the owner of the Sheet and the
// addresses listed under "Email thư ký" in Cấu hình. Communes hand the work over: the Sheet may
// belong to the chairman or a former secretary, or to a shared drive, where Google names no owner.
// Anyone else (a unit's editor) would fail half-way on the protected tabs, or send mail from their
// own account: they are stopped first, with a message, before anything is made.
import { readSecretaryEmails } from '../domain/settings-sheet';
import { TAB } from '../domain/tab-names';
import type { Settings } from '../domain/types';
import { UserError } from './errors';
import { readAll } from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Secretaries = Pick<Settings, 'secretaryEmails'>;

/** The owner's e-mail, lower-cased; `fallback` when Google does not say (a shared drive). */
export function ownerEmail(ss: Spreadsheet, fallback = ''): string {
  return (ss.getOwner()?.getEmail() ?? fallback).toLowerCase();
}

/**
 * The person running the script: the active user, else the effective user (Google withholds the
 * active user's address in triggers run for someone else and for some consumer accounts); '' when
 * neither is known.
 */
export function activeUserEmail(): string {
  return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '').toLowerCase();
}

export interface SecretaryCheck {
  /** The menu's name of the action, for the message. */
  readonly action: string;
  /** The person running, lower-cased; '' when Google withholds the address. */
  readonly user: string;
  /** The owner, lower-cased; '' when Google names none (a shared drive). */
  readonly owner: string;
  /** "Email thư ký" of Cấu hình, lower-cased; null while the Sheet has no Cấu hình tab yet. */
  readonly secretaries: readonly string[] | null;
}

const FIELD = '"Email thư ký" của tab Cấu hình';
const NOTHING_CHANGED = 'Chưa thay đổi gì trong bảng tính.';

/**
 * Why `user` may not run the action, or null when they may. The check fails closed: when Google
 * tells no address at all, nobody can be recognised, so the action is refused. Before the first
 * setup there is no list: the owner starts, or on a shared drive whoever can edit (the template
 * then lists them).
 */
export function secretaryRefusal(c: SecretaryCheck): string | null {
  const { action, user, owner } = c;
  if (user === '') {
    return (
      `Google không cho tiện ích biết email của tài khoản đang chạy, nên không xác định được bạn có phải thư ký BQL NTM xã hay không: "${action}" chưa được chạy. ` +
      `Hãy đăng nhập Google bằng đúng tài khoản thư ký (nếu trình duyệt đang mở nhiều tài khoản Google, hãy đăng xuất các tài khoản khác hoặc mở bảng tính trong cửa sổ ẩn danh) rồi chạy lại. ${NOTHING_CHANGED}`
    );
  }
  if (user === owner) return null;
  if (c.secretaries === null) {
    if (owner === '') return null;
    return `Bảng tính chưa được thiết lập (chưa có tab "${TAB.settings}"): chỉ chủ bảng tính (${owner}) chạy được "${action}". ${NOTHING_CHANGED}`;
  }
  const listed = c.secretaries;
  if (listed.includes(user)) return null;
  if (owner === '' && listed.length === 0) {
    return (
      `Không xác định được chủ bảng tính (bảng tính nằm trong bộ nhớ dùng chung - Shared Drive) và mục ${FIELD} còn trống, nên chưa ai được chạy "${action}". ` +
      `Hãy ghi email của thư ký vào mục đó (nhiều email thì cách nhau bởi dấu phẩy) rồi chạy lại. ${NOTHING_CHANGED}`
    );
  }
  const list = listed.join(', ');
  const who =
    owner === ''
      ? `người có email ở mục ${FIELD} (${list})`
      : `chủ bảng tính (${owner})${listed.length > 0 ? ` và người có email ở mục ${FIELD} (${list})` : ''}`;
  const ask = owner === '' ? 'một người trong danh sách đó' : 'chủ bảng tính';
  return (
    `Chỉ thư ký BQL NTM xã chạy được "${action}": ${who}. ` +
    `Nếu bạn là thư ký, hãy nhờ ${ask} ghi email ${user} vào mục ${owner === '' ? 'đó' : FIELD} rồi chạy lại. ${NOTHING_CHANGED}`
  );
}

/**
 * For a secretary listed since the last setup: the protections still leave them out (only a setup
 * run by someone already in them writes the list into them), so every action would stop half-way.
 */
export function notYetInProtections(action: string, user: string, owner: string): string {
  const who = owner === '' ? 'một thư ký đã chạy được' : `chủ bảng tính (${owner})`;
  return (
    `Email ${user} đã có ở mục ${FIELD} nhưng quyền sửa các tab của bảng tính chưa được cập nhật, nên chưa chạy được "${action}". ` +
    `Hãy nhờ ${who} chạy Báo cáo NTM → Thiết lập bảng tính một lần rồi thử lại. ${NOTHING_CHANGED}`
  );
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

/**
 * Who may edit the tabs the product writes for the secretary: the owner (when known), the listed
 * secretaries and `more` (the person running, the unit's editors), lower-cased, each once.
 */
export function secretaryEditors(owner: string, settings: Secretaries, ...more: readonly string[]): string[] {
  const all = [owner, ...settings.secretaryEmails, ...more].map((e) => e.toLowerCase()).filter(Boolean);
  return [...new Set(all)];
}
