// Where each field of a unit's activity rows is, by the header texts of row 9.
//
// Decisions:
// - Each field is found by the text of its header in row 9 (nameKey: case, spacing and accent
//   placement do not matter), so a column a unit inserts or moves shifts nothing: the extra column
//   is ignored and findings name the column where the cell really is. A header row that differs
//   from ACTIVITY_HEADERS makes headerOk false (one finding on row 9); when a header is missing or
//   typed twice no row of the tab is counted, since reading by position could put money or people
//   in the wrong column.

import { lowerFirst } from './doc-text';
import { MENU } from './menu-items';
import { quote } from './quote';
import type { Finding } from './types';
import { ACTIVITY_HEADERS, columnLetter, UNIT_TAB } from './unit-tab';
import { nameKey } from './vn-format';

interface HeaderRead {
  /** Row 9 is ACTIVITY_HEADERS, column for column. */
  readonly exact: boolean;
  /** 0-based sheet column of each field (COL order), or null when the fields cannot be told apart. */
  readonly columns: number[] | null;
}

const RESTORE_HEADER =
  `Hãy khôi phục dòng tiêu đề (dòng ${UNIT_TAB.activityHeaderRow}) như mẫu, đủ ${ACTIVITY_HEADERS.length} cột, ` +
  `mỗi tên cột một lần, hoặc nhờ thư ký chạy ${MENU.setup.label}`;

/** Where each field's column is, by the header texts of row 9; one finding when row 9 is not the template. */
export function readHeader(values: readonly (readonly unknown[])[], tab: string, findings: Finding[]): HeaderRead {
  const headerRow = UNIT_TAB.activityHeaderRow;
  const row = values[headerRow - 1] ?? [];
  const texts: string[] = [];
  for (let c = 0; c < row.length; c++) texts.push(headerText(row[c]));
  const notCounted = `Các dòng hoạt động của tab này chưa được tính cho đến khi sửa xong.`;
  const unusable = (message: string): HeaderRead => {
    findings.push({ tab, row: headerRow, column: null, severity: 'error', message });
    return { exact: false, columns: null };
  };
  if (texts.every((t) => t === '')) {
    return unusable(
      `Không thấy dòng tiêu đề cột ở dòng ${headerRow} (có thể đã xóa dòng này hoặc chèn dòng phía trên). ` +
        `${notCounted} ${RESTORE_HEADER}.`,
    );
  }
  const fieldOf = new Map(ACTIVITY_HEADERS.map((h, i) => [nameKey(h), i] as const));
  const found: number[][] = ACTIVITY_HEADERS.map(() => []);
  const extra: string[] = [];
  texts.forEach((t, c) => {
    const field = fieldOf.get(nameKey(t));
    if (field !== undefined) found[field].push(c);
    else if (t !== '') extra.push(`${quote(t)} ở cột ${columnLetter(c + 1)}`);
  });
  const missing = ACTIVITY_HEADERS.filter((_, i) => found[i].length === 0).map((h) => `"${h}"`);
  const twice = ACTIVITY_HEADERS.flatMap((h, i) =>
    found[i].length > 1 ? [`"${h}" (ở các cột ${found[i].map((c) => columnLetter(c + 1)).join(', ')})`] : [],
  );
  if (missing.length > 0 || twice.length > 0) {
    const problems = [
      missing.length > 0 ? `thiếu cột ${missing.join(', ')}` : '',
      twice.length > 0 ? `cột ghi hai lần: ${twice.join('; ')}` : '',
      missing.length > 0 && extra.length > 0 ? `đang có cột lạ ${extra.join(', ')}` : '',
    ].filter(Boolean);
    return unusable(
      `Dòng tiêu đề cột (dòng ${headerRow}) đã bị sửa: ${problems.join('; ')}. Không biết số liệu nằm ở cột nào ` +
        `nên ${lowerFirst(notCounted)} ${RESTORE_HEADER}.`,
    );
  }
  const columns = found.map((cols) => cols[0]);
  if (columns.every((c, i) => c === i)) return { exact: true, columns };
  const moved = ACTIVITY_HEADERS.flatMap((h, i) =>
    columns[i] !== i ? [`"${h}" ở cột ${columnLetter(columns[i] + 1)} (mẫu: cột ${columnLetter(i + 1)})`] : [],
  );
  findings.push({
    tab,
    row: headerRow,
    column: null,
    severity: 'warning',
    message:
      `Các cột đã bị chèn hoặc đổi chỗ: ${moved.join('; ')}` +
      `${extra.length > 0 ? `; cột thêm không được đọc: ${extra.join(', ')}` : ''}. ` +
      'Số liệu vẫn được đọc theo tên cột nên vẫn được tính đúng. Nên đưa các cột về đúng vị trí như mẫu ' +
      '(xóa cột thêm, hoặc chuyển nội dung cột thêm vào cột Ghi chú) cho dễ đối chiếu.',
  });
  return { exact: false, columns };
}

function headerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return (typeof value === 'string' ? value : String(value)).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Row 9's columns no longer stand where setup puts them: a header is found in another column, or
 * something was typed right of the table (a column inserted). A header retyped in its own column
 * is not a shift: setup simply writes it back.
 */
export function activityHeaderChanged(row: readonly unknown[]): boolean {
  const keys = row.map((v) => nameKey(String(v ?? '')));
  const moved = ACTIVITY_HEADERS.some((h, i) => {
    const at = keys.indexOf(nameKey(h));
    return at >= 0 && at !== i;
  });
  return moved || keys.slice(ACTIVITY_HEADERS.length).some((k) => k !== '');
}

/** What setup says of a tab whose activity header it left alone (activityHeaderChanged). */
export function headerKeptFinding(tab: string): Finding {
  return {
    tab,
    row: UNIT_TAB.activityHeaderRow,
    column: null,
    severity: 'warning',
    message: `Dòng tiêu đề của bảng hoạt động đã bị sửa hoặc có cột chèn thêm: ${MENU.setup.label} không ghi đè dòng này và không đặt lại danh sách chọn của bảng, để số liệu không bị lệch cột. Hãy xóa cột chèn thêm (hoặc gõ lại đúng tiêu đề) rồi chạy lại.`,
  };
}
