// The Danh mục tab: the lists the unit tabs' dropdowns offer. Defaults come from Kế hoạch
// 42/KH-BCĐ (forms II.2, topics II.1, funding III) and the 19 criteria of Quyết định 318/QĐ-TTg;
// the commune edits them in the tab, so nothing here is the only truth.
//
//   row 1   headers: A Hình thức | B Nội dung | C Nguồn kinh phí | D Tiêu chí NTM | E Đơn vị tính
//   row 2.. one item per cell, each column its own list, down to row CATALOGUE_MAX_ROWS + 1
// Fixed ranges (not "to the last row") so the dropdown validation of the unit tabs can point at
// them once and still see items added later.

import { cellText } from './cell-value';
import { MENU } from './menu-items';
import { quote } from './quote';
import { TAB } from './tab-names';
import type { Catalogue, Finding } from './types';
import { columnLetter } from './unit-tab';
import { nameKey } from './vn-format';

export type CatalogueKey = keyof Catalogue;

/** Column order of the tab. */
export const CATALOGUE_KEYS: readonly CatalogueKey[] = ['forms', 'topics', 'funding', 'criteria', 'measures'];

const CATALOGUE_HEADERS: Readonly<Record<CatalogueKey, string>> = {
  forms: 'Hình thức',
  topics: 'Nội dung',
  funding: 'Nguồn kinh phí',
  criteria: 'Tiêu chí NTM',
  measures: 'Đơn vị tính',
};

const CATALOGUE_HEADER_ROW = 1;
const CATALOGUE_FIRST_ROW = 2;
/** Items per column: far more than a commune needs, few enough to write in one call. */
const CATALOGUE_MAX_ROWS = 200;
const CATALOGUE_LAST_ROW = CATALOGUE_FIRST_ROW + CATALOGUE_MAX_ROWS - 1;

/** 1-based column of a list in the tab. */
function catalogueColumn(key: CatalogueKey): number {
  return CATALOGUE_KEYS.indexOf(key) + 1;
}

/** A1 range of a list's items, e.g. catalogueRange('forms') → "A2:A201", for dropdown validation. */
export function catalogueRange(key: CatalogueKey): string {
  const col = columnLetter(catalogueColumn(key));
  return `${col}${CATALOGUE_FIRST_ROW}:${col}${CATALOGUE_LAST_ROW}`;
}

/** The whole tab as written by catalogueToRows: "A1:E201". */
export const CATALOGUE_A1 = `A${CATALOGUE_HEADER_ROW}:${columnLetter(CATALOGUE_KEYS.length)}${CATALOGUE_LAST_ROW}`;

/** The NTM criteria of the 2021–2025 national set (Quyết định 318/QĐ-TTg, 08/03/2022), in its order. */
const NTM_CRITERIA_2021_2025: readonly string[] = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Trường học',
  'Cơ sở vật chất văn hóa',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Nghèo đa chiều',
  'Lao động',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa',
  'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Quốc phòng và An ninh',
].map((name, i) => `${i + 1}. ${name}`);

/**
 * The default lists. Topic 9 names the national emulation movement; a district's own version of it
 * (the plan's "Hữu Lũng cùng cả nước ...") belongs to that commune's catalogue, see sample.ts.
 */
export const DEFAULT_CATALOGUE: Catalogue = {
  forms: [
    'Phát thanh trên hệ thống loa truyền thanh',
    'Tin, bài trên thông tin đại chúng (báo, đài, trang thông tin điện tử)',
    'Băng zôn, khẩu hiệu, panô, áp phích',
    'Mạng xã hội (Zalo, Facebook…)',
    'Hội nghị tuyên truyền trực tiếp tại xã, thôn',
    'Lồng ghép trong hội nghị của tổ chức đảng, chính quyền',
    'Lồng ghép trong cuộc họp thôn',
    'Lồng ghép trong sinh hoạt của các tổ chức đoàn thể',
    'Lồng ghép trong các buổi tập huấn',
    'Xây dựng, nhân rộng mô hình điển hình tiên tiến',
    'Phát động thi đua xây dựng nông thôn mới',
    'Tham quan, học tập kinh nghiệm',
    'Hội thi, chương trình sân khấu hóa',
    'Hình thức khác',
  ],
  topics: [
    'Chủ trương của Đảng, chính sách của Nhà nước, văn bản chỉ đạo về xây dựng NTM',
    'Cơ chế, chính sách về các tiêu chí xã nông thôn mới',
    'Chính sách thu hút doanh nghiệp đầu tư vào nông nghiệp, nông thôn',
    'Hỗ trợ phát triển sản xuất, nâng cao thu nhập cho người dân',
    'Chương trình OCOP, quảng bá sản phẩm nông sản',
    'Kinh tế số, thương mại điện tử, địa chỉ số',
    'Vận động Nhân dân thực hiện các tiêu chí liên quan trực tiếp đến người dân',
    'Gương tập thể, cá nhân điển hình, người tốt việc tốt',
    'Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”',
    'Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”',
    'Cuộc vận động “Xây dựng gia đình 5 không 3 sạch 3 an toàn”',
    'Tham quan, học tập, chia sẻ kinh nghiệm xây dựng nông thôn mới',
    'Nội dung khác',
  ],
  funding: ['Kinh phí chủ động cân đối của đơn vị', 'Kinh phí lồng ghép', 'Huy động xã hội hóa'],
  criteria: NTM_CRITERIA_2021_2025,
  measures: [
    'buổi',
    'cuộc',
    'hội nghị',
    'lớp',
    'tin',
    'bài',
    'tin/bài',
    'bài đăng',
    'lượt phát',
    'giờ phát',
    'băng zôn',
    'khẩu hiệu',
    'panô',
    'áp phích',
    'tờ rơi',
    'mô hình',
    'hội thi',
    'đoàn',
    'lượt người',
    'hộ',
  ],
};

/**
 * The tab's values A1:E201 for one setValues: the header row, then each list down its column,
 * padded with "" to CATALOGUE_MAX_ROWS so that a shorter list also clears what an older, longer
 * one left below it. Throws if a list is longer than the tab holds (a programming error: lists
 * read back by parseCatalogue never are).
 */
export function catalogueToRows(c: Catalogue): string[][] {
  for (const key of CATALOGUE_KEYS) {
    if (c[key].length > CATALOGUE_MAX_ROWS) {
      throw new Error(`Danh mục "${CATALOGUE_HEADERS[key]}" có ${c[key].length} mục, tối đa ${CATALOGUE_MAX_ROWS}.`);
    }
  }
  const rows: string[][] = [CATALOGUE_KEYS.map((key) => CATALOGUE_HEADERS[key])];
  for (let i = 0; i < CATALOGUE_MAX_ROWS; i++) rows.push(CATALOGUE_KEYS.map((key) => c[key][i] ?? ''));
  return rows;
}

export interface CatalogueRead {
  readonly catalogue: Catalogue;
  readonly findings: Finding[];
}

/**
 * Reads the tab's values (from A1, as getValues gives them). Blank cells are skipped, items are
 * trimmed and NFC; an item repeated in the same column (compared as names) is kept once and
 * reported. Nothing here is an error: a list left empty only leaves its dropdown without choices.
 */
export function parseCatalogue(values: readonly (readonly unknown[])[]): CatalogueRead {
  const findings: Finding[] = [];
  const lists: Record<CatalogueKey, string[]> = { forms: [], topics: [], funding: [], criteria: [], measures: [] };
  const last = Math.min(values.length, CATALOGUE_LAST_ROW);
  // No column keeps its header: the header row was deleted and every list moved up one row, its
  // first item now in row 1. Read from row 1 so that item is not lost, and say what happened.
  const headerOf = (c: number) => cellText(values[CATALOGUE_HEADER_ROW - 1]?.[c]);
  const headerGone =
    values.length > 0 &&
    CATALOGUE_KEYS.every((key, c) => nameKey(headerOf(c)) !== nameKey(CATALOGUE_HEADERS[key])) &&
    CATALOGUE_KEYS.some((_, c) => headerOf(c) !== '');
  if (headerGone) {
    findings.push({
      tab: TAB.catalogue,
      row: CATALOGUE_HEADER_ROW,
      column: null,
      severity: 'warning',
      message:
        `Dòng ${CATALOGUE_HEADER_ROW} không còn tiêu đề cột (${CATALOGUE_KEYS.map((k) => CATALOGUE_HEADERS[k]).join(', ')}): ` +
        'có thể dòng tiêu đề đã bị xóa nên các danh sách dời lên một dòng. Các mục vẫn được đọc từ dòng 1, kể cả mục đầu tiên. ' +
        `Hãy chèn một dòng trống ở trên cùng và ghi lại tiêu đề các cột, rồi chạy ${MENU.setup.label} để ô chọn ở các tab đơn vị có đủ các mục.`,
    });
  }
  const firstRow = headerGone ? CATALOGUE_HEADER_ROW : CATALOGUE_FIRST_ROW;
  CATALOGUE_KEYS.forEach((key, c) => {
    const column = catalogueColumnName(key);
    const header = headerOf(c);
    if (!headerGone && values.length > 0 && nameKey(header) !== nameKey(CATALOGUE_HEADERS[key])) {
      findings.push({
        tab: TAB.catalogue,
        row: CATALOGUE_HEADER_ROW,
        column,
        severity: 'warning',
        message: `Tiêu đề cột phải là "${CATALOGUE_HEADERS[key]}" (đang là ${quote(header)}). Cột này vẫn được đọc là danh sách ${CATALOGUE_HEADERS[key]}; hãy sửa lại tiêu đề cho khỏi nhầm.`,
      });
    }
    const firstRowOf = new Map<string, number>();
    for (let r = firstRow; r <= last; r++) {
      const item = cellText(values[r - 1]?.[c]);
      if (item === '') continue;
      const seen = firstRowOf.get(nameKey(item));
      if (seen !== undefined) {
        findings.push({
          tab: TAB.catalogue,
          row: r,
          column,
          severity: 'warning',
          message: `${quote(item)} trùng với dòng ${seen}: chỉ giữ một mục. Hãy xóa ô này.`,
        });
        continue;
      }
      firstRowOf.set(nameKey(item), r);
      lists[key].push(item);
    }
    if (lists[key].length === 0) {
      findings.push({
        tab: TAB.catalogue,
        row: null,
        column,
        severity: 'warning',
        message: `Cột ${CATALOGUE_HEADERS[key]} chưa có mục nào: ô chọn tương ứng ở các tab đơn vị sẽ không có gì để chọn. Hãy nhập các mục từ dòng ${CATALOGUE_FIRST_ROW}.`,
      });
    }
  });
  if (
    values.length > CATALOGUE_LAST_ROW &&
    values.slice(CATALOGUE_LAST_ROW).some((row) => row.some((v) => cellText(v) !== ''))
  ) {
    findings.push({
      tab: TAB.catalogue,
      row: CATALOGUE_LAST_ROW + 1,
      column: null,
      severity: 'warning',
      message: `Danh mục chỉ đọc đến dòng ${CATALOGUE_LAST_ROW}; các mục từ dòng ${CATALOGUE_LAST_ROW + 1} trở xuống bị bỏ qua. Hãy chuyển chúng lên các ô trống phía trên.`,
    });
  }
  return { catalogue: lists, findings };
}

/** "A (Hình thức)" */
function catalogueColumnName(key: CatalogueKey): string {
  return `${columnLetter(catalogueColumn(key))} (${CATALOGUE_HEADERS[key]})`;
}
