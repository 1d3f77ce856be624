// The units and recipients tables of Cấu hình, read row by row: every problem names its row and
// column and says what to do.

import { cellText } from './cell-value';
import { isEmail, normalizeEmail, splitEmails } from './email';
import { MENU } from './menu-items';
import { quoteList } from './quote';
import {
  parseRecipientRole,
  parseUnitKind,
  RECIPIENT_HEADERS,
  RECIPIENT_ROLES,
  SETTINGS_LAYOUT,
  UNIT_HEADERS,
  UNIT_KINDS,
} from './settings-layout';
import type { Row } from './settings-sheet';
import { isReservedTabName, MAX_UNIT_TAB_NAME_LENGTH, PRODUCT_TAB_NAMES } from './tab-names';
import type { Finding, Recipient, UnitSetting } from './types';
import { columnLetter } from './unit-tab';
import { nameKey } from './vn-format';

/** Short column names for findings, e.g. "I (Email người nhập)". */
const UNIT_SHORT = ['Mã', 'Tên đơn vị', 'Loại', 'Tên tab', 'Email người nhập', 'Người liên hệ', 'Email liên hệ'];
const RECIPIENT_SHORT = ['Nơi nhận', 'Email', 'Vai trò'];

/** Drops the "- " and the trailing ";" or "." a recipient copied from a Nơi nhận list carries: the Doc adds its own. */
function recipientName(text: string): string {
  return text
    .replace(/^[-–•+]\s*/, '')
    .replace(/[;.]\s*$/, '')
    .trim();
}

type Report = (row: number | null, column: string | null, message: string, severity?: Finding['severity']) => void;

interface TableRows {
  /** The rows below the header where anything is typed: the sheet row number and each column's text. */
  readonly rows: readonly { readonly r: number; readonly cells: readonly string[] }[];
  /** A column as findings name it, e.g. "I (Email người nhập)". */
  readonly col: (i: number) => string;
}

/** One table of Cấu hình, or null (and one problem) when its header was changed or shifted. */
function readTable(
  values: readonly Row[],
  firstCol: number,
  headers: readonly string[],
  shortNames: readonly string[],
  tableName: string,
  timeZone: string,
  problem: Report,
): TableRows | null {
  const L = SETTINGS_LAYOUT;
  const textsAt = (r: number) => headers.map((_, i) => cellText(values[r - 1]?.[firstCol - 1 + i], timeZone));
  const found = textsAt(L.headerRow);
  if (!found.every((h, i) => nameKey(h) === nameKey(headers[i]))) {
    const range = `${columnLetter(firstCol)}${L.headerRow}:${columnLetter(firstCol + headers.length - 1)}${L.headerRow}`;
    problem(
      L.headerRow,
      range,
      `Tiêu đề bảng ${tableName} ở ${range} đã bị đổi hoặc bị dời cột (phải là: ${headers.join(' | ')}). Trả lại tiêu đề và vị trí các cột, hoặc chạy lại ${MENU.setup.label}.`,
    );
    return null;
  }
  const rows: { r: number; cells: string[] }[] = [];
  for (let r = L.firstRow; r <= values.length; r++) {
    const cells = textsAt(r);
    if (cells.some((c) => c !== '')) rows.push({ r, cells });
  }
  return { rows, col: (i) => `${columnLetter(firstCol + i)} (${shortNames[i]})` };
}

export function parseUnits(values: readonly Row[], timeZone: string, problem: Report): UnitSetting[] {
  const table = readTable(values, SETTINGS_LAYOUT.unitsCol, UNIT_HEADERS, UNIT_SHORT, 'Đơn vị', timeZone, problem);
  if (!table) return [];
  const { col } = table;
  const units: UnitSetting[] = [];
  const codeRow = new Map<string, number>();
  const tabRow = new Map<string, number>();
  for (const { r, cells } of table.rows) {
    const [code, name, kindText, tabName, editorsText, contactName, contactText] = cells;

    if (code === '')
      problem(r, col(0), 'Chưa nhập mã đơn vị. Nhập một mã ngắn, không trùng với đơn vị khác (ví dụ: HND).');
    else if (codeRow.has(nameKey(code))) {
      problem(r, col(0), `Mã đơn vị "${code}" trùng với dòng ${codeRow.get(nameKey(code))}. Đặt một mã khác.`);
    } else codeRow.set(nameKey(code), r);

    if (name === '') problem(r, col(1), 'Chưa nhập tên đơn vị (ví dụ: Hội Nông dân xã).');

    const kind = parseUnitKind(kindText);
    if (!kind) {
      problem(
        r,
        col(2),
        `${kindText === '' ? 'Chưa chọn loại đơn vị' : `Không có loại đơn vị "${kindText}"`}. Chọn một trong: ${UNIT_KINDS.join('; ')}.`,
      );
    }

    if (tabName === '') problem(r, col(3), 'Chưa nhập tên tab của đơn vị (ví dụ: Hội Nông dân).');
    else if (tabName.length > MAX_UNIT_TAB_NAME_LENGTH) {
      problem(
        r,
        col(3),
        `Tên tab dài ${tabName.length} ký tự; tên tab của đơn vị tối đa ${MAX_UNIT_TAB_NAME_LENGTH} ký tự để khi ` +
          'tải bảng tính về dạng Excel (.xlsx) tên tab vẫn giữ nguyên. Đặt tên ngắn hơn (ví dụ: "CC Địa chính - NN - MT").',
      );
    } else if (isReservedTabName(tabName)) {
      problem(
        r,
        col(3),
        `Tên tab "${tabName}" trùng với tab của chương trình (${PRODUCT_TAB_NAMES.join(', ')}) hoặc tên tab tạm của chương trình. Đặt tên khác.`,
      );
    } else if (tabRow.has(nameKey(tabName))) {
      problem(
        r,
        col(3),
        `Tên tab "${tabName}" trùng với đơn vị ở dòng ${tabRow.get(nameKey(tabName))} (không phân biệt chữ hoa, chữ thường). Đặt tên khác.`,
      );
    } else tabRow.set(nameKey(tabName), r);

    const editors = splitEmails(editorsText);
    if (editors.invalid.length > 0) {
      problem(
        r,
        col(4),
        `Email người nhập không hợp lệ: ${quoteList(editors.invalid)}. Sửa lại (ví dụ: ten@gmail.com); nhiều địa chỉ thì cách nhau bởi dấu phẩy.`,
      );
    } else if (editors.emails.length === 0) {
      problem(
        r,
        col(4),
        'Chưa có email người nhập: chỉ chủ bảng tính sửa được tab của đơn vị này. Nhập email của người được giao nhập số liệu.',
        'warning',
      );
    }

    const contactEmail = normalizeEmail(contactText);
    if (contactEmail !== '' && !isEmail(contactEmail)) {
      problem(
        r,
        col(6),
        `Email liên hệ "${contactText}" không hợp lệ. Nhập một địa chỉ (ví dụ: ten@gmail.com) hoặc để trống.`,
      );
    }

    if (kind) {
      units.push({ code, name, kind, tabName, editors: editors.emails, contactName, contactEmail });
    }
  }
  return units;
}

export function parseRecipients(values: readonly Row[], timeZone: string, problem: Report): Recipient[] {
  const L = SETTINGS_LAYOUT;
  const table = readTable(values, L.recipientsCol, RECIPIENT_HEADERS, RECIPIENT_SHORT, 'Nơi nhận', timeZone, problem);
  if (!table) return [];
  const { col } = table;
  const recipients: Recipient[] = [];
  for (const { r, cells } of table.rows) {
    const [nameText, emailText, roleText] = cells;
    const name = recipientName(nameText);
    if (name === '') problem(r, col(0), 'Chưa nhập tên nơi nhận (ví dụ: Văn phòng Điều phối NTM huyện).');
    const email = normalizeEmail(emailText);
    if (email !== '' && !isEmail(email)) {
      problem(
        r,
        col(1),
        `Email "${emailText}" không hợp lệ. Nhập một địa chỉ (ví dụ: ten@gmail.com), hoặc để trống nếu nơi nhận này không nhận thư.`,
      );
    }
    let role = parseRecipientRole(roleText);
    if (roleText === '') {
      role = 'Để biết';
      problem(r, col(2), 'Chưa chọn vai trò: coi là "Để biết".', 'fixed');
    } else if (!role) {
      problem(r, col(2), `Không có vai trò "${roleText}". Chọn một trong: ${RECIPIENT_ROLES.join('; ')}.`);
    }
    if (role) recipients.push({ name, email, role });
  }
  return recipients;
}
