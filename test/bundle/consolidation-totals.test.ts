// Tổng hợp báo cáo through the real bundle on generated data: every figure of the Tổng hợp tab,
// read back with getValues, equals sums made here with plain loops over the generated rows, for
// both period rules (changed in Cấu hình) and both period kinds, boundary days included.
import type { PeriodRule } from '../../src/domain/types';
import {
  type Activity,
  bounds,
  CATALOGUE,
  type Commune,
  chooseRule,
  compareDays,
  type Day,
  ddmmyyyy,
  generateActivities,
  HEADINGS,
  makeUnits,
  mustConsolidate,
  narrate,
  paste,
  periodLabel,
  SUMMARY,
  seeded,
  setUpCommune,
  table,
  tabValues,
  within,
  withTotal,
} from './consolidation.fixture';

const YEAR = 2023;
const UNSPECIFIED = '(không ghi)';

/** The days around every cut-off of both rules. */
const BOUNDARY: Day[] = [
  { y: YEAR - 1, m: 12, d: 14 },
  { y: YEAR - 1, m: 12, d: 15 },
  { y: YEAR - 1, m: 12, d: 31 },
  { y: YEAR, m: 1, d: 1 },
  { y: YEAR, m: 6, d: 14 },
  { y: YEAR, m: 6, d: 15 },
  { y: YEAR, m: 6, d: 30 },
  { y: YEAR, m: 7, d: 1 },
  { y: YEAR, m: 12, d: 14 },
  { y: YEAR, m: 12, d: 15 },
  { y: YEAR, m: 12, d: 31 },
];

type Narr = [string, string, string, string];

interface Book {
  c: Commune;
  activities: Activity[];
  /** Per unit, the narrative typed for each kind of period. */
  narratives: Map<number, Partial<Record<'half' | 'year', Narr>>>;
}

const UNIT_COUNT = 16;

/** 14 units with 15-45 rows, one with a half-year narrative only, one with nothing at all. */
function buildBook(): Book {
  const c = setUpCommune({ units: makeUnits(UNIT_COUNT), year: YEAR, rule: 'nd09' });
  const rnd = seeded(20230614);
  const activities: Activity[] = [];
  for (let u = 0; u < 14; u++) {
    const count = 15 + Math.floor(rnd() * 31);
    const rows = generateActivities(rnd, u, count, { year: YEAR, boundaryDays: BOUNDARY });
    activities.push(...rows);
    paste(c, u, rows);
  }
  const narratives = new Map<number, Partial<Record<'half' | 'year', Narr>>>();
  const tell = (u: number, kind: 'half' | 'year') => {
    const texts: Narr = [
      `${c.units[u].name}: kết quả ${kind}`,
      `Hạn chế ${kind} ${u}`,
      `Nguyên nhân ${kind} ${u}`,
      `Đề xuất ${kind} ${u}`,
    ];
    narrate(c, u, kind, texts);
    narratives.set(u, { ...narratives.get(u), [kind]: texts });
  };
  for (const u of [0, 3, 7]) tell(u, 'half');
  for (const u of [3, 9]) tell(u, 'year');
  tell(14, 'half');
  return { c, activities, narratives };
}

interface Expected {
  counted: Activity[];
  byForm: Map<string, [number, number, number]>;
  byTopic: Map<string, [number, number, number]>;
  byCriterion: Map<string, [number, number, number]>;
  units: { n: number; outside: number; people: number; mu: number; mi: number; ms: number; reported: boolean }[];
  money: { mu: number; mi: number; ms: number };
  people: number;
  models: [string, string, string][];
  narratives: [string, ...Narr][];
  notReported: string[];
}

function money(a: Activity): number {
  return a.moneyUnit + a.moneyIntegrated + a.moneySocial;
}

function add(map: Map<string, [number, number, number]>, key: string, x: [number, number, number]): void {
  const v = map.get(key) ?? [0, 0, 0];
  map.set(key, [v[0] + x[0], v[1] + x[1], v[2] + x[2]]);
}

function expectedOf(book: Book, kind: 'half' | 'year', rule: PeriodRule): Expected {
  const b = bounds(kind, YEAR, rule);
  const e: Expected = {
    counted: [],
    byForm: new Map(),
    byTopic: new Map(),
    byCriterion: new Map(),
    units: book.c.units.map(() => ({ n: 0, outside: 0, people: 0, mu: 0, mi: 0, ms: 0, reported: false })),
    money: { mu: 0, mi: 0, ms: 0 },
    people: 0,
    models: [],
    narratives: [],
    notReported: [],
  };
  for (const a of book.activities) {
    const u = e.units[a.unitIndex];
    if (!within(a.date, b)) {
      u.outside++;
      continue;
    }
    e.counted.push(a);
    u.n++;
    u.people += a.participants;
    u.mu += a.moneyUnit;
    u.mi += a.moneyIntegrated;
    u.ms += a.moneySocial;
    e.money.mu += a.moneyUnit;
    e.money.mi += a.moneyIntegrated;
    e.money.ms += a.moneySocial;
    e.people += a.participants;
    add(e.byForm, `${a.form} | ${a.measure}`, [a.quantity, 1, a.participants]);
    add(e.byTopic, a.topic || UNSPECIFIED, [1, a.participants, money(a)]);
    add(e.byCriterion, a.criterion || UNSPECIFIED, [1, a.participants, money(a)]);
  }
  // A unit's repeated model is listed once, at its first date.
  const listed = new Set<string>();
  const models = e.counted
    .filter((a) => a.model !== '')
    .sort((x, y) => compareDays(x.date, y.date) || x.unitIndex - y.unitIndex || x.row - y.row)
    .filter((a) => {
      const key = `${a.unitIndex}|${a.model.trim().toLowerCase()}`;
      if (listed.has(key)) return false;
      listed.add(key);
      return true;
    });
  e.models = models.map((a) => [a.model, book.c.units[a.unitIndex].name, ddmmyyyy(a.date)]);
  book.c.units.forEach((unit, i) => {
    const n = book.narratives.get(i)?.[kind];
    if (n) e.narratives.push([unit.name, ...n]);
    e.units[i].reported = e.units[i].n > 0 || n !== undefined;
    if (!e.units[i].reported) e.notReported.push(unit.name);
  });
  return e;
}

function triples(rows: unknown[][], keyOf: (r: unknown[]) => string, pick: (r: unknown[]) => unknown[]) {
  return new Map(rows.map((r) => [keyOf(r), pick(r) as [number, number, number]]));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

describe('Tổng hợp báo cáo: totals against independent sums', () => {
  let book: Book;
  beforeAll(() => {
    book = buildBook();
  });

  it('uses several hundred rows over many units, with every boundary day present', () => {
    expect(book.activities.length).toBeGreaterThanOrEqual(300);
    const units = new Set(book.activities.map((a) => a.unitIndex));
    expect(units.size).toBe(14);
    for (const day of BOUNDARY) expect(book.activities.some((a) => compareDays(a.date, day) === 0)).toBe(true);
  });

  const cases: [PeriodRule, 'half' | 'year'][] = [
    ['nd09', 'half'],
    ['nd09', 'year'],
    ['calendar', 'half'],
    ['calendar', 'year'],
  ];

  it.each(cases)('rule %s, period %s: every table of Tổng hợp equals the sums of the counted rows', (rule, kind) => {
    chooseRule(book.c.s, rule);
    const run = mustConsolidate(book.c.s, kind, YEAR);
    const e = expectedOf(book, kind, rule);
    const b = bounds(kind, YEAR, rule);
    const values = tabValues(book.c.s, SUMMARY);

    // The run summary returned to the dialog.
    expect(run.periodLabel).toBe(periodLabel(kind, YEAR));
    expect(run.total.counted).toBe(e.counted.length);
    expect(run.total.notCounted).toBe(0);
    expect(run.units.map((u) => [u.unit, u.counted, u.notCounted, u.outsidePeriod, u.reported])).toEqual(
      book.c.units.map((unit, i) => [unit.name, e.units[i].n, 0, e.units[i].outside, e.units[i].reported]),
    );
    expect(run.notReported).toEqual(e.notReported);

    // The heading states the period with its bounds.
    const heading = values.slice(0, 5).map((r) => String(r[0]));
    expect(
      heading.some(
        (t) => t.includes(periodLabel(kind, YEAR)) && t.includes(ddmmyyyy(b.start)) && t.includes(ddmmyyyy(b.end)),
      ),
    ).toBe(true);
    expect(heading.some((t) => t.includes('thuky.bqlntm@gmail.com'))).toBe(true);

    // I. By form × unit of measure: quantity, activities, participants.
    const forms = withTotal(table(values, HEADINGS.byForm).rows);
    const byForm = triples(
      forms.body,
      (r) => `${r[0]} | ${r[1]}`,
      (r) => [r[2], r[3], r[4]],
    );
    expect(byForm).toEqual(new Map([...e.byForm].map(([k, v]) => [k, [round2(v[0]), v[1], v[2]]])));
    expect(forms.total.slice(3, 5)).toEqual([e.counted.length, e.people]);

    // II and III. By topic and by criterion (catalogue entries with nothing show zeros).
    for (const [heading, exp, catalogue] of [
      [HEADINGS.byTopic, e.byTopic, CATALOGUE.topics],
      [HEADINGS.byCriterion, e.byCriterion, CATALOGUE.criteria],
    ] as const) {
      const t = withTotal(table(values, heading).rows);
      const shown = triples(
        t.body,
        (r) => String(r[0]),
        (r) => [r[1], r[2], r[3]],
      );
      for (const [key, v] of exp) expect([key, shown.get(key)]).toEqual([key, v]);
      for (const [key, v] of shown) expect([key, v]).toEqual([key, exp.get(key) ?? [0, 0, 0]]);
      for (const entry of catalogue) expect(shown.has(entry)).toBe(true);
      expect(t.total.slice(1, 4)).toEqual([e.counted.length, e.people, e.money.mu + e.money.mi + e.money.ms]);
    }

    // IV. By unit, in the order of Cấu hình.
    const units = withTotal(table(values, HEADINGS.byUnit).rows);
    expect(units.body.map((r) => r.slice(0, 10))).toEqual(
      book.c.units.map((unit, i) => {
        const u = e.units[i];
        return [
          unit.name,
          u.n,
          0,
          u.outside,
          u.people,
          u.mu,
          u.mi,
          u.ms,
          u.mu + u.mi + u.ms,
          u.reported ? 'Có' : 'Chưa',
        ];
      }),
    );
    const outside = e.units.reduce((n, u) => n + u.outside, 0);
    expect(units.total.slice(1, 9)).toEqual([
      e.counted.length,
      0,
      outside,
      e.people,
      e.money.mu,
      e.money.mi,
      e.money.ms,
      e.money.mu + e.money.mi + e.money.ms,
    ]);

    // V. Money by source and in all.
    const money = table(values, HEADINGS.money).rows;
    expect(money.map((r) => r.slice(0, 2))).toEqual([
      ['Kinh phí của đơn vị', e.money.mu],
      ['Kinh phí lồng ghép', e.money.mi],
      ['Kinh phí xã hội hóa', e.money.ms],
      ['Tổng cộng', e.money.mu + e.money.mi + e.money.ms],
    ]);

    // VI. Models and exemplary people of the counted rows, by date.
    const models = table(values, HEADINGS.models).rows;
    expect(e.models.length).toBeGreaterThan(0);
    expect(models.map((r) => r.slice(0, 4))).toEqual(e.models.map((m, i) => [i + 1, ...m]));

    // VII. Each unit's narrative for this period only.
    const narratives = table(values, HEADINGS.narratives).rows;
    expect(narratives.map((r) => r.slice(0, 5))).toEqual(e.narratives);

    // VIII. Units that have not reported.
    const missing = table(values, HEADINGS.notReported).rows;
    expect(missing.map((r) => r.slice(0, 2))).toEqual(e.notReported.map((name, i) => [i + 1, name]));
    expect(e.notReported).toContain(book.c.units[15].name);
    // Unit 14 wrote a narrative for the half year only, and has no rows.
    if (kind === 'half') expect(e.notReported).not.toContain(book.c.units[14].name);
    else expect(e.notReported).toContain(book.c.units[14].name);

    // IX. The same period a year earlier, from the rows dated in it; absent when there are none.
    const pb = bounds(kind, YEAR - 1, rule);
    const earlier = book.activities.filter((a) => within(a.date, pb));
    const ix = values.findIndex((r) => String(r[0]).startsWith('IX. SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC'));
    if (earlier.length === 0) {
      expect(ix).toBe(-1);
      return;
    }
    expect(String(values[ix][0])).toContain(`từ ngày ${ddmmyyyy(pb.start)} đến ngày ${ddmmyyyy(pb.end)}`);
    const sum = (f: (a: Activity) => number) => earlier.reduce((n, a) => n + f(a), 0);
    const pairs: [string, number, number][] = [
      ['Số hoạt động', e.counted.length, earlier.length],
      ['Số người tham dự', e.people, sum((a) => a.participants)],
      ['Kinh phí của đơn vị (đồng)', e.money.mu, sum((a) => a.moneyUnit)],
      ['Kinh phí lồng ghép (đồng)', e.money.mi, sum((a) => a.moneyIntegrated)],
      ['Kinh phí xã hội hóa (đồng)', e.money.ms, sum((a) => a.moneySocial)],
      [
        'Tổng kinh phí (đồng)',
        e.money.mu + e.money.mi + e.money.ms,
        sum((a) => a.moneyUnit + a.moneyIntegrated + a.moneySocial),
      ],
    ];
    expect(table(values, 'IX. SO SÁNH').rows.map((r) => r.slice(0, 4))).toEqual(
      pairs.map(([label, now, then]) => [
        label,
        now,
        then,
        // Per cent to one decimal, half away from zero.
        then === 0
          ? 'Không so sánh (cùng kỳ bằng 0)'
          : (Math.sign(now - then) * Math.round(Math.abs((1000 * (now - then)) / then))) / 10 + 0,
      ]),
    );
  });

  it('compares with the year before in the cases where rows are dated in it (nd09 and calendar years)', () => {
    for (const rule of ['nd09', 'calendar'] as const) {
      expect(book.activities.some((a) => within(a.date, bounds('year', YEAR - 1, rule)))).toBe(true);
    }
  });
});

describe('Tổng hợp báo cáo: which boundary days a period takes', () => {
  // One row per boundary day, with 2^k participants: the unit's participant total names exactly
  // which days were counted.
  let c: Commune;
  beforeAll(() => {
    c = setUpCommune({ units: makeUnits(1), year: YEAR, rule: 'nd09' });
    const rows: Activity[] = BOUNDARY.map((date, k) => ({
      unitIndex: 0,
      row: 10 + k,
      date,
      form: CATALOGUE.forms[0],
      topic: CATALOGUE.topics[0],
      criterion: '',
      description: `Ngày ${ddmmyyyy(date)}`,
      quantity: 1,
      measure: 'buổi',
      participants: 2 ** k,
      moneyUnit: 0,
      moneyIntegrated: 0,
      moneySocial: 0,
      model: '',
    }));
    paste(c, 0, rows);
  });

  const days = (mask: number) => BOUNDARY.filter((_, k) => mask & (2 ** k)).map(ddmmyyyy);
  const cases: [PeriodRule, 'half' | 'year', string[]][] = [
    ['nd09', 'half', ['15/12/2022', '31/12/2022', '01/01/2023', '14/06/2023']],
    [
      'nd09',
      'year',
      ['15/12/2022', '31/12/2022', '01/01/2023', '14/06/2023', '15/06/2023', '30/06/2023', '01/07/2023', '14/12/2023'],
    ],
    ['calendar', 'half', ['01/01/2023', '14/06/2023', '15/06/2023', '30/06/2023']],
    [
      'calendar',
      'year',
      ['01/01/2023', '14/06/2023', '15/06/2023', '30/06/2023', '01/07/2023', '14/12/2023', '15/12/2023', '31/12/2023'],
    ],
  ];

  it.each(cases)('rule %s, period %s', (rule, kind, expectedDays) => {
    chooseRule(c.s, rule);
    mustConsolidate(c.s, kind, YEAR);
    const unitRow = withTotal(table(tabValues(c.s, SUMMARY), HEADINGS.byUnit).rows).body[0];
    expect(days(unitRow[4] as number)).toEqual(expectedDays);
    expect(unitRow[1]).toBe(expectedDays.length);
    expect(unitRow[3]).toBe(BOUNDARY.length - expectedDays.length);
  });
});
