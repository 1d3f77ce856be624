import vm from 'node:vm';
import { readUnitTab, type UnitTabInput } from '../../src/domain/activity-rows';
import type { Finding } from '../../src/domain/types';
import { buildTab, CATALOGUE, deepFreeze, HEADER, sheetDate, type TabSpec, TZ, unit } from './tab-fixture';

const U = unit('T01', 'Thôn Đồng Tâm');
const FORM = CATALOGUE.forms[3];
const TOPIC = CATALOGUE.topics[4];
const CRIT = 'Giao thông';

function read(spec: Partial<TabSpec> & Pick<TabSpec, 'rows'>, extra: Partial<UnitTabInput> = {}) {
  const values = buildTab({ unitName: U.name, ...spec });
  return readUnitTab({ unit: U, tab: U.tabName, values, catalogue: CATALOGUE, timeZone: TZ, year: 2023, ...extra });
}

/** A valid row; `patch` overrides columns by 0-based index. */
function row(patch: Record<number, unknown> = {}): unknown[] {
  const r: unknown[] = [
    sheetDate(2023, 3, 15),
    FORM,
    TOPIC,
    CRIT,
    'Họp thôn',
    2,
    'Buổi',
    80,
    1000000,
    0,
    500000,
    '',
    '',
  ];
  for (const [k, v] of Object.entries(patch)) r[Number(k)] = v;
  return r;
}

function only(findings: Finding[], r: number): Finding[] {
  return findings.filter((f) => f.row === r);
}

describe('readUnitTab: good rows', () => {
  test('a clean row becomes an activity with no finding', () => {
    const res = read({ rows: [row()] });
    expect(res.headerOk).toBe(true);
    expect(res.findings).toEqual([]);
    expect(res.rowsRead).toBe(1);
    expect(res.activities).toEqual([
      {
        unitCode: 'T01',
        tab: U.tabName,
        row: 10,
        date: { y: 2023, m: 3, d: 15 },
        form: FORM,
        topic: TOPIC,
        criterion: CRIT,
        description: 'Họp thôn',
        quantity: 2,
        measure: 'Buổi',
        participants: 80,
        moneyUnit: 1000000,
        moneyIntegrated: 0,
        moneySocial: 500000,
        model: '',
        note: '',
      },
    ]);
  });

  test('blank rows in the middle are skipped silently; short rows and holes are tolerated', () => {
    const short = [sheetDate(2023, 4, 1), FORM, TOPIC, '', '', 1, 'Buổi'];
    const res = read({ rows: [row(), ['', '', '  ', ''], null, [], short, row({ 4: 'cuối' })] });
    expect(res.rowsRead).toBe(3);
    expect(res.activities.map((a) => a.row)).toEqual([10, 14, 15]);
    expect(res.activities[1]).toMatchObject({ participants: 0, moneyUnit: 0, moneySocial: 0, note: '', criterion: '' });
    expect(res.findings).toEqual([]);
  });

  test('a Date made in another realm is read', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2023, 5, 13, 17))'); // 14/06/2023 00:00 in Hà Nội
    const res = read({ rows: [row({ 0: foreign })] });
    expect(res.activities[0].date).toEqual({ y: 2023, m: 6, d: 14 });
  });

  test('text is NFC-normalised and trimmed; catalogue names are matched without regard to case', () => {
    const res = read({
      rows: [
        row({
          1: `  ${FORM.toUpperCase().normalize('NFD')} `,
          2: TOPIC.toLowerCase(),
          4: ' Mô tả\nhai dòng '.normalize('NFD'),
        }),
      ],
    });
    expect(res.findings).toEqual([]);
    expect(res.activities[0]).toMatchObject({ form: FORM, topic: TOPIC, description: 'Mô tả\nhai dòng' });
  });

  test('catalogue names typed without diacritics are canonicalised with a "fixed" finding', () => {
    const res = read({ rows: [row({ 1: 'Zalo Facebook', 3: 'giao thong', 6: 'buoi' })] });
    expect(res.activities[0]).toMatchObject({ form: 'Zalo, Facebook', criterion: 'Giao thông', measure: 'Buổi' });
    expect(res.findings.map((f) => [f.column, f.severity])).toEqual([
      ['B (Hình thức)', 'fixed'],
      ['D (Tiêu chí NTM)', 'fixed'],
      ['G (Đơn vị tính)', 'fixed'],
    ]);
  });

  test('formula-like text is kept verbatim', () => {
    const res = read({
      rows: [row({ 4: '=IMPORTXML("http://x.vn","//a")', 11: '+84912345678', 12: '@ghi chú', 2: '-Chủ đề riêng' })],
    });
    expect(res.activities[0]).toMatchObject({
      description: '=IMPORTXML("http://x.vn","//a")',
      model: '+84912345678',
      note: '@ghi chú',
      topic: '-Chủ đề riêng',
    });
  });

  test('numbers typed as Vietnamese text are counted with a "fixed" finding', () => {
    const res = read({ rows: [row({ 5: '2,5', 7: '1.200', 8: '1.500.000 đ', 9: '200.000', 10: '' })] });
    expect(res.activities[0]).toMatchObject({
      quantity: 2.5,
      participants: 1200,
      moneyUnit: 1500000,
      moneyIntegrated: 200000,
      moneySocial: 0,
    });
    expect(res.findings.map((f) => [f.row, f.column, f.severity])).toEqual([
      [10, 'F (Số lượng)', 'fixed'],
      [10, 'H (Số người tham dự)', 'fixed'],
      [10, 'I (Kinh phí đơn vị (đồng))', 'fixed'],
      [10, 'J (Kinh phí lồng ghép (đồng))', 'fixed'],
    ]);
  });

  test('a date typed as text is read with a "fixed" finding', () => {
    const res = read({ rows: [row({ 0: '15/6/2023' })] });
    expect(res.activities[0].date).toEqual({ y: 2023, m: 6, d: 15 });
    expect(res.findings).toEqual([expect.objectContaining({ row: 10, column: 'A (Ngày)', severity: 'fixed' })]);
  });
});

describe('readUnitTab: bad rows, each with its row, column and severity', () => {
  const cases: [string, Record<number, unknown>, string, Finding['severity'], string][] = [
    ['date missing', { 0: '' }, 'A (Ngày)', 'error', 'Chưa ghi ngày'],
    ['date impossible', { 0: '31/4/2023' }, 'A (Ngày)', 'error', 'không có thật'],
    ['date as a bare number', { 0: 45000 }, 'A (Ngày)', 'error', 'Không đọc được ngày'],
    ['form missing', { 1: '' }, 'B (Hình thức)', 'error', 'Chưa chọn hình thức'],
    ['form not in the catalogue', { 1: 'Biểu diễn văn nghệ' }, 'B (Hình thức)', 'error', 'không có trong Danh mục'],
    ['quantity negative', { 5: -2 }, 'F (Số lượng)', 'error', 'âm'],
    ['quantity not a number', { 5: 'hai' }, 'F (Số lượng)', 'error', 'không đọc được'],
    ['participants negative', { 7: '-3' }, 'H (Số người tham dự)', 'error', 'âm'],
    ['participants fractional', { 7: 2.5 }, 'H (Số người tham dự)', 'error', 'chẵn'],
    ['participants not a number', { 7: 'đông' }, 'H (Số người tham dự)', 'error', 'không đọc được'],
    ['money negative', { 8: -100 }, 'I (Kinh phí đơn vị (đồng))', 'error', 'âm'],
    ['money fractional', { 9: 100.5 }, 'J (Kinh phí lồng ghép (đồng))', 'error', 'chẵn'],
    ['money ambiguous', { 10: '1,500' }, 'K (Kinh phí xã hội hóa (đồng))', 'error', 'không rõ'],
    ['money a boolean', { 10: true }, 'K (Kinh phí xã hội hóa (đồng))', 'error', 'không đọc được'],
  ];
  test.each(cases)('%s: not counted', (_name, patch, column, severity, words) => {
    const res = read({ rows: [row(), row(patch)] });
    expect(res.rowsRead).toBe(2);
    expect(res.activities.map((a) => a.row)).toEqual([10]);
    expect(res.rejected.map((r) => r.row)).toEqual([11]);
    const f = only(res.findings, 11);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ tab: U.tabName, row: 11, column, severity });
    expect(f[0].message).toContain(words);
    expect(f[0].message).toContain('Hãy');
  });

  test('rejected rows keep their date when it could be read', () => {
    const res = read({ rows: [row({ 1: '' }), row({ 0: '' })] });
    expect(res.rejected).toEqual([
      { row: 10, date: { y: 2023, m: 3, d: 15 } },
      { row: 11, date: null },
    ]);
  });

  const warnings: [string, Record<number, unknown>, string, string, Record<string, unknown>][] = [
    [
      'topic not in the catalogue',
      { 2: 'Phòng chống ma túy' },
      'C (Nội dung)',
      'không có trong Danh mục',
      { topic: 'Phòng chống ma túy' },
    ],
    ['topic blank', { 2: '' }, 'C (Nội dung)', 'Chưa ghi nội dung', { topic: '' }],
    [
      'criterion not in the catalogue',
      { 3: 'Tiêu chí 20' },
      'D (Tiêu chí NTM)',
      'không có trong Danh mục',
      { criterion: 'Tiêu chí 20' },
    ],
    ['quantity blank', { 5: '' }, 'F (Số lượng)', 'được tính là 0', { quantity: 0 }],
    ['measure blank with a quantity', { 6: '' }, 'G (Đơn vị tính)', 'chưa ghi đơn vị tính', { measure: '' }],
    [
      'measure not in the catalogue',
      { 6: 'Tờ rơi' },
      'G (Đơn vị tính)',
      'không có trong Danh mục',
      { measure: 'Tờ rơi' },
    ],
    [
      'date outside the year',
      { 0: sheetDate(2032, 3, 15) },
      'A (Ngày)',
      'không thuộc năm 2023',
      { date: { y: 2032, m: 3, d: 15 } },
    ],
  ];
  test.each(warnings)('%s: a warning, still counted', (_name, patch, column, words, fields) => {
    const res = read({ rows: [row(patch)] });
    expect(res.activities).toHaveLength(1);
    expect(res.activities[0]).toMatchObject(fields);
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({ row: 10, column, severity: 'warning' });
    expect(res.findings[0].message).toContain(words);
  });

  test('a blank criterion is normal', () => {
    const res = read({ rows: [row({ 3: '' })] });
    expect(res.findings).toEqual([]);
    expect(res.activities[0].criterion).toBe('');
  });

  test('money but no activity: one error, not counted', () => {
    const res = read({ rows: [['', '', '', '', '', '', '', '', '', 2000000]] });
    expect(res.activities).toEqual([]);
    expect(res.rejected).toEqual([{ row: 10, date: null }]);
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({ row: 10, column: 'J (Kinh phí lồng ghép (đồng))', severity: 'error' });
    expect(res.findings[0].message).toContain('Có kinh phí nhưng chưa ghi hoạt động');
  });

  test('a formula in an input cell is a warning; its value is counted', () => {
    const values = buildTab({ unitName: U.name, rows: [row({ 7: 120 })] });
    const formulas = values.map((r) => (r ?? []).map(() => ''));
    formulas[9][7] = '=50+70';
    const res = readUnitTab({
      unit: U,
      tab: U.tabName,
      values,
      formulas,
      catalogue: CATALOGUE,
      timeZone: TZ,
      year: 2023,
    });
    expect(res.activities[0].participants).toBe(120);
    expect(res.findings).toEqual([
      expect.objectContaining({ row: 10, column: 'H (Số người tham dự)', severity: 'warning' }),
    ]);
    expect(res.findings[0].message).toContain('=50+70');
  });

  test('with rule nd09, 15/12 of the previous year is inside the year; 14/12 is not', () => {
    const rows = [row({ 0: sheetDate(2022, 12, 15) }), row({ 0: sheetDate(2022, 12, 14) })];
    const nd09 = read({ rows }, { rule: 'nd09' });
    expect(nd09.findings.map((f) => [f.row, f.severity])).toEqual([[11, 'warning']]);
    const cal = read({ rows });
    expect(cal.findings.map((f) => [f.row, f.severity])).toEqual([
      [10, 'warning'],
      [11, 'warning'],
    ]);
  });

  test('several problems on one row are all listed', () => {
    const res = read({ rows: [row({ 0: '', 1: 'Không rõ', 7: -1, 2: '' })] });
    expect(res.findings.map((f) => [f.column, f.severity])).toEqual([
      ['A (Ngày)', 'error'],
      ['B (Hình thức)', 'error'],
      ['C (Nội dung)', 'warning'],
      ['H (Số người tham dự)', 'error'],
    ]);
  });

  test('the input arrays are never mutated', () => {
    const values = buildTab({
      unitName: U.name,
      narratives: [['6 tháng đầu năm 2023', ' Tốt ', '', '', '']],
      rows: [row({ 0: '15/3/2023', 8: '1.000.000' }), row({ 1: '' }), ['  ', '']],
    });
    const before = JSON.stringify(values);
    const frozen = deepFreeze(values);
    const res = readUnitTab({
      unit: U,
      tab: U.tabName,
      values: frozen,
      catalogue: CATALOGUE,
      timeZone: TZ,
      year: 2023,
    });
    expect(res.rowsRead).toBe(2);
    expect(JSON.stringify(values)).toBe(before);
  });
});

describe('readUnitTab: header', () => {
  test('case and spacing differences in the header are tolerated', () => {
    const header = HEADER.map((h, i) => (i === 2 ? `  ${h.toUpperCase()}  ` : h.replace(' ', '  ')));
    const res = read({ header, rows: [row()] });
    expect(res.headerOk).toBe(true);
    expect(res.findings).toEqual([]);
  });

  test('a changed header gives one finding on row 9, and the rows are still read', () => {
    const header = [...HEADER];
    header[1] = 'Loại hình';
    const res = read({ header, rows: [row(), row({ 4: 'hai' })] });
    expect(res.headerOk).toBe(false);
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({ row: 9, column: null, severity: 'error' });
    expect(res.findings[0].message).toContain('Loại hình');
    expect(res.findings[0].message).toContain('"Hình thức"');
    expect(res.activities).toHaveLength(2);
  });

  test('a tab cut short before the header row', () => {
    const values = [['BÁO CÁO'], ['Đơn vị:', U.name]];
    const res = readUnitTab({ unit: U, tab: U.tabName, values, catalogue: CATALOGUE, timeZone: TZ, year: 2023 });
    expect(res.headerOk).toBe(false);
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0].row).toBe(9);
    expect(res.rowsRead).toBe(0);
    expect(res.lastChange).toBe('');
  });
});

describe('readUnitTab: narratives and header block', () => {
  test('narratives are read by label, verbatim', () => {
    const res = read({
      narratives: [
        ['6 tháng đầu năm 2023', '=HYPERLINK("x")', '+ thiếu kinh phí', '-', '@BQL'],
        ['cả  năm 2023'.normalize('NFD'), 'Kết quả năm', '', '', ''],
      ],
      rows: [],
    });
    expect(res.findings).toEqual([]);
    expect([...res.narratives.keys()]).toEqual(['6 tháng đầu năm 2023', 'Cả năm 2023']);
    expect(res.narratives.get('6 tháng đầu năm 2023')).toEqual({
      unitCode: 'T01',
      unitName: U.name,
      results: '=HYPERLINK("x")',
      shortcomings: '+ thiếu kinh phí',
      causes: '-',
      proposals: '@BQL',
    });
    expect(res.narratives.get('Cả năm 2023')?.results).toBe('Kết quả năm');
  });

  test('a label-only row is no narrative; an unknown label is a warning', () => {
    const res = read({
      narratives: [
        ['6 tháng đầu năm 2023', '', '', '', ''],
        ['Quý 3', 'Có làm', '', '', ''],
      ],
      rows: [],
    });
    expect(res.narratives.size).toBe(0);
    expect(res.findings).toEqual([expect.objectContaining({ row: 7, column: 'A (Kỳ báo cáo)', severity: 'warning' })]);
    expect(res.findings[0].message).toContain('"Quý 3"');
  });

  test('text without a label is a warning', () => {
    const res = read({ narratives: [['', 'Có làm', '', '', '']], rows: [] });
    expect(res.narratives.size).toBe(0);
    expect(res.findings).toEqual([expect.objectContaining({ row: 6, severity: 'warning' })]);
  });

  test('lastChange: a Date is shown in the sheet time zone, text as typed', () => {
    // 20/06/2023 09:05 in Hà Nội is 02:05 UTC.
    const when = new Date(Date.UTC(2023, 5, 20, 2, 5));
    expect(read({ lastChange: when, rows: [] }).lastChange).toBe('20/06/2023 09:05');
    expect(read({ lastChange: ' hôm qua ', rows: [] }).lastChange).toBe('hôm qua');
  });
});
