// Shared by the consolidation bundle tests: a commune set up through the real bundle, rows
// generated with a seeded PRNG (kept as plain records so the tests can sum them with plain loops),
// and readers that take the Tổng hợp and Kiểm tra tabs apart by their visible headings.
// Nothing here computes a total with src/domain: expected values come from the generated records.

import { RangeImpl } from '../../local/emulator/spreadsheet';
import type { LoadedBundle } from '../../local/tools/load';
import { prng } from '../../local/tools/prng';
import {
  newScenario,
  pasteActivities,
  type Scenario,
  shareWithUnits,
  writeCatalogue,
  writeNarrative,
  writeSettings,
} from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { PeriodRule, Settings, UnitSetting } from '../../src/domain/types';

export const SUMMARY = 'Tổng hợp';
export const CHECK = 'Kiểm tra';
export const SETTINGS_TAB = 'Cấu hình';
export const CATALOGUE = SAMPLE_CATALOGUE;
const FIRST_DATA_ROW = 10;

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

interface RunUnit {
  unit: string;
  tab: string;
  status: 'ok' | 'missing' | 'badHeader';
  counted: number;
  notCounted: number;
  outsidePeriod: number;
  reported: boolean;
}

export interface Run {
  periodLabel: string;
  total: { counted: number; notCounted: number };
  units: RunUnit[];
  notReported: string[];
}

export interface Day {
  y: number;
  m: number;
  d: number;
}

/** One activity as generated: what the unit typed, in plain numbers. */
export interface Activity {
  unitIndex: number;
  /** Sheet row in the unit's tab. */
  row: number;
  date: Day;
  form: string;
  topic: string;
  criterion: string;
  description: string;
  quantity: number;
  measure: string;
  participants: number;
  moneyUnit: number;
  moneyIntegrated: number;
  moneySocial: number;
  model: string;
}

/** Midnight of a day in Vietnam (UTC+7, no daylight saving), as a date cell holds it. */
export function vnDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 7 * 3600 * 1000);
}

export function ddmmyyyy(day: Day): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(day.d)}/${p(day.m)}/${day.y}`;
}

function dayNumber(day: Day): number {
  return day.y * 10_000 + day.m * 100 + day.d;
}

export function compareDays(a: Day, b: Day): number {
  return dayNumber(a) - dayNumber(b);
}

/** The period's inclusive bounds, written out by hand from the issue (not from src/domain). */
export function bounds(kind: 'half' | 'year', year: number, rule: PeriodRule): { start: Day; end: Day } {
  if (rule === 'nd09') {
    return {
      start: { y: year - 1, m: 12, d: 15 },
      end: kind === 'half' ? { y: year, m: 6, d: 14 } : { y: year, m: 12, d: 14 },
    };
  }
  return {
    start: { y: year, m: 1, d: 1 },
    end: kind === 'half' ? { y: year, m: 6, d: 30 } : { y: year, m: 12, d: 31 },
  };
}

export function within(day: Day, b: { start: Day; end: Day }): boolean {
  return compareDays(day, b.start) >= 0 && compareDays(day, b.end) <= 0;
}

export function periodLabel(kind: 'half' | 'year', year: number): string {
  return kind === 'half' ? `6 tháng đầu năm ${year}` : `Cả năm ${year}`;
}

const VILLAGES = [
  'Đồng Tâm',
  'Hòa Bình',
  'Tân Lập',
  'Nà Pàn',
  'Khòn Cuổng',
  'Bản Chắt',
  'Pá Danh',
  'Đồng Mỏ',
  'Quyết Tiến',
  'Hợp Thành',
  'Thống Nhất',
  'Đoàn Kết',
];

/** `n` villages as units, with their own tab and editor. */
export function makeUnits(n: number, prefix = 'Thôn'): UnitSetting[] {
  return Array.from({ length: n }, (_, i) => {
    const base = VILLAGES[i % VILLAGES.length];
    const name = i < VILLAGES.length ? `${prefix} ${base}` : `${prefix} ${base} ${Math.floor(i / VILLAGES.length) + 1}`;
    const email = `thon${i + 1}.minhtien@example.com`;
    return {
      code: `T${String(i + 1).padStart(3, '0')}`,
      name,
      kind: 'Thôn' as const,
      tabName: name,
      editors: [email],
      contactName: `Trưởng thôn ${i + 1}`,
      contactEmail: email,
    };
  });
}

export interface Commune {
  readonly s: Scenario;
  readonly settings: Settings;
  readonly units: readonly UnitSetting[];
}

/** A blank Sheet set up through the menu, with the settings and the catalogue typed in. */
export function setUpCommune(options: { units: UnitSetting[]; year?: number; rule?: PeriodRule }): Commune {
  const year = options.year ?? 2023;
  const s = newScenario({ now: new Date(Date.UTC(year, 5, 20, 2, 0)) });
  s.app.call('menuSetup');
  const settings: Settings = { ...SAMPLE_SETTINGS, year, periodRule: options.rule ?? 'nd09', units: options.units };
  writeSettings(s, settings);
  writeCatalogue(s, CATALOGUE);
  s.app.call('menuSetup');
  for (const u of options.units) s.ss.sheet(u.tabName); // throws if setup did not make the tab
  shareWithUnits(s, settings);
  return { s, settings, units: options.units };
}

/** The secretary picks the other rule in Cấu hình (the dropdown cell of "Cách tính kỳ báo cáo"). */
export function chooseRule(s: Scenario, rule: PeriodRule): void {
  const values = s.ss.sheet(SETTINGS_TAB).getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === 'Cách tính kỳ báo cáo');
  if (row < 0) throw new Error('no "Cách tính kỳ báo cáo" row in Cấu hình');
  const label = rule === 'nd09' ? 'Nghị định 09/2019 (15/12 - 14/6, 15/12 - 14/12)' : 'Năm dương lịch';
  s.ws.spreadsheets.typeInto(SETTINGS_TAB, `B${row + 1}`, label, s.ss);
}

/** The cells of a generated activity, as the unit types them (blank for zero money and people). */
export function cellsOf(a: Activity): unknown[] {
  const orBlank = (n: number) => (n === 0 ? '' : n);
  return [
    vnDate(a.date.y, a.date.m, a.date.d),
    a.form,
    a.topic,
    a.criterion,
    a.description,
    a.quantity,
    a.measure,
    orBlank(a.participants),
    orBlank(a.moneyUnit),
    orBlank(a.moneyIntegrated),
    orBlank(a.moneySocial),
    a.model,
    '',
  ];
}

export interface GenerateOptions {
  /** Dates every unit's rows draw from, besides the uniform spread. */
  boundaryDays?: Day[];
  /** Probability of a blank topic (counted under "(không ghi)"). Default 0.1. */
  blankTopic?: number;
  year: number;
}

/** `count` valid activities of one unit, in the order of its rows from row 10. */
export function generateActivities(
  rnd: () => number,
  unitIndex: number,
  count: number,
  o: GenerateOptions,
): Activity[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: Activity[] = [];
  const boundary = o.boundaryDays ?? [];
  for (let i = 0; i < count; i++) {
    let date: Day;
    if (boundary.length > 0 && rnd() < 0.3) date = pick(boundary);
    else {
      // 1/12 of the previous year to 31/12 of the year, 28 days a month to stay valid.
      const month = int(0, 12);
      date = month === 0 ? { y: o.year - 1, m: 12, d: int(1, 31) } : { y: o.year, m: month, d: int(1, 28) };
    }
    const measure = pick(CATALOGUE.measures);
    const withPeople = rnd() < 0.6;
    out.push({
      unitIndex,
      row: FIRST_DATA_ROW + i,
      date,
      form: pick(CATALOGUE.forms),
      topic: rnd() < (o.blankTopic ?? 0.1) ? '' : pick(CATALOGUE.topics),
      criterion: rnd() < 0.3 ? '' : pick(CATALOGUE.criteria),
      description: `Hoạt động ${i + 1} của đơn vị ${unitIndex + 1}`,
      quantity: rnd() < 0.1 ? int(1, 9) + 0.5 : int(1, 30),
      measure,
      participants: withPeople ? int(5, 200) : 0,
      moneyUnit: rnd() < 0.5 ? int(1, 40) * 50_000 : 0,
      moneyIntegrated: rnd() < 0.25 ? int(1, 10) * 1_000_000 : 0,
      moneySocial: rnd() < 0.2 ? int(1, 5) * 1_000_000 : 0,
      model:
        rnd() < 0.08 ? `Mô hình "${pick(['Tuyến đường hoa', 'Gia đình 5 không 3 sạch', 'Vườn mẫu'])}" số ${i + 1}` : '',
    });
  }
  return out;
}

/** A unit's editor pastes the activities into the tab (one setValues, below what is there). */
export function paste(c: Commune, unitIndex: number, activities: readonly Activity[]): void {
  if (activities.length === 0) return;
  pasteActivities(c.s, c.units[unitIndex], activities.map(cellsOf));
}

/**
 * One activity row as a unit types it: 15/03/2023, the catalogue's first form, topic and measure,
 * quantity 1, the rest blank; `patch` sets cells by 0-based column (7 participants, 8-10 money).
 */
export function typedRow(patch: Record<number, unknown> = {}): unknown[] {
  const row: unknown[] = [
    vnDate(2023, 3, 15),
    CATALOGUE.forms[0],
    CATALOGUE.topics[0],
    '',
    'Họp',
    1,
    CATALOGUE.measures[0],
  ];
  while (row.length < 13) row.push('');
  for (const [k, v] of Object.entries(patch)) row[Number(k)] = v;
  return row;
}

/** The owner writes rows straight into a tab with one setValues (fast setup for large books). */
export function fillAsOwner(c: Commune, unitIndex: number, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const sheet = c.s.ss.sheet(c.units[unitIndex].tabName);
  const last = FIRST_DATA_ROW + rows.length - 1;
  if (sheet.getMaxRows() < last) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  sheet.getRange(FIRST_DATA_ROW, 1, rows.length, 13).setValues(rows);
}

export function narrate(
  c: Commune,
  unitIndex: number,
  kind: 'half' | 'year',
  texts: [string, string, string, string],
): void {
  writeNarrative(c.s, c.units[unitIndex], kind === 'half' ? 0 : 1, texts);
}

export function seeded(seed: number): () => number {
  return prng(seed);
}

/** The secretary's click in the period dialog of Tổng hợp báo cáo, in the execution `app`: the run. */
export function consolidateIn(app: LoadedBundle, kind: 'half' | 'year', year: number): Outcome<Run> {
  const o = JSON.parse(JSON.stringify(app.call('consolidateFromDialog', kind, year))) as Outcome<{ run: Run }>;
  return o.ok ? { ok: true, value: o.value.run } : o;
}

export function consolidate(s: Scenario, kind: 'half' | 'year', year: number): Outcome<Run> {
  return consolidateIn(s.app, kind, year);
}

export function mustConsolidate(s: Scenario, kind: 'half' | 'year', year: number): Run {
  const o = consolidate(s, kind, year);
  if (!o.ok) throw new Error(`consolidateFromDialog failed: ${o.message}`);
  return o.value;
}

// ---------------------------------------------------------------------------------------------
// Reading the output tabs back

export type Grid = unknown[][];

export function tabValues(s: Scenario, name: string): Grid {
  return s.ss.sheet(name).getDataRange().getValues() as Grid;
}

export function tabFormulas(s: Scenario, name: string): string[][] {
  return s.ss.sheet(name).getDataRange().getFormulas();
}

function isBlankRow(r: readonly unknown[]): boolean {
  return r.every((v) => v === '' || v === null || v === undefined);
}

/**
 * The rows of the table under a heading (the row whose first cell starts with `heading`): the
 * table's header row is skipped and the rows run to the next blank row. Returns the 0-based row
 * index of the first data row too.
 */
export function table(values: Grid, heading: string): { first: number; rows: unknown[][]; header: unknown[] } {
  const at = values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(heading));
  if (at < 0) throw new Error(`no heading "${heading}"`);
  const rows: unknown[][] = [];
  let i = at + 2;
  for (; i < values.length && !isBlankRow(values[i]); i++) rows.push(values[i]);
  return { first: at + 2, rows, header: values[at + 1] };
}

/** Rows of a totals table split into its body and its "Tổng cộng" row. */
export function withTotal(rows: unknown[][]): { body: unknown[][]; total: unknown[] } {
  const last = rows[rows.length - 1];
  if (last?.[0] !== 'Tổng cộng') throw new Error('no "Tổng cộng" row');
  return { body: rows.slice(0, -1), total: last };
}

export const HEADINGS = {
  byForm: 'I. TỔNG HỢP THEO HÌNH THỨC',
  byTopic: 'II. TỔNG HỢP THEO NỘI DUNG',
  byCriterion: 'III. TỔNG HỢP THEO TIÊU CHÍ',
  byUnit: 'IV. TỔNG HỢP THEO ĐƠN VỊ',
  money: 'V. KINH PHÍ THEO NGUỒN',
  models: 'VI. MÔ HÌNH',
  narratives: 'VII. TỰ ĐÁNH GIÁ',
  notReported: 'VIII. ĐƠN VỊ CHƯA BÁO CÁO',
  checkUnits: 'SỐ DÒNG THEO ĐƠN VỊ',
  checkDetail: 'CHI TIẾT',
} as const;

export interface CheckLine {
  tab: string;
  row: unknown;
  column: string;
  severity: string;
  message: string;
}

export function checkLines(s: Scenario): CheckLine[] {
  return table(tabValues(s, CHECK), HEADINGS.checkDetail).rows.map((r) => ({
    tab: String(r[0]),
    row: r[1],
    column: String(r[2]),
    severity: String(r[3]),
    message: String(r[4]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Snapshots

/** Everything a person sees of a tab's cells: values, formulas, number formats, bold, backgrounds. */
export function snapshotTab(s: Scenario, name: string): string {
  const sheet = s.ss.sheet(name);
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  return JSON.stringify({
    name: sheet.getName(),
    rows: sheet.getMaxRows(),
    cols: sheet.getMaxColumns(),
    values: range.getValues(),
    formulas: range.getFormulas(),
    formats: range.getNumberFormats(),
    weights: range.getFontWeights(),
    backgrounds: range.getBackgrounds(),
    validations: range.getDataValidations().map((r) => r.map((v) => (v ? String(v.getCriteriaType()) : null))),
    protections: sheet.getProtections('SHEET' as never).map((p) => p.getEditors().map((u) => u.getEmail())),
  });
}

export function tabNames(s: Scenario): string[] {
  return s.ss.getSheets().map((sh) => sh.getName());
}

/** Records which tabs are written to: every write in the emulator passes Spreadsheet.assertCanEdit. */
export function watchWrites(s: Scenario): { byTab: () => Map<string, number>; stop: () => void } {
  const ss = s.ss as unknown as { assertCanEdit: (sheet: { getName(): string }, area: unknown) => void };
  const original = ss.assertCanEdit;
  const counts = new Map<string, number>();
  ss.assertCanEdit = function (this: unknown, sheet, area) {
    const name = sheet.getName();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return original.call(this, sheet, area);
  };
  return {
    byTab: () => counts,
    stop: () => {
      ss.assertCanEdit = original;
    },
  };
}

/** Calls that change the Sheet, by "Type.method", from the emulator's call log. */
function isWriteCall(key: string): boolean {
  const [type, method] = key.split('.');
  if (type === 'Range' || type === 'RangeList') return /^(set|clear|merge|insert|delete|break|protect)/.test(method);
  if (type === 'Sheet') return /^(set|insert|delete|clear|protect|hide|show|append|autoResize)/.test(method);
  if (type === 'Spreadsheet') return /^(insertSheet|deleteSheet|set|moveActiveSheet|rename)/.test(method);
  if (type === 'Protection') return /^(set|add|remove)/.test(method);
  return false;
}

export function writeCalls(s: Scenario): Record<string, number> {
  const snap = s.ws.calls.snapshot();
  return Object.fromEntries(Object.entries(snap).filter(([k]) => isWriteCall(k)));
}

export const READ_KEYS = ['Range.getValues', 'Range.getDisplayValues', 'Range.getFormulas', 'Sheet.getSheetValues'];

/** Which tab each values read (getValues, getDisplayValues, getFormulas) of `fn` was made on. */
export function readsByTab(fn: () => void): Map<string, number> {
  const spies = (['getValues', 'getDisplayValues', 'getFormulas'] as const).map((m) =>
    jest.spyOn(RangeImpl.prototype, m),
  );
  try {
    fn();
    const counts = new Map<string, number>();
    for (const spy of spies) {
      for (const range of spy.mock.contexts as RangeImpl[]) {
        const name = range.getSheet().getName();
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    return counts;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
