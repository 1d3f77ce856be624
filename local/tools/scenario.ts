// The sample commune played through the real bundle, as the secretary and the units would use the
// Sheet: shared by the offline runner and the bundle tests. Everything here acts through the
// emulator's public surface (a person typing or pasting, the menu functions), never through src/.

import { catalogueToRows } from '../../src/domain/catalogue';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import { settingsToRows } from '../../src/domain/settings-write';
import { TAB } from '../../src/domain/tab-names';
import type { Catalogue, Settings, UnitSetting } from '../../src/domain/types';
import { UNIT_TAB } from '../../src/domain/unit-tab';
import { Workspace, type WorkspaceOptions } from '../emulator';
import type { SentMail } from '../emulator/mail';
import type { SpreadsheetImpl } from '../emulator/spreadsheet';
import { type LoadedBundle, loadBundle } from './load';
import { prng } from './prng';

export interface Scenario {
  readonly ws: Workspace;
  readonly ss: SpreadsheetImpl;
  readonly app: LoadedBundle;
}

const SAMPLE_SHEET_NAME = 'Báo cáo tuyên truyền NTM - xã Minh Tiến (DỮ LIỆU MẪU)';

/** A fresh workspace with an empty bound Sheet owned by the secretary, and the bundle loaded. */
export function newScenario(options: WorkspaceOptions & { sheetName?: string } = {}): Scenario {
  const ws = new Workspace({ htmlDir: 'dist', ...options });
  const ss = ws.spreadsheets.create(options.sheetName ?? SAMPLE_SHEET_NAME);
  ws.spreadsheets.setActive(ss);
  return { ws, ss, app: loadBundle(ws) };
}

/** Another execution on the same workspace (a second person clicking, a trigger). */
export function anotherExecution(s: Scenario): LoadedBundle {
  return loadBundle(s.ws);
}

/** The secretary replaces the values of Cấu hình with `settings` (as a paste of the whole block). */
export function writeSettings(s: Scenario, settings: Settings): void {
  const sheet = s.ss.sheet(TAB.settings);
  const { values } = settingsToRows(settings);
  const width = values[0].length;
  sheet.getRange(1, 1, sheet.getMaxRows(), width).clearContent();
  if (sheet.getMaxRows() < values.length) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  sheet.getRange(1, 1, values.length, width).setValues(values.map((r) => r.map(typedAsText)));
}

/** The secretary replaces the catalogue lists. */
export function writeCatalogue(s: Scenario, catalogue: Catalogue): void {
  const rows = catalogueToRows(catalogue);
  s.ss
    .sheet(TAB.catalogue)
    .getRange(1, 1, rows.length, rows[0].length)
    .setValues(rows.map((r) => r.map(typedAsText)));
}

/** What a person types into a text cell: a leading apostrophe where Sheets would otherwise convert it. */
function typedAsText(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

/** The owner shares the Sheet with every unit's editors (Share → Editor). */
export function shareWithUnits(s: Scenario, settings: Settings): void {
  const editors = [...new Set(settings.units.flatMap((u) => u.editors))];
  if (editors.length > 0) s.ss.addEditors(editors);
}

/**
 * A unit's editor pastes rows into its activity table, below what is already there. A plain paste
 * from another file (Ctrl+V) brings that file's (absent) validation along, replacing the tab's
 * dropdowns on those cells: that is how values the dropdowns would refuse get into a real Sheet.
 */
export function pasteActivities(
  s: Scenario,
  unit: UnitSetting,
  rows: unknown[][],
  options: { fromOtherFile?: boolean } = {},
): void {
  const user = unit.editors[0] ?? s.ws.owner;
  s.ws.asUser(user, () => {
    const sheet = s.ss.sheet(unit.tabName);
    const first = Math.max(sheet.getLastRow() + 1, UNIT_TAB.activityFirstRow);
    if (sheet.getMaxRows() < first + rows.length - 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), first + rows.length - 1 - sheet.getMaxRows());
    const target = sheet.getRange(first, 1, rows.length, UNIT_TAB.columns);
    if (options.fromOtherFile) target.clearDataValidations();
    target.setValues(rows);
    fireOnEdit(s, unit.tabName, first, 1);
  });
}

/** Sheets runs the onEdit simple trigger, as the person who edited, after an edit by hand or a paste. */
function fireOnEdit(s: Scenario, tab: string, row: number, col: number): void {
  const event = s.app.evaluate(
    `(function () {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var range = ss.getSheetByName(${JSON.stringify(tab)}).getRange(${row}, ${col});
      return { range: range, source: ss, value: range.getValue(), authMode: ScriptApp.AuthMode.LIMITED };
    })()`,
  );
  // A simple trigger: Session tells neither the active nor the effective user.
  s.ws.simpleTrigger(() => s.app.call('onEdit', event));
}

/** A unit's editor types its narrative for one period (row of narrativeLabels order). */
export function writeNarrative(
  s: Scenario,
  unit: UnitSetting,
  index: number,
  texts: [string, string, string, string],
): void {
  const user = unit.editors[0] ?? s.ws.owner;
  s.ws.asUser(user, () => {
    s.ss
      .sheet(unit.tabName)
      .getRange(UNIT_TAB.narrativeFirstRow + index, 2, 1, 4)
      .setValues([texts]);
  });
}

type Form = { form: string; measure: string; qty: [number, number]; people: [number, number]; money: number };

const F = SAMPLE_CATALOGUE.forms;
const FORMS: readonly Form[] = [
  { form: F[0], measure: 'lượt phát', qty: [4, 30], people: [0, 0], money: 0 },
  { form: F[1], measure: 'tin/bài', qty: [1, 4], people: [0, 0], money: 300_000 },
  { form: F[2], measure: 'băng zôn', qty: [2, 10], people: [0, 0], money: 450_000 },
  { form: F[3], measure: 'bài đăng', qty: [2, 12], people: [0, 0], money: 0 },
  { form: F[4], measure: 'hội nghị', qty: [1, 2], people: [40, 150], money: 1_500_000 },
  { form: F[6], measure: 'cuộc', qty: [1, 3], people: [30, 90], money: 0 },
  { form: F[7], measure: 'buổi', qty: [1, 3], people: [20, 60], money: 200_000 },
  { form: F[9], measure: 'mô hình', qty: [1, 1], people: [0, 0], money: 5_000_000 },
];

const MODELS = [
  'Mô hình "Tuyến đường hoa" thôn Đồng Tâm',
  'Gương hộ ông Hoàng Văn Páo hiến 300 m² đất làm đường',
  'Mô hình "Chi hội phụ nữ 5 không 3 sạch"',
  'HTX chè Minh Tiến đạt OCOP 3 sao',
];

/** Plausible activities of one unit for `year`, as Date cells typed in the Sheet's zone. */
export function sampleRows(
  unitIndex: number,
  year: number,
  count: number,
  makeDate: (y: number, m: number, d: number) => Date,
): unknown[][] {
  const rnd = prng(1000 + unitIndex);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const between = ([lo, hi]: [number, number]) => lo + Math.floor(rnd() * (hi - lo + 1));
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const f = pick(FORMS);
    const month = 1 + Math.floor((i * 11) / count);
    const day = 1 + Math.floor(rnd() * 27);
    const social = rnd() < 0.2 ? 1_000_000 * between([1, 5]) : '';
    rows.push([
      makeDate(year, month, day),
      f.form,
      pick(SAMPLE_CATALOGUE.topics.slice(0, 11)),
      rnd() < 0.7 ? pick(SAMPLE_CATALOGUE.criteria) : '',
      `${f.form} tháng ${month}/${year}`,
      between(f.qty),
      f.measure,
      f.people[1] > 0 ? between(f.people) : '',
      f.money > 0 && rnd() < 0.6 ? f.money : '',
      rnd() < 0.25 ? 2_000_000 : '',
      social,
      f.measure === 'mô hình' ? pick(MODELS) : '',
      '',
    ]);
  }
  return rows;
}

/** Rows a real unit gets wrong, each for one reason the check must report. */
export function wrongRows(year: number): unknown[][] {
  const blank = () => new Array(13).fill('');
  const row = (patch: Record<number, unknown>) => {
    const r = blank();
    for (const [k, v] of Object.entries(patch)) r[Number(k)] = v;
    return r;
  };
  return [
    row({ 0: '31/4/' + year, 1: F[4], 4: 'Ngày không có thật', 5: 1, 6: 'hội nghị', 7: 50 }),
    row({ 0: `12/5/${year}`, 1: 'Họp dân bàn việc', 4: 'Hình thức chưa có trong danh mục', 5: 1, 6: 'cuộc', 7: 35 }),
    row({ 0: `20/5/${year}`, 1: F[2], 4: 'Số lượng âm', 5: -3, 6: 'băng zôn' }),
    row({ 0: `3/6/${year}`, 1: F[4], 4: 'Kinh phí gõ kèm chữ đồng', 5: 1, 6: 'hội nghị', 7: 80, 8: '1.200.000 đồng' }),
    row({ 8: 500_000, 12: 'Có kinh phí nhưng chưa ghi hoạt động' }),
  ];
}

/** Midnight of a day in Vietnam (UTC+7, no daylight saving), as a Sheet date cell holds it. */
export function vnDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 7 * 3600 * 1000);
}

/** The text of the last alert or prompt shown. */
export function lastAlert(s: Scenario): string {
  const shown = s.ws.ui.shown;
  return shown.length > 0 ? String(shown[shown.length - 1].message) : '';
}

/**
 * The secretary sets up a blank Sheet for the sample commune: setup (creates Cấu hình), fills
 * Cấu hình and Danh mục, shares the Sheet with the units, setup again (creates the unit tabs).
 */
export function setUpSample(s: Scenario, year: number, settings: Settings = { ...SAMPLE_SETTINGS, year }): Settings {
  s.ws.simpleTrigger(() => s.app.call('onOpen'));
  s.app.call('menuSetup');
  writeSettings(s, settings);
  writeCatalogue(s, SAMPLE_CATALOGUE);
  // Shared first, as setup's message asks: each unit's editors can then open their tab at once.
  shareWithUnits(s, settings);
  s.app.call('menuSetup');
  return settings;
}

/** The day the sample's secretary invites the units: 1 June, two weeks before the half-year deadline. */
export function sampleInviteDay(year: number): Date {
  return new Date(Date.UTC(year, 5, 1, 2, 0));
}

/**
 * The secretary sends the invitations (Gửi thư mời nhập liệu) on `day`, answering yes, and the
 * workspace's clock goes back to where it was. Returns the mails sent.
 */
export function inviteUnits(s: Scenario, day: Date): SentMail[] {
  const before = s.ws.mail.sent.length;
  const runDay = s.ws.now();
  s.ws.setNow(day);
  s.ws.ui.answers.push({ button: 'YES' });
  try {
    s.app.call('menuInvite');
  } finally {
    s.ws.ui.answers.length = 0;
    s.ws.setNow(runDay);
  }
  return s.ws.mail.sent.slice(before);
}

/**
 * The units type the sample's activities (last year's rows first, as a tab kept from last year holds
 * them): all but the last two report, every other one writes its
 * narrative for the first half-year, and the second unit pastes five wrong rows from another file.
 */
export function typeSampleData(
  s: Scenario,
  settings: Settings,
): { reporting: UnitSetting[]; withMistakes: UnitSetting } {
  const year = settings.year;
  const reporting = settings.units.slice(0, -2);
  reporting.forEach((unit, i) => {
    // Last year's rows stay in the tab above this year's: Tổng hợp compares with the same period.
    pasteActivities(s, unit, sampleRows(100 + i, year - 1, 8 + (i % 4), vnDate));
    pasteActivities(s, unit, sampleRows(i, year, 6 + (i % 5) * 2, vnDate));
    if (i % 2 === 0) {
      writeNarrative(s, unit, 0, [
        `${unit.name} tổ chức tuyên truyền đều đặn, bám sát kế hoạch.`,
        'Một số hoạt động chưa ghi đủ số người tham dự.',
        'Cán bộ phụ trách kiêm nhiệm nhiều việc.',
        'Đề nghị hỗ trợ thêm kinh phí in ấn băng zôn, khẩu hiệu.',
      ]);
    }
  });
  const withMistakes = reporting[1];
  pasteActivities(s, withMistakes, wrongRows(year), { fromOtherFile: true });
  return { reporting, withMistakes };
}
