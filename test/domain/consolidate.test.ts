// Consolidation checked against totals computed here by plain loops over generated data: the
// generator records what each row means (date, group keys, amounts, whether it is bad) while it
// writes the cells the way units type them (Dates from two realms, dates as text, Vietnamese
// number text, blanks, bad values).

import vm from 'node:vm';
import { prng } from '../../local/tools/prng';
import { consolidate, type UnitTabValues } from '../../src/domain/consolidate';
import type { CivilDate, Consolidation, Period, UnitSetting } from '../../src/domain/types';
import {
  buildTab,
  CAL_HALF_2023,
  CAL_YEAR_2023,
  CATALOGUE,
  civilOf,
  deepFreeze,
  HEADER,
  ND09_HALF_2023,
  ND09_YEAR_2023,
  settingsWith,
  sheetDate,
  TZ,
  unit,
} from './tab-fixture';

const NONE = '(không ghi)';
const PERIODS: Period[] = [ND09_HALF_2023, ND09_YEAR_2023, CAL_HALF_2023, CAL_YEAR_2023];

const BOUNDARY_DATES: CivilDate[] = [
  civilOf(2022, 12, 14),
  civilOf(2022, 12, 15),
  civilOf(2022, 12, 31),
  civilOf(2023, 1, 1),
  civilOf(2023, 6, 14),
  civilOf(2023, 6, 15),
  civilOf(2023, 6, 30),
  civilOf(2023, 7, 1),
  civilOf(2023, 12, 14),
  civilOf(2023, 12, 15),
  civilOf(2023, 12, 31),
  civilOf(2024, 1, 1),
];

const BAD_KINDS = ['noDate', 'badDate', 'noForm', 'unknownForm', 'negQty', 'badPeople', 'fracMoney', 'moneyOnly'];

interface GenRow {
  cells: unknown[];
  /** 1-based sheet row. */
  row: number;
  bad: boolean;
  date: CivilDate | null;
  form: string;
  topic: string;
  criterion: string;
  quantity: number;
  measure: string;
  participants: number;
  money: [number, number, number];
  model: string;
}

interface GenUnit {
  unit: UnitSetting;
  /** null: tab missing; 'absent': not even in the list of tabs. */
  tab: 'present' | 'missing' | 'absent';
  /** A header renamed: none of the tab's rows can be counted. */
  badHeader: boolean;
  /** A column "Số hộ" inserted before the money columns: read by header name. */
  inserted: boolean;
  rows: GenRow[];
  narratives: Map<string, [string, string, string, string]>;
  values: unknown[][] | null;
}

const foreignRealm = vm.createContext({});

function vnGroup(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function dateCell(rand: () => number, d: CivilDate): unknown {
  const k = rand();
  if (k < 0.5) return sheetDate(d.y, d.m, d.d);
  if (k < 0.7) return vm.runInContext(`new Date(${sheetDate(d.y, d.m, d.d).getTime()})`, foreignRealm);
  if (k < 0.8) return `${d.d}/${d.m}/${d.y}`;
  if (k < 0.9) return `${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}/${d.y}`;
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

function moneyCell(rand: () => number, n: number): unknown {
  if (n === 0) return rand() < 0.5 ? '' : 0;
  const k = rand();
  if (k < 0.6) return n;
  if (k < 0.8) return vnGroup(n);
  return `${vnGroup(n)} đ`;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function randomDate(rand: () => number, years: number[] = [2023]): CivilDate {
  if (rand() < 0.15) return pick(rand, BOUNDARY_DATES);
  const y = pick(rand, years);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return civilOf(y, m, d);
}

/** One data row at sheet row `row`; `blank` rows are returned as null. */
function genRow(rand: () => number, row: number, index: number, years?: number[]): GenRow {
  const date = randomDate(rand, years);
  const form = pick(rand, CATALOGUE.forms);
  const tk = rand();
  const topicTyped =
    tk < 0.7 ? pick(rand, CATALOGUE.topics) : tk < 0.8 ? 'Phòng chống ma túy' : tk < 0.9 ? '' : 'An toàn giao thông';
  const ck = rand();
  const criterion = ck < 0.6 ? pick(rand, CATALOGUE.criteria) : ck < 0.7 ? 'Tiêu chí riêng' : '';
  const mk = rand();
  const measure = mk < 0.9 ? pick(rand, CATALOGUE.measures) : mk < 0.95 ? 'Tờ rơi' : '';
  const qk = rand();
  const quantity = qk < 0.05 ? 0 : qk < 0.25 ? Math.floor(rand() * 10) + 0.5 : 1 + Math.floor(rand() * 10);
  const quantityCell =
    quantity === 0 ? '' : Number.isInteger(quantity) || rand() < 0.5 ? quantity : String(quantity).replace('.', ',');
  const pk = rand();
  const participants = pk < 0.1 ? 0 : pk < 0.2 ? 1000 + Math.floor(rand() * 2000) : Math.floor(rand() * 300);
  const participantsCell = participants === 0 ? '' : participants >= 1000 ? vnGroup(participants) : participants;
  const money: [number, number, number] = [0, 0, 0].map(() =>
    rand() < 0.4 ? 0 : 1000 * Math.floor(rand() * 5000),
  ) as [number, number, number];
  const modelK = rand();
  const model =
    modelK < 0.05
      ? '=IMPORTXML("http://x.vn","//a")'
      : modelK < 0.08
        ? '+84 912 345 678'
        : modelK < 0.15
          ? `Gương điển hình số ${index}`
          : '';
  const g: GenRow = {
    row,
    bad: false,
    date,
    form,
    topic: topicTyped === '' ? NONE : topicTyped,
    criterion: criterion === '' ? NONE : criterion,
    quantity,
    measure: measure === '' ? NONE : measure,
    participants,
    money,
    model,
    cells: [
      dateCell(rand, date),
      rand() < 0.1 ? form.toUpperCase() : form,
      rand() < 0.1 && CATALOGUE.topics.includes(topicTyped) ? ` ${topicTyped.toLowerCase()} ` : topicTyped,
      criterion,
      `Hoạt động ${index}`,
      quantityCell,
      measure,
      participantsCell,
      moneyCell(rand, money[0]),
      moneyCell(rand, money[1]),
      moneyCell(rand, money[2]),
      model,
      rand() < 0.1 ? '@ghi chú' : '',
    ],
  };
  if (rand() < 0.12) {
    g.bad = true;
    switch (pick(rand, BAD_KINDS)) {
      case 'noDate':
        g.cells[0] = '';
        g.date = null;
        break;
      case 'badDate':
        g.cells[0] = '31/4/2023';
        g.date = null;
        break;
      case 'noForm':
        g.cells[1] = '';
        break;
      case 'unknownForm':
        g.cells[1] = 'Chiếu phim lưu động';
        break;
      case 'negQty':
        g.cells[5] = -1;
        break;
      case 'badPeople':
        g.cells[7] = 'nhiều';
        break;
      case 'fracMoney':
        g.cells[9] = 1000.5;
        break;
      case 'moneyOnly':
        g.cells = ['', '', '', '', '', '', '', '', 500000, '', '', '', ''];
        g.date = null;
        break;
    }
  }
  return g;
}

function blankRow(rand: () => number): unknown[] {
  return pick(rand, [[], ['', '', ''], ['  ', '', '', '', '', '', '', '', '', '', '', '', '']]);
}

function genUnit(
  rand: () => number,
  i: number,
  opts: {
    rows: number;
    tab?: GenUnit['tab'];
    badHeader?: boolean;
    inserted?: boolean;
    years?: number[];
    narratives?: boolean;
  },
): GenUnit {
  const u = unit(`U${String(i).padStart(2, '0')}`, `Đơn vị ${i}`, `Thôn ${i}`);
  const rows: GenRow[] = [];
  const dataRows: unknown[][] = [];
  let sheetRow = 10;
  let index = 0;
  while (rows.length < opts.rows) {
    if (rand() < 0.05) {
      dataRows.push(blankRow(rand));
    } else {
      const g = genRow(rand, sheetRow, index++, opts.years);
      rows.push(g);
      dataRows.push(opts.inserted ? [...g.cells.slice(0, 8), Math.floor(rand() * 90), ...g.cells.slice(8)] : g.cells);
    }
    sheetRow++;
  }
  const narratives = new Map<string, [string, string, string, string]>();
  const narrativeRows: unknown[][] = [];
  for (const label of ['6 tháng đầu năm 2023', 'Cả năm 2023']) {
    if (opts.narratives === true || (opts.narratives === undefined && rand() < 0.4)) {
      const texts: [string, string, string, string] = [`=SUM(A1) kết quả ${i}`, `Tồn tại ${i}`, '', `+ đề xuất ${i}`];
      narratives.set(label, texts);
      narrativeRows.push([label, ...texts]);
    } else {
      narrativeRows.push([label, '', '', '', '']);
    }
  }
  const header = [...HEADER];
  if (opts.badHeader) header[4] = 'Mô tả chi tiết';
  if (opts.inserted) header.splice(8, 0, 'Số hộ');
  const tab = opts.tab ?? 'present';
  const values =
    tab === 'present'
      ? buildTab({
          unitName: u.name,
          narratives: narrativeRows,
          header,
          rows: dataRows,
          lastChange: `0${i % 10}/06/2023`,
        })
      : null;
  return { unit: u, tab, badHeader: !!opts.badHeader, inserted: !!opts.inserted, rows, narratives, values };
}

/** The half-year's last day of 2023 under each rule: 14/06 (Nghị định 09) or 30/06. */
const HALF_END = { nd09: civilOf(2023, 6, 14), calendar: civilOf(2023, 6, 30) };

function within(d: CivilDate, p: Pick<Period, 'start' | 'end'>): boolean {
  const key = (c: CivilDate) => c.y * 10000 + c.m * 100 + c.d;
  return key(d) >= key(p.start) && key(d) <= key(p.end);
}

function run(units: GenUnit[], p: Period): Consolidation {
  const tabs: UnitTabValues[] = units
    .filter((g) => g.tab !== 'absent')
    .map((g) => ({ unit: g.unit, values: g.values === null ? null : deepFreeze(g.values) }));
  return consolidate({
    settings: settingsWith(units.map((g) => g.unit)),
    catalogue: CATALOGUE,
    period: p,
    timeZone: TZ,
    tabs,
  });
}

/** Every total of the consolidation against plain loops over the generated meaning. */
function checkAgainstGenerated(units: GenUnit[], p: Period, c: Consolidation): void {
  const present = units.filter((g) => g.tab === 'present');
  const counted: { g: GenRow; unitIndex: number; unitName: string }[] = [];
  // Per unit.
  expect(c.units.map((u) => u.unitCode)).toEqual(units.map((g) => g.unit.code));
  units.forEach((g, unitIndex) => {
    const u = c.units[unitIndex];
    let activities = 0;
    let rejected = 0;
    let outside = 0;
    let participants = 0;
    let afterHalf = 0;
    const money = [0, 0, 0];
    for (const r of g.tab === 'present' ? g.rows : []) {
      if (g.badHeader) rejected++;
      else if (r.date !== null && !within(r.date, p)) outside++;
      else if (r.bad) rejected++;
      else {
        activities++;
        if (r.date !== null && !within(r.date, { ...p, end: HALF_END[p.rule] })) afterHalf++;
        participants += r.participants;
        for (let k = 0; k < 3; k++) money[k] += r.money[k];
        counted.push({ g: r, unitIndex, unitName: g.unit.name });
      }
    }
    const narrative = g.narratives.has(p.label);
    expect(u).toEqual({
      unitCode: g.unit.code,
      unitName: g.unit.name,
      tabName: g.unit.tabName,
      activities: g.tab === 'present' ? activities : 0,
      rejected: g.tab === 'present' ? rejected : 0,
      outsidePeriod: g.tab === 'present' ? outside : 0,
      participants: g.tab === 'present' ? participants : 0,
      money:
        g.tab === 'present'
          ? { unit: money[0], integrated: money[1], social: money[2], total: money[0] + money[1] + money[2] }
          : { unit: 0, integrated: 0, social: 0, total: 0 },
      tabStatus: g.tab !== 'present' ? 'missing' : g.badHeader || g.inserted ? 'badHeader' : 'ok',
      // For the year, rows up to the half-year's end were the half-year report.
      reported: g.tab === 'present' && ((p.kind === 'half' ? activities : afterHalf) > 0 || narrative),
      lastChange: g.tab === 'present' ? `0${Number(g.unit.code.slice(1)) % 10}/06/2023` : '',
    });
  });

  // Grand totals.
  let participants = 0;
  const money = [0, 0, 0];
  for (const { g } of counted) {
    participants += g.participants;
    for (let k = 0; k < 3; k++) money[k] += g.money[k];
  }
  expect(c.activities).toBe(counted.length);
  expect(c.participants).toBe(participants);
  expect(c.money).toEqual({
    unit: money[0],
    integrated: money[1],
    social: money[2],
    total: money[0] + money[1] + money[2],
  });

  // By form and measure: same entries, and in catalogue order.
  const byForm = new Map<string, { quantity: number; activities: number; participants: number }>();
  for (const { g } of counted) {
    const key = `${g.form}|${g.measure}`;
    const e = byForm.get(key) ?? { quantity: 0, activities: 0, participants: 0 };
    e.quantity += g.quantity;
    e.activities++;
    e.participants += g.participants;
    byForm.set(key, e);
  }
  expect(new Map(c.byForm.map((f) => [`${f.form}|${f.measure}`, f]))).toEqual(
    new Map(
      [...byForm].map(([key, e]) => {
        const [form, measure] = key.split('|');
        return [
          key,
          {
            form,
            measure,
            quantity: Math.round(e.quantity * 100) / 100,
            activities: e.activities,
            participants: e.participants,
          },
        ];
      }),
    ),
  );
  expect(c.byForm).toHaveLength(byForm.size);
  const formIndex = c.byForm.map((f) => CATALOGUE.forms.indexOf(f.form));
  expect(formIndex.every((x, i) => x >= 0 && (i === 0 || x >= formIndex[i - 1]))).toBe(true);
  for (const form of CATALOGUE.forms) {
    const measures = c.byForm.filter((f) => f.form === form).map((f) => f.measure);
    const rank = (m: string) =>
      m === NONE ? 1000 : CATALOGUE.measures.includes(m) ? CATALOGUE.measures.indexOf(m) : 500;
    expect(measures.map(rank)).toEqual([...measures.map(rank)].sort((a, b) => a - b));
  }

  // By topic and criterion: every catalogue entry (zeros too), then others, then "(không ghi)".
  for (const [list, catalogue, keyOf] of [
    [c.byTopic, CATALOGUE.topics, (g: GenRow) => g.topic],
    [c.byCriterion, CATALOGUE.criteria, (g: GenRow) => g.criterion],
  ] as const) {
    const expected = new Map<string, { activities: number; participants: number; money: number[] }>();
    for (const key of catalogue) expected.set(key, { activities: 0, participants: 0, money: [0, 0, 0] });
    for (const { g } of counted) {
      const e = expected.get(keyOf(g)) ?? { activities: 0, participants: 0, money: [0, 0, 0] };
      e.activities++;
      e.participants += g.participants;
      for (let k = 0; k < 3; k++) e.money[k] += g.money[k];
      expected.set(keyOf(g), e);
    }
    expect(new Map(list.map((t) => [t.key, t]))).toEqual(
      new Map(
        [...expected].map(([key, e]) => [
          key,
          {
            key,
            activities: e.activities,
            participants: e.participants,
            money: {
              unit: e.money[0],
              integrated: e.money[1],
              social: e.money[2],
              total: e.money[0] + e.money[1] + e.money[2],
            },
          },
        ]),
      ),
    );
    expect(list.slice(0, catalogue.length).map((t) => t.key)).toEqual([...catalogue]);
    if (expected.has(NONE)) expect(list[list.length - 1].key).toBe(NONE);
  }

  // Models: by date, then unit, then row; a unit's repeated model once, at its first date.
  const listed = new Set<string>();
  const models = counted
    .filter(({ g }) => g.model !== '')
    .sort((a, b) => {
      const ka = a.g.date!.y * 10000 + a.g.date!.m * 100 + a.g.date!.d;
      const kb = b.g.date!.y * 10000 + b.g.date!.m * 100 + b.g.date!.d;
      return ka - kb || a.unitIndex - b.unitIndex || a.g.row - b.g.row;
    })
    .filter(({ g, unitIndex }) => {
      const key = `${unitIndex}|${g.model.trim().toLowerCase()}`;
      if (listed.has(key)) return false;
      listed.add(key);
      return true;
    })
    .map(({ g, unitName }) => ({ unitName, text: g.model, date: g.date }));
  expect(c.models).toEqual(models);

  // Narratives for the period, verbatim, in unit order.
  expect(c.narratives).toEqual(
    present
      .filter((g) => g.narratives.has(p.label))
      .map((g) => {
        const [results, shortcomings, causes, proposals] = g.narratives.get(p.label)!;
        return { unitCode: g.unit.code, unitName: g.unit.name, results, shortcomings, causes, proposals };
      }),
  );
  expect(c.notReported).toEqual(c.units.filter((u) => !u.reported).map((u) => u.unitName));

  // Findings: every bad row has an error where it is; no good row has one.
  for (const g of present) {
    const errorRows = new Set(
      c.findings.filter((f) => f.tab === g.unit.tabName && f.severity === 'error').map((f) => f.row),
    );
    // A tab whose header cannot be read has its one error on row 9, none on the rows.
    for (const r of g.rows) expect([r.row, errorRows.has(r.row)]).toEqual([r.row, r.bad && !g.badHeader]);
    expect(errorRows.has(9)).toBe(g.badHeader);
  }
  for (const g of units.filter((x) => x.tab !== 'present')) {
    expect(c.findings.filter((f) => f.tab === g.unit.tabName)).toEqual([
      expect.objectContaining({ row: null, column: null, severity: 'error' }),
    ]);
  }
}

describe('consolidate over generated units', () => {
  const rand = prng(20230615);
  const units: GenUnit[] = [];
  for (let i = 0; i < 14; i++) {
    if (i === 3) units.push(genUnit(rand, i, { rows: 10, tab: 'missing' }));
    else if (i === 5) units.push(genUnit(rand, i, { rows: 0, tab: 'absent' }));
    else if (i === 7) units.push(genUnit(rand, i, { rows: 30, badHeader: true }));
    else if (i === 9) units.push(genUnit(rand, i, { rows: 0, narratives: true }));
    else if (i === 11) units.push(genUnit(rand, i, { rows: 40, inserted: true }));
    else if (i === 10) units.push(genUnit(rand, i, { rows: 8, years: [2021], narratives: false }));
    else units.push(genUnit(rand, i, { rows: 20 + Math.floor(rand() * 50) }));
  }
  const totalRows = units.reduce((n, g) => n + g.rows.length, 0);

  test('the generated data is large and covers the cases', () => {
    expect(totalRows).toBeGreaterThan(400);
    const all = units.flatMap((g) => g.rows);
    expect(all.filter((r) => r.bad).length).toBeGreaterThan(20);
    for (const d of BOUNDARY_DATES) {
      expect(all.some((r) => !r.bad && r.date && r.date.y === d.y && r.date.m === d.m && r.date.d === d.d)).toBe(true);
    }
  });

  test.each(PERIODS.map((p) => [`${p.label} (${p.rule})`, p] as const))('%s: every total', (_name, p) => {
    const c = run(units, p);
    expect(c.period).toBe(p);
    checkAgainstGenerated(units, p, c);
  });

  test('a model a unit reports on several activities is listed once, at its first date', () => {
    const a = unit('A', 'Hội Nông dân');
    const b = unit('B', 'Thôn Đông');
    const row = (d: number, model: string) => [
      sheetDate(2023, 3, d),
      CATALOGUE.forms[0],
      CATALOGUE.topics[0],
      '',
      '',
      1,
      'Buổi',
      10,
      '',
      '',
      '',
      model,
    ];
    const tabs = [
      {
        unit: a,
        values: buildTab({
          unitName: a.name,
          rows: [row(9, 'Mô hình vườn mẫu'), row(2, 'mô hình  vườn mẫu'), row(5, 'Gương ông Páo')],
        }),
      },
      { unit: b, values: buildTab({ unitName: b.name, rows: [row(4, 'Mô hình vườn mẫu')] }) },
    ];
    const c = consolidate({
      settings: settingsWith([a, b]),
      catalogue: CATALOGUE,
      period: ND09_HALF_2023,
      timeZone: TZ,
      tabs,
    });
    // By hand: A's vườn mẫu first on 2/3 (typed in lower case), B's own on 4/3, A's Páo on 5/3; A's 9/3 repeat dropped.
    expect(c.models).toEqual([
      { unitName: 'Hội Nông dân', text: 'mô hình  vườn mẫu', date: civilOf(2023, 3, 2) },
      { unitName: 'Thôn Đông', text: 'Mô hình vườn mẫu', date: civilOf(2023, 3, 4) },
      { unitName: 'Hội Nông dân', text: 'Gương ông Páo', date: civilOf(2023, 3, 5) },
    ]);
    // The activities still all count.
    expect(c.activities).toBe(4);
  });

  test('boundary dates fall on the right side of each period', () => {
    const u = unit('B', 'Biên', 'Biên');
    const rows = BOUNDARY_DATES.map((d, i) => [
      sheetDate(d.y, d.m, d.d),
      CATALOGUE.forms[0],
      CATALOGUE.topics[0],
      '',
      '',
      1,
      'Buổi',
      i + 1,
    ]);
    const values = buildTab({ unitName: u.name, rows });
    const tabs = [{ unit: u, values }];
    const count = (p: Period) =>
      consolidate({ settings: settingsWith([u]), catalogue: CATALOGUE, period: p, timeZone: TZ, tabs }).units[0];
    // By hand: 15/12/2022..14/06/2023 holds 15/12, 31/12, 1/1, 14/6.
    expect(count(ND09_HALF_2023)).toMatchObject({ activities: 4, outsidePeriod: 8, participants: 2 + 3 + 4 + 5 });
    // 15/12/2022..14/12/2023: 15/12, 31/12, 1/1, 14/6, 15/6, 30/6, 1/7, 14/12.
    expect(count(ND09_YEAR_2023)).toMatchObject({
      activities: 8,
      outsidePeriod: 4,
      participants: 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9,
    });
    // 1/1..30/6: 1/1, 14/6, 15/6, 30/6.
    expect(count(CAL_HALF_2023)).toMatchObject({ activities: 4, participants: 4 + 5 + 6 + 7 });
    // 1/1..31/12: 1/1 .. 31/12 of 2023.
    expect(count(CAL_YEAR_2023)).toMatchObject({ activities: 8, participants: 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 });
  });
});

describe('consolidate: who has reported', () => {
  const u = unit('A', 'Thôn A');
  const activityOn = (y: number, m: number, d: number) => [
    sheetDate(y, m, d),
    CATALOGUE.forms[0],
    CATALOGUE.topics[0],
    '',
    '',
    1,
    'Buổi',
    10,
  ];
  const reported = (p: Period, rows: unknown[][], narratives?: unknown[][]) =>
    consolidate({
      settings: settingsWith([u]),
      catalogue: CATALOGUE,
      period: p,
      timeZone: TZ,
      tabs: [{ unit: u, values: buildTab({ unitName: u.name, rows, narratives }) }],
    }).units[0].reported;

  test('for the year, a row of the first half alone is not a report: it was the half-year report', () => {
    // nd09: the half-year ends 14/06/2023; calendar: 30/06/2023.
    expect(reported(ND09_YEAR_2023, [activityOn(2023, 3, 1)])).toBe(false);
    expect(reported(ND09_YEAR_2023, [activityOn(2023, 6, 14)])).toBe(false);
    expect(reported(ND09_YEAR_2023, [activityOn(2023, 3, 1), activityOn(2023, 6, 15)])).toBe(true);
    expect(reported(CAL_YEAR_2023, [activityOn(2023, 6, 30)])).toBe(false);
    expect(reported(CAL_YEAR_2023, [activityOn(2023, 7, 1)])).toBe(true);
    // After the year's end (outside the period) counts for nothing.
    expect(reported(ND09_YEAR_2023, [activityOn(2023, 12, 20)])).toBe(false);
    // A row after the cut-off that cannot be counted is no report either.
    expect(reported(ND09_YEAR_2023, [[sheetDate(2023, 9, 1), 'Chiếu phim', '', '', '', 1, 'Buổi']])).toBe(false);
  });

  test("for the year, the year's narrative is a report; the half-year's is not", () => {
    const half = [['6 tháng đầu năm 2023', 'Kết quả 6 tháng', '', '', '']];
    const year = [
      ['6 tháng đầu năm 2023', '', '', '', ''],
      ['Cả năm 2023', 'Kết quả cả năm', '', '', ''],
    ];
    expect(reported(ND09_YEAR_2023, [activityOn(2023, 3, 1)], half)).toBe(false);
    expect(reported(ND09_YEAR_2023, [], year)).toBe(true);
  });

  test('for the half-year, any counted row or the half-year narrative is a report', () => {
    expect(reported(ND09_HALF_2023, [activityOn(2023, 3, 1)])).toBe(true);
    expect(reported(ND09_HALF_2023, [], [['6 tháng đầu năm 2023', 'Kết quả', '', '', '']])).toBe(true);
    expect(reported(ND09_HALF_2023, [activityOn(2023, 6, 15)])).toBe(false);
  });
});

describe('consolidate: a unit changed its header row', () => {
  const u = unit('A', 'Thôn A');
  const run1 = (header: unknown[], rows: unknown[][]) =>
    consolidate({
      settings: settingsWith([u]),
      catalogue: CATALOGUE,
      period: ND09_HALF_2023,
      timeZone: TZ,
      tabs: [{ unit: u, values: buildTab({ unitName: u.name, header, rows }) }],
    });

  test('a column inserted before the money: money still lands in its own source', () => {
    const header = [...HEADER.slice(0, 8), 'Số hộ', ...HEADER.slice(8)];
    const row = [
      sheetDate(2023, 3, 1),
      CATALOGUE.forms[3],
      CATALOGUE.topics[0],
      '',
      'Hội nghị',
      1,
      'Buổi',
      100,
      25,
      1000000,
      2000000,
      3000000,
      'Mô hình A',
      '',
    ];
    const c = run1(header, [row]);
    expect(c.money).toEqual({ unit: 1000000, integrated: 2000000, social: 3000000, total: 6000000 });
    expect(c.models.map((m) => m.text)).toEqual(['Mô hình A']);
    expect(c.units[0]).toMatchObject({ tabStatus: 'badHeader', activities: 1, rejected: 0, reported: true });
  });

  test("a required header missing: none of the tab's rows count, they are listed as not counted", () => {
    const header = [...HEADER];
    header[8] = 'Tiền';
    const row = [sheetDate(2023, 3, 1), CATALOGUE.forms[3], CATALOGUE.topics[0], '', '', 1, 'Buổi', 100, 5000];
    const c = run1(header, [row, row]);
    expect(c.activities).toBe(0);
    expect(c.money.total).toBe(0);
    expect(c.units[0]).toMatchObject({ tabStatus: 'badHeader', activities: 0, rejected: 2, outsidePeriod: 0 });
    expect(c.findings).toEqual([expect.objectContaining({ row: 9, severity: 'error' })]);
    expect(c.findings[0].message).toContain('"Kinh phí đơn vị (đồng)"');
  });
});

describe('consolidate: special cases', () => {
  test('0 units reported', () => {
    const units = [unit('A', 'Thôn A'), unit('B', 'Thôn B'), unit('C', 'Hội Nông dân')];
    const tabs = [
      { unit: units[0], values: buildTab({ unitName: 'Thôn A', rows: [] }) },
      {
        unit: units[1],
        values: buildTab({
          unitName: 'Thôn B',
          rows: [[sheetDate(2021, 1, 5), CATALOGUE.forms[0], '', '', '', 1, 'Buổi']],
        }),
      },
      { unit: units[2], values: null },
    ];
    const c = consolidate({
      settings: settingsWith(units),
      catalogue: CATALOGUE,
      period: ND09_HALF_2023,
      timeZone: TZ,
      tabs,
    });
    expect(c.notReported).toEqual(['Thôn A', 'Thôn B', 'Hội Nông dân']);
    expect(c.activities).toBe(0);
    expect(c.byForm).toEqual([]);
    expect(c.byTopic.map((t) => t.key)).toEqual([...CATALOGUE.topics]);
    expect(c.byTopic.every((t) => t.activities === 0 && t.money.total === 0)).toBe(true);
    expect(c.models).toEqual([]);
    expect(c.narratives).toEqual([]);
    expect(c.units.map((u) => [u.tabStatus, u.outsidePeriod])).toEqual([
      ['ok', 0],
      ['ok', 1],
      ['missing', 0],
    ]);
  });

  test('texts outside the catalogue that differ only in case or spacing are one group', () => {
    const u = unit('A', 'Thôn A');
    const row = (topic: string, measure: string) => [
      sheetDate(2023, 3, 1),
      CATALOGUE.forms[0],
      topic,
      '',
      '',
      1,
      measure,
      10,
    ];
    const rows = [row('An toàn giao thông', 'Tờ rơi'), row('an  toàn giao THÔNG', 'tờ rơi'), row('Khác', 'Buổi')];
    const c = consolidate({
      settings: settingsWith([u]),
      catalogue: CATALOGUE,
      period: ND09_HALF_2023,
      timeZone: TZ,
      tabs: [{ unit: u, values: buildTab({ unitName: 'Thôn A', rows }) }],
    });
    const others = c.byTopic.slice(CATALOGUE.topics.length);
    expect(others.map((t) => [t.key, t.activities, t.participants])).toEqual([
      ['An toàn giao thông', 2, 20],
      ['Khác', 1, 10],
    ]);
    expect(c.byForm.map((f) => [f.measure, f.quantity])).toEqual([
      ['Buổi', 1],
      ['Tờ rơi', 2],
    ]);
  });

  test('quantities are summed then rounded to 2 decimals', () => {
    const u = unit('A', 'Thôn A');
    const rows = ['0,1', '0,2', 0.005].map((q) => [sheetDate(2023, 3, 1), CATALOGUE.forms[0], '', '', '', q, 'Buổi']);
    const c = consolidate({
      settings: settingsWith([u]),
      catalogue: CATALOGUE,
      period: ND09_HALF_2023,
      timeZone: TZ,
      tabs: [{ unit: u, values: buildTab({ unitName: 'Thôn A', rows }) }],
    });
    // 0.1 + 0.2 + 0.005 = 0.305 -> 0.31 (by hand).
    expect(c.byForm).toEqual([
      { form: CATALOGUE.forms[0], measure: 'Buổi', quantity: 0.31, activities: 3, participants: 0 },
    ]);
  });

  test('formulas passed with the values give warnings, values counted', () => {
    const u = unit('A', 'Thôn A');
    const values = buildTab({
      unitName: 'Thôn A',
      rows: [[sheetDate(2023, 3, 1), CATALOGUE.forms[0], '', '', '', 2, 'Buổi', 30]],
    });
    const formulas = values.map((r) => r.map(() => ''));
    formulas[9][7] = '=10+20';
    const c = consolidate({
      settings: settingsWith([u]),
      catalogue: CATALOGUE,
      period: ND09_HALF_2023,
      timeZone: TZ,
      tabs: [{ unit: u, values, formulas }],
    });
    expect(c.participants).toBe(30);
    expect(c.findings.filter((f) => f.severity === 'warning').map((f) => [f.row, f.column])).toEqual([
      [10, 'C (Nội dung)'],
      [10, 'H (Số người tham dự)'],
    ]);
  });

  test('a unit with 5,000 rows', () => {
    const rand = prng(5000);
    const g = genUnit(rand, 1, { rows: 5000 });
    const units = [g, genUnit(rand, 2, { rows: 0, tab: 'missing' })];
    expect(g.rows.length).toBe(5000);
    for (const p of [ND09_YEAR_2023, CAL_HALF_2023]) checkAgainstGenerated(units, p, run(units, p));
  });
});
