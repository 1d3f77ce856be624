// Who may run a secretary's action, and the message for anyone else (a unit's editor): the owner of
// the Sheet and the addresses under "Email thư ký" in Cấu hình. src/gas/owner.ts learns the people
// from Google and stops the run with these words. Also who may edit the secretary's tabs, and who
// Cấu hình names but cannot open the Sheet yet.
import { MENU, menuPath } from './menu-items';
import { TAB } from './tab-names';
import type { Settings } from './types';

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
    `Hãy nhờ ${who} chạy ${menuPath(MENU.setup)} một lần rồi thử lại. ${NOTHING_CHANGED}`
  );
}

/**
 * Who may edit the tabs the product writes for the secretary: the owner (when known), the listed
 * secretaries and `more` (the person running, the unit's editors), lower-cased, each once.
 */
export function secretaryEditors(
  owner: string,
  settings: Pick<Settings, 'secretaryEmails'>,
  ...more: readonly string[]
): string[] {
  const all = [owner, ...settings.secretaryEmails, ...more].map((e) => e.toLowerCase()).filter(Boolean);
  return [...new Set(all)];
}

/**
 * The addresses of `wanted` that are neither the owner nor an editor of the Sheet (`sheetEditors`,
 * lower-cased): a tab's protection lets them edit it only once the Sheet itself is shared with them.
 * Google accounts ignore case, and so does this: each address once, lower-cased, in the order given.
 */
export function withoutAccess(wanted: readonly string[], owner: string, sheetEditors: readonly string[]): string[] {
  const canOpen = new Set([owner, ...sheetEditors]);
  return [...new Set(wanted.map((e) => e.toLowerCase()).filter((e) => e !== '' && !canOpen.has(e)))];
}

/** The units' editors and the secretaries Cấu hình lists who cannot open the Sheet (see withoutAccess). */
export function notSharedWith(
  settings: Pick<Settings, 'units' | 'secretaryEmails'>,
  owner: string,
  sheetEditors: readonly string[],
): { units: string[]; secretaries: string[] } {
  return {
    units: withoutAccess(
      settings.units.flatMap((u) => u.editors),
      owner,
      sheetEditors,
    ),
    secretaries: withoutAccess(settings.secretaryEmails, owner, sheetEditors),
  };
}
