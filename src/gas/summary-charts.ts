// Tổng hợp's charts built with EmbeddedChartBuilder on the tab being staged (sheet-io's swap then
// puts them in place with their numbers), and the picture of one of them for the report Doc.
import { chartTitle, REPORT_CHART, type SummaryChart } from '../domain/summary-charts';
import { TAB } from '../domain/tab-names';
import type { Period } from '../domain/types';
import { errorText } from './errors';
import type { Sheet, Spreadsheet } from './gas-types';

/** One insertChart per chart; the data cells are already written (writeLayout). */
export function insertSummaryCharts(sheet: Sheet, charts: readonly SummaryChart[]): void {
  for (const spec of charts) {
    let builder = sheet.newChart();
    for (const r of spec.ranges) builder = builder.addRange(sheet.getRange(r.row, r.col, r.numRows, r.numCols));
    builder = builder
      .setNumHeaders(1)
      .setPosition(spec.anchorRow, spec.anchorCol, 0, 0)
      .setOption('width', spec.width)
      .setOption('height', spec.height)
      .setOption('legend', { position: 'none' });
    const typed = spec.type === 'BAR' ? builder.asBarChart() : builder.asColumnChart();
    const titled = typed.setTitle(spec.title);
    const axis = spec.type === 'BAR' ? titled.setXAxisTitle(spec.valueTitle) : titled.setYAxisTitle(spec.valueTitle);
    sheet.insertChart(axis.build());
  }
}

/**
 * The picture of Tổng hợp's chart for the report (REPORT_CHART) of `period`, or null when the tab
 * has none (no activity counted) or Google cannot draw it now: the report is made without it.
 */
export function reportChartImage(ss: Spreadsheet, period: Period): GoogleAppsScript.Base.Blob | null {
  const sheet = ss.getSheetByName(TAB.summary);
  if (!sheet) return null;
  const title = chartTitle(REPORT_CHART, period);
  try {
    // Google batches writes: the chart must be drawn from the cells Tổng hợp was just given.
    SpreadsheetApp.flush();
    const chart = sheet.getCharts().find((c) => c.getOptions().get('title') === title);
    return chart ? chart.getAs('image/png') : null;
  } catch (error) {
    console.warn(`Report chart not drawn: ${errorText(error)}`);
    return null;
  }
}
