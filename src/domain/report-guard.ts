// Before a report leaves for the superior office: a report built on an emptied catalogue, or one
// that says no unit did anything, is almost always a broken Sheet rather than the truth. The first
// is refused; the second is shown to the secretary with its likely reason and made only on a
// second, explicit "yes".
import { TAB } from './tab-names';
import type { Catalogue, Consolidation } from './types';
import { formatNumber } from './vn-format';

/** Why no report can be made from this catalogue, or null. */
export function catalogueRefusal(catalogue: Catalogue): string | null {
  if (catalogue.forms.length > 0) return null;
  return (
    `Chưa tạo báo cáo: cột "Hình thức" của tab ${TAB.catalogue} không có mục nào (có thể đã bị xóa hoặc dời chỗ), ` +
    'nên không dòng hoạt động nào của các đơn vị được tính và báo cáo sẽ ghi sai là chưa đơn vị nào báo cáo. ' +
    `Hãy nhập lại các hình thức tuyên truyền vào cột A của tab ${TAB.catalogue} từ dòng 2 ` +
    '(hoặc khôi phục phiên bản trước: Tệp → Nhật ký phiên bản), rồi tạo báo cáo lại. Chưa thay đổi gì, chưa chia sẻ gì.'
  );
}

/**
 * The question to ask before making a report in which no unit has a counted row (null when some
 * unit has one), naming what the rows of the units' tabs actually are.
 */
export function emptyReportQuestion(c: Consolidation): string | null {
  if (c.activities > 0) return null;
  const rejected = c.units.reduce((n, u) => n + u.rejected, 0);
  const outside = c.units.reduce((n, u) => n + u.outsidePeriod, 0);
  const missing = c.units.filter((u) => u.tabStatus === 'missing').length;
  const reasons: string[] = [];
  if (rejected === 0 && outside === 0) reasons.push('các tab đơn vị chưa có dòng hoạt động nào');
  if (rejected > 0) {
    reasons.push(`${formatNumber(rejected)} dòng đều có lỗi nên không được tính (xem lý do ở tab ${TAB.check})`);
  }
  if (outside > 0) {
    reasons.push(
      `${formatNumber(outside)} dòng có ngày ngoài kỳ ${c.period.label} (có thể đã chọn nhầm kỳ hoặc năm, hoặc gõ nhầm năm)`,
    );
  }
  if (missing > 0) reasons.push(`${formatNumber(missing)} đơn vị không tìm thấy tab`);
  return (
    `Không đơn vị nào có dòng hoạt động được tính cho kỳ ${c.period.label} ` +
    `(0/${formatNumber(c.units.length)} đơn vị): ${reasons.join('; ')}. ` +
    'Báo cáo tạo bây giờ sẽ ghi là các đơn vị không có hoạt động nào và được chia sẻ ngay với cơ quan cấp trên. ' +
    'Vẫn tạo và chia sẻ báo cáo?'
  );
}
