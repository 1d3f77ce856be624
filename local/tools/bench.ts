// npm run bench -- [--only TÊN[,TÊN...]] [--units N] [--rows N] [--runs N] [--json]
// Runs the real dist/Code.js on the emulator and reports, per named benchmark, the Apps Script
// service calls of the step it measures (Apps Script bills by the call: a figure that grows faster
// than the number of units is a batching bug) and the time. With --json, one JSON line per
// benchmark; otherwise a short table.
//
// To add a benchmark, append it to BENCHMARKS: a name, a description, the defaults it wants when
// --units/--rows are not given, and a run function that returns its figures.
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import { TAB } from '../../src/domain/tab-names';
import type { Settings, UnitSetting } from '../../src/domain/types';
import type { CallLog } from '../emulator/core';
import { emulatorRead } from './bench-emulator';
import {
  newScenario,
  pasteActivities,
  type Scenario,
  sampleRows,
  shareWithUnits,
  writeCatalogue,
  writeSettings,
} from './scenario';

export interface BenchOptions {
  readonly units: number;
  /** Activity rows per unit, where the benchmark needs data. */
  readonly rows: number;
  /** Timed repetitions, where the benchmark repeats its step. */
  readonly runs: number;
}

export type BenchFigures = Record<string, unknown>;

export interface Benchmark {
  readonly name: string;
  readonly description: string;
  /** What --units / --rows / --runs default to for this benchmark. */
  readonly defaults?: Partial<BenchOptions>;
  run(options: BenchOptions): BenchFigures;
}

const DEFAULTS: BenchOptions = { units: 60, rows: 1000, runs: 5 };
const YEAR = 2023;

class UsageError extends Error {}

const USAGE =
  'Cách dùng: npm run bench -- [--only TÊN[,TÊN...]] [--units SỐ_ĐƠN_VỊ] [--rows SỐ_DÒNG_MỖI_ĐƠN_VỊ] [--runs SỐ_LẦN] [--json]';

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Midnight of a day in Vietnam (UTC+7), as a date cell typed there holds it. */
function vnDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 7 * 3600 * 1000);
}

/** Each unit's editor pastes `rows` sample rows (as people do: validation, onEdit). */
function pasteEveryUnit(s: Scenario, settings: Settings, rows: number): void {
  settings.units.forEach((unit, i) => {
    if (rows > 0) pasteActivities(s, unit, sampleRows(i, YEAR, rows, vnDate));
  });
}

/** Large workbooks, fast: each unit tab filled with one setValues as the owner. */
function fillEveryUnit(s: Scenario, settings: Settings, rows: number): void {
  settings.units.forEach((unit, i) => {
    if (rows === 0) return;
    const sheet = s.ss.sheet(unit.tabName);
    const last = 9 + rows;
    if (sheet.getMaxRows() < last) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
    sheet.getRange(10, 1, rows, 13).setValues(sampleRows(i, YEAR, rows, vnDate));
  });
}

/** `n` villages, each with one editor. */
function benchUnits(n: number): UnitSetting[] {
  return Array.from({ length: n }, (_, i) => {
    const email = `thon${i + 1}.minhtien@example.com`;
    return {
      code: `T${String(i + 1).padStart(3, '0')}`,
      name: `Thôn số ${i + 1}`,
      kind: 'Thôn',
      tabName: `Thôn ${i + 1}`,
      editors: [email],
      contactName: `Trưởng thôn ${i + 1}`,
      contactEmail: email,
    };
  });
}

/** A Sheet after the first run of setup, with Cấu hình and Danh mục filled in for `units` units. */
function readyForSetup(units: number): { s: Scenario; settings: Settings } {
  const s = newScenario({ now: new Date(Date.UTC(YEAR, 11, 20, 2, 0)) });
  s.app.call('menuSetup');
  const settings: Settings = { ...SAMPLE_SETTINGS, year: YEAR, units: benchUnits(units) };
  writeSettings(s, settings);
  writeCatalogue(s, SAMPLE_CATALOGUE);
  return { s, settings };
}

/** A set-up Sheet shared with the units. */
function setUpWorkbook(units: number): { s: Scenario; settings: Settings } {
  const { s, settings } = readyForSetup(units);
  s.app.call('menuSetup');
  expectAlert(s, /Đã thiết lập xong/, 'Thiết lập bảng tính');
  shareWithUnits(s, settings);
  return { s, settings };
}

function lastAlert(s: Scenario): string {
  const shown = s.ws.ui.shown;
  return shown.length > 0 ? String(shown[shown.length - 1].message) : '';
}

/** A step that failed quickly is no result: stop the benchmark with what the user was told. */
function expectAlert(s: Scenario, pattern: RegExp, step: string): void {
  const text = lastAlert(s);
  if (!pattern.test(text)) throw new Error(`${step} chưa xong: ${text.split('\n')[0]}`);
}

function reads(calls: CallLog): number {
  return calls.count('Range.getValues') + calls.count('Range.getDisplayValues') + calls.count('Range.getFormulas');
}

/** Calls that change cell values or formats, and that add or delete tabs. */
function writes(calls: CallLog): number {
  return calls.total(
    (k) =>
      /^(Range|RangeList)\.(set|clear|merge)/.test(k) ||
      k === 'Spreadsheet.insertSheet' ||
      k === 'Spreadsheet.deleteSheet',
  );
}

/** Calls that change a tab's structure or its protection. */
function otherWrites(calls: CallLog): number {
  return calls.total((k) => /^Sheet\.(set|insert|delete|protect)/.test(k) || /^Protection\.(set|add|remove)/.test(k));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function peakRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Runs `step` once and counts what it asked of the services. */
function measureOnce(s: Scenario, units: number, step: () => void): BenchFigures {
  s.ws.calls.reset();
  const start = performance.now();
  step();
  const ms = performance.now() - start;
  const calls = s.ws.calls.total();
  return {
    units,
    calls,
    callsPerUnit: round1(calls / units),
    reads: reads(s.ws.calls),
    writes: writes(s.ws.calls),
    otherWrites: otherWrites(s.ws.calls),
    ms: Math.round(ms),
  };
}

// ---------------------------------------------------------------------------------------------
// Thiết lập bảng tính and Kiểm tra dữ liệu

const setup: Benchmark = {
  name: 'setup',
  description: 'Thiết lập bảng tính tạo --units tab đơn vị (lần chạy thứ hai, sau khi điền Cấu hình)',
  defaults: { units: 40 },
  run(o) {
    const { s } = readyForSetup(o.units);
    const figures = measureOnce(s, o.units, () => s.app.call('menuSetup'));
    expectAlert(s, /Đã thiết lập xong/, 'Thiết lập bảng tính');
    return figures;
  },
};

const setupRerun: Benchmark = {
  name: 'setup-rerun',
  description: 'Thiết lập bảng tính chạy lại khi --units đơn vị đã nhập --rows dòng',
  defaults: { units: 40, rows: 50 },
  run(o) {
    const { s, settings } = setUpWorkbook(o.units);
    pasteEveryUnit(s, settings, o.rows);
    const figures = measureOnce(s, o.units, () => s.app.call('menuSetup'));
    expectAlert(s, /Đã thiết lập xong/, 'Thiết lập bảng tính');
    return { ...figures, rows: o.rows };
  },
};

const check: Benchmark = {
  name: 'check',
  description: 'Kiểm tra dữ liệu của thư ký trên --units tab đơn vị × --rows dòng',
  defaults: { units: 40, rows: 50 },
  run(o) {
    const { s, settings } = setUpWorkbook(o.units);
    pasteEveryUnit(s, settings, o.rows);
    s.ss.setActiveSheet(s.ss.sheet(TAB.settings));
    const figures = measureOnce(s, o.units, () => s.app.call('menuCheckData'));
    expectAlert(s, /Đã kiểm tra/, 'Kiểm tra dữ liệu');
    return { ...figures, rows: o.rows };
  },
};

// ---------------------------------------------------------------------------------------------
// Tổng hợp báo cáo

const consolidation: Benchmark = {
  name: 'consolidation',
  description: 'Tổng hợp báo cáo (consolidateFromDialog, cả năm) trên sổ có --units tab đơn vị × --rows dòng',
  run(o) {
    const startSetup = performance.now();
    const { s, settings } = setUpWorkbook(o.units);
    fillEveryUnit(s, settings, o.rows);
    const setupMs = performance.now() - startSetup;
    type Outcome =
      | { ok: true; value: { run: { total: { counted: number; notCounted: number } } } }
      | { ok: false; message: string };
    const call = () => s.app.call<Outcome>('consolidateFromDialog', 'year', YEAR);
    const first = performance.now();
    const warm = call();
    const firstMs = performance.now() - first;
    if (!warm.ok) throw new Error(`consolidateFromDialog: ${warm.message}`);
    const times: number[] = [];
    let last: Outcome = warm;
    let counts = { reads: 0, writes: 0, otherWrites: 0, calls: 0 };
    for (let i = 0; i < o.runs; i++) {
      s.ws.calls.reset();
      const t = performance.now();
      last = call();
      times.push(performance.now() - t);
      if (!last.ok) throw new Error(`consolidateFromDialog: ${last.message}`);
      counts = {
        reads: reads(s.ws.calls),
        writes: writes(s.ws.calls),
        otherWrites: otherWrites(s.ws.calls),
        calls: s.ws.calls.total(),
      };
    }
    const value = last.ok ? last.value.run : { total: { counted: 0, notCounted: 0 } };
    return {
      units: o.units,
      rows: o.rows,
      totalRows: o.units * o.rows,
      counted: value.total.counted,
      notCounted: value.total.notCounted,
      ...counts,
      computeMs: round1(median(times)),
      minMs: round1(Math.min(...times)),
      maxMs: round1(Math.max(...times)),
      firstRunMs: round1(firstMs),
      runs: o.runs,
      setupMs: Math.round(setupMs),
      peakRssMb: peakRssMb(),
      // Values and formulas of each unit tab (issue 14): Kiểm tra warns about formulas, subtotal rows are left out.
      targets: { reads: counts.reads <= 2 * o.units + 5, writes: counts.writes <= 25 },
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Tạo báo cáo (Google Doc)

const DOCUMENT_TYPES =
  /^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|HeaderSection|FooterSection)\./;

const report: Benchmark = {
  name: 'report',
  description: 'Tạo báo cáo (createReportFromDialog, cả năm): số lệnh DocumentApp với --units đơn vị × --rows dòng',
  defaults: { rows: 200, runs: 3 },
  run(o) {
    const { s, settings } = setUpWorkbook(o.units);
    fillEveryUnit(s, settings, o.rows);
    type Outcome = { ok: true; value: { report: { name: string } | null } } | { ok: false; message: string };
    const times: number[] = [];
    let documentCalls = 0;
    let calls = 0;
    for (let i = 0; i < o.runs; i++) {
      s.ws.calls.reset();
      const t = performance.now();
      const result = s.app.call<Outcome>('createReportFromDialog', 'year', YEAR);
      times.push(performance.now() - t);
      if (!result.ok) throw new Error(`createReportFromDialog: ${result.message}`);
      documentCalls = s.ws.calls.total((k) => DOCUMENT_TYPES.test(k));
      calls = s.ws.calls.total();
    }
    return {
      units: o.units,
      rows: o.rows,
      documentCalls,
      documentCallsPerUnit: round1(documentCalls / o.units),
      calls,
      computeMs: round1(median(times)),
      runs: o.runs,
      peakRssMb: peakRssMb(),
    };
  },
};

export const BENCHMARKS: Benchmark[] = [setup, setupRerun, check, consolidation, report, emulatorRead];

// ---------------------------------------------------------------------------------------------
// Command line

interface Args {
  readonly only: readonly string[] | null;
  readonly given: Partial<BenchOptions>;
  readonly json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let only: string[] | null = null;
  const given: { -readonly [K in keyof BenchOptions]?: number } = {};
  let json = false;
  const whole = (arg: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < min) throw new UsageError(`${arg} cần một số nguyên ≥ ${min}.`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') {
      const v = argv[++i];
      if (!v) throw new UsageError('Thiếu tên sau --only.');
      only = v
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
    } else if (arg === '--units') given.units = whole(arg, argv[++i], 1);
    else if (arg === '--rows') given.rows = whole(arg, argv[++i], 0);
    else if (arg === '--runs') given.runs = whole(arg, argv[++i], 1);
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else throw new UsageError(`Không hiểu tham số "${arg}".`);
  }
  const unknown = (only ?? []).filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length > 0) {
    throw new UsageError(`Không có phép đo "${unknown.join(', ')}". Có: ${BENCHMARKS.map((b) => b.name).join(', ')}.`);
  }
  return { only, given, json };
}

function cell(v: unknown): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? '');
}

/** One line per benchmark, one column per figure any of them reported. */
function table(results: readonly { name: string; figures: BenchFigures }[]): string {
  const keys = [...new Set(results.flatMap((r) => Object.keys(r.figures)))];
  const head = ['bench', ...keys];
  const lines = results.map((r) => [r.name, ...keys.map((k) => cell(r.figures[k]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [format(head), ...lines.map(format)].join('\n');
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) console.error(e.message);
    console.error(USAGE);
    console.error(`Các phép đo: ${BENCHMARKS.map((b) => `${b.name} (${b.description})`).join('; ')}`);
    return 1;
  }
  const results: { name: string; figures: BenchFigures }[] = [];
  for (const bench of BENCHMARKS) {
    if (args.only !== null && !args.only.includes(bench.name)) continue;
    const options = { ...DEFAULTS, ...bench.defaults, ...args.given };
    const figures = bench.run(options);
    results.push({ name: bench.name, figures });
    if (args.json) console.log(JSON.stringify({ bench: bench.name, ...figures }));
  }
  if (!args.json) console.log(table(results));
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
