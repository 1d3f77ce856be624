// What the secretary is told about the Docs the product makes: the one step DocumentApp cannot do
// (page numbers), the plan Doc just made, and the Kế hoạch tab made from the sample plan.
import { MENU, menuPath } from './menu-items';
import { TAB } from './tab-names';

/** DocumentApp cannot insert a page-number field: the one step the secretary does in the Doc. */
export const PAGE_NUMBER_HINT =
  'Để đánh số trang theo Nghị định 30 (từ trang 2, giữa phía trên): trong Google Docs chọn Chèn → Số trang → kiểu "đầu trang, bỏ qua trang đầu".';

export const PLAN_TAB_CREATED_MESSAGE = `Chưa có tab "${TAB.plan}": đã tạo tab này với nội dung mẫu của Kế hoạch số 42/KH-BCĐ (xã Minh Tiến).
Hãy sửa nội dung kế hoạch trong tab (cột Cấp: I, II… cho mục lớn; 1, 2… cho mục nhỏ; a, b… cho ý; "-" hoặc "+" cho gạch đầu dòng; để trống cho đoạn văn), rồi chạy lại chức năng này.
Số, ngày, trích yếu, người ký và nơi nhận lấy từ tab "${TAB.settings}".`;

export interface PlanDocInfo {
  readonly name: string;
  readonly url: string;
  /** When it was made, as written in Nhật ký báo cáo. */
  readonly time: string;
  readonly version: number;
}

export function describePlanDoc(doc: PlanDocInfo): string {
  return [
    `Đã tạo kế hoạch "${doc.name}"${doc.version > 1 ? ` — lần ${doc.version}; bản này thay các bản trước và là bản sẽ được gửi (xem tab ${TAB.reportLog})` : ''}.`,
    `Liên kết: ${doc.url}`,
    `Để gửi cho nơi nhận: ${menuPath(MENU.sendPlan)}.`,
    PAGE_NUMBER_HINT,
  ].join('\n');
}
