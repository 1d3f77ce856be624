// The layout of a unit's tab. Setup writes it, Kiểm tra dữ liệu and Tổng hợp read it: one place
// so the three never disagree.
//
//   row 1  A: title "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN XÂY DỰNG NÔNG THÔN MỚI"
//   row 2  A: "Đơn vị:"  B: unit name         E: "Người liên hệ:"     F: contact   H: "Mã đơn vị:" I: code
//   row 3  A: "Cập nhật lần cuối:" B: time   E: "Trạng thái:"        F: status text
//   row 4  A: one line on what to do and where the lists come from (UNIT_TAB_HINT)
//   row 5  narrative header (Kỳ báo cáo | Kết quả nổi bật | ...)
//   row 6.. one narrative row per period of the year (6 tháng đầu năm, Cả năm)
//   row 9  activity header (Ngày | Hình thức | ...), data from row 10 down
// The narrative sits above the activities so that deleting or sorting activity rows can never
// touch it, and the frozen rows keep the activity header in view.

import { MENU, menuPath } from './menu-items';
import { foldVi, sameName } from './vn-format';

export const UNIT_TAB_TITLE = 'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN XÂY DỰNG NÔNG THÔN MỚI';

export const ACTIVITY_HEADERS = [
  'Ngày',
  'Hình thức',
  'Nội dung',
  'Tiêu chí NTM',
  'Mô tả',
  'Số lượng',
  'Đơn vị tính',
  'Số người tham dự',
  'Kinh phí đơn vị (đồng)',
  'Kinh phí lồng ghép (đồng)',
  'Kinh phí xã hội hóa (đồng)',
  'Mô hình, gương điển hình',
  'Ghi chú',
] as const;

export const NARRATIVE_HEADERS = [
  'Kỳ báo cáo',
  'Kết quả nổi bật',
  'Tồn tại, hạn chế',
  'Nguyên nhân',
  'Đề xuất, kiến nghị',
] as const;

/** 0-based column index of each activity field within the activity table. */
export const COL = {
  date: 0,
  form: 1,
  topic: 2,
  criterion: 3,
  description: 4,
  quantity: 5,
  measure: 6,
  participants: 7,
  moneyUnit: 8,
  moneyIntegrated: 9,
  moneySocial: 10,
  model: 11,
  note: 12,
} as const;

export const UNIT_TAB = {
  titleRow: 1,
  unitRow: 2,
  lastChangeRow: 3,
  hintRow: 4,
  /** Column (1-based) of the labels and values in the header block. */
  labelCol: 1,
  valueCol: 2,
  rightLabelCol: 5,
  rightValueCol: 6,
  /** The unit's code, on row 2: how setup recognises a tab after a rename. */
  codeLabelCol: 8,
  codeValueCol: 9,
  narrativeHeaderRow: 5,
  narrativeFirstRow: 6,
  narrativeRows: 2,
  activityHeaderRow: 9,
  activityFirstRow: 10,
  columns: ACTIVITY_HEADERS.length,
  /** Rows frozen so the activity header stays in view. */
  frozenRows: 9,
} as const;

/** Row 4 of a unit's tab: what to do, in one line, for someone who opens it for the first time. */
export const UNIT_TAB_HINT = `Cách nhập: mỗi hoạt động một dòng từ dòng ${UNIT_TAB.activityFirstRow}; Hình thức, Nội dung, Tiêu chí NTM chọn trong danh sách (lấy từ tab Danh mục do thư ký cập nhật); số chỉ gõ chữ số; tự đánh giá ghi ở dòng ${UNIT_TAB.narrativeFirstRow}–${UNIT_TAB.narrativeFirstRow + UNIT_TAB.narrativeRows - 1}; xong chọn ${menuPath(MENU.checkData)}.`;

/** How a hint of any version begins: setup rewrites such a cell, and leaves anything else a unit typed there. */
export const UNIT_TAB_HINT_START = 'Cách nhập:';

/** Column letter of a 1-based column index (1 -> A, 27 -> AA). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Narrative row labels for a year, in the order of the rows. */
export function narrativeLabels(year: number): string[] {
  return [`6 tháng đầu năm ${year}`, `Cả năm ${year}`];
}

/** The label beside a unit tab's code (H2, the code in I2 as setup writes it). */
export const UNIT_CODE_LABEL = 'Mã đơn vị:';
export const LAST_CHANGE_LABEL = 'Cập nhật lần cuối:';

/**
 * How many columns of the header rows are searched for the labels: a unit may insert columns
 * before them, and its tab must still be recognised by its code.
 */
export const HEADER_SCAN_COLUMNS = 26;

/** The cell right of `label` in a header row (0-based index), or -1 when the label is not there. */
export function cellAfterLabel(row: readonly unknown[], label: string): number {
  const at = row.findIndex((v) => typeof v === 'string' && sameName(v, label));
  return at < 0 ? -1 : at + 1;
}

/**
 * The unit code in a tab's row 2: the first non-blank cell after "Mã đơn vị:", wherever the label
 * now stands (a column inserted between the label and the code leaves a blank between them), or "".
 */
export function unitCodeOf(row2: readonly unknown[]): string {
  const at = cellAfterLabel(row2, UNIT_CODE_LABEL);
  if (at < 0) return '';
  for (let i = at; i < row2.length; i++) {
    const text = String(row2[i] ?? '').trim();
    if (text !== '') return text;
  }
  return '';
}

/**
 * The year a narrative label is of ("Cả năm 2023" -> 2023, spelled as narrative-rows accepts it:
 * without regard to accents, case or spacing), or null for a blank or unknown label.
 */
export function narrativeLabelYear(label: unknown): number | null {
  if (typeof label !== 'string') return null;
  const folded = foldVi(label);
  const year = Number(/\b(\d{4})\b/.exec(folded)?.[1]);
  if (!Number.isInteger(year)) return null;
  return narrativeLabels(year).some((l) => foldVi(l) === folded) ? year : null;
}
