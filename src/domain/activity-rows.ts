// Reading one unit's tab (the layout of unit-tab.ts) into counted activities, narratives and
// findings. Used by Kiểm tra dữ liệu (findings only) and by consolidate (everything). A bad row
// never stops the reading and is never dropped silently: it becomes an 'error' finding and is
// listed in `rejected`. Where each field's column is: activity-header.ts; one row's cells:
// activity-row.ts; the self-assessment rows above the header: narrative-rows.ts.
//
// Decisions:
// - A date is warned about only when it cannot belong to the year's reporting: after the year's
//   end, or more than a year before its start (periodOf('year', year, rule)). Last year's rows stay
//   in the tab after the year in Cấu hình moves on, and are simply outside every period.

import { readHeader } from './activity-header';
import { isBlank, readRow } from './activity-row';
import { CatalogueMatcher } from './catalogue-matcher';
import { civil, isDateValue } from './civil-date';
import { tabFinding } from './findings';
import { MENU } from './menu-items';
import { readNarratives } from './narrative-rows';
import { periodOf } from './periods';
import { DEFAULT_ROW_LIMITS, type RowLimits } from './row-limits';
import type { Activity, Catalogue, CivilDate, Finding, Narrative, PeriodRule, UnitSetting } from './types';
import { UNIT_TAB } from './unit-tab';
import { formatDateTime } from './vn-format';
import { typedText } from './vn-parse';

export interface UnitTabInput {
  readonly unit: UnitSetting;
  readonly tab: string;
  /** The whole tab from row 1 as getValues() returns it; short or missing rows are fine. */
  readonly values: readonly (readonly unknown[])[];
  /** getFormulas() of the same range, when the caller has it. */
  readonly formulas?: readonly (readonly string[])[] | null;
  readonly catalogue: Catalogue;
  readonly timeZone: string;
  readonly year: number;
  /** The period rule that bounds "the year" (15/12 of the previous year to 14/12 for 'nd09'). Default 'calendar'. */
  readonly rule?: PeriodRule;
  /** Plausibility limits per row (Cấu hình); DEFAULT_ROW_LIMITS when not given. */
  readonly limits?: RowLimits;
}

interface RejectedRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** The row's date when it could be read (consolidate needs it to tell "outside the period"). */
  readonly date: CivilDate | null;
}

export interface UnitTabRead {
  /** Row 9 is exactly ACTIVITY_HEADERS. When false the rows were read by header name, or not at all. */
  readonly headerOk: boolean;
  /** Rows without errors, whatever their date. */
  readonly activities: Activity[];
  readonly findings: Finding[];
  /** Keyed by the canonical period label of narrativeLabels(year). */
  readonly narratives: Map<string, Narrative>;
  /** Row 3, column B as display text. */
  readonly lastChange: string;
  /** Data rows that are not fully blank. rowsRead = activities.length + rejected.length. */
  readonly rowsRead: number;
  readonly rejected: RejectedRow[];
}

/** The one finding for a unit whose tab does not exist. */
export function missingTabFinding(unit: UnitSetting): Finding {
  return tabFinding(
    unit.tabName,
    'error',
    `Không tìm thấy tab "${unit.tabName}" của ${unit.name}. Hãy chạy ${MENU.setup.label} để tạo lại tab, ` +
      'hoặc sửa tên tab của đơn vị trong tab Cấu hình cho đúng.',
  );
}

export function readUnitTab(input: UnitTabInput): UnitTabRead {
  const { values, tab, unit, timeZone, year } = input;
  const findings: Finding[] = [];
  const header = readHeader(values, tab, findings);
  const narratives = readNarratives(input, findings);
  const matchers = {
    form: new CatalogueMatcher(input.catalogue.forms),
    topic: new CatalogueMatcher(input.catalogue.topics),
    criterion: new CatalogueMatcher(input.catalogue.criteria),
    measure: new CatalogueMatcher(input.catalogue.measures),
  };
  const theYear = periodOf('year', year, input.rule ?? 'calendar');
  const window = {
    earliest: civil(theYear.start.y - 1, theYear.start.m, theYear.start.d),
    start: theYear.start,
    end: theYear.end,
  };
  const activities: Activity[] = [];
  const rejected: RejectedRow[] = [];
  let rowsRead = 0;
  for (let r = UNIT_TAB.activityFirstRow - 1; r < values.length; r++) {
    const source = values[r] ?? [];
    if (header.columns === null) {
      // The fields cannot be told apart: the row is listed as not counted, under the one header finding.
      if (source.some((v) => !isBlank(v))) {
        rowsRead++;
        rejected.push({ row: r + 1, date: null });
      }
      continue;
    }
    const cells = header.columns.map((c) => source[c]);
    if (cells.every(isBlank)) continue;
    rowsRead++;
    const row = r + 1;
    const sourceFormulas = input.formulas?.[r];
    const formulas = sourceFormulas ? header.columns.map((c) => sourceFormulas[c]) : undefined;
    const outcome = readRow({
      cells,
      formulas,
      columns: header.columns,
      row,
      tab,
      unit,
      timeZone,
      year,
      window,
      matchers,
      limits: input.limits ?? DEFAULT_ROW_LIMITS,
    });
    for (const f of outcome.findings) findings.push(f);
    if (outcome.activity) activities.push(outcome.activity);
    else rejected.push({ row, date: outcome.date });
  }
  return {
    headerOk: header.exact,
    activities,
    findings,
    narratives,
    lastChange: lastChangeText(values, timeZone),
    rowsRead,
    rejected,
  };
}

function lastChangeText(values: readonly (readonly unknown[])[], timeZone: string): string {
  const value = values[UNIT_TAB.lastChangeRow - 1]?.[UNIT_TAB.valueCol - 1];
  return isDateValue(value) ? formatDateTime(value, timeZone) : typedText(value, timeZone);
}
