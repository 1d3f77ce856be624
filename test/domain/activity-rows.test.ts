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
      'sau ngày cuối của năm báo cáo 2023 (31/12/2023)',
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

  test('a date is warned about only after the year, or more than a year before it', () => {
    const dated = (y: number, m: number, d: number) => row({ 0: sheetDate(y, m, d) });
    // nd09, year 2023 runs 15/12/2022..14/12/2023; a year before its start is 15/12/2021.
    const nd09 = read(
      { rows: [dated(2021, 12, 14), dated(2021, 12, 15), dated(2023, 12, 14), dated(2023, 12, 15)] },
      { rule: 'nd09' },
    );
    expect(nd09.findings.map((f) => [f.row, f.severity])).toEqual([
      [10, 'warning'],
      [13, 'warning'],
    ]);
    expect(nd09.findings[0].message).toContain('sớm hơn năm báo cáo 2023 (bắt đầu từ 15/12/2022) quá một năm');
    expect(nd09.findings[1].message).toContain('sau ngày cuối của năm báo cáo 2023 (14/12/2023)');
    expect(nd09.activities).toHaveLength(4);
    // calendar, year 2023 runs 01/01/2023..31/12/2023; a year before its start is 01/01/2022.
    const cal = read({ rows: [dated(2021, 12, 31), dated(2022, 1, 1), dated(2023, 12, 31), dated(2024, 1, 1)] });
    expect(cal.findings.map((f) => [f.row, f.severity])).toEqual([
      [10, 'warning'],
      [13, 'warning'],
    ]);
  });

  test("after the year moves on, last year's rows and narratives give no finding", () => {
    // Cấu hình now says 2024 (nd09: 15/12/2023..14/12/2024); the tab keeps all of 2023.
    const rows = [];
    for (let m = 1; m <= 12; m++) rows.push(row({ 0: sheetDate(2023, m, 5) }), row({ 0: sheetDate(2023, m, 20) }));
    const res = read(
      {
        narratives: [
          ['6 tháng đầu năm 2023', 'KQ 2023 H1', '', '', ''],
          ['Cả năm 2023', 'KQ 2023 cả năm', '', '', ''],
          ['6 tháng đầu năm 2024', 'KQ 2024 H1', '', '', ''],
        ],
        rows,
      },
      { year: 2024, rule: 'nd09' },
    );
    expect(res.findings).toEqual([]);
    expect(res.activities).toHaveLength(24);
    expect([...res.narratives.keys()]).toEqual(['6 tháng đầu năm 2024']);
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

  test('a renamed column: no row of the tab is counted, one error names the header row and the column', () => {
    const header = [...HEADER];
    header[1] = 'Loại hình';
    const res = read({ header, rows: [row(), row({ 4: 'hai' })] });
    expect(res.headerOk).toBe(false);
    expect(res.activities).toEqual([]);
    expect(res.rejected).toEqual([
      { row: 10, date: null },
      { row: 11, date: null },
    ]);
    expect(res.rowsRead).toBe(2);
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({ row: 9, column: null, severity: 'error' });
    const m = res.findings[0].message;
    expect(m).toContain('dòng 9');
    expect(m).toContain('"Hình thức"');
    expect(m).not.toContain('"Ngày"');
    expect(m).toContain('khôi phục dòng tiêu đề');
    expect(m).toContain('Thiết lập bảng tính');
    expect(m).toContain('chưa được tính');
  });

  test('a unit inserted a column: each field is read under its own header, the extra column is ignored', () => {
    // "Số hộ" typed in a new column I pushes Kinh phí đơn vị to J ... Ghi chú to N.
    const header = [...HEADER.slice(0, 8), 'Số hộ', ...HEADER.slice(8)];
    const shifted = (patch: Record<number, unknown> = {}) => {
      const r = row({ 8: 1000000, 9: 2000000, 10: 3000000, 11: 'Mô hình A', 12: 'ghi chú', ...patch });
      return [...r.slice(0, 8), 25, ...r.slice(8)];
    };
    const res = read({ header, rows: [shifted(), shifted({ 9: 100.5 })] });
    expect(res.headerOk).toBe(false);
    expect(res.activities).toHaveLength(1);
    expect(res.activities[0]).toMatchObject({
      participants: 80,
      moneyUnit: 1000000,
      moneyIntegrated: 2000000,
      moneySocial: 3000000,
      model: 'Mô hình A',
      note: 'ghi chú',
    });
    // The bad integrated money is in column K now, not J.
    expect(only(res.findings, 11)).toEqual([
      expect.objectContaining({ column: 'K (Kinh phí lồng ghép (đồng))', severity: 'error' }),
    ]);
    const head = only(res.findings, 9);
    expect(head).toEqual([expect.objectContaining({ column: null, severity: 'warning' })]);
    expect(head[0].message).toContain('Số hộ');
  });

  test('columns moved and headers retyped with other case, spacing and accent placement are found by name', () => {
    // Nội dung and Mô tả swapped (C <-> E); "hoá" with the old accent placement; upper case.
    const header = [...HEADER];
    header[2] = 'Mô tả';
    header[4] = '  NỘI   DUNG ';
    header[10] = 'Kinh phí xã hội hoá (đồng)'.normalize('NFD');
    const res = read({ header, rows: [row({ 2: 'Buổi họp', 4: TOPIC, 10: 700000, 5: 'x' })] });
    expect(res.activities).toEqual([]);
    expect(res.findings.filter((f) => f.row === 10)).toEqual([
      expect.objectContaining({ column: 'F (Số lượng)', severity: 'error' }),
    ]);
    const ok = read({ header, rows: [row({ 2: 'Buổi họp', 4: TOPIC, 10: 700000 })] });
    expect(ok.activities[0]).toMatchObject({ topic: TOPIC, description: 'Buổi họp', moneySocial: 700000 });
    expect(ok.findings.filter((f) => f.row !== 9)).toEqual([]);
  });

  test('a header typed twice (setup rewrote A:M over an inserted column): nothing counted, both columns named', () => {
    const header = [...HEADER, 'Ghi chú'];
    const res = read({ header, rows: [[...row(), 'x']] });
    expect(res.activities).toEqual([]);
    expect(res.rejected).toEqual([{ row: 10, date: null }]);
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({ row: 9, severity: 'error' });
    expect(res.findings[0].message).toContain('"Ghi chú"');
    expect(res.findings[0].message).toMatch(/M.*N/);
  });

  test('an extra column after the table, with the 13 headers in place, changes nothing', () => {
    const res = read({ header: [...HEADER, 'Số hộ'], rows: [[...row(), 25]] });
    expect(res.headerOk).toBe(true);
    expect(res.findings).toEqual([]);
    expect(res.activities[0].moneyUnit).toBe(1000000);
  });

  test('a blank header row: nothing counted, one error', () => {
    const res = read({ header: [], rows: [row()] });
    expect(res.activities).toEqual([]);
    expect(res.rejected).toEqual([{ row: 10, date: null }]);
    expect(res.findings).toEqual([expect.objectContaining({ row: 9, column: null, severity: 'error' })]);
    expect(res.findings[0].message).toContain('Thiết lập bảng tính');
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

  test("an unknown label is a warning that does not ask to relabel another year's row", () => {
    const res = read({
      narratives: [
        ['Cả năm 2022', 'Cũ', '', '', ''],
        ['Quý 3', 'Có làm', '', '', ''],
      ],
      rows: [],
    });
    expect(res.findings).toEqual([expect.objectContaining({ row: 7, severity: 'warning' })]);
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
