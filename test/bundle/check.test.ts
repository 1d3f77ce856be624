// Kiểm tra dữ liệu through the bundle: each kind of bad input the issue names is reported with its
// tab, row and column; nothing a unit typed changes; a unit on its own tab sees only its own
// problems and writes nothing; the secretary's check lists every tab in the Kiểm tra tab.

import { pasteActivities, type Scenario, wrongRows } from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import {
  ACTIVITY_HEADER,
  activityLetter,
  CHECK_TAB,
  lastAlert,
  rowStarting,
  SETTINGS_TAB,
  setUpSample,
  snapshotTab,
  unitOf,
} from './setup-helpers';

const F = SAMPLE_CATALOGUE.forms;
const T = SAMPLE_CATALOGUE.topics;

type Severity = 'error' | 'warning' | 'fixed';
interface Expected {
  readonly what: string;
  readonly cells: Record<string, unknown>;
  /** The column the problem is reported in, by its header; null when the row has no problem. */
  readonly column: string | null;
  readonly severity?: Severity;
  readonly message?: RegExp;
}

/** A correct activity, then the one change that makes it wrong (or not). */
function row(cells: Record<string, unknown>): unknown[] {
  const base: Record<string, unknown> = {
    Ngày: '15/03/2023',
    'Hình thức': F[4],
    'Nội dung': T[0],
    'Mô tả': 'Hội nghị tuyên truyền',
    'Số lượng': 1,
    'Đơn vị tính': 'hội nghị',
    'Số người tham dự': 50,
  };
  const all = { ...base, ...cells };
  return ACTIVITY_HEADER.map((h) => (h in all ? all[h] : ''));
}

const CASES: readonly Expected[] = [
  {
    what: 'a date typed as text that cannot be read',
    cells: { Ngày: '31/4/2023' },
    column: 'Ngày',
    severity: 'error',
    message: /31\/4\/2023/,
  },
  {
    what: 'a date outside the year',
    // More than a year before the plan's year: a year-old row is normal after the year rolls over.
    cells: { Ngày: '15/06/2021' },
    column: 'Ngày',
    severity: 'warning',
    message: /15\/06\/2021.*2023/,
  },
  {
    what: 'a form not in the catalogue',
    cells: { 'Hình thức': 'Họp dân bàn việc' },
    column: 'Hình thức',
    severity: 'error',
    message: /Họp dân bàn việc.*Danh mục/,
  },
  {
    what: 'a topic not in the catalogue',
    cells: { 'Nội dung': 'Chủ đề ngoài kế hoạch' },
    column: 'Nội dung',
    severity: 'warning',
    message: /Chủ đề ngoài kế hoạch.*Danh mục/,
  },
  { what: 'a negative quantity', cells: { 'Số lượng': -3 }, column: 'Số lượng', severity: 'error', message: /âm/ },
  {
    what: 'a quantity that is not a number',
    cells: { 'Số lượng': 'ba buổi' },
    column: 'Số lượng',
    severity: 'error',
    message: /ba buổi/,
  },
  {
    what: 'a negative amount',
    cells: { 'Kinh phí đơn vị (đồng)': -500_000 },
    column: 'Kinh phí đơn vị (đồng)',
    severity: 'error',
    message: /âm/,
  },
  {
    what: 'an amount that is not a number',
    cells: { 'Kinh phí lồng ghép (đồng)': 'năm trăm nghìn' },
    column: 'Kinh phí lồng ghép (đồng)',
    severity: 'error',
    message: /năm trăm nghìn/,
  },
  {
    what: '1.200.000 typed as text',
    cells: { 'Kinh phí xã hội hóa (đồng)': "'1.200.000" },
    column: 'Kinh phí xã hội hóa (đồng)',
    severity: 'fixed',
    message: /1\.200\.000.*đã đọc là 1\.200\.000/,
  },
  {
    what: '2,5 typed as text',
    cells: { 'Số lượng': "'2,5" },
    column: 'Số lượng',
    severity: 'fixed',
    message: /"2,5".*đã đọc là 2,5/,
  },
  {
    what: 'a formula in an input cell',
    cells: { 'Số lượng': '=1+2' },
    column: 'Số lượng',
    severity: 'warning',
    message: /công thức.*=1\+2/,
  },
  {
    what: 'money but no activity',
    cells: {
      Ngày: '',
      'Hình thức': '',
      'Nội dung': '',
      'Mô tả': '',
      'Số lượng': '',
      'Đơn vị tính': '',
      'Số người tham dự': '',
      'Kinh phí đơn vị (đồng)': 500_000,
    },
    column: 'Kinh phí đơn vị (đồng)',
    severity: 'error',
    message: /kinh phí.*hoạt động/i,
  },
  { what: 'a date typed as text that can be read', cells: { Ngày: "'15/3/2023" }, column: 'Ngày', severity: 'fixed' },
  { what: 'a correct row', cells: {}, column: null },
];

/** Rows of the problem list of the Kiểm tra tab: [tab, row, column, severity, message]. */
function checkTabFindings(s: Scenario): string[][] {
  const values = s.ss.sheet(CHECK_TAB).getDataRange().getValues();
  const head = values.findIndex((r) => r[0] === 'Tab' && r[1] === 'Dòng' && r[2] === 'Cột');
  expect(head).toBeGreaterThanOrEqual(0);
  return values
    .slice(head + 1)
    .filter((r) => r[0] !== '')
    .map((r) => r.slice(0, 5).map(String));
}

const SEVERITY: Record<Severity, RegExp> = { error: /^Lỗi$/, warning: /^Cảnh báo$/, fixed: /sửa/ };

/** Every method call that changes a Sheet, from a snapshot of the call counts. */
function writes(calls: Record<string, number>): number {
  return Object.entries(calls)
    .filter(([k]) =>
      /^(Spreadsheet|Sheet|Range|RangeList|Protection)\.(set|insert|delete|clear|protect|add|remove|merge|append|move)/.test(
        k,
      ),
    )
    .reduce((n, [, c]) => n + c, 0);
}

describe('Kiểm tra dữ liệu', () => {
  const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
  const mttq = unitOf(SAMPLE_SETTINGS, 'MTTQ');
  let s: Scenario;
  let first: number;

  beforeAll(() => {
    s = setUpSample();
    const tab = s.ss.sheet(hnd.tabName);
    first = rowStarting(tab, 'Ngày') + 1;
    expect(tab.getLastRow()).toBe(first - 1);
    // Pasted from another file: the values the dropdowns and validation would refuse get in.
    pasteActivities(
      s,
      hnd,
      CASES.map((c) => row(c.cells)),
      { fromOtherFile: true },
    );
    pasteActivities(s, mttq, wrongRows(2023), { fromOtherFile: true });
  });

  it('the values are in the tab as a unit would have them', () => {
    const tab = s.ss.sheet(hnd.tabName);
    const at = (i: number, h: string) => tab.getRange(`${activityLetter(h)}${first + i}`);
    expect(at(0, 'Ngày').getValue()).toBe('31/4/2023');
    expect(at(1, 'Ngày').getValue()).toBeInstanceOf(Date);
    expect(at(8, 'Kinh phí xã hội hóa (đồng)').getValue()).toBe('1.200.000');
    expect(at(9, 'Số lượng').getValue()).toBe('2,5');
    expect(at(10, 'Số lượng').getFormula()).toBe('=1+2');
    expect(at(12, 'Ngày').getValue()).toBe('15/3/2023');
  });

  describe('by a unit, on its own tab', () => {
    let message: string;
    let title: string;
    let callsDuring: Record<string, number>;
    let before: ReturnType<typeof snapshotTab>[];

    beforeAll(() => {
      before = [hnd, mttq].map((u) => snapshotTab(s.ss.sheet(u.tabName)));
      s.ws.asUser(hnd.editors[0], () => {
        s.ss.setActiveSheet(s.ss.sheet(hnd.tabName));
        s.ws.calls.reset();
        s.app.call('menuCheckData');
        callsDuring = s.ws.calls.snapshot();
      });
      ({ message, title } = lastAlert(s));
    });

    it.each(CASES.filter((c) => c.column !== null).map((c) => [c.what, c] as const))(
      'reports %s with the tab, the row and the column',
      (_what, c) => {
        const r = first + CASES.indexOf(c);
        const line = message.split('\n').find((l) => l.includes(`dòng ${r},`) || l.includes(`dòng ${r})`));
        expect(line).toBeDefined();
        expect(line).toContain(hnd.tabName);
        expect(line).toContain(`${activityLetter(c.column!)} (${c.column})`);
        if (c.message) expect(line).toMatch(c.message);
      },
    );

    it('reports nothing on the correct row', () => {
      const r = first + CASES.length - 1;
      expect(message).not.toMatch(new RegExp(`dòng ${r}\\b`));
    });

    it('sees only its own tab’s problems', () => {
      expect(title).toMatch(/Kiểm tra dữ liệu/);
      expect(message).not.toContain(mttq.tabName);
      const lines = message.split('\n').filter((l) => l.startsWith('- '));
      expect(lines.length).toBe(CASES.length - 1);
      for (const l of lines) expect(l.startsWith(`- ${hnd.tabName} `)).toBe(true);
    });

    it('writes nothing anywhere, and leaves the data as it was', () => {
      expect(writes(callsDuring)).toBe(0);
      expect(s.ss.getSheetByName(CHECK_TAB)).toBeNull();
      expect([hnd, mttq].map((u) => snapshotTab(s.ss.sheet(u.tabName)))).toEqual(before);
    });
  });

  describe('by the secretary, from Cấu hình', () => {
    let before: ReturnType<typeof snapshotTab>[];

    beforeAll(() => {
      before = SAMPLE_SETTINGS.units.map((u) => snapshotTab(s.ss.sheet(u.tabName)));
      s.ss.setActiveSheet(s.ss.sheet(SETTINGS_TAB));
      s.app.call('menuCheckData');
    });

    it('writes every problem of every tab into the Kiểm tra tab, with its severity', () => {
      const found = checkTabFindings(s);
      for (const c of CASES) {
        const r = String(first + CASES.indexOf(c));
        const here = found.filter((f) => f[0] === hnd.tabName && f[1] === r);
        if (c.column === null) {
          expect(here).toEqual([]);
          continue;
        }
        expect(here).toHaveLength(1);
        const [, , column, severity, text] = here[0];
        expect(column).toBe(`${activityLetter(c.column)} (${c.column})`);
        expect(severity).toMatch(SEVERITY[c.severity!]);
        if (c.message) expect(text).toMatch(c.message);
      }
      // MTTQ's pasted rows are there too: five wrong rows, one problem or more each.
      const mttqRows = new Set(found.filter((f) => f[0] === mttq.tabName).map((f) => f[1]));
      expect(mttqRows.size).toBe(wrongRows(2023).length);
    });

    it('counts each unit’s rows: rows with an error are not counted', () => {
      const values = s.ss.sheet(CHECK_TAB).getDataRange().getValues();
      const line = values.find((r) => r[0] === hnd.name && r[1] === hnd.tabName);
      const rejected = CASES.filter((c) => c.severity === 'error').length;
      expect(line?.slice(2, 5)).toEqual([CASES.length, CASES.length - rejected, rejected]);
    });

    it('leaves every unit’s data as it was', () => {
      expect(SAMPLE_SETTINGS.units.map((u) => snapshotTab(s.ss.sheet(u.tabName)))).toEqual(before);
      expect(lastAlert(s).message).toMatch(new RegExp(`${SAMPLE_SETTINGS.units.length} đơn vị`));
    });
  });
});
