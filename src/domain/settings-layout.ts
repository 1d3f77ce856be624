// The layout and vocabulary of the Cấu hình tab, shared by settingsToRows / parseSettings
// (settings-write.ts, settings-sheet.ts) and the setup adapter (which adds dropdowns for the choice cells).
//
//   row 1  A: "CẤU HÌNH BÁO CÁO NTM"
//   row 2  A: a one-line hint
//   row 3  headers of three tables, side by side:
//          A:C  Mục | Giá trị | Hướng dẫn          one field per row from row 4 (SETTINGS_FIELDS order)
//          E:K  the units table                     one unit per row from row 4 down
//          M:O  the recipients table (Nơi nhận)     one recipient per row from row 4 down
// The tables sit side by side, separated by the empty columns D and L, so that each can grow
// downward without running into another.
import { MENU, menuPath } from './menu-items';
import { defaultDeadlines } from './periods';
import { defaultLimitSettings, LIMIT_FIELD_SPECS } from './row-limits';
import type { PeriodRule, RecipientRole, Settings, UnitKind } from './types';
import { foldVi, upperVi } from './vn-format';

export const SETTINGS_TITLE = 'CẤU HÌNH BÁO CÁO NTM';
export const SETTINGS_HINT =
  `Sửa ở cột Giá trị và trong hai bảng Đơn vị, Nơi nhận (giữ nguyên các dòng tiêu đề), rồi chạy ${menuPath(MENU.setup)}. ` +
  'Tên tab của đơn vị tối đa 31 ký tự (để bảng tính tải về dạng Excel vẫn giữ đúng tên tab).';

export const SETTINGS_LAYOUT = {
  titleRow: 1,
  hintRow: 2,
  headerRow: 3,
  firstRow: 4,
  /** 1-based columns of the fields table (A:C). */
  labelCol: 1,
  valueCol: 2,
  hintCol: 3,
  /** First column of the units table (E) and its width (E:K). */
  unitsCol: 5,
  unitsWidth: 7,
  /** First column of the recipients table (M) and its width (M:O). */
  recipientsCol: 13,
  recipientsWidth: 3,
  /** Columns written by settingsToRows (A:O). */
  width: 15,
} as const;

export const FIELD_HEADERS = ['Mục', 'Giá trị', 'Hướng dẫn'] as const;
export const UNIT_HEADERS = [
  'Mã',
  'Tên đơn vị',
  'Loại',
  'Tên tab',
  'Email người nhập (cách nhau bởi dấu phẩy)',
  'Người liên hệ',
  'Email liên hệ',
] as const;
export const RECIPIENT_HEADERS = ['Nơi nhận', 'Email', 'Vai trò (Kính gửi / Để biết / Lưu)'] as const;

/** The choices of the Loại, Vai trò and Cách tính kỳ báo cáo cells (dropdowns in the tab). */
export const UNIT_KINDS: readonly UnitKind[] = ['BQL', 'Công chức', 'Tổ chức chính trị - xã hội', 'Thôn'];
export const RECIPIENT_ROLES: readonly RecipientRole[] = ['Kính gửi', 'Để biết', 'Lưu'];
export const PERIOD_RULE_LABELS: Readonly<Record<PeriodRule, string>> = {
  nd09: 'Nghị định 09/2019 (15/12 - 14/6, 15/12 - 14/12)',
  calendar: 'Năm dương lịch',
};

/** Every Settings field except the two tables. */
export type FieldKey = Exclude<keyof Settings, 'units' | 'recipients'>;

export interface FieldSpec {
  readonly key: FieldKey;
  readonly label: string;
  readonly hint: string;
}

/** The fields in the order of their rows (row 4 down). */
export const SETTINGS_FIELDS: readonly FieldSpec[] = [
  { key: 'communeName', label: 'Tên xã', hint: 'Không ghi chữ "xã". Ví dụ: Minh Tiến' },
  {
    key: 'parentBody',
    label: 'Cơ quan chủ quản',
    hint: 'Viết hoa, dòng đầu góc trái văn bản. Ví dụ: UBND XÃ MINH TIẾN. Để trống: UBND XÃ + tên xã',
  },
  { key: 'issuingBody', label: 'Cơ quan ban hành', hint: 'Viết hoa. Ví dụ: BAN CHỈ ĐẠO CÁC CTMTQG' },
  { key: 'issuingAbbrev', label: 'Viết tắt cơ quan ban hành', hint: 'Dùng trong ký hiệu văn bản. Ví dụ: BCĐ' },
  { key: 'placeName', label: 'Địa danh', hint: 'Ghi ở dòng ngày tháng: "Minh Tiến, ngày ...". Để trống: dùng tên xã' },
  { key: 'planNumber', label: 'Số kế hoạch', hint: 'Chỉ ghi số. Ví dụ: 42' },
  { key: 'planSymbol', label: 'Ký hiệu kế hoạch', hint: 'Ví dụ: KH-BCĐ (thành "Số: 42/KH-BCĐ")' },
  { key: 'planDate', label: 'Ngày ban hành kế hoạch', hint: 'Ngày/tháng/năm. Ví dụ: 10/03/2023' },
  {
    key: 'planTitle',
    label: 'Trích yếu kế hoạch',
    hint: 'Ví dụ: Tuyên truyền thực hiện xây dựng nông thôn mới năm 2023 trên địa bàn xã Minh Tiến',
  },
  {
    key: 'planBasis',
    label: 'Căn cứ (kế hoạch cấp trên)',
    hint: 'Ví dụ: Kế hoạch số 76/KH-BCĐ ngày 24/02/2023 của Ban Chỉ đạo các Chương trình MTQG huyện ...',
  },
  { key: 'year', label: 'Năm báo cáo', hint: 'Bốn chữ số. Ví dụ: 2023' },
  {
    key: 'signerAuthority',
    label: 'Thẩm quyền ký',
    hint: 'Để trống khi người đứng đầu ký; hoặc TM. BAN CHỈ ĐẠO, KT. TRƯỞNG BAN',
  },
  { key: 'signerPosition', label: 'Chức vụ người ký', hint: 'Viết hoa. Ví dụ: TRƯỞNG BAN' },
  {
    key: 'signerSecondLine',
    label: 'Chức vụ dòng thứ hai',
    hint: 'Ví dụ: CHỦ TỊCH UBND XÃ (khi đóng dấu UBND xã). Để trống nếu không có',
  },
  { key: 'signerName', label: 'Họ tên người ký', hint: 'Ví dụ: Hoàng Văn Tài' },
  {
    key: 'superiorName',
    label: 'Cơ quan cấp trên nhận báo cáo',
    hint: 'Ví dụ: Văn phòng Điều phối NTM huyện ... (từ 01/07/2025: Văn phòng Điều phối NTM tỉnh)',
  },
  {
    key: 'superiorEmails',
    label: 'Email cơ quan cấp trên',
    hint: 'Cách nhau bởi dấu phẩy. Báo cáo được chia sẻ (chỉ xem) cho các địa chỉ này',
  },
  {
    key: 'secretaryEmails',
    label: 'Email thư ký (người được chạy tổng hợp, tạo báo cáo, gửi thư)',
    hint: `Cách nhau bởi dấu phẩy. Chủ bảng tính luôn được chạy; thêm email thư ký khi bảng tính thuộc tài khoản khác (chủ tịch, thư ký cũ) hoặc nằm trong bộ nhớ dùng chung (Shared Drive). Sau khi thêm hay bỏ email, chạy lại ${MENU.setup.label} để cập nhật quyền sửa các tab`,
  },
  { key: 'reportSymbol', label: 'Ký hiệu báo cáo', hint: 'Ví dụ: BC-BCĐ' },
  { key: 'reportNextNumber', label: 'Số báo cáo tiếp theo', hint: 'Để trống: để trống số cho văn thư điền' },
  {
    key: 'periodRule',
    label: 'Cách tính kỳ báo cáo',
    hint: `Chọn "${PERIOD_RULE_LABELS.nd09}" hoặc "${PERIOD_RULE_LABELS.calendar}"`,
  },
  { key: 'deadlineHalf', label: 'Hạn đơn vị nộp báo cáo 6 tháng', hint: 'Ngày/tháng. Ví dụ: 17/06' },
  { key: 'deadlineYear', label: 'Hạn đơn vị nộp báo cáo năm', hint: 'Ngày/tháng. Ví dụ: 17/12' },
  {
    key: 'reminderDaysBefore',
    label: 'Nhắc trước hạn (số ngày)',
    hint: 'Số ngày trước hạn bắt đầu gửi thư nhắc đơn vị chưa nộp. Ví dụ: 3',
  },
  ...LIMIT_FIELD_SPECS,
  {
    key: 'reportChart',
    label: 'Biểu đồ trong báo cáo',
    hint: 'Có: phụ lục báo cáo có biểu đồ số hoạt động theo hình thức. Không: chỉ có chữ và bảng. Để trống: Có',
  },
  { key: 'note', label: 'Ghi chú', hint: 'Ghi chú về bảng tính này; không in vào văn bản' },
];

/** Sheet row of a field as written by settingsToRows. */
export function settingsFieldRow(key: FieldKey): number {
  return SETTINGS_LAYOUT.firstRow + SETTINGS_FIELDS.findIndex((f) => f.key === key);
}

/** Settings for a fresh Cấu hình: common defaults, blanks where only the commune can know. */
export function defaultSettings(year: number): Settings {
  const deadlines = defaultDeadlines('nd09');
  return {
    communeName: '',
    parentBody: '',
    issuingBody: 'BAN CHỈ ĐẠO CÁC CTMTQG',
    issuingAbbrev: 'BCĐ',
    placeName: '',
    planNumber: '',
    planSymbol: 'KH-BCĐ',
    planDate: null,
    planTitle: '',
    planBasis: '',
    year,
    signerAuthority: '',
    signerPosition: 'TRƯỞNG BAN',
    signerSecondLine: 'CHỦ TỊCH UBND XÃ',
    signerName: '',
    superiorName: '',
    superiorEmails: [],
    secretaryEmails: [],
    reportSymbol: 'BC-BCĐ',
    reportNextNumber: '',
    periodRule: 'nd09',
    deadlineHalf: deadlines.half,
    deadlineYear: deadlines.year,
    reminderDaysBefore: 3,
    reportChart: true,
    ...defaultLimitSettings(),
    note: '',
    units: [],
    recipients: [],
  };
}

/** "UBND XÃ MINH TIẾN" from "Minh Tiến". */
export function defaultParentBody(communeName: string): string {
  return `UBND XÃ ${upperVi(communeName)}`;
}

/** A unit kind from what a user typed: any case, with or without diacritics. */
export function parseUnitKind(text: string): UnitKind | null {
  const k = foldVi(text);
  if (k === '') return null;
  if (k === 'bql' || k === 'bql ntm' || k.startsWith('ban quan ly')) return 'BQL';
  if (k === 'cc' || k.startsWith('cong chuc')) return 'Công chức';
  if (k === 'tcct xh' || k.startsWith('to chuc chinh tri') || k === 'doan the' || k === 'mttq') {
    return 'Tổ chức chính trị - xã hội';
  }
  if (k === 'thon' || k === 'thon ban' || k === 'xom' || k === 'to dan pho') return 'Thôn';
  return null;
}

/** A recipient role from what a user typed: any case, with or without diacritics. */
export function parseRecipientRole(text: string): RecipientRole | null {
  const k = foldVi(text);
  if (k === 'kinh gui') return 'Kính gửi';
  if (k === 'de biet' || k === 'de biet va thuc hien' || k === 'de bao cao') return 'Để biết';
  if (k === 'luu' || k.startsWith('luu ')) return 'Lưu';
  return null;
}

/** "Có" / "Không" (any case, with or without diacritics; also yes/no, x, true/false); null otherwise. */
export function parseYesNo(text: string): boolean | null {
  const k = foldVi(text);
  if (['co', 'yes', 'x', 'true', '1', 'dung'].includes(k)) return true;
  if (['khong', 'no', 'false', '0', 'sai'].includes(k)) return false;
  return null;
}

/** The period rule from its Vietnamese label, or "nd09" / "calendar". */
export function parsePeriodRule(text: string): PeriodRule | null {
  const k = foldVi(text);
  if (k === '') return null;
  if (k === foldVi(PERIOD_RULE_LABELS.nd09) || k === 'nd09' || k === 'nd 09' || /\b09 2019\b/.test(k)) return 'nd09';
  if (k === 'nghi dinh 09' || k.startsWith('nghi dinh 09 ')) return 'nd09';
  if (k === foldVi(PERIOD_RULE_LABELS.calendar) || k === 'calendar' || k.includes('duong lich')) return 'calendar';
  return null;
}
