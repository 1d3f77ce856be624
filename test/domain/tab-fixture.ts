// Builders for unit tabs as getValues() returns them, for the domain tests. The layout is written
// out here by hand (rows 1-3 header block, 5 narrative header, 6-7 narratives, 9 activity header,
// 10.. data) so that a change to unit-tab.ts that breaks the agreed layout shows up in the tests.
import type { SendLogEntry } from '../../src/domain/send-log';
import type { Catalogue, CivilDate, Period, Settings, UnitSetting } from '../../src/domain/types';

export const TZ = 'Asia/Ho_Chi_Minh';

export const HEADER = [
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
];

export const CATALOGUE: Catalogue = {
  forms: [
    'Loa truyền thanh, thông tin đại chúng',
    'Băng zôn, khẩu hiệu, panô, áp phích',
    'Zalo, Facebook',
    'Hội nghị trực tiếp tại xã, thôn',
    'Lồng ghép trong hội nghị, họp thôn, sinh hoạt đoàn thể, tập huấn',
    'Xây dựng, nhân rộng mô hình điển hình',
    'Phát động thi đua',
    'Tham quan học tập kinh nghiệm',
  ],
  topics: [
    'Chủ trương của Đảng, chính sách của Nhà nước',
    'Cơ chế, chính sách về tiêu chí NTM, thu hút đầu tư, hỗ trợ sản xuất',
    'OCOP, quảng bá nông sản',
    'Kinh tế số, thương mại điện tử, địa chỉ số',
    'Vận động Nhân dân thực hiện các tiêu chí',
    'Gương điển hình, phong trào thi đua',
  ],
  funding: ['Kinh phí đơn vị', 'Kinh phí lồng ghép', 'Kinh phí xã hội hóa'],
  criteria: [
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
  ],
  measures: ['Buổi', 'Tin, bài', 'Cái', 'Lượt', 'Cuộc'],
};

export function unit(code: string, name: string, tabName = name): UnitSetting {
  return { code, name, kind: 'Thôn', tabName, editors: [], contactName: '', contactEmail: '' };
}

/** What getValues() returns for a date cell: midnight of that day in Hà Nội (UTC+7, no DST). */
export function sheetDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);
}

export function civilOf(y: number, m: number, d: number): CivilDate {
  return { y, m, d };
}

function period(label: string, start: CivilDate, end: CivilDate, kind: 'half' | 'year'): Period {
  return { kind, year: 2023, rule: 'nd09', start, end, label };
}

export const ND09_HALF_2023 = period('6 tháng đầu năm 2023', civilOf(2022, 12, 15), civilOf(2023, 6, 14), 'half');
export const ND09_YEAR_2023 = period('Cả năm 2023', civilOf(2022, 12, 15), civilOf(2023, 12, 14), 'year');
export const CAL_HALF_2023: Period = {
  ...period('6 tháng đầu năm 2023', civilOf(2023, 1, 1), civilOf(2023, 6, 30), 'half'),
  rule: 'calendar',
};
export const CAL_YEAR_2023: Period = {
  ...period('Cả năm 2023', civilOf(2023, 1, 1), civilOf(2023, 12, 31), 'year'),
  rule: 'calendar',
};

export interface TabSpec {
  unitName: string;
  lastChange?: unknown;
  /** Rows 6, 7 (and 8): [label, results, shortcomings, causes, proposals]. */
  narratives?: unknown[][];
  header?: unknown[];
  /** Data rows from row 10; `null` leaves the row out of the array entirely (a hole). */
  rows: (unknown[] | null)[];
}

/** A unit tab as getValues() could return it: rows of different lengths are allowed. */
export function buildTab(spec: TabSpec): unknown[][] {
  const values: unknown[][] = [
    ['BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN XÂY DỰNG NÔNG THÔN MỚI'],
    ['Đơn vị:', spec.unitName, '', '', 'Người liên hệ:', ''],
    ['Cập nhật lần cuối:', spec.lastChange ?? '', '', '', 'Trạng thái:', ''],
    [],
    ['Kỳ báo cáo', 'Kết quả nổi bật', 'Tồn tại, hạn chế', 'Nguyên nhân', 'Đề xuất, kiến nghị'],
    spec.narratives?.[0] ?? ['6 tháng đầu năm 2023', '', '', '', ''],
    spec.narratives?.[1] ?? ['Cả năm 2023', '', '', '', ''],
    spec.narratives?.[2] ?? [],
    spec.header ?? [...HEADER],
  ];
  for (const row of spec.rows) values.push(row === null ? (undefined as unknown as unknown[]) : row);
  return values;
}

/** Freezes a matrix deeply so that any mutation by the code under test throws. */
export function deepFreeze<T>(matrix: T[][]): T[][] {
  for (const row of matrix) if (row) Object.freeze(row);
  return Object.freeze(matrix) as T[][];
}

export function settingsWith(units: readonly UnitSetting[]): Settings {
  return {
    communeName: 'Minh Tiến',
    parentBody: 'UBND XÃ MINH TIẾN',
    issuingBody: 'BAN CHỈ ĐẠO CÁC CTMTQG',
    issuingAbbrev: 'BCĐ',
    placeName: 'Minh Tiến',
    planNumber: '42',
    planSymbol: 'KH-BCĐ',
    planDate: { y: 2023, m: 3, d: 10 },
    planTitle: 'Tuyên truyền thực hiện xây dựng nông thôn mới năm 2023 trên địa bàn xã Minh Tiến',
    planBasis: '',
    year: 2023,
    signerAuthority: '',
    signerPosition: 'TRƯỞNG BAN',
    signerSecondLine: 'CHỦ TỊCH UBND XÃ',
    signerName: 'Hoàng Văn Tài',
    superiorName: 'Văn phòng Điều phối NTM huyện',
    superiorEmails: [],
    secretaryEmails: [],
    reportSymbol: 'BC-BCĐ',
    reportNextNumber: '',
    periodRule: 'nd09',
    deadlineHalf: { d: 17, m: 6 },
    deadlineYear: { d: 17, m: 12 },
    reminderDaysBefore: 3,
    reportChart: true,
    units,
    recipients: [],
  };
}

/** A row of Nhật ký gửi as parseSendLog gives it: the fields a test does not name are blank. */
export function logEntry(
  fields: Pick<SendLogEntry, 'kind' | 'unitCode' | 'status'> & Partial<SendLogEntry>,
): SendLogEntry {
  return {
    row: 2,
    day: null,
    document: '',
    link: '',
    period: '',
    name: '',
    email: '',
    statusText: '',
    ...fields,
  };
}
