// Tạo báo cáo (Google Doc): consolidates the period (so the Doc and Tổng hợp always agree), renders
// the report in the Nghị định 30 layout, shares it view-only with the superior office, logs it.

import { civilInZone } from '../domain/civil-date';
import type { ConsolidationRun } from '../domain/consolidation-run';
import { MENU } from '../domain/menu-items';
import { buildReport } from '../domain/report-doc';
import { catalogueRefusal, emptyReportQuestion } from '../domain/report-guard';
import { secretaryEditors } from '../domain/secretary';
import { REPORT_CHART } from '../domain/summary-charts';
import type { PeriodKind } from '../domain/types';
import { formatDateTime } from '../domain/vn-format';
import { readCatalogue } from './catalogue-tab';
import { consolidateAndWrite } from './consolidation';
import { logDocument, nextVersion } from './doc-log';
import { shareViewOnly } from './doc-share';
import { writeOfficialDocument } from './doc-writer';
import { UserError } from './errors';
import type { Spreadsheet } from './gas-types';
import { withDocumentLock } from './lock';
import { ownerEmail } from './owner';
import { keepingActiveTab } from './sheet-io';
import { reportChartImage } from './summary-charts';

export const REPORT_KIND = 'Báo cáo';

export interface ReportResult {
  readonly name: string;
  readonly url: string;
  readonly version: number;
  readonly sharedWith: readonly string[];
  /** Superior-office addresses Google refused to share with (no Google account behind them). */
  readonly notShared: readonly string[];
  readonly run: ConsolidationRun;
}

/** A report in which no unit has a counted row: made only once the secretary answers yes. */
export interface ReportQuestion {
  readonly question: string;
  readonly run: ConsolidationRun;
}

/**
 * Refuses on an empty forms list before anything is written; writes Tổng hợp and Kiểm tra, then asks
 * (returns the question, no Doc) when no unit has a counted row, unless `confirmedEmpty`.
 */
export function createReport(
  ss: Spreadsheet,
  kind: PeriodKind,
  year: number,
  now: Date,
  user: string,
  confirmedEmpty = false,
): ReportResult | ReportQuestion {
  return withDocumentLock(MENU.createReport, () =>
    keepingActiveTab(ss, () => writeReport(ss, kind, year, now, user, confirmedEmpty)),
  );
}

function writeReport(
  ss: Spreadsheet,
  kind: PeriodKind,
  year: number,
  now: Date,
  user: string,
  confirmedEmpty: boolean,
): ReportResult | ReportQuestion {
  const catalogue = readCatalogue(ss);
  const refusal = catalogueRefusal(catalogue.catalogue);
  if (refusal) throw new UserError(refusal);
  const { run, consolidation, settings } = consolidateAndWrite(ss, kind, year, now, user, catalogue);
  const question = confirmedEmpty ? null : emptyReportQuestion(consolidation);
  if (question) return { question, run };
  const version = nextVersion(ss, REPORT_KIND, consolidation.period.label);
  const model = buildReport(consolidation, settings, {
    number: settings.reportNextNumber,
    date: civilInZone(now, ss.getSpreadsheetTimeZone()),
    version,
  });
  const doc = DocumentApp.create(model.fileName);
  // The picture comes from the Tổng hợp chart just rebuilt above, so the Doc shows the same numbers.
  const chart = settings.reportChart ? reportChartImage(ss, consolidation.period) : null;
  writeOfficialDocument(doc, model, chart ? { [REPORT_CHART]: chart } : {});
  const notShared = shareViewOnly(doc, settings.superiorEmails);
  const sharedWith = settings.superiorEmails.filter((e) => !notShared.includes(e));
  const url = doc.getUrl();
  doc.saveAndClose();
  logDocument(
    ss,
    {
      time: formatDateTime(now, ss.getSpreadsheetTimeZone()),
      kind: REPORT_KIND,
      period: consolidation.period.label,
      name: model.fileName,
      url,
      sharedWith,
      by: user,
      version,
    },
    secretaryEditors(ownerEmail(ss), settings, user),
  );
  return { name: model.fileName, url, version, sharedWith, notShared, run };
}
