// The HtmlService screens: the period dialog of Tổng hợp báo cáo and Tạo báo cáo, and the sidebar
// Tình hình nộp báo cáo. What comes from the Sheet reaches the page only through printing scriptlets
// (<?= ?>, escaped by HtmlService for where it lands) or as JSON that the page shows with
// textContent; the only text printed raw (<?!= ?>) is our own Head.html and Client.html.
import { civilInZone } from '../domain/civil-date';
import type { ConsolidationRun } from '../domain/consolidation-run';
import { PAGE_NUMBER_HINT } from '../domain/doc-messages';
import { MENU } from '../domain/menu-items';
import { type DialogAction, periodDialogView } from '../domain/period-dialog';
import { defaultPeriod } from '../domain/periods';
import { autoReminderLine } from '../domain/reminder-text';
import { findingsByLevel, LEVEL_TEXT, type SetupFinding, setupCheckSummary } from '../domain/setup-check';
import { statusView } from '../domain/submission-status';
import { TAB } from '../domain/tab-names';
import { formatDateTime } from '../domain/vn-format';
import { readAutoReminders } from './auto-reminders';
import { readConsolidation } from './consolidation';
import type { Spreadsheet } from './gas-types';
import type { ReportResult } from './report';
import { readSettings } from './settings-tab';
import { tabLinks } from './sheet-io';
import { ui } from './ui';

/** Project files (src/ui/*.html, copied to dist/ by the build). */
const HTML_FILES = {
  periodDialog: 'PeriodDialog',
  statusSidebar: 'StatusSidebar',
  setupCheck: 'SetupCheck',
  head: 'Head',
  client: 'Client',
} as const;

const SIDEBAR_TITLE = MENU.statusSidebar.label;

/** Room for the result table without scrolling for a dozen units (Google caps a dialog by the window). */
const DIALOG_SIZE = { width: 600, height: 640 };

/**
 * Evaluates a template with the shared head (metas and style) and script. Our two include files are passed as
 * variables rather than read from inside the template, so the template needs no server function.
 */
function render(file: string, variables: Record<string, unknown>): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplateFromFile(file);
  template.head = HtmlService.createHtmlOutputFromFile(HTML_FILES.head).getContent();
  template.client = HtmlService.createHtmlOutputFromFile(HTML_FILES.client).getContent();
  for (const [name, value] of Object.entries(variables)) template[name] = value;
  return template.evaluate();
}

/** Opens the period dialog; reading Cấu hình first so that a broken one is reported before any choice. */
export function showPeriodDialog(ss: Spreadsheet, action: DialogAction, now: Date): void {
  const { settings } = readSettings(ss);
  const view = periodDialogView(action, settings, civilInZone(now, ss.getSpreadsheetTimeZone()));
  const output = render(HTML_FILES.periodDialog, { view, viewJson: JSON.stringify(view) })
    .setTitle(view.title)
    .setWidth(DIALOG_SIZE.width)
    .setHeight(DIALOG_SIZE.height);
  ui().showModalDialog(output, view.title);
}

// ---------------------------------------------------------------------------------------------
// What the period dialog gets back

interface TabLinks {
  readonly summary: string | null;
  readonly check: string | null;
}

/** The report as the dialog shows it: the Doc, whom it was shared with, and the page-number hint. */
type ReportLink = Omit<ReportResult, 'run'> & { readonly pageNumberHint: string };

export interface PeriodDialogResult {
  readonly action: DialogAction;
  readonly run: ConsolidationRun;
  readonly links: TabLinks;
  readonly report: ReportLink | null;
  /** Tạo báo cáo stopped before making the Doc: the question to ask (no unit has a counted row). */
  readonly question: string | null;
}

/** The run with links to the tabs it wrote (looked up after the run: each run makes new tabs). */
export function periodDialogResult(
  ss: Spreadsheet,
  action: DialogAction,
  run: ConsolidationRun,
  report: ReportResult | null,
  question: string | null = null,
): PeriodDialogResult {
  const tabUrl = tabLinks(ss);
  const link = (name: string) => {
    const sheet = ss.getSheetByName(name);
    return sheet ? tabUrl(sheet) : null;
  };
  return {
    action,
    run,
    links: { summary: link(TAB.summary), check: link(TAB.check) },
    report: report
      ? {
          name: report.name,
          url: report.url,
          version: report.version,
          sharedWith: [...report.sharedWith],
          notShared: [...report.notShared],
          pageNumberHint: PAGE_NUMBER_HINT,
        }
      : null,
    question,
  };
}

// ---------------------------------------------------------------------------------------------
// Tình hình nộp báo cáo

/** Opens the sidebar for the period whose end is nearest today. Reads the Sheet; writes nothing. */
export function showStatusSidebar(ss: Spreadsheet, now: Date): void {
  const tz = ss.getSpreadsheetTimeZone();
  const { settings } = readSettings(ss);
  const today = civilInZone(now, tz);
  const period = defaultPeriod(today, settings.periodRule);
  const { consolidation: c, sheets } = readConsolidation(ss, settings, period.kind, period.year);
  // Each unit's tab as found, under whatever name it has now.
  const tabUrl = tabLinks(ss);
  const urls = new Map(sheets.map((f) => [f.unit.tabName, f.sheet ? tabUrl(f.sheet) : null]));
  const tabUrlOf = (name: string) => urls.get(name) ?? null;
  const view = statusView(
    c,
    settings,
    today,
    formatDateTime(now, tz),
    tabUrlOf,
    autoReminderLine(readAutoReminders(), tz),
  );
  ui().showSidebar(render(HTML_FILES.statusSidebar, { view, title: SIDEBAR_TITLE }).setTitle(SIDEBAR_TITLE));
}

/** Kiểm tra cài đặt's findings in a dialog, the ones to fix first (as in the Kiểm tra tab). */
export function showSetupCheckDialog(findings: readonly SetupFinding[]): void {
  const view = {
    summary: setupCheckSummary(findings),
    tab: TAB.check,
    findings: findingsByLevel(findings).map((f) => ({ ...f, levelText: LEVEL_TEXT[f.level] })),
  };
  const title = MENU.checkSetup.label;
  const output = render(HTML_FILES.setupCheck, { view, title })
    .setWidth(DIALOG_SIZE.width)
    .setHeight(DIALOG_SIZE.height);
  ui().showModalDialog(output, title);
}
