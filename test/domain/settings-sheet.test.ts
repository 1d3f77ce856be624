import { civil } from '../../src/domain/civil-date';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import {
  defaultSettings,
  parseSettings,
  parseUnitKind,
  readSecretaryEmails,
  SETTINGS_FIELDS,
  settingsFieldRow,
} from '../../src/domain/settings-sheet';
import { templateSettings } from '../../src/domain/settings-template';
import { missingFieldRows, settingsToRows } from '../../src/domain/settings-write';
import type { Finding, Settings } from '../../src/domain/types';
import { foldVi } from '../../src/domain/vn-format';

const TZ = 'Asia/Ho_Chi_Minh';

// Rows of the fields as laid out (row 4 down), typed by hand so that a reordering is noticed.
const ROW = {
  communeName: 4,
  parentBody: 5,
  placeName: 8,
  planNumber: 9,
  planDate: 11,
  year: 14,
  superiorEmails: 20,
  secretaryEmails: 21,
  reportSymbol: 22,
  periodRule: 24,
  deadlineHalf: 25,
  deadlineYear: 26,
  reminderDaysBefore: 27,
  limitParticipants: 28,
  limitMoneySocial: 32,
  reportChart: 33,
  note: 34,
};

/** A mutable copy of the sample's sheet values. */
function sheet(settings: Settings = SAMPLE_SETTINGS): unknown[][] {
  return settingsToRows(settings).values.map((r) => [...r]);
}

/** Sets a cell by A1 address ("B14"), growing the grid as Sheets would show it. */
function set(values: unknown[][], a1: string, value: unknown): void {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 64;
  const row = Number(m[2]);
  while (values.length < row) values.push(new Array(values[0].length).fill(''));
  values[row - 1][col - 1] = value;
}

function errors(problems: Finding[]) {
  return problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column]);
}

const minimal: Settings = {
  ...defaultSettings(2024),
  communeName: 'Tân Thành',
  parentBody: 'UBND XÃ TÂN THÀNH',
  placeName: 'Tân Thành',
  signerAuthority: 'KT. TRƯỞNG BAN',
  signerPosition: 'PHÓ TRƯỞNG BAN',
  signerSecondLine: '',
  superiorEmails: ['a@example.com', 'b@example.vn'],
  periodRule: 'calendar',
  deadlineHalf: { d: 5, m: 7 },
  deadlineYear: { d: 29, m: 2 },
  reminderDaysBefore: 0,
  reportNextNumber: '15',
  note: '',
  units: [
    {
      code: 'T1',
      name: 'Thôn 1',
      kind: 'Thôn',
      tabName: 'Thôn 1',
      editors: [],
      contactName: '',
      contactEmail: '',
    },
  ],
  recipients: [],
};

describe('settingsToRows', () => {
  it('lays out the title, the hint and three tables side by side (A:C, E:K, M:O) from row 3', () => {
    const v = settingsToRows(SAMPLE_SETTINGS).values;
    expect(v[0][0]).toBe('CẤU HÌNH BÁO CÁO NTM');
    expect(String(v[1][0]).length).toBeGreaterThan(10);
    expect(v[2].slice(0, 3)).toEqual(['Mục', 'Giá trị', 'Hướng dẫn']);
    expect(v[2][3]).toBe('');
    expect(v[2].slice(4, 11)).toEqual([
      'Mã',
      'Tên đơn vị',
      'Loại',
      'Tên tab',
      'Email người nhập (cách nhau bởi dấu phẩy)',
      'Người liên hệ',
      'Email liên hệ',
    ]);
    expect(v[2][11]).toBe('');
    expect(v[2].slice(12, 15)).toEqual(['Nơi nhận', 'Email', 'Vai trò (Kính gửi / Để biết / Lưu)']);
    expect(v[3].slice(0, 2)).toEqual(['Tên xã', 'Minh Tiến']);
    expect(v[3].slice(4, 8)).toEqual(['BQL', 'Ban quản lý xây dựng nông thôn mới xã', 'BQL', 'BQL NTM']);
    expect(v[3].slice(12, 15)).toEqual([
      'Văn phòng Điều phối NTM huyện Hữu Lũng',
      'vpdp.huuluong@example.com',
      'Kính gửi',
    ]);
  });

  it('is rectangular, 15 columns wide, as tall as the longest table', () => {
    const v = settingsToRows(SAMPLE_SETTINGS).values;
    expect(v).toHaveLength(3 + 31);
    for (const row of v) expect(row).toHaveLength(15);
    const many = {
      ...minimal,
      units: Array.from({ length: 30 }, (_, i) => ({ ...minimal.units[0], code: `T${i}`, tabName: `Thôn ${i}` })),
    };
    // 31 fields are more than 30 units.
    expect(settingsToRows(many).values).toHaveLength(3 + 31);
  });

  it('writes dates and deadlines as text, the rule as its Vietnamese label, e-mails comma-separated', () => {
    const v = settingsToRows(SAMPLE_SETTINGS).values;
    expect(v[ROW.planDate - 1][1]).toBe('10/03/2023');
    expect(v[ROW.year - 1][1]).toBe(2023);
    expect(v[ROW.deadlineHalf - 1][1]).toBe('17/06');
    expect(v[ROW.deadlineYear - 1][1]).toBe('17/12');
    expect(v[ROW.periodRule - 1][1]).toBe('Nghị định 09/2019 (15/12 - 14/6, 15/12 - 14/12)');
    expect(settingsToRows(minimal).values[ROW.periodRule - 1][1]).toBe('Năm dương lịch');
    expect(settingsToRows(minimal).values[ROW.superiorEmails - 1][1]).toBe('a@example.com, b@example.vn');
    expect(settingsToRows(minimal).values[ROW.planDate - 1][1]).toBe('');
  });

  it('knows the row of each field', () => {
    expect(settingsFieldRow('communeName')).toBe(4);
    expect(settingsFieldRow('year')).toBe(14);
    expect(settingsFieldRow('reportChart')).toBe(33);
    expect(settingsFieldRow('note')).toBe(34);
  });

  it('gives every field a distinct label and a hint', () => {
    expect(new Set(SETTINGS_FIELDS.map((f) => foldVi(f.label))).size).toBe(SETTINGS_FIELDS.length);
    for (const f of SETTINGS_FIELDS) expect(f.hint.length).toBeGreaterThan(5);
  });
});

describe('parseSettings round trip', () => {
  it('gives back the sample settings', () => {
    const { settings, problems } = parseSettings(settingsToRows(SAMPLE_SETTINGS).values, TZ);
    expect(problems).toEqual([]);
    expect(settings).toEqual(SAMPLE_SETTINGS);
  });

  it('gives back settings with blanks, another rule, several superior e-mails and a 29/02 deadline', () => {
    const { settings, problems } = parseSettings(settingsToRows(minimal).values, TZ);
    // The unit without editors is worth a warning, nothing more.
    expect(problems.map((p) => [p.severity, p.row, p.column])).toEqual([['warning', 4, 'I (Email người nhập)']]);
    expect(settings).toEqual(minimal);
  });
});

describe('parseSettings reads what Sheets gives back', () => {
  it('reads a Date in the plan-date and deadline cells in the sheet time zone', () => {
    const v = sheet();
    set(v, `B${ROW.planDate}`, new Date(Date.UTC(2023, 2, 9, 17, 0))); // 10/03/2023 00:00 in Hà Nội
    set(v, `B${ROW.deadlineHalf}`, new Date(Date.UTC(2025, 5, 19, 17, 0))); // 20/06/2025
    const { settings } = parseSettings(v, TZ);
    expect(settings?.planDate).toEqual(civil(2023, 3, 10));
    expect(settings?.deadlineHalf).toEqual({ d: 20, m: 6 });
  });

  it('reads text dates with one-digit parts, a year typed as text, a plan number as a number', () => {
    const v = sheet();
    set(v, `B${ROW.planDate}`, '5/3/2023');
    set(v, `B${ROW.year}`, ' 2024 ');
    set(v, `B${ROW.planNumber}`, 42);
    set(v, `B${ROW.deadlineYear}`, '20/12');
    const { settings, problems } = parseSettings(v, TZ);
    expect(problems).toEqual([]);
    expect(settings?.planDate).toEqual(civil(2023, 3, 5));
    expect(settings?.year).toBe(2024);
    expect(settings?.planNumber).toBe('42');
    expect(settings?.deadlineYear).toEqual({ d: 20, m: 12 });
  });

  it('finds fields by label after a row was inserted, and skips blank rows inside the tables', () => {
    const v = sheet();
    v.splice(6, 0, new Array(15).fill(''));
    v.splice(10, 0, new Array(15).fill(''));
    const { settings, problems } = parseSettings(v, TZ);
    expect(problems).toEqual([]);
    expect(settings).toEqual(SAMPLE_SETTINGS);
  });

  it('derives the parent body and the place from the commune name when left blank', () => {
    const v = sheet();
    set(v, `B${ROW.parentBody}`, '');
    set(v, `B${ROW.placeName}`, '');
    const { settings } = parseSettings(v, TZ);
    expect(settings?.parentBody).toBe('UBND XÃ MINH TIẾN');
    expect(settings?.placeName).toBe('Minh Tiến');
  });

  it('trims and lower-cases e-mails, composes NFD names, strips the list dash of a recipient', () => {
    const v = sheet();
    set(v, 'I4', ' BQLNTM.MinhTien@Example.COM ;  x@example.com');
    set(v, 'F5', 'Công chức Văn hóa - Xã hội'.normalize('NFD'));
    set(v, 'M4', '- Văn phòng Điều phối NTM huyện;');
    const { settings } = parseSettings(v, TZ);
    expect(settings?.units[0].editors).toEqual(['bqlntm.minhtien@example.com', 'x@example.com']);
    expect(settings?.units[1].name).toBe('Công chức Văn hóa - Xã hội');
    expect(settings?.recipients[0].name).toBe('Văn phòng Điều phối NTM huyện');
  });

  it('canonicalises unit kinds typed in any case, with or without diacritics', () => {
    expect(parseUnitKind('bql')).toBe('BQL');
    expect(parseUnitKind('Ban quản lý NTM')).toBe('BQL');
    expect(parseUnitKind('CÔNG CHỨC')).toBe('Công chức');
    expect(parseUnitKind('cong chuc')).toBe('Công chức');
    expect(parseUnitKind('to chuc chinh tri xa hoi')).toBe('Tổ chức chính trị - xã hội');
    expect(parseUnitKind('Tổ chức chính trị-xã hội')).toBe('Tổ chức chính trị - xã hội');
    expect(parseUnitKind('thôn')).toBe('Thôn');
    expect(parseUnitKind('Hợp tác xã')).toBeNull();
    const v = sheet();
    set(v, 'G4', 'ban quan ly');
    set(v, 'G15', 'THON');
    const { settings } = parseSettings(v, TZ);
    expect(settings?.units[0].kind).toBe('BQL');
    expect(settings?.units[11].kind).toBe('Thôn');
  });

  it('reads the period rule and recipient roles typed loosely', () => {
    const v = sheet();
    set(v, `B${ROW.periodRule}`, 'nam duong lich');
    set(v, 'O5', 'de biet');
    set(v, 'O9', 'LƯU');
    const { settings } = parseSettings(v, TZ);
    expect(settings?.periodRule).toBe('calendar');
    expect(settings?.recipients[1].role).toBe('Để biết');
    expect(settings?.recipients[5].role).toBe('Lưu');
  });
});

describe('parseSettings fix-ups', () => {
  it('drops a leading "xã" from the commune name', () => {
    const v = sheet();
    set(v, 'B4', 'Xã Minh Tiến');
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings?.communeName).toBe('Minh Tiến');
    expect(problems.map((p) => [p.severity, p.row, p.column])).toEqual([['fixed', 4, 'B (Giá trị)']]);
  });

  it('uses the default rule, deadlines (of the rule) and reminder when left blank', () => {
    const v = sheet();
    for (const r of [ROW.periodRule, ROW.deadlineHalf, ROW.deadlineYear, ROW.reminderDaysBefore]) set(v, `B${r}`, '');
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings?.periodRule).toBe('nd09');
    expect(settings?.deadlineHalf).toEqual({ d: 17, m: 6 });
    expect(settings?.deadlineYear).toEqual({ d: 17, m: 12 });
    expect(settings?.reminderDaysBefore).toBe(3);
    expect(problems.map((p) => [p.severity, p.row])).toEqual([
      ['fixed', ROW.periodRule],
      ['fixed', ROW.deadlineHalf],
      ['fixed', ROW.deadlineYear],
      ['fixed', ROW.reminderDaysBefore],
    ]);
    set(v, `B${ROW.periodRule}`, 'Năm dương lịch');
    const calendar = parseSettings(v, TZ).settings;
    expect(calendar?.deadlineHalf).toEqual({ d: 3, m: 7 });
    expect(calendar?.deadlineYear).toEqual({ d: 3, m: 1 });
  });

  it('takes a blank recipient role as "Để biết"', () => {
    const v = sheet();
    set(v, 'O6', '');
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings?.recipients[2].role).toBe('Để biết');
    expect(problems.map((p) => [p.severity, p.row, p.column])).toEqual([['fixed', 6, 'O (Vai trò)']]);
  });

  it('uses the default of a field whose row was deleted, with a warning', () => {
    const v = sheet();
    v.splice(ROW.reportSymbol - 1, 1);
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings?.reportSymbol).toBe('BC-BCĐ');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', row: null, column: 'A (Mục)' });
    expect(problems[0].message).toContain('Ký hiệu báo cáo');
  });
});

describe('parseSettings problems', () => {
  it.each([
    ['a missing commune name', `B${ROW.communeName}`, '', ROW.communeName, 'B (Giá trị)'],
    ['a missing year', `B${ROW.year}`, '', ROW.year, 'B (Giá trị)'],
    ['a year before 2000', `B${ROW.year}`, 1999, ROW.year, 'B (Giá trị)'],
    ['a year after 2100', `B${ROW.year}`, '2101', ROW.year, 'B (Giá trị)'],
    ['a year that is not a whole number', `B${ROW.year}`, 2023.5, ROW.year, 'B (Giá trị)'],
    ['a year that is not a number', `B${ROW.year}`, 'năm nay', ROW.year, 'B (Giá trị)'],
    ['a plan date that does not exist', `B${ROW.planDate}`, '31/02/2023', ROW.planDate, 'B (Giá trị)'],
    ['a plan date as a bare number', `B${ROW.planDate}`, 45000, ROW.planDate, 'B (Giá trị)'],
    [
      'a bad secretary e-mail',
      `B${ROW.secretaryEmails}`,
      'thuky@example.com, thu ky cu',
      ROW.secretaryEmails,
      'B (Giá trị)',
    ],
    [
      'a bad superior e-mail',
      `B${ROW.superiorEmails}`,
      'vpdp@example.com, vpdp-at-example',
      ROW.superiorEmails,
      'B (Giá trị)',
    ],
    ['an unknown period rule', `B${ROW.periodRule}`, 'Quý', ROW.periodRule, 'B (Giá trị)'],
    ['a deadline that does not exist', `B${ROW.deadlineHalf}`, '31/06', ROW.deadlineHalf, 'B (Giá trị)'],
    ['a deadline that is not dd/MM', `B${ROW.deadlineYear}`, 'cuối năm', ROW.deadlineYear, 'B (Giá trị)'],
    ['a negative reminder', `B${ROW.reminderDaysBefore}`, -1, ROW.reminderDaysBefore, 'B (Giá trị)'],
    ['a reminder over 60 days', `B${ROW.reminderDaysBefore}`, '61', ROW.reminderDaysBefore, 'B (Giá trị)'],
    ['a unit without code', 'E6', '', 6, 'E (Mã)'],
    ['a unit without name', 'F6', '', 6, 'F (Tên đơn vị)'],
    ['an unknown unit kind', 'G6', 'Hợp tác xã', 6, 'G (Loại)'],
    ['a blank unit kind', 'G6', '', 6, 'G (Loại)'],
    ['a blank tab name', 'H6', '', 6, 'H (Tên tab)'],
    ['a tab name over 31 characters (Excel’s limit)', 'H6', 'Công chức Địa chính - Xây dựng - NN', 6, 'H (Tên tab)'],
    ['a tab name of the product', 'H6', 'Tổng hợp', 6, 'H (Tên tab)'],
    ['a tab name of the product in another case', 'H6', 'nhật ký GỬI', 6, 'H (Tên tab)'],
    ['a tab name of a rebuild in progress', 'H6', 'Kiểm tra (đang tạo)', 6, 'H (Tên tab)'],
    ['a bad editor e-mail', 'I6', 'diachinh.minhtien@example.com, diachinh@', 6, 'I (Email người nhập)'],
    ['a bad contact e-mail', 'K6', 'Vi Văn Thắng', 6, 'K (Email liên hệ)'],
    ['a bad recipient e-mail', 'N5', 'danguy.minhtien@', 5, 'N (Email)'],
    ['a recipient without name', 'M5', '', 5, 'M (Nơi nhận)'],
    ['an unknown recipient role', 'O5', 'Kính trình', 5, 'O (Vai trò)'],
  ])('reports %s at its row and column', (_name, a1, value, row, column) => {
    const v = sheet();
    set(v, a1, value);
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings).toBeNull();
    expect(errors(problems)).toEqual([[row, column]]);
    const error = problems.find((p) => p.severity === 'error')!;
    expect(error.tab).toBe('Cấu hình');
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('accepts a tab name of exactly 31 characters', () => {
    const v = sheet();
    const name = 'Hội Liên hiệp Phụ nữ xã Minh Ti';
    expect(name).toHaveLength(31);
    set(v, 'H6', name);
    const read = parseSettings(v, TZ);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.settings?.units[2].tabName).toBe(name);
  });

  it('reports a unit code used twice (in another case) on the later row, naming the first', () => {
    const v = sheet();
    set(v, 'E15', 'hnd');
    const { problems } = parseSettings(v, TZ);
    expect(errors(problems)).toEqual([[15, 'E (Mã)']]);
    expect(problems[0].message).toContain('dòng 12');
  });

  it('reports a tab name used twice, even typed NFD and in capitals', () => {
    const v = sheet();
    set(v, 'H16', 'THÔN ĐỒNG TÂM'.normalize('NFD'));
    const { problems } = parseSettings(v, TZ);
    expect(errors(problems)).toEqual([[16, 'H (Tên tab)']]);
    expect(problems[0].message).toContain('dòng 14');
  });

  it('reports a tab name in the old accent placement as the same tab', () => {
    const v = sheet();
    set(v, 'H14', 'Thôn Hoà Bình');
    const { problems } = parseSettings(v, TZ);
    expect(errors(problems)).toEqual([[15, 'H (Tên tab)']]);
  });

  it('lists every problem at once', () => {
    const v = sheet();
    set(v, 'B4', '');
    set(v, `B${ROW.year}`, '');
    set(v, 'G7', 'Hợp tác xã');
    set(v, 'N6', 'sai');
    set(v, 'I10', 'sai@');
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings).toBeNull();
    expect(errors(problems)).toEqual([
      [4, 'B (Giá trị)'],
      [14, 'B (Giá trị)'],
      [7, 'G (Loại)'],
      [10, 'I (Email người nhập)'],
      [6, 'N (Email)'],
    ]);
  });

  it('quotes the wrong e-mail and says what to do', () => {
    const v = sheet();
    set(v, 'I6', 'diachinh@');
    const message = parseSettings(v, TZ).problems[0].message;
    expect(message).toContain('"diachinh@"');
    expect(message).toMatch(/Sửa lại/);
  });

  it('reports a units table whose header was changed and reads no unit from it', () => {
    const v = sheet();
    set(v, 'F3', 'Đơn vị');
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings).toBeNull();
    expect(errors(problems)).toEqual([[3, 'E3:K3']]);
  });

  it('reports a missing commune-name row as an error', () => {
    const v = sheet();
    v.splice(ROW.communeName - 1, 1);
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings).toBeNull();
    expect(errors(problems)).toEqual([[null, 'A (Mục)']]);
  });

  it('says once that an empty tab must be set up', () => {
    const { settings, problems } = parseSettings(
      [
        ['', ''],
        ['', ''],
      ],
      TZ,
    );
    expect(settings).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('Thiết lập bảng tính');
    expect(parseSettings([], TZ).problems).toHaveLength(1);
  });
});

describe('Email thư ký', () => {
  const LABEL = 'Email thư ký (người được chạy tổng hợp, tạo báo cáo, gửi thư)';

  it('sits right below the superior office’s e-mails, empty in the sample and a fresh Cấu hình', () => {
    expect(settingsFieldRow('secretaryEmails')).toBe(ROW.secretaryEmails);
    const v = settingsToRows(SAMPLE_SETTINGS).values;
    expect(v[ROW.secretaryEmails - 1].slice(0, 2)).toEqual([LABEL, '']);
    expect(SAMPLE_SETTINGS.secretaryEmails).toEqual([]);
    expect(templateSettings(2025).secretaryEmails).toEqual([]);
  });

  it('is written comma-separated and read back (a shared drive’s template lists who started it)', () => {
    const listed = templateSettings(2025, ['thuky.moi@gmail.com', 'chutich@example.vn']);
    const v = settingsToRows({ ...listed, communeName: 'Tân Thành' }).values;
    expect(v[ROW.secretaryEmails - 1][1]).toBe('thuky.moi@gmail.com, chutich@example.vn');
    const back = parseSettings(v, TZ).settings;
    expect(back?.secretaryEmails).toEqual(['thuky.moi@gmail.com', 'chutich@example.vn']);
  });

  it('reads addresses as typed: case, spaces, semicolons, a pasted "Name <address>"', () => {
    const v = sheet();
    set(v, `B${ROW.secretaryEmails}`, ' ThuKy.Moi@Gmail.com ; Chủ tịch <chutich@example.vn>,thuky.moi@gmail.com');
    const { settings, problems } = parseSettings(v, TZ);
    expect(problems).toEqual([]);
    expect(settings?.secretaryEmails).toEqual(['thuky.moi@gmail.com', 'chutich@example.vn']);
    expect(readSecretaryEmails(v, TZ)).toEqual(['thuky.moi@gmail.com', 'chutich@example.vn']);
  });

  it('quotes a wrong address and says what to do', () => {
    const v = sheet();
    set(v, `B${ROW.secretaryEmails}`, 'thuky@');
    const [problem] = parseSettings(v, TZ).problems;
    expect(problem.message).toContain('"thuky@"');
    expect(problem.message).toMatch(/^Email thư ký không hợp lệ/);
    expect(problem.message).toMatch(/Sửa lại/);
  });

  it('is read on its own even when another field has an error, found by its label', () => {
    const v = sheet();
    set(v, `B${ROW.secretaryEmails}`, 'thuky.moi@gmail.com, sai@');
    set(v, 'B4', ''); // no commune name: the settings cannot be used
    v.splice(6, 0, new Array(15).fill('')); // a row inserted above
    expect(parseSettings(v, TZ).settings).toBeNull();
    expect(readSecretaryEmails(v, TZ)).toEqual(['thuky.moi@gmail.com']);
  });

  it('reads no secretary from a Cấu hình without the row, or an empty tab', () => {
    const v = sheet();
    set(v, `B${ROW.secretaryEmails}`, 'thuky.moi@gmail.com');
    v.splice(ROW.secretaryEmails - 1, 1);
    expect(readSecretaryEmails(v, TZ)).toEqual([]);
    expect(readSecretaryEmails([], TZ)).toEqual([]);
  });
});

describe('missingFieldRows', () => {
  it('is null when every field has its row', () => {
    expect(missingFieldRows(sheet(), TZ)).toBeNull();
  });

  it('gives a Cấu hình made before "Email thư ký" its row below the last field, with the hint', () => {
    const v = sheet();
    v.splice(ROW.secretaryEmails - 1, 1); // the tab of an older version: every later field one row up
    const rows = missingFieldRows(v, TZ);
    // Ghi chú, the last field, is now on row 33.
    expect(rows?.row).toBe(34);
    expect(rows?.labels).toEqual(['Email thư ký (người được chạy tổng hợp, tạo báo cáo, gửi thư)']);
    expect(rows?.cells).toHaveLength(1);
    expect(rows?.cells[0].slice(0, 2)).toEqual(['Email thư ký (người được chạy tổng hợp, tạo báo cáo, gửi thư)', '']);
    expect(String(rows?.cells[0][2])).toMatch(/dấu phẩy/);
    // Written there, the tab reads without the "missing row" warning.
    while (v.length < 34) v.push(new Array(15).fill(''));
    v[33] = [...(rows?.cells[0] ?? []), ...new Array(12).fill('')];
    expect(parseSettings(v, TZ).problems).toEqual([]);
  });

  it('offers a deleted optional field with its default, below a note typed under the fields', () => {
    const v = sheet();
    v.splice(ROW.reportSymbol - 1, 1);
    set(v, 'C35', 'ghi chú riêng của thư ký');
    const rows = missingFieldRows(v, TZ);
    expect(rows?.row).toBe(36);
    expect(rows?.cells.map((c) => c.slice(0, 2))).toEqual([['Ký hiệu báo cáo', 'BC-BCĐ']]);
  });

  it('never offers the commune name or the year: without them the settings are refused anyway', () => {
    const v = sheet();
    v.splice(ROW.year - 1, 1);
    v.splice(ROW.communeName - 1, 1);
    expect(missingFieldRows(v, TZ)).toBeNull();
  });
});

describe('plausibility limits per row (Giới hạn … một dòng)', () => {
  const LABELS = [
    'Giới hạn số người tham dự một dòng',
    'Giới hạn số lượng một dòng',
    'Giới hạn kinh phí đơn vị một dòng (đồng)',
    'Giới hạn kinh phí lồng ghép một dòng (đồng)',
    'Giới hạn kinh phí xã hội hóa một dòng (đồng)',
  ];

  it('are five fields of Cấu hình, just above Ghi chú, with defaults that fit a commune', () => {
    const v = sheet();
    expect(v.slice(ROW.limitParticipants - 1, ROW.limitMoneySocial).map((r) => r.slice(0, 2))).toEqual([
      [LABELS[0], 20000],
      [LABELS[1], 10000],
      [LABELS[2], 500000000],
      [LABELS[3], 500000000],
      [LABELS[4], 500000000],
    ]);
    const d = defaultSettings(2024);
    expect([
      d.limitParticipants,
      d.limitQuantity,
      d.limitMoneyUnit,
      d.limitMoneyIntegrated,
      d.limitMoneySocial,
    ]).toEqual([20000, 10000, 500000000, 500000000, 500000000]);
  });

  it('read what the secretary typed, as a number or as Vietnamese text', () => {
    const v = sheet();
    set(v, `B${ROW.limitParticipants}`, '35.000');
    set(v, `B${ROW.limitMoneySocial}`, 2_000_000_000);
    const { settings, problems } = parseSettings(v, TZ);
    expect(problems.filter((p) => p.severity !== 'fixed')).toEqual([]);
    expect(settings?.limitParticipants).toBe(35000);
    expect(settings?.limitMoneySocial).toBe(2000000000);
    expect(settings?.limitQuantity).toBe(10000);
  });

  it.each([
    ['zero', 0],
    ['a negative number', -5],
    ['a fraction', 2.5],
    ['a word', 'nhiều'],
    ['more than a thousand billion', 2e12],
  ])('refuse %s, naming the row and what to type', (_what, value) => {
    const v = sheet();
    set(v, `B${ROW.limitParticipants}`, value);
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings).toBeNull();
    expect(errors(problems)).toEqual([[ROW.limitParticipants, 'B (Giá trị)']]);
    expect(problems[0].message).toContain('"Giới hạn số người tham dự một dòng"');
    expect(problems[0].message).toContain('1.000.000.000.000');
  });

  it('take the default when left blank, with a note', () => {
    const v = sheet();
    set(v, `B${ROW.limitParticipants + 1}`, '');
    const { settings, problems } = parseSettings(v, TZ);
    expect(settings?.limitQuantity).toBe(10000);
    expect(problems.map((p) => [p.severity, p.row])).toEqual([['fixed', ROW.limitParticipants + 1]]);
  });

  it('are added by the next setup to a Cấu hình made before they existed, with their defaults', () => {
    const v = sheet();
    v.splice(ROW.limitParticipants - 1, 5);
    const rows = missingFieldRows(v, TZ);
    // Biểu đồ trong báo cáo and Ghi chú, the last fields, are now on rows 28 and 29.
    expect(rows?.row).toBe(30);
    expect(rows?.labels).toEqual(LABELS);
    expect(rows?.cells.map((c) => c.slice(0, 2))).toEqual([
      [LABELS[0], 20000],
      [LABELS[1], 10000],
      [LABELS[2], 500000000],
      [LABELS[3], 500000000],
      [LABELS[4], 500000000],
    ]);
    rows?.cells.forEach((c, i) => {
      v[29 + i] = [...c, ...new Array(12).fill('')];
    });
    const { settings, problems } = parseSettings(v, TZ);
    expect(problems).toEqual([]);
    expect(settings?.limitMoneyUnit).toBe(500000000);
  });
});

describe('Biểu đồ trong báo cáo', () => {
  const chartRow = ROW.reportChart;
  const read = (value: unknown) => {
    const v = sheet();
    set(v, `B${chartRow}`, value);
    return parseSettings(v, TZ);
  };

  it('is on by default, written "Có"', () => {
    expect(sheet()[chartRow - 1].slice(0, 2)).toEqual(['Biểu đồ trong báo cáo', 'Có']);
    expect(read('').settings?.reportChart).toBe(true);
  });

  it('"Không" in any case or without diacritics turns it off; a checkbox too', () => {
    for (const off of ['Không', 'KHÔNG', 'khong', false]) expect(read(off).settings?.reportChart).toBe(false);
    for (const on of ['Có', 'co', true]) expect(read(on).settings?.reportChart).toBe(true);
  });

  it('anything else keeps the chart and says where and what to write, without stopping anything', () => {
    const r = read('tuỳ');
    expect(r.settings?.reportChart).toBe(true);
    expect(r.problems).toEqual([
      expect.objectContaining({
        row: chartRow,
        severity: 'fixed',
        message: expect.stringContaining('Ghi "Có" hoặc "Không"'),
      }),
    ]);
  });
});
