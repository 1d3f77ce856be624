// Tổng hợp báo cáo through the real bundle: rows that cannot be counted, tabs that are missing or
// changed, and units' text that looks like a formula.
import { pasteActivities } from '../../local/tools/scenario';
import {
  type Activity,
  bounds,
  CHECK,
  type Commune,
  checkLines,
  generateActivities,
  HEADINGS,
  makeUnits,
  mustConsolidate,
  narrate,
  paste,
  SUMMARY,
  seeded,
  setUpCommune,
  tabFormulas,
  table,
  tabValues,
  within,
  withTotal,
} from './consolidation.fixture';

const YEAR = 2023;
const HALF = bounds('half', YEAR, 'nd09');

function sums(activities: readonly Activity[]) {
  const counted = activities.filter((a) => within(a.date, HALF));
  return {
    n: counted.length,
    outside: activities.length - counted.length,
    people: counted.reduce((s, a) => s + a.participants, 0),
    mu: counted.reduce((s, a) => s + a.moneyUnit, 0),
    mi: counted.reduce((s, a) => s + a.moneyIntegrated, 0),
    ms: counted.reduce((s, a) => s + a.moneySocial, 0),
  };
}

const blank = () => new Array<unknown>(13).fill('');
/** A row that would count (1,000 people, 7,000,000 đồng) but for the one cell `patch` spoils. */
function badRow(patch: Record<number, unknown>): unknown[] {
  const r = blank();
  Object.assign(r, {
    0: new Date(Date.UTC(YEAR, 2, 10) - 7 * 3600 * 1000),
    1: 'Hội nghị tuyên truyền trực tiếp tại xã, thôn',
    2: 'Chương trình OCOP, quảng bá sản phẩm nông sản',
    4: 'Hội nghị tuyên truyền',
    5: 1,
    6: 'hội nghị',
    7: 1000,
    8: 7_000_000,
  });
  for (const [k, v] of Object.entries(patch)) r[Number(k)] = v;
  return r;
}

interface BadCase {
  what: string;
  cells: unknown[];
  column: string;
  why: RegExp;
}

const BAD: BadCase[] = [
  { what: 'a date that does not exist', cells: badRow({ 0: `31/4/${YEAR}` }), column: 'A (Ngày)', why: /ngày/i },
  { what: 'no date', cells: badRow({ 0: '' }), column: 'A (Ngày)', why: /ngày/i },
  {
    what: 'a form not in the catalogue',
    cells: badRow({ 1: 'Họp dân bàn việc' }),
    column: 'B (Hình thức)',
    why: /"Họp dân bàn việc".*Danh mục/,
  },
  { what: 'no form', cells: badRow({ 1: '' }), column: 'B (Hình thức)', why: /hình thức/i },
  { what: 'a quantity in words', cells: badRow({ 5: 'nhiều' }), column: 'F (Số lượng)', why: /số lượng/i },
  { what: 'a negative quantity', cells: badRow({ 5: -3 }), column: 'F (Số lượng)', why: /âm/ },
  {
    what: 'half a participant',
    cells: badRow({ 7: 2.5 }),
    column: 'H (Số người tham dự)',
    why: /Số người tham dự/,
  },
  { what: 'negative participants', cells: badRow({ 7: -5 }), column: 'H (Số người tham dự)', why: /âm/ },
  {
    what: 'money in words',
    cells: badRow({ 8: 'hai triệu' }),
    column: 'I (Kinh phí đơn vị (đồng))',
    why: /Kinh phí/,
  },
  {
    what: 'a fraction of a đồng',
    cells: badRow({ 9: 1500.5 }),
    column: 'J (Kinh phí lồng ghép (đồng))',
    why: /Kinh phí/,
  },
  {
    what: 'money without an activity',
    cells: Object.assign(blank(), { 10: 500_000 }),
    column: 'K (Kinh phí xã hội hóa (đồng))',
    why: /kinh phí/i,
  },
];

describe('Tổng hợp báo cáo: rows that cannot be counted', () => {
  let c: Commune;
  let good: Activity[];
  let other: Activity[];
  const outsideBad = badRow({ 0: new Date(Date.UTC(YEAR, 7, 20) - 7 * 3600 * 1000), 1: 'Họp dân bàn việc' });
  let firstBadRow: number;

  beforeAll(() => {
    c = setUpCommune({ units: makeUnits(2), year: YEAR, rule: 'nd09' });
    const rnd = seeded(77);
    good = generateActivities(rnd, 0, 40, { year: YEAR });
    other = generateActivities(rnd, 1, 25, { year: YEAR });
    paste(c, 0, good);
    paste(c, 1, other);
    firstBadRow = 10 + good.length;
    // Pasted from another file, so the tab's dropdowns and number rules did not stop them.
    pasteActivities(c.s, c.units[0], [...BAD.map((b) => b.cells), outsideBad], { fromOtherFile: true });
  });

  it('lists each bad row in Kiểm tra with its tab, row, column and why, and counts none of them', () => {
    const run = mustConsolidate(c.s, 'half', YEAR);
    const lines = checkLines(c.s);
    const tab = c.units[0].tabName;
    BAD.forEach((b, i) => {
      const row = firstBadRow + i;
      const errors = lines.filter((l) => l.tab === tab && l.row === row && l.severity === 'Lỗi');
      expect([b.what, errors.map((e) => e.column)]).toEqual([b.what, [b.column]]);
      expect([b.what, errors[0].message]).toEqual([b.what, expect.stringMatching(b.why)]);
      expect(errors[0].message).toMatch(/chưa được tính/);
    });
    // A bad row dated outside the period is listed too, and counted as outside the period.
    const outsideRow = firstBadRow + BAD.length;
    expect(lines.filter((l) => l.tab === tab && l.row === outsideRow && l.severity === 'Lỗi')).toHaveLength(1);

    const g = sums(good);
    const o = sums(other);
    expect(run.units[0]).toMatchObject({
      unit: c.units[0].name,
      counted: g.n,
      notCounted: BAD.length,
      outsidePeriod: g.outside + 1,
    });
    expect(run.units[1]).toMatchObject({ counted: o.n, notCounted: 0, outsidePeriod: o.outside });
    expect(run.total.counted).toBe(g.n + o.n);
    expect(run.total.notCounted).toBe(BAD.length);

    // The totals hold the good rows only: each bad row carries 1,000 people and 7,000,000 đồng.
    const summary = tabValues(c.s, SUMMARY);
    const units = withTotal(table(summary, HEADINGS.byUnit).rows).body;
    expect(units[0].slice(0, 9)).toEqual([
      c.units[0].name,
      g.n,
      BAD.length,
      g.outside + 1,
      g.people,
      g.mu,
      g.mi,
      g.ms,
      g.mu + g.mi + g.ms,
    ]);
    const money = table(summary, HEADINGS.money).rows;
    expect(money[3].slice(0, 2)).toEqual(['Tổng cộng', g.mu + g.mi + g.ms + o.mu + o.mi + o.ms]);
    const forms = withTotal(table(summary, HEADINGS.byForm).rows);
    expect(forms.total.slice(3, 5)).toEqual([g.n + o.n, g.people + o.people]);

    // Kiểm tra's per-unit lines agree.
    const perUnit = table(tabValues(c.s, CHECK), HEADINGS.checkUnits).rows;
    expect(perUnit[0].slice(0, 6)).toEqual([
      c.units[0].name,
      tab,
      good.length + BAD.length + 1,
      g.n,
      BAD.length,
      g.outside + 1,
    ]);
  });
});

describe('Tổng hợp báo cáo: a missing, renamed or changed tab', () => {
  let c: Commune;
  let rows: Activity[][];

  beforeAll(() => {
    c = setUpCommune({ units: makeUnits(5), year: YEAR, rule: 'nd09' });
    const rnd = seeded(5);
    rows = c.units.map((_, u) => generateActivities(rnd, u, 20 + u, { year: YEAR }));
    rows.forEach((r, u) => {
      paste(c, u, r);
    });
    const ss = c.s.ss;
    ss.deleteSheet(ss.sheet(c.units[1].tabName));
    // Renamed by hand: the tab still carries the unit's code beside "Mã đơn vị:".
    ss.sheet(c.units[2].tabName).setName('Thôn cũ (đổi tên)');
    c.s.ws.spreadsheets.typeInto(c.units[3].tabName, 'F9', 'SL', ss);
  });

  it('reports each by name and still consolidates the others', () => {
    const run = mustConsolidate(c.s, 'half', YEAR);
    expect(run.units.map((u) => [u.unit, u.tab, u.status])).toEqual([
      [c.units[0].name, c.units[0].tabName, 'ok'],
      [c.units[1].name, c.units[1].tabName, 'missing'],
      [c.units[2].name, c.units[2].tabName, 'ok'],
      [c.units[3].name, c.units[3].tabName, 'badHeader'],
      [c.units[4].name, c.units[4].tabName, 'ok'],
    ]);

    const lines = checkLines(c.s);
    const missing = lines.filter((l) => l.tab === c.units[1].tabName);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ row: '', severity: 'Lỗi' });
    expect(missing[0].message).toContain(`"${c.units[1].tabName}"`);
    const header = lines.filter((l) => l.tab === c.units[3].tabName && l.row === 9);
    expect(header).toHaveLength(1);
    expect(header[0].message).toMatch(/tiêu đề/);
    expect(header[0].message).toContain('"SL"');

    // A header missing from row 9 ("Số lượng" became "SL"): no row of that tab can be placed
    // safely, so none is counted and every one is listed as not counted.
    const s = rows.map(sums);
    const read = [0, 2, 4];
    expect(run.total.counted).toBe(read.reduce((n, u) => n + s[u].n, 0));
    const units = withTotal(table(tabValues(c.s, SUMMARY), HEADINGS.byUnit).rows);
    expect(units.body[1].slice(0, 10)).toEqual([c.units[1].name, 0, 0, 0, 0, 0, 0, 0, 0, 'Chưa (không tìm thấy tab)']);
    expect(units.body[3].slice(0, 2)).toEqual([c.units[3].name, 0]);
    expect(units.body[3][2]).toBe(rows[3].length);
    expect(units.body[3].slice(4, 9)).toEqual([0, 0, 0, 0, 0]);
    expect(units.total[4]).toBe(read.reduce((n, u) => n + s[u].people, 0));
    const notReported = table(tabValues(c.s, SUMMARY), HEADINGS.notReported).rows.map((r) => r[1]);
    // Nothing of unit 3 could be counted and it wrote no narrative: not reported (Kiểm tra says why).
    expect(notReported).toEqual([c.units[1].name, c.units[3].name]);
  });

  it('finds a tab renamed by hand by the unit code in its header, counts it, and says to restore the name', () => {
    const run = mustConsolidate(c.s, 'half', YEAR);
    const s = sums(rows[2]);
    expect(run.units[2]).toMatchObject({ status: 'ok', counted: s.n, outsidePeriod: s.outside, reported: true });
    const units = withTotal(table(tabValues(c.s, SUMMARY), HEADINGS.byUnit).rows);
    expect(units.body[2].slice(0, 10)).toEqual([
      c.units[2].name,
      s.n,
      0,
      s.outside,
      s.people,
      s.mu,
      s.mi,
      s.ms,
      s.mu + s.mi + s.ms,
      'Có',
    ]);
    const renamed = checkLines(c.s).filter((l) => l.tab === c.units[2].tabName && l.row === '');
    expect(renamed).toHaveLength(1);
    expect(renamed[0].severity).toBe('Cảnh báo');
    expect(renamed[0].message).toContain('đổi tên thành "Thôn cũ (đổi tên)"');
    expect(renamed[0].message).toContain(`đặt lại tên "${c.units[2].tabName}"`);
    expect(renamed[0].message).toContain('Thiết lập bảng tính');
  });
});

describe('Tổng hợp báo cáo: text that looks like a formula stays text', () => {
  const TEXTS = ['=IMPORTXML("http://x","//a")', '+84912345678', '-abc', '@x'];
  let c: Commune;

  beforeAll(() => {
    const units = makeUnits(2);
    units[1] = { ...units[1], name: '-abc Tổ tự quản', tabName: '+84 tab' };
    c = setUpCommune({ units, year: YEAR, rule: 'nd09' });
    // What a person types to keep such text as text: a leading apostrophe (not part of the value).
    const typed = (t: string) => (/^[=+-]/.test(t) ? `'${t}` : t);
    const row = (model: string, topic: string, measure: string) => {
      const r = blank();
      Object.assign(r, {
        0: new Date(Date.UTC(YEAR, 3, 2) - 7 * 3600 * 1000),
        1: 'Mạng xã hội (Zalo, Facebook…)',
        2: typed(topic),
        4: typed(TEXTS[0]),
        5: 3,
        6: typed(measure),
        11: typed(model),
      });
      return r;
    };
    pasteActivities(
      c.s,
      c.units[0],
      TEXTS.map((t) => row(t, t, t)),
      { fromOtherFile: true },
    );
    pasteActivities(c.s, c.units[1], [row(TEXTS[1], TEXTS[2], TEXTS[3])], { fromOtherFile: true });
    narrate(c, 0, 'half', [typed(TEXTS[0]), typed(TEXTS[1]), typed(TEXTS[2]), typed(TEXTS[3])]);
  });

  it('the unit tabs hold the text (precondition)', () => {
    const values = c.s.ss.sheet(c.units[0].tabName).getRange(10, 12, 4, 1).getValues().flat();
    expect(values).toEqual(TEXTS);
    expect(c.s.ss.sheet(c.units[0].tabName).getRange(10, 12, 4, 1).getFormulas().flat()).toEqual(['', '', '', '']);
  });

  it('arrives in Tổng hợp and Kiểm tra as the same characters, never as a formula', () => {
    mustConsolidate(c.s, 'half', YEAR);
    for (const tab of [SUMMARY, CHECK]) {
      expect([
        tab,
        tabFormulas(c.s, tab)
          .flat()
          .filter((f) => f !== ''),
      ]).toEqual([tab, []]);
    }
    const summary = tabValues(c.s, SUMMARY);
    const cells = summary.flat();
    for (const t of TEXTS) expect([t, cells.includes(t)]).toEqual([t, true]);
    // Models: each text once from unit 0, and TEXTS[1] again from unit 1.
    const models = table(summary, HEADINGS.models).rows.map((r) => [r[1], r[2]]);
    expect(models).toEqual([...TEXTS.map((t) => [t, c.units[0].name]), [TEXTS[1], '-abc Tổ tự quản']]);
    // Topics and measures that are not in the catalogue are counted under the text as typed.
    const topics = table(summary, HEADINGS.byTopic).rows.map((r) => r[0]);
    for (const t of TEXTS) expect(topics).toContain(t);
    const measures = table(summary, HEADINGS.byForm).rows.map((r) => r[1]);
    for (const t of TEXTS) expect(measures).toContain(t);
    // The narrative, and the unit's odd name.
    expect(table(summary, HEADINGS.narratives).rows[0].slice(0, 5)).toEqual([c.units[0].name, ...TEXTS]);
    expect(withTotal(table(summary, HEADINGS.byUnit).rows).body[1][0]).toBe('-abc Tổ tự quản');

    const check = tabValues(c.s, CHECK);
    expect(table(check, HEADINGS.checkUnits).rows[1].slice(0, 2)).toEqual(['-abc Tổ tự quản', '+84 tab']);
    const lines = checkLines(c.s);
    expect(lines.some((l) => l.tab === '+84 tab')).toBe(true);
    expect(lines.some((l) => l.message.includes('"+84912345678"'))).toBe(true);
  });
});
