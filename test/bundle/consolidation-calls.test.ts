// Tổng hợp báo cáo in few service calls: one values read per unit tab, and writes whose number does
// not grow with the rows; the empty commune and a unit with 5,000 rows.
import {
  type Activity,
  bounds,
  type Commune,
  cellsOf,
  checkLines,
  fillAsOwner,
  generateActivities,
  HEADINGS,
  makeUnits,
  mustConsolidate,
  READ_KEYS,
  readsByTab,
  SUMMARY,
  seeded,
  setUpCommune,
  table,
  tabValues,
  within,
  withTotal,
  writeCalls,
} from './consolidation.fixture';

const YEAR = 2023;

describe('Tổng hợp báo cáo with no unit reported', () => {
  it('writes zero totals and lists every unit as not reported', () => {
    const c = setUpCommune({ units: makeUnits(6), year: YEAR });
    const run = mustConsolidate(c.s, 'half', YEAR);
    expect(run.total.counted).toBe(0);
    expect(run.total.notCounted).toBe(0);
    expect(run.notReported).toEqual(c.units.map((u) => u.name));
    const values = tabValues(c.s, SUMMARY);
    const forms = withTotal(table(values, HEADINGS.byForm).rows);
    expect(forms.body.every((r) => typeof r[2] !== 'number')).toBe(true); // no form line, only a note
    expect(forms.total.slice(3, 5)).toEqual([0, 0]);
    const units = withTotal(table(values, HEADINGS.byUnit).rows);
    expect(units.body.map((r) => r.slice(0, 10))).toEqual(c.units.map((u) => [u.name, 0, 0, 0, 0, 0, 0, 0, 0, 'Chưa']));
    expect(table(values, HEADINGS.money).rows.map((r) => r[1])).toEqual([0, 0, 0, 0]);
    expect(table(values, HEADINGS.notReported).rows.map((r) => r.slice(0, 2))).toEqual(
      c.units.map((u, i) => [i + 1, u.name]),
    );
    expect(checkLines(c.s).filter((l) => l.tab !== '')).toEqual([]);
  });
});

describe('Tổng hợp báo cáo with a unit of 5,000 rows', () => {
  let c: Commune;
  let big: Activity[];
  beforeAll(() => {
    c = setUpCommune({ units: makeUnits(3), year: YEAR });
    big = generateActivities(seeded(5000), 0, 5000, { year: YEAR });
    fillAsOwner(c, 0, big.map(cellsOf));
    fillAsOwner(c, 1, generateActivities(seeded(51), 1, 30, { year: YEAR }).map(cellsOf));
  });

  it('counts every row right and reads each unit tab twice (values, formulas), the others once', () => {
    let run: ReturnType<typeof mustConsolidate> | undefined;
    const reads = readsByTab(() => {
      run = mustConsolidate(c.s, 'year', YEAR);
    });
    const b = bounds('year', YEAR, 'nd09');
    const counted = big.filter((a) => within(a.date, b));
    expect(run?.units[0]).toMatchObject({
      counted: counted.length,
      notCounted: 0,
      outsidePeriod: 5000 - counted.length,
    });
    const unitRow = withTotal(table(tabValues(c.s, SUMMARY), HEADINGS.byUnit).rows).body[0];
    expect(unitRow.slice(1, 9)).toEqual([
      counted.length,
      0,
      5000 - counted.length,
      counted.reduce((n, a) => n + a.participants, 0),
      counted.reduce((n, a) => n + a.moneyUnit, 0),
      counted.reduce((n, a) => n + a.moneyIntegrated, 0),
      counted.reduce((n, a) => n + a.moneySocial, 0),
      counted.reduce((n, a) => n + a.moneyUnit + a.moneyIntegrated + a.moneySocial, 0),
    ]);
    // Values and formulas: Kiểm tra warns about formulas and a subtotal row is not counted.
    for (const u of c.units) expect([u.tabName, reads.get(u.tabName)]).toEqual([u.tabName, 2]);
    // Besides the unit tabs, only Cấu hình and Danh mục are read; the output tabs never are.
    expect([...reads.keys()].sort()).toEqual([...c.units.map((u) => u.tabName), 'Cấu hình', 'Danh mục'].sort());
    expect([...reads.values()].reduce((a, n) => a + n, 0)).toBe(2 * c.units.length + 2);
  });
});

describe('Tổng hợp báo cáo writes in a bounded number of calls', () => {
  function measure(rowsPerUnit: number): { writes: Record<string, number>; reads: number; counted: number } {
    const c = setUpCommune({ units: makeUnits(5), year: YEAR });
    const rnd = seeded(rowsPerUnit);
    c.units.forEach((_, u) => {
      fillAsOwner(c, u, generateActivities(rnd, u, rowsPerUnit, { year: YEAR, blankTopic: 0 }).map(cellsOf));
    });
    mustConsolidate(c.s, 'year', YEAR); // the Tổng hợp and Kiểm tra being replaced exist
    c.s.ws.calls.reset();
    const run = mustConsolidate(c.s, 'year', YEAR);
    const reads = READ_KEYS.reduce((n, k) => n + c.s.ws.calls.count(k), 0);
    return { writes: writeCalls(c.s), reads, counted: run.total.counted };
  }

  it('makes the same write calls for 100 rows as for 2,000, and two reads per unit tab', () => {
    const small = measure(20);
    const large = measure(400);
    expect(large.counted).toBeGreaterThan(10 * small.counted);
    expect(large.writes).toEqual(small.writes);
    expect(small.reads).toBe(2 * 5 + 2);
    expect(large.reads).toBe(2 * 5 + 2);
    // Values, formats and tab swaps: the budget for Range/RangeList writes and insert/delete sheet.
    const budget = Object.entries(large.writes)
      .filter(([k]) => /^(Range|RangeList)\./.test(k) || /^Spreadsheet\.(insertSheet|deleteSheet)$/.test(k))
      .reduce((n, [, v]) => n + v, 0);
    expect(budget).toBeLessThanOrEqual(25);
    expect(large.writes['Range.setValues']).toBe(2);
  });
});
