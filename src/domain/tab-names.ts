// The product's own tabs. A unit tab may not take one of these names (Sheets compares tab names
// without regard to case), nor a name the rebuild of a product tab uses in passing.
import { nameKey } from './vn-format';

export const TAB = {
  guide: 'Hướng dẫn',
  settings: 'Cấu hình',
  catalogue: 'Danh mục',
  summary: 'Tổng hợp',
  check: 'Kiểm tra',
  plan: 'Kế hoạch',
  sendLog: 'Nhật ký gửi',
  reportLog: 'Nhật ký báo cáo',
  narrativeArchive: 'Lưu trữ tự đánh giá',
} as const;

export const PRODUCT_TAB_NAMES: readonly string[] = Object.values(TAB);

/**
 * The tabs the product writes for the secretary (besides Cấu hình and Danh mục), with what Google
 * shows of each one's protection (Dữ liệu → Trang tính và dải ô được bảo vệ). One text per tab,
 * whichever run protects it: the run that writes the tab, or setup when "Email thư ký" changes.
 */
export const SECRETARY_TAB_PROTECTION = {
  [TAB.summary]: 'Tổng hợp: do tiện ích tạo, không sửa tay',
  [TAB.check]: 'Kiểm tra: do tiện ích tạo, không sửa tay',
  [TAB.plan]: 'Kế hoạch: chỉ thư ký sửa',
  [TAB.sendLog]: 'Nhật ký gửi: do tiện ích ghi; chỉ thư ký sửa',
  [TAB.reportLog]: 'Nhật ký báo cáo: do tiện ích ghi',
  [TAB.narrativeArchive]: 'Lưu trữ tự đánh giá: do tiện ích ghi khi đổi năm báo cáo; chỉ thư ký sửa',
} as const;

/**
 * Suffixes of the temporary tabs made while a tab is rebuilt and swapped in (src/gas/sheet-io.ts,
 * replaceSheet): a leftover tab with such a name is deleted, so no unit may own one.
 */
export const STAGING_SUFFIX = ' (đang tạo)';
export const RETIRED_SUFFIX = ' (bản cũ)';

/**
 * The product's limit on a unit's tab name: Excel's. A Sheet downloaded as .xlsx (a backup, the
 * offline runner) keeps its tab names only when they are at most 31 characters long.
 */
export const MAX_UNIT_TAB_NAME_LENGTH = 31;

/**
 * Whether `name` is a product tab, or ends like the temporary tabs of a rebuild, compared as Sheets
 * compares tab names (case-insensitively).
 */
export function isReservedTabName(name: string): boolean {
  const key = nameKey(name);
  if (PRODUCT_TAB_NAMES.some((reserved) => nameKey(reserved) === key)) return true;
  return key.endsWith(nameKey(STAGING_SUFFIX)) || key.endsWith(nameKey(RETIRED_SUFFIX));
}

/** The name of the empty tab a new spreadsheet comes with: "Trang tính1", "Sheet1". */
export function isStarterTabName(name: string): boolean {
  return !isReservedTabName(name) && /^(Trang tính|Sheet)\s*\d+$/i.test(name);
}

/**
 * The tabs a first setup deletes (indices, in order): the empty tabs a new spreadsheet comes with,
 * nobody's data, just clutter; never the last tab left. `empty` need be read only of a tab whose
 * name is a starter tab's (isStarterTabName).
 */
export function blankStarterTabs(tabs: readonly { readonly name: string; readonly empty: boolean }[]): number[] {
  const remove: number[] = [];
  tabs.forEach((t, i) => {
    if (isStarterTabName(t.name) && t.empty && tabs.length - remove.length > 1) remove.push(i);
  });
  return remove;
}
