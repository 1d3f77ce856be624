// npm start: the real dist/Code.js on the emulator, played through as the secretary and the units
// would use the Sheet, writing what a person would open (out/workbook.xlsx, the report .docx, ...).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIRST_YEAR, LAST_YEAR } from '../../src/domain/periods';
import { parseSettings } from '../../src/domain/settings-sheet';
import { TAB } from '../../src/domain/tab-names';
import type { SpreadsheetImpl } from '../emulator/spreadsheet';
import { Workspace } from '../emulator/workspace';
import { exportDocx } from '../export/docx';
import { writeEml } from '../export/eml';
import { exportXlsx, importXlsx } from '../export/xlsx';
import { missingBrowserHint } from './browser';
import { loadBundle } from './load';
import {
  inviteUnits,
  lastAlert,
  newScenario,
  type Scenario,
  sampleInviteDay,
  setUpSample,
  typeSampleData,
} from './scenario';
import { renderScreenshots } from './screenshots';

interface Options {
  out: string;
  input: string | null;
  period: 'half' | 'year' | null;
  year: number | null;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { out: 'out', input: null, period: null, year: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`Thiếu giá trị sau ${arg}.`);
      return v;
    };
    if (arg === '--out') o.out = value();
    else if (arg === '--input') o.input = value();
    else if (arg === '--period') {
      const v = value();
      if (v === '6thang') o.period = 'half';
      else if (v === 'nam') o.period = 'year';
      else throw new UsageError(`--period nhận "6thang" hoặc "nam", không nhận "${v}".`);
    } else if (arg === '--year') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < FIRST_YEAR || v > LAST_YEAR)
        throw new UsageError('--year cần một năm, ví dụ 2023.');
      o.year = v;
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError('');
    } else throw new UsageError(`Không hiểu tham số "${arg}".`);
  }
  return o;
}

const USAGE = `Cách dùng: npm start -- [--out THƯ_MỤC] [--input SỔ.xlsx] [--period 6thang|nam] [--year NĂM]`;

/** Outcome<T> as returned by the google.script.run targets. */
type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** What the period dialog's server functions return (the part the runner prints). */
interface DialogAnswer {
  readonly run: { total: { counted: number; notCounted: number }; periodLabel: string; notReported: string[] };
  readonly report: { name: string; url: string } | null;
  readonly question?: string | null;
}

function expectOk<T>(what: string, o: Outcome<T>): T {
  if (!o.ok) throw new Error(`${what}: ${o.message}`);
  return o.value;
}

/** The sample commune from a blank Sheet: setup, settings, units typing, a few wrong rows, checks. */
/** Kiểm tra cài đặt, as the README's deployment steps say to run it first: its summary and what to fix. */
function checkInstallation(s: Scenario, log: (line: string) => void): void {
  s.app.call('menuCheckSetup');
  const rows = s.ss.sheet(TAB.check).getDataRange().getValues();
  log(String(rows[2]?.[0] ?? lastAlert(s)));
  for (const r of rows.slice(5)) if (r[1] === 'Cần sửa') log(`  Cần sửa — ${r[0]}: ${r[2]} ${r[3]}`);
}

function playSample(s: Scenario, year: number, log: (line: string) => void): void {
  // The secretary sets the Sheet up and invites the units early in June, before they type (the
  // invitation is then for the half-year); the rest happens on the day the run is for.
  const runDay = s.ws.now();
  s.ws.setNow(sampleInviteDay(year));
  const settings = setUpSample(s, year);
  log(`Thiết lập bảng tính: ${lastAlert(s).split('\n').slice(0, 2).join(' ')}`);
  checkInstallation(s, log);
  const invited = inviteUnits(s, sampleInviteDay(year));
  log(`Gửi thư mời nhập liệu (01/06/${year}): ${invited.length} thư. ${lastAlert(s).split('\n')[0]}`);
  s.ws.setNow(runDay);
  const { reporting, withMistakes } = typeSampleData(s, settings);
  log(
    `Các đơn vị đã nhập số liệu: ${reporting.length}/${settings.units.length} đơn vị; ${withMistakes.name} dán 5 dòng sai từ tệp khác để minh họa.`,
  );

  // The unit with mistakes checks its own tab, then the secretary checks every tab.
  s.ws.asUser(withMistakes.editors[0], () => {
    s.ss.setActiveSheet(s.ss.sheet(withMistakes.tabName));
    s.app.call('menuCheckData');
  });
  log(`Kiểm tra dữ liệu (${withMistakes.name}): ${lastAlert(s).split('\n')[0]}`);
  s.ss.setActiveSheet(s.ss.sheet(TAB.settings));
  s.app.call('menuCheckData');
  log(`Kiểm tra dữ liệu (thư ký, mọi tab): ${lastAlert(s).split('\n')[0]}`);
}

async function main(): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) console.error(e.message);
      console.error(USAGE);
      return 1;
    }
    throw e;
  }
  const out = resolve(o.out);
  mkdirSync(out, { recursive: true });
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    console.log(`• ${line}`);
  };

  let s: Scenario;
  let year: number;
  if (o.input) {
    if (!existsSync(o.input)) {
      console.error(`Không tìm thấy tệp "${o.input}". Hãy kiểm tra lại đường dẫn.`);
      return 1;
    }
    // A real workbook is run today; the sample runs on a day of its own year (below).
    const ws = new Workspace({ htmlDir: 'dist', now: new Date() });
    let ss: SpreadsheetImpl;
    try {
      ss = await importXlsx(ws, o.input);
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      return 1;
    }
    ws.spreadsheets.setActive(ss);
    s = { ws, ss, app: loadBundle(ws) };
    ws.simpleTrigger(() => s.app.call('onOpen'));
    // Without --period/--year: the period that ends nearest today, as the dialog proposes, but in
    // the year of the workbook's Cấu hình (a workbook of a past year is read for that year).
    const choice = s.app.call<Outcome<{ kind: 'half' | 'year'; year: number }>>('defaultPeriodChoice');
    const planYear = workbookYear(ss);
    const today = choice.ok ? choice.value : null;
    year = o.year ?? planYear ?? today?.year ?? new Date().getFullYear();
    if (!o.period) o.period = today && today.year === year ? today.kind : 'year';
    log(`Đọc sổ tính "${o.input}": ${ss.getSheets().length} tab.`);
    checkInstallation(s, log);
  } else {
    year = o.year ?? 2023;
    s = newScenario({ now: new Date(Date.UTC(year, 5, 20, 2, 0)) });
    console.log('Chạy thử trên xã mẫu Minh Tiến (DỮ LIỆU MẪU, theo Kế hoạch 42/KH-BCĐ):');
    playSample(s, year, log);
  }

  const kind = o.period ?? 'half';
  // The period dialog's server functions, as the secretary's click in the dialog calls them.
  const { run } = expectOk('Tổng hợp báo cáo', s.app.call<Outcome<DialogAnswer>>('consolidateFromDialog', kind, year));
  log(
    `Tổng hợp ${run.periodLabel}: ${run.total.counted} dòng được tính, ${run.total.notCounted} dòng không tính được; chưa báo cáo: ${run.notReported.join(', ') || 'không có'}.`,
  );

  const files: string[] = [];
  const answer = s.app.call<Outcome<DialogAnswer>>('createReportFromDialog', kind, year);
  const report = answer.ok ? answer.value.report : null;
  if (report) {
    const doc = s.ws.documents.all().find((d) => d.url === report.url) ?? s.ws.documents.all().at(-1);
    if (doc) {
      const file = join(out, `${safeFileName(report.name)}.docx`);
      await exportDocx(doc, file, { pageNumbersFromSecondPage: true });
      files.push(file);
      log(`Tạo báo cáo: "${report.name}" → ${file}`);
    }
  } else if (!answer.ok) {
    log(`Tạo báo cáo chưa được: ${answer.message}`);
  } else if (answer.value.question) {
    // The secretary's "Không tạo": the run never shares a report in which no unit has a counted row.
    log(`Tạo báo cáo: hỏi "${answer.value.question}" — chạy thử trả lời "Không tạo", nên không có báo cáo.`);
  }

  // The plan: the first click makes the Kế hoạch tab from the sample plan, the second the Doc.
  if (!s.ss.getSheetByName(TAB.plan)) s.app.call('menuCreatePlan');
  // A downloaded workbook logs a real Google Doc, which the emulated Drive does not hold: a plan
  // Doc is made again from the Kế hoạch tab. The send log knows the plan by its number and date,
  // so whoever already received it is not mailed again.
  const loggedAway = o.input !== undefined && loggedPlanMissing(s, year);
  if (loggedAway) {
    log('Kế hoạch: bản Google Doc ghi trong Nhật ký báo cáo không có trong bản chạy thử, nên tạo lại từ tab Kế hoạch.');
  }
  if (!o.input || loggedAway) {
    s.app.call('menuCreatePlan');
    const plan = s.ws.documents.all().at(-1);
    if (plan) {
      const file = join(out, `${safeFileName(plan.view().name)}.docx`);
      await exportDocx(plan, file, { pageNumbersFromSecondPage: true });
      files.push(file);
      log(`Tạo kế hoạch: "${plan.view().name}" → ${file}`);
    }
  }
  const before = s.ws.mail.sent.length;
  s.ws.ui.answers.push({ button: 'YES' });
  s.app.call('menuSendPlan');
  answerLeft(s);
  log(`Gửi kế hoạch qua Gmail: ${s.ws.mail.sent.length - before} thư. ${lastAlert(s).split('\n')[0]}`);
  if (o.input) {
    // Reminders go to real units' addresses, and a second run of the same workbook would remind
    // them again (once a day is all the log promises): the runner never answers YES for that.
    log('Nhắc nộp báo cáo: không chạy với --input (chỉ thư ký tự quyết định nhắc các đơn vị thật).');
  } else {
    const beforeReminders = s.ws.mail.sent.length;
    s.ws.ui.answers.push({ button: 'YES' });
    s.app.call('menuRemind');
    answerLeft(s);
    log(`Nhắc nộp báo cáo: ${s.ws.mail.sent.length - beforeReminders} thư. ${lastAlert(s).split('\n')[0]}`);
  }

  const outbox = join(out, 'outbox');
  if (s.ws.mail.sent.length > 0) {
    mkdirSync(outbox, { recursive: true });
    let n = 0;
    for (const mail of s.ws.mail.sent) {
      n += 1;
      const file = join(outbox, `${String(n).padStart(2, '0')}-${safeFileName(mail.to.join('_'))}.eml`);
      await writeEml(mail, file);
    }
    log(`Thư đã gửi: ${n} thư → ${outbox}`);
  }

  const workbook = join(out, 'workbook.xlsx');
  await exportXlsx(s.ss, workbook);
  files.unshift(workbook);
  // The workbook holds the charts as pictures; the same pictures beside it, to open at a glance.
  for (const sheet of s.ss.sheets) {
    sheet.charts.forEach((chart, i) => {
      const file = join(out, safeFileName(`${sheet.getName()} - biểu đồ ${i + 1}.png`));
      writeFileSync(file, chart.png());
      files.push(file);
    });
  }

  // After the export: the "after a run" screenshot runs Tổng hợp again through the dialog, which
  // proposes the period nearest "today": a day just after the run's period, so the pictures show
  // the run's --year (a real workbook is otherwise run on today's date).
  if (s.ws.now().getFullYear() !== year) s.ws.setNow(new Date(Date.UTC(year, kind === 'half' ? 5 : 11, 20, 2, 0)));
  const shots = await renderScreenshots(s.ws, out);
  if (Array.isArray(shots)) {
    files.push(...shots);
    log(`Ảnh hộp thoại và thanh bên: ${shots.length} tệp PNG.`);
  } else {
    log(`Chưa chụp ảnh hộp thoại: ${missingBrowserHint(shots)}`);
  }
  console.log('\nĐã ghi:');
  for (const f of files) console.log(`  ${f}`);
  return 0;
}

/** The plan Doc of `year` logged in Nhật ký báo cáo is not in the emulated Drive (a real Google Doc). */
function loggedPlanMissing(s: Scenario, year: number): boolean {
  const sheet = s.ss.getSheetByName(TAB.reportLog);
  if (!sheet) return false;
  const [header, ...rows] = sheet.getDataRange().getValues();
  const col = (name: string) => header.findIndex((h) => String(h).trim() === name);
  const [kind, period, link] = [col('Loại văn bản'), col('Kỳ'), col('Liên kết')];
  if (kind < 0 || period < 0 || link < 0) return false;
  const plan = rows
    .filter((r) => String(r[kind]).trim() === 'Kế hoạch' && String(r[period]).trim() === `Năm ${year}`)
    .at(-1);
  if (!plan) return false;
  const id = /\/d\/([A-Za-z0-9_-]+)/.exec(String(plan[link]))?.[1] ?? '';
  return s.ws.documents.byId(id) === undefined;
}

/** "Năm báo cáo" of the workbook's Cấu hình, or null when it cannot be read. */
function workbookYear(ss: SpreadsheetImpl): number | null {
  const sheet = ss.getSheetByName(TAB.settings);
  if (!sheet) return null;
  const read = parseSettings(sheet.getDataRange().getValues(), ss.getSpreadsheetTimeZone());
  return read.settings?.year ?? null;
}

/** Drops an answer nobody asked for (nothing to send, so no question): the next step starts clean. */
function answerLeft(s: Scenario): void {
  s.ws.ui.answers.length = 0;
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\n\r]+/g, '_').slice(0, 120);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`Lỗi khi chạy thử: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
