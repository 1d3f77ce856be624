// Tổng hợp báo cáo is safe: it never writes to the units' tabs, a second person clicking during a
// run is told so and writes nothing, and a failure in the middle leaves the previous Tổng hợp and
// Kiểm tra exactly as they were, with no half-built tab behind.
import { anotherExecution } from '../../local/tools/scenario';
import {
  type Activity,
  bounds,
  CHECK,
  type Commune,
  consolidate,
  consolidateIn,
  generateActivities,
  makeUnits,
  mustConsolidate,
  narrate,
  type Outcome,
  paste,
  type Run,
  SETTINGS_TAB,
  SUMMARY,
  seeded,
  setUpCommune,
  snapshotTab,
  tabNames,
  watchWrites,
  within,
} from './consolidation.fixture';

const YEAR = 2023;

function book(units: number, seed: number): { c: Commune; rows: Activity[][] } {
  const c = setUpCommune({ units: makeUnits(units), year: YEAR, rule: 'nd09' });
  const rnd = seeded(seed);
  const rows = c.units.map((_, u) => generateActivities(rnd, u, 15 + 3 * u, { year: YEAR }));
  rows.forEach((r, u) => {
    paste(c, u, r);
  });
  narrate(c, 0, 'half', ['Kết quả', 'Hạn chế', 'Nguyên nhân', 'Đề xuất']);
  return { c, rows };
}

function outputs(c: Commune): { names: string[]; summary: string; check: string } {
  return { names: tabNames(c.s), summary: snapshotTab(c.s, SUMMARY), check: snapshotTab(c.s, CHECK) };
}

describe('Tổng hợp báo cáo never writes to a unit tab', () => {
  it('leaves every unit tab, Cấu hình and Danh mục exactly as they were, with no write call on them', () => {
    const { c } = book(4, 11);
    mustConsolidate(c.s, 'half', YEAR); // a previous Tổng hợp exists, as before a real deadline
    const inputs = [...c.units.map((u) => u.tabName), SETTINGS_TAB, 'Danh mục'];
    const before = inputs.map((t) => snapshotTab(c.s, t));
    const watch = watchWrites(c.s);
    try {
      mustConsolidate(c.s, 'half', YEAR);
      mustConsolidate(c.s, 'year', YEAR);
    } finally {
      watch.stop();
    }
    expect(inputs.map((t) => snapshotTab(c.s, t))).toEqual(before);
    const written = [...watch.byTab().keys()];
    expect(written.length).toBeGreaterThan(0); // the watch sees the writes to the output tabs
    for (const tab of inputs) expect([tab, watch.byTab().get(tab) ?? 0]).toEqual([tab, 0]);
    for (const tab of written) expect(tab).toMatch(/^(Tổng hợp|Kiểm tra)( \((đang tạo|bản cũ)\))?$/);
  });
});

describe('Tổng hợp báo cáo while another run holds the lock', () => {
  it('tells the second person in Vietnamese and writes nothing', () => {
    const { c } = book(3, 12);
    mustConsolidate(c.s, 'half', YEAR);
    const before = outputs(c);
    const hold = c.s.ws.locks.occupy('document');
    const watch = watchWrites(c.s);
    let second: Outcome<Run>;
    try {
      second = consolidate(c.s, 'year', YEAR);
    } finally {
      watch.stop();
      hold.release();
    }
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.message).toMatch(/^Đang có người khác chạy "Tổng hợp báo cáo"/);
    expect(watch.byTab().size).toBe(0);
    expect(outputs(c)).toEqual(before);
    // Once the other run is over, the click works.
    expect(mustConsolidate(c.s, 'year', YEAR).periodLabel).toBe(`Cả năm ${YEAR}`);
  });

  it('refuses a click that arrives in the middle of a run, and the first run completes', () => {
    const { c, rows } = book(3, 13);
    mustConsolidate(c.s, 'half', YEAR);
    const other = anotherExecution(c.s);
    const ss = c.s.ss as unknown as { assertCanEdit: (sheet: { getName(): string }, area: unknown) => void };
    const original = ss.assertCanEdit;
    let second: Outcome<Run> | null = null;
    let inSecond = false;
    let writesInSecond = 0;
    // The second click lands while the first run writes its staging Tổng hợp.
    ss.assertCanEdit = function (this: unknown, sheet, area) {
      if (inSecond) writesInSecond++;
      else if (second === null && sheet.getName() === 'Tổng hợp (đang tạo)') {
        inSecond = true;
        try {
          second = consolidateIn(other, 'year', YEAR);
        } finally {
          inSecond = false;
        }
      }
      return original.call(this, sheet, area);
    };
    let first: Run;
    try {
      first = mustConsolidate(c.s, 'half', YEAR);
    } finally {
      ss.assertCanEdit = original;
    }
    expect(second).not.toBeNull();
    const refused = second as unknown as Outcome<Run>;
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/Đang có người khác chạy/);
    expect(writesInSecond).toBe(0);
    const half = bounds('half', YEAR, 'nd09');
    expect(first.total.counted).toBe(rows.flat().filter((a) => within(a.date, half)).length);
    expect(
      tabNames(c.s)
        .filter((n) => /^(Tổng hợp|Kiểm tra)/.test(n))
        .sort(),
    ).toEqual([CHECK, SUMMARY]);
    // The lock is free again for the next click.
    expect(consolidate(c.s, 'year', YEAR).ok).toBe(true);
  });
});

describe('Tổng hợp báo cáo when Google fails in the middle', () => {
  let c: Commune;
  let before: ReturnType<typeof outputs>;

  beforeAll(() => {
    c = book(3, 14).c;
    mustConsolidate(c.s, 'half', YEAR);
    before = outputs(c);
    // New rows since: a run that got through would change Tổng hợp.
    paste(c, 2, generateActivities(seeded(99), 2, 12, { year: YEAR }));
  });

  afterEach(() => {
    c.s.ws.faults.clear();
  });

  const cases: [string, number][] = [
    ['Range.setValues', 1],
    ['Range.setValues', 2],
    ['RangeList.setNumberFormat', 1],
    ['RangeList.setNumberFormat', 2],
    ['RangeList.setFontWeight', 2],
    ['Sheet.setColumnWidths', 3],
    ['Protection.addEditors', 2],
    ['Spreadsheet.insertSheet', 2],
    ['Sheet.setName', 1],
    ['Sheet.setName', 2],
    ['Sheet.setName', 3],
    ['Sheet.setName', 4],
    ['Spreadsheet.deleteSheet', 1],
  ];

  it.each(cases)('a failure of %s (call %i) leaves the previous tabs intact and tells the user', (key, nth) => {
    const calls = c.s.ws.calls.count(key);
    c.s.ws.faults.failOn(key, { nth });
    const o = consolidate(c.s, 'half', YEAR);
    expect(c.s.ws.calls.count(key) - calls).toBeGreaterThanOrEqual(nth); // the fault was reached
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.message).toMatch(/^Dịch vụ của Google tạm thời gặp lỗi/);
    expect(outputs(c)).toEqual(before);
  });

  it('then a run without failure replaces both tabs', () => {
    const run = mustConsolidate(c.s, 'half', YEAR);
    const after = outputs(c);
    expect(after.names).toEqual(before.names);
    expect(after.summary).not.toEqual(before.summary);
    expect(run.units[2].counted + run.units[2].outsidePeriod).toBe(15 + 6 + 12);
  });
});

describe('Tổng hợp báo cáo clicked by a unit', () => {
  it("tells a unit's editor to ask the secretary, and changes nothing (the old Tổng hợp is protected)", () => {
    const { c } = book(2, 18);
    mustConsolidate(c.s, 'half', YEAR);
    const before = outputs(c);
    const o = c.s.ws.asUser(c.units[0].editors[0], () => consolidate(c.s, 'half', YEAR));
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.message).toMatch(/^Chỉ thư ký BQL NTM xã chạy được "Tổng hợp báo cáo": chủ bảng tính \(.+\)/);
    expect(outputs(c)).toEqual(before);
  });
});

describe('Tổng hợp báo cáo after an interrupted run', () => {
  it('on a first run, a failure leaves no Tổng hợp, no Kiểm tra and no staging tab', () => {
    const { c } = book(2, 15);
    const names = tabNames(c.s);
    c.s.ws.faults.failOn('Range.setValues', { nth: 2 });
    const o = consolidate(c.s, 'half', YEAR);
    c.s.ws.faults.clear();
    expect(o.ok).toBe(false);
    expect(tabNames(c.s)).toEqual(names);
  });

  it('once the first old tab is gone the new tabs stand; a leftover old tab is removed by the next run', () => {
    const { c } = book(2, 16);
    mustConsolidate(c.s, 'half', YEAR);
    c.s.ws.faults.failOn('Spreadsheet.deleteSheet', { nth: 2 });
    const o = consolidate(c.s, 'year', YEAR);
    c.s.ws.faults.clear();
    expect(o.ok).toBe(true);
    expect(String(c.s.ss.sheet(SUMMARY).getRange('A2').getValue())).toContain(`Cả năm ${YEAR}`);
    expect(String(c.s.ss.sheet(CHECK).getRange('A1').getValue())).toContain(`CẢ NĂM ${YEAR}`);
    expect(tabNames(c.s)).toContain('Kiểm tra (bản cũ)');
    mustConsolidate(c.s, 'year', YEAR);
    expect(tabNames(c.s).filter((n) => n.includes('('))).toEqual([]);
  });

  it('a run cut off by Google (time limit) leaves tabs that the next run deletes', () => {
    const { c } = book(2, 17);
    mustConsolidate(c.s, 'half', YEAR);
    // What a killed execution leaves: a staging tab and a renamed old one.
    c.s.ss.insertSheet('Kiểm tra (đang tạo)');
    c.s.ss.sheet(SUMMARY).setName('Tổng hợp (bản cũ)');
    c.s.ss.insertSheet('Tổng hợp (đang tạo)');
    mustConsolidate(c.s, 'half', YEAR);
    const names = tabNames(c.s);
    expect(names.filter((n) => /^(Tổng hợp|Kiểm tra)/.test(n)).sort()).toEqual([CHECK, SUMMARY]);
  });
});
