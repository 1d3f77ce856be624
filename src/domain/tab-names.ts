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
