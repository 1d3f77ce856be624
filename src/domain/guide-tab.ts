// The Hướng dẫn tab, first in the Sheet: what the Sheet is for, who does what, the deadlines of the
// year from Cấu hình, a link to every unit's tab, and the secretary's steps in the order of the
// menu. Setup writes it again each run from Cấu hình, so it never goes stale; it owns columns A:D
// only, and what anyone writes from column F on is left alone.
import { planReference } from './doc-text';
import { MENU, MENU_ITEMS, MENU_TITLE } from './menu-items';
import { deadlineOf, PERIOD_KINDS, periodOf, periodRangeText } from './periods';
import type { Settings, UnitSetting } from './types';
import { UNIT_TAB } from './unit-tab';
import { formatDate, upperVi } from './vn-format';

export const GUIDE_WIDTH = 4;
const GUIDE_TITLE = 'HƯỚNG DẪN SỬ DỤNG BẢNG TÍNH BÁO CÁO NTM';

/** A cell of the tab: text, or a link to a tab by its id (the label is fixed, never a user's text). */
export type GuideCell = string | { readonly gid: number };

export interface GuideRows {
  readonly rows: readonly (readonly GuideCell[])[];
  /** 0-based rows of the section titles and of the table header (bold, shaded). */
  readonly headings: readonly number[];
}

export const LINK_LABEL = 'Mở tab →';

export interface GuideUnit {
  readonly unit: Pick<UnitSetting, 'name' | 'editors'>;
  /** The tab as it is now, or null when setup could not make it. */
  readonly tab: { readonly name: string; readonly gid: number } | null;
}

/** What each menu item is for, in the secretary's words; items without an entry are listed bare. */
const STEP_TEXT: Readonly<Record<string, string>> = {
  menuSetup:
    'Lần đầu tạo Cấu hình và Danh mục; điền Cấu hình rồi chạy lại để tạo tab cho từng đơn vị. Chạy lại bất cứ lúc nào sau khi sửa Cấu hình: dữ liệu đã nhập được giữ nguyên.',
  menuInvite:
    'Đầu mỗi kỳ: gửi mỗi đơn vị một thư có đường liên kết tới tab của đơn vị, hạn nộp và cách nhập. Chia sẻ bảng tính với email người nhập trước.',
  menuCheckData:
    'Liệt kê từng chỗ chưa đúng (tab, dòng, cột, cách sửa) mà không sửa gì. Đơn vị chạy cho tab của mình; thư ký chạy cho mọi tab.',
  menuCheckSetup:
    'Tự kiểm tra bảng tính (múi giờ, tab và quyền sửa của từng đơn vị, email chưa được chia sẻ, nhắc tự động, hạn mức gửi thư); chỉ ghi kết quả vào tab Kiểm tra.',
  menuConsolidate: 'Chọn kỳ và năm; ghi tab Tổng hợp và tab Kiểm tra (các dòng không được tính và lý do).',
  menuCreateReport: 'Tạo văn bản báo cáo (Google Doc) và chia sẻ chỉ xem với cơ quan cấp trên.',
  menuStatusSidebar: 'Xem đơn vị nào đã nộp, còn lỗi, chưa nộp; nhắc riêng từng đơn vị.',
  menuCreatePlan: 'Tạo văn bản kế hoạch (Google Doc) từ tab Kế hoạch.',
  menuSendPlan: 'Gửi kế hoạch (PDF và liên kết) cho các nơi nhận có email; không gửi trùng.',
  menuRemind: 'Gửi thư nhắc các đơn vị chưa nộp báo cáo của kỳ.',
  menuToggleAutoReminders: 'Tự động nhắc mỗi ngày trong những ngày trước hạn nộp (số ngày ghi trong Cấu hình).',
};

type GuideSettings = Pick<
  Settings,
  'communeName' | 'superiorName' | 'year' | 'periodRule' | 'deadlineHalf' | 'deadlineYear' | 'planNumber' | 'planSymbol'
>;

export function guideRows(settings: GuideSettings, units: readonly GuideUnit[]): GuideRows {
  const rows: GuideCell[][] = [];
  const headings: number[] = [];
  const row = (...cells: GuideCell[]) => rows.push(cells);
  const heading = (...cells: GuideCell[]) => {
    headings.push(rows.length);
    row(...cells);
  };
  const commune = settings.communeName.trim();
  // Cited by its number only: the guide names the plan the Sheet serves, not one edition of it.
  const plan = settings.planNumber.trim()
    ? planReference({ planNumber: settings.planNumber, planSymbol: settings.planSymbol, planDate: null })
    : 'kế hoạch tuyên truyền';

  row(commune ? `${GUIDE_TITLE} – XÃ ${upperVi(commune)}` : GUIDE_TITLE);
  row(
    `Bảng tính này thu thập kết quả tuyên truyền xây dựng nông thôn mới năm ${settings.year} của các đơn vị theo ${plan}, để Ban quản lý NTM xã tổng hợp, báo cáo Ban Chỉ đạo và cấp trên.`,
  );
  row(`Tab này do tiện ích viết lại mỗi lần ${MENU.setup.label}. Ghi chú riêng xin ghi từ cột F trở đi.`);
  row();

  heading('AI LÀM GÌ');
  row(
    'Các đơn vị',
    `Mỗi đơn vị nhập vào tab của mình (danh sách dưới đây), và chỉ sửa được tab đó: mỗi hoạt động một dòng từ dòng ${UNIT_TAB.activityFirstRow}, phần tự đánh giá ở trên cùng; chọn Hình thức, Nội dung, Tiêu chí NTM trong danh sách lấy từ tab Danh mục.`,
  );
  row(
    'Thư ký BQL NTM xã',
    `Giữ bảng tính; làm các việc trong menu ${MENU_TITLE} theo thứ tự dưới đây: thiết lập, mời đơn vị, kiểm tra, tổng hợp, báo cáo, kế hoạch, nhắc nộp.`,
  );
  row(
    'Cơ quan cấp trên',
    `${settings.superiorName.trim() || 'Cơ quan cấp trên'} nhận báo cáo (Google Doc, chỉ xem); không sửa bảng tính.`,
  );
  row();

  heading('HẠN NỘP BÁO CÁO', 'Thời gian', 'Hạn đơn vị nộp');
  for (const kind of PERIOD_KINDS) {
    const period = periodOf(kind, settings.year, settings.periodRule);
    row(period.label, periodRangeText(period), formatDate(deadlineOf(period, settings)));
  }
  row();

  heading('TAB CỦA CÁC ĐƠN VỊ', 'Tab', 'Liên kết', 'Email người nhập');
  for (const u of units) {
    row(u.unit.name, u.tab ? u.tab.name : '(chưa có tab)', u.tab ? { gid: u.tab.gid } : '', u.unit.editors.join(', '));
  }
  row();

  heading('VIỆC CỦA THƯ KÝ', `theo thứ tự trong menu ${MENU_TITLE}`);
  MENU_ITEMS.filter((item) => item !== null).forEach((item, i) => {
    row(`${i + 1}. ${item.label}`, STEP_TEXT[item.functionName] ?? '');
  });
  return { rows: rows.map((r) => [...r, ...new Array<GuideCell>(GUIDE_WIDTH - r.length).fill('')]), headings };
}
