import {
  checkLayout,
  checkUnitOfRead,
  checkUnitsOfConsolidation,
  type SheetLayout,
  summaryLayout,
} from '../../src/domain/summary-sheet';
import type { Consolidation, Finding, Money, UnitTotal } from '../../src/domain/types';
import { ND09_HALF_2023, unit } from './tab-fixture';

function money(u: number, i: number, s: number): Money {
  return { unit: u, integrated: i, social: s, total: u + i + s };
}

function unitTotal(code: string, name: string, patch: Partial<UnitTotal>): UnitTotal {
  return {
    unitCode: code,
    unitName: name,
    tabName: name,
    activities: 0,
    rejected: 0,
    outsidePeriod: 0,
    participants: 0,
    money: money(0, 0, 0),
    tabStatus: 'ok',
    reported: false,
    lastChange: '',
    ...patch,
  };
}

const C: Consolidation = {
  period: ND09_HALF_2023,
  units: [
    unitTotal('A', 'Thôn A', {
      activities: 3,
      rejected: 1,
      outsidePeriod: 2,
      participants: 150,
      money: money(1_000_000, 0, 250_000),
      reported: true,
      lastChange: '10/06/2023 08:00',
    }),
    unitTotal('B', '=Hội Nông dân', {
      activities: 1,
      participants: 40,
      money: money(0, 2_000_000, 0),
      reported: true,
      tabStatus: 'badHeader',
    }),
    unitTotal('C', 'Thôn C', { tabStatus: 'missing' }),
  ],
  byForm: [
    { form: 'Loa truyền thanh', measure: 'Tin, bài', quantity: 12, activities: 2, participants: 0 },
    { form: 'Hội nghị', measure: 'Buổi', quantity: 2.5, activities: 2, participants: 190 },
  ],
  byTopic: [
    { key: 'Chủ trương', activities: 4, participants: 190, money: money(1_000_000, 2_000_000, 250_000) },
    { key: 'OCOP', activities: 0, participants: 0, money: money(0, 0, 0) },
  ],
  byCriterion: [
    { key: 'Giao thông', activities: 1, participants: 40, money: money(0, 2_000_000, 0) },
    { key: '(không ghi)', activities: 3, participants: 150, money: money(1_000_000, 0, 250_000) },
  ],
  money: money(1_000_000, 2_000_000, 250_000),
  participants: 190,
  activities: 4,
  models: [
    { unitName: 'Thôn A', text: '=IMPORTXML("http://x.vn","//a")', date: { y: 2023, m: 3, d: 5 } },
    { unitName: '=Hội Nông dân', text: '+84 912 345 678', date: { y: 2023, m: 4, d: 1 } },
  ],
  narratives: [
    {
      unitCode: 'A',
      unitName: 'Thôn A',
      results: '=SUM(A1)',
      shortcomings: '- thiếu kinh phí',
      causes: '',
      proposals: '@BQL',
    },
  ],
  notReported: ['Thôn C'],
  findings: [],
  byMonth: [],
  previous: null,
};

const META = {
  communeName: 'Minh Tiến',
  readAt: '20/06/2023 09:05',
  readBy: 'thuky@example.com',
  counted: 4,
  notCounted: 1,
};

/** The rows (1-based) below a section heading, up to the next blank row. */
function sectionBody(layout: SheetLayout, heading: string): { first: number; rows: (string | number)[][] } {
  const at = layout.values.findIndex((r) => r[0] === heading);
  expect(at).toBeGreaterThanOrEqual(0);
  const rows: (string | number)[][] = [];
  for (let i = at + 1; i < layout.values.length && layout.values[i].some((v) => v !== ''); i++)
    rows.push(layout.values[i]);
  return { first: at + 2, rows };
}

function trimmed(row: (string | number)[]): (string | number)[] {
  const out = [...row];
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

describe('summaryLayout', () => {
  const layout = summaryLayout(C, META);

  test('the matrix is rectangular', () => {
    expect(layout.width).toBe(11);
    expect(layout.values.every((r) => r.length === 11)).toBe(true);
  });

  test('title, period and who read it come first', () => {
    expect(layout.titleRows).toEqual([1]);
    expect(layout.values[0][0]).toContain('XÃ MINH TIẾN');
    const head = layout.values
      .slice(0, 5)
      .map((r) => String(r[0]))
      .join('\n');
    expect(head).toContain('6 tháng đầu năm 2023');
    expect(head).toContain('15/12/2022');
    expect(head).toContain('14/06/2023');
    expect(head).toContain('20/06/2023 09:05');
    expect(head).toContain('thuky@example.com');
    expect(head).toContain('3.250.000 đồng');
  });

  test('the eight sections come in order, then the cells the charts read', () => {
    const headings = layout.sectionRows.map((r) => String(layout.values[r - 1][0]));
    expect(headings.map((h) => h.split('.')[0])).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'SỐ LIỆU CHO BIỂU ĐỒ: SỐ HOẠT ĐỘNG THEO HÌNH THỨC',
      'SỐ LIỆU CHO BIỂU ĐỒ: SỐ HOẠT ĐỘNG, SỐ NGƯỜI THAM DỰ THEO ĐƠN VỊ',
      'SỐ LIỆU CHO BIỂU ĐỒ: SỐ HOẠT ĐỘNG THEO THÁNG',
    ]);
    expect([...layout.sectionRows].sort((a, b) => a - b)).toEqual(layout.sectionRows);
  });

  test('I. by form and measure', () => {
    const { rows, first } = sectionBody(layout, 'I. TỔNG HỢP THEO HÌNH THỨC TUYÊN TRUYỀN');
    expect(rows.map(trimmed)).toEqual([
      ['Hình thức', 'Đơn vị tính', 'Số lượng', 'Số hoạt động', 'Số người tham dự'],
      ['Loa truyền thanh', 'Tin, bài', 12, 2, 0],
      ['Hội nghị', 'Buổi', 2.5, 2, 190],
      ['Tổng cộng', '', '', 4, 190],
    ]);
    expect(layout.headerRows).toContain(first);
    expect(layout.totalRows).toContain(first + 3);
    // A fractional quantity shows its decimals.
    expect(layout.numberFormats).toContainEqual({
      row: first + 1,
      col: 3,
      numRows: 2,
      numCols: 1,
      pattern: '#,##0.00',
    });
  });

  test('II and III. by topic and by criterion with money', () => {
    expect(sectionBody(layout, 'II. TỔNG HỢP THEO NỘI DUNG TUYÊN TRUYỀN').rows.map(trimmed)).toEqual([
      ['Nội dung', 'Số hoạt động', 'Số người tham dự', 'Kinh phí (đồng)'],
      ['Chủ trương', 4, 190, 3_250_000],
      ['OCOP', 0, 0, 0],
      ['Tổng cộng', 4, 190, 3_250_000],
    ]);
    expect(sectionBody(layout, 'III. TỔNG HỢP THEO TIÊU CHÍ NÔNG THÔN MỚI').rows.map(trimmed)).toEqual([
      ['Tiêu chí NTM', 'Số hoạt động', 'Số người tham dự', 'Kinh phí (đồng)'],
      ['Giao thông', 1, 40, 2_000_000],
      ['(không ghi)', 3, 150, 1_250_000],
      ['Tổng cộng', 4, 190, 3_250_000],
    ]);
  });

  test('IV. by unit, with the status of each tab and a total row', () => {
    const { rows } = sectionBody(layout, 'IV. TỔNG HỢP THEO ĐƠN VỊ');
    expect(rows[0]).toEqual([
      'Đơn vị',
      'Số hoạt động được tính',
      'Số dòng không tính',
      'Ngoài kỳ',
      'Số người tham dự',
      'Kinh phí đơn vị (đồng)',
      'Kinh phí lồng ghép (đồng)',
      'Kinh phí xã hội hóa (đồng)',
      'Tổng kinh phí (đồng)',
      'Đã báo cáo',
      'Cập nhật lần cuối',
    ]);
    expect(rows.slice(1)).toEqual([
      ['Thôn A', 3, 1, 2, 150, 1_000_000, 0, 250_000, 1_250_000, 'Có', '10/06/2023 08:00'],
      ['=Hội Nông dân', 1, 0, 0, 40, 0, 2_000_000, 0, 2_000_000, 'Có (tiêu đề cột bị sửa)', ''],
      ['Thôn C', 0, 0, 0, 0, 0, 0, 0, 0, 'Chưa (không tìm thấy tab)', ''],
      ['Tổng cộng', 4, 1, 2, 190, 1_000_000, 2_000_000, 250_000, 3_250_000, '2/3', ''],
    ]);
  });

  test('V. money by source', () => {
    expect(sectionBody(layout, 'V. KINH PHÍ THEO NGUỒN').rows.map(trimmed)).toEqual([
      ['Nguồn kinh phí', 'Số tiền (đồng)'],
      ['Kinh phí của đơn vị', 1_000_000],
      ['Kinh phí lồng ghép', 2_000_000],
      ['Kinh phí xã hội hóa', 250_000],
      ['Tổng cộng', 3_250_000],
    ]);
  });

  test('VI-VIII. models, narratives and units not reported, text verbatim', () => {
    expect(sectionBody(layout, 'VI. MÔ HÌNH, GƯƠNG ĐIỂN HÌNH').rows.map(trimmed)).toEqual([
      ['STT', 'Mô hình, gương điển hình', 'Đơn vị', 'Ngày'],
      [1, '=IMPORTXML("http://x.vn","//a")', 'Thôn A', '05/03/2023'],
      [2, '+84 912 345 678', '=Hội Nông dân', '01/04/2023'],
    ]);
    expect(sectionBody(layout, 'VII. TỰ ĐÁNH GIÁ CỦA CÁC ĐƠN VỊ').rows.map(trimmed)).toEqual([
      ['Đơn vị', 'Kết quả nổi bật', 'Tồn tại, hạn chế', 'Nguyên nhân', 'Đề xuất, kiến nghị'],
      ['Thôn A', '=SUM(A1)', '- thiếu kinh phí', '', '@BQL'],
    ]);
    expect(sectionBody(layout, 'VIII. ĐƠN VỊ CHƯA BÁO CÁO').rows.map(trimmed)).toEqual([
      ['STT', 'Đơn vị'],
      [1, 'Thôn C'],
    ]);
  });

  test('every number in sections I-V lies in a number-format block, and blocks hold only numbers', () => {
    const inBlock = (r: number, c: number) =>
      layout.numberFormats.some((b) => r >= b.row && r < b.row + b.numRows && c >= b.col && c < b.col + b.numCols);
    const sectionVI = layout.sectionRows[5];
    layout.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (typeof v === 'number' && i + 1 < sectionVI)
          expect([i + 1, j + 1, inBlock(i + 1, j + 1)]).toEqual([i + 1, j + 1, true]);
      });
    });
    for (const b of layout.numberFormats) {
      for (let r = b.row; r < b.row + b.numRows; r++) {
        for (let c = b.col; c < b.col + b.numCols; c++)
          expect(['number', '']).toContain(
            typeof layout.values[r - 1][c - 1] === 'number' ? 'number' : layout.values[r - 1][c - 1],
          );
      }
    }
  });

  test('an empty consolidation has placeholders and integer quantities', () => {
    const empty: Consolidation = {
      ...C,
      units: [unitTotal('A', 'Thôn A', {})],
      byForm: [],
      byTopic: [],
      byCriterion: [],
      money: money(0, 0, 0),
      participants: 0,
      activities: 0,
      models: [],
      narratives: [],
      notReported: ['Thôn A'],
    };
    const l = summaryLayout(empty, { ...META, counted: 0, notCounted: 0 });
    expect(l.values.every((r) => r.length === 11)).toBe(true);
    expect(sectionBody(l, 'I. TỔNG HỢP THEO HÌNH THỨC TUYÊN TRUYỀN').rows[1][0]).toContain('Không có hoạt động');
    expect(sectionBody(l, 'VI. MÔ HÌNH, GƯƠNG ĐIỂN HÌNH').rows[1][1]).toBe('(Không có)');
    expect(sectionBody(l, 'VII. TỰ ĐÁNH GIÁ CỦA CÁC ĐƠN VỊ').rows[1][0]).toContain('Chưa đơn vị nào');
    expect(l.numberFormats.filter((b) => b.col === 3 && b.numCols === 1)[0].pattern).toBe('#,##0');
  });

  test('all reported', () => {
    const l = summaryLayout({ ...C, notReported: [] }, META);
    expect(sectionBody(l, 'VIII. ĐƠN VỊ CHƯA BÁO CÁO').rows[1][1]).toBe('(Tất cả các đơn vị đã báo cáo)');
  });
});

describe('checkLayout', () => {
  const findings: Finding[] = [
    { tab: 'Thôn A', row: 9, column: null, severity: 'error', message: 'Dòng tiêu đề cột đã bị sửa.' },
    { tab: 'Thôn A', row: 12, column: 'A (Ngày)', severity: 'error', message: 'Chưa ghi ngày.' },
    { tab: 'Thôn A', row: 13, column: 'F (Số lượng)', severity: 'fixed', message: 'Đã đọc là 2,5.' },
    { tab: '=Hội Nông dân', row: 10, column: 'C (Nội dung)', severity: 'warning', message: '=không rõ' },
    { tab: 'Thôn C', row: null, column: null, severity: 'error', message: 'Không tìm thấy tab.' },
  ];
  const units = checkUnitsOfConsolidation(C);
  const layout = checkLayout(findings, {
    readAt: '20/06/2023 09:05',
    readBy: 'thuky@example.com',
    periodLabel: 'x',
    units,
  });

  test('rectangular, one line per finding with the severity in words', () => {
    expect(layout.width).toBe(9);
    expect(layout.values.every((r) => r.length === 9)).toBe(true);
    const { rows } = sectionBody(layout, 'CHI TIẾT');
    expect(rows.map(trimmed)).toEqual([
      ['Tab', 'Dòng', 'Cột', 'Mức độ', 'Nội dung và cách sửa'],
      ['Thôn A', 9, '', 'Lỗi', 'Dòng tiêu đề cột đã bị sửa.'],
      ['Thôn A', 12, 'A (Ngày)', 'Lỗi', 'Chưa ghi ngày.'],
      ['Thôn A', 13, 'F (Số lượng)', 'Đã tự sửa', 'Đã đọc là 2,5.'],
      ['=Hội Nông dân', 10, 'C (Nội dung)', 'Cảnh báo', '=không rõ'],
      ['Thôn C', '', '', 'Lỗi', 'Không tìm thấy tab.'],
    ]);
  });

  test('per-unit counts', () => {
    expect(sectionBody(layout, 'SỐ DÒNG THEO ĐƠN VỊ').rows.slice(1)).toEqual([
      ['Thôn A', 'Thôn A', 6, 3, 1, 2, 2, 0, 1],
      ['=Hội Nông dân', '=Hội Nông dân', 1, 1, 0, 0, 0, 1, 0],
      ['Thôn C', 'Thôn C', 'Không có tab', 0, 0, 0, 1, 0, 0],
    ]);
    expect(layout.values[2][0]).toContain('Có 3 lỗi');
  });

  test('Kiểm tra dữ liệu without a period', () => {
    const u = unit('A', 'Thôn A');
    const read = {
      headerOk: true,
      activities: [],
      findings: [],
      narratives: new Map(),
      lastChange: '',
      rowsRead: 2,
      rejected: [
        { row: 10, date: null },
        { row: 11, date: null },
      ],
    };
    const l = checkLayout([], {
      readAt: 'x',
      readBy: 'y',
      periodLabel: null,
      units: [checkUnitOfRead(u, read), checkUnitOfRead(unit('B', 'Thôn B'), null)],
    });
    expect(sectionBody(l, 'SỐ DÒNG THEO ĐƠN VỊ').rows.slice(1)).toEqual([
      ['Thôn A', 'Thôn A', 2, 0, 2, '', 0, 0, 0],
      ['Thôn B', 'Thôn B', 'Không có tab', 0, 0, '', 0, 0, 0],
    ]);
    expect(sectionBody(l, 'CHI TIẾT').rows[1][4]).toContain('Không có lỗi');
  });
});

describe('the charts of Tổng hợp', () => {
  const months = [
    { y: 2022, m: 12, activities: 0, participants: 0 },
    { y: 2023, m: 1, activities: 1, participants: 40 },
    { y: 2023, m: 2, activities: 0, participants: 0 },
    { y: 2023, m: 3, activities: 2, participants: 150 },
    { y: 2023, m: 4, activities: 0, participants: 0 },
    { y: 2023, m: 5, activities: 1, participants: 0 },
    { y: 2023, m: 6, activities: 0, participants: 0 },
  ];
  const l = summaryLayout({ ...C, byMonth: months }, META);
  /** The cells of a block, as the chart reads them. */
  const cells = (b: { row: number; col: number; numRows: number; numCols: number }) =>
    l.values.slice(b.row - 1, b.row - 1 + b.numRows).map((r) => r.slice(b.col - 1, b.col - 1 + b.numCols));

  test('four charts right of the tables, one under the other, titled in Vietnamese with the period', () => {
    expect(l.charts?.map((c) => [c.type, c.title, c.anchorRow, c.anchorCol])).toEqual([
      ['BAR', 'Số hoạt động tuyên truyền theo hình thức - 6 tháng đầu năm 2023', 1, 13],
      ['BAR', 'Số hoạt động tuyên truyền theo đơn vị - 6 tháng đầu năm 2023', 21, 13],
      ['BAR', 'Số người tham dự theo đơn vị - 6 tháng đầu năm 2023', 41, 13],
      ['COLUMN', 'Số hoạt động tuyên truyền theo tháng - 6 tháng đầu năm 2023', 61, 13],
    ]);
  });

  test('each reads its labels and numbers from the data block: forms, units (who has not reported), months', () => {
    const [byForm, unitActivities, unitParticipants, byMonth] = l.charts ?? [];
    expect(byForm.ranges.map(cells)).toEqual([
      [
        ['Hình thức', 'Số hoạt động'],
        ['Loa truyền thanh', 2],
        ['Hội nghị', 2],
      ],
    ]);
    expect(unitActivities.ranges.map(cells)).toEqual([
      [
        ['Đơn vị', 'Số hoạt động'],
        ['Thôn A', 3],
        ['=Hội Nông dân', 1],
        ['Thôn C (chưa báo cáo)', 0],
      ],
    ]);
    expect(unitParticipants.ranges.map(cells)).toEqual([
      [['Đơn vị'], ['Thôn A'], ['=Hội Nông dân'], ['Thôn C (chưa báo cáo)']],
      [['Số người tham dự'], [150], [40], [0]],
    ]);
    expect(byMonth.ranges.map(cells)).toEqual([
      [
        ['Tháng', 'Số hoạt động'],
        ['12/2022', 0],
        ['1/2023', 1],
        ['2/2023', 0],
        ['3/2023', 2],
        ['4/2023', 0],
        ['5/2023', 1],
        ['6/2023', 0],
      ],
    ]);
  });

  test('no counted activity: no chart and no data block', () => {
    const empty = summaryLayout(
      { ...C, activities: 0, byForm: [], byMonth: months.map((m) => ({ ...m, activities: 0 })) },
      META,
    );
    expect(empty.charts).toEqual([]);
    expect(empty.values.some((r) => String(r[0]).startsWith('SỐ LIỆU CHO BIỂU ĐỒ'))).toBe(false);
  });
});
