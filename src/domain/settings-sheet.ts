// The Cấu hình tab read (layout: settings-layout.ts; the units and recipients tables:
// settings-tables.ts; written: settings-write.ts). Everything that names bodies, people, numbers
// and dates lives there, never in code.
//
// Fields are found by their label in column A, not by position, so a row inserted by hand does not
// shift every value. Blank rows inside the units and recipients tables are skipped.
//
// settingsToRows writes dates and day-months as text ("10/03/2023", "17/06"): the adapter writes
// every string as text (src/gas/cell-text.ts), and parseSettings reads both that text and the Date
// that Sheets makes when a user types a new date into the cell.

import { cellText } from './cell-value';
import { splitEmails } from './email';
import { MENU, menuPath } from './menu-items';
import { defaultDeadlines, FIRST_YEAR, LAST_YEAR } from './periods';
import { quoteList } from './quote';
import { readLimitSettings } from './row-limits';
import { readCivil, readDayMonth, readInteger } from './settings-cells';
import {
  defaultParentBody,
  defaultSettings,
  FIELD_HEADERS,
  type FieldKey,
  PERIOD_RULE_LABELS,
  parsePeriodRule,
  parseYesNo,
  SETTINGS_FIELDS,
  SETTINGS_LAYOUT,
} from './settings-layout';
import { parseRecipients, parseUnits } from './settings-tables';
import { TAB } from './tab-names';
import type { CivilDate, DayMonth, Finding, Settings } from './types';
import { columnLetter } from './unit-tab';
import { foldVi, formatDayMonth } from './vn-format';

export * from './settings-layout';

export interface SettingsRead {
  /** null when any problem is an error: no workflow should run on settings it cannot trust. */
  readonly settings: Settings | null;
  readonly problems: Finding[];
}

export type Row = readonly unknown[];

/**
 * Reads the tab (values from A1, as getValues gives them; Dates are read in `timeZone`) and checks
 * everything at once. Every problem names its row and column and says what to do.
 */
export function parseSettings(values: readonly Row[], timeZone: string): SettingsRead {
  const L = SETTINGS_LAYOUT;
  const problems: Finding[] = [];
  const problem = (
    row: number | null,
    column: string | null,
    message: string,
    severity: Finding['severity'] = 'error',
  ) => {
    problems.push({ tab: TAB.settings, row, column, severity, message });
  };
  const cell = (row: number, col: number): unknown => values[row - 1]?.[col - 1] ?? '';
  const valueColumn = `${columnLetter(L.valueCol)} (${FIELD_HEADERS[1]})`;
  if (values.every((row) => row.every((v) => cellText(v, timeZone) === ''))) {
    problem(null, null, `Tab Cấu hình đang trống. Chạy ${menuPath(MENU.setup)} để tạo lại, rồi điền các mục.`);
    return { settings: null, problems };
  }

  const rowOf = fieldRows(values, timeZone);
  const base = defaultSettings(0);
  const raw = (key: FieldKey): unknown => {
    const r = rowOf.get(key);
    return r === undefined ? '' : cell(r, L.valueCol);
  };
  const text = (key: FieldKey) => cellText(raw(key), timeZone);
  const at = (key: FieldKey) => rowOf.get(key) ?? null;
  for (const f of SETTINGS_FIELDS) {
    if (rowOf.has(f.key)) continue;
    const required = f.key === 'communeName' || f.key === 'year';
    problem(
      null,
      `${columnLetter(L.labelCol)} (${FIELD_HEADERS[0]})`,
      `Thiếu dòng "${f.label}" ở cột Mục${required ? '' : ', đang dùng giá trị mặc định'}. Chạy lại ${MENU.setup.label} để thêm lại dòng này.`,
      required ? 'error' : 'warning',
    );
  }

  let communeName = text('communeName');
  if (/^xã\s/i.test(communeName)) {
    const typed = communeName;
    communeName = communeName.replace(/^xã\s+/i, '');
    problem(
      at('communeName'),
      valueColumn,
      `Tên xã ghi không kèm chữ "xã": đã đọc "${typed}" là "${communeName}".`,
      'fixed',
    );
  }
  if (communeName === '' && rowOf.has('communeName')) {
    problem(at('communeName'), valueColumn, 'Chưa nhập tên xã. Nhập tên xã, không ghi chữ "xã" (ví dụ: Minh Tiến).');
  }

  let year = 0;
  const yearRead = readInteger(raw('year'), timeZone);
  if (yearRead === null || yearRead === 'bad' || yearRead < FIRST_YEAR || yearRead > LAST_YEAR) {
    if (rowOf.has('year')) {
      problem(
        at('year'),
        valueColumn,
        yearRead === null
          ? 'Chưa nhập năm báo cáo. Nhập năm bằng bốn chữ số (ví dụ: 2023).'
          : `Năm báo cáo "${text('year')}" không hợp lệ. Nhập năm bằng bốn chữ số, từ ${FIRST_YEAR} đến ${LAST_YEAR} (ví dụ: 2023).`,
      );
    }
  } else {
    year = yearRead;
  }

  let planDate: CivilDate | null = null;
  const dateRead = readCivil(raw('planDate'), timeZone);
  if (dateRead === 'bad') {
    problem(
      at('planDate'),
      valueColumn,
      `Ngày ban hành kế hoạch "${text('planDate')}" không phải ngày có thật. Nhập theo dạng ngày/tháng/năm (ví dụ: 10/03/2023).`,
    );
  } else {
    planDate = dateRead;
  }

  const superior = splitEmails(text('superiorEmails'));
  if (superior.invalid.length > 0) {
    problem(
      at('superiorEmails'),
      valueColumn,
      `Email cơ quan cấp trên không hợp lệ: ${quoteList(superior.invalid)}. Sửa lại (ví dụ: vpdp@example.com); nhiều địa chỉ thì cách nhau bởi dấu phẩy.`,
    );
  }

  const secretaries = splitEmails(text('secretaryEmails'));
  if (secretaries.invalid.length > 0) {
    problem(
      at('secretaryEmails'),
      valueColumn,
      `Email thư ký không hợp lệ: ${quoteList(secretaries.invalid)}. Sửa lại (ví dụ: thuky.bqlntm@gmail.com); nhiều địa chỉ thì cách nhau bởi dấu phẩy.`,
    );
  }

  let periodRule = base.periodRule;
  const ruleText = text('periodRule');
  const ruleRead = parsePeriodRule(ruleText);
  if (ruleRead) periodRule = ruleRead;
  else if (ruleText === '') {
    if (rowOf.has('periodRule')) {
      problem(
        at('periodRule'),
        valueColumn,
        `Chưa chọn cách tính kỳ báo cáo: dùng "${PERIOD_RULE_LABELS.nd09}".`,
        'fixed',
      );
    }
  } else {
    problem(
      at('periodRule'),
      valueColumn,
      `Không hiểu cách tính kỳ báo cáo "${ruleText}". Chọn "${PERIOD_RULE_LABELS.nd09}" hoặc "${PERIOD_RULE_LABELS.calendar}".`,
    );
  }

  const deadlines = defaultDeadlines(periodRule);
  const readDeadline = (key: 'deadlineHalf' | 'deadlineYear', fallback: DayMonth, what: string): DayMonth => {
    const read = readDayMonth(raw(key), timeZone);
    if (read === 'bad') {
      problem(
        at(key),
        valueColumn,
        `Hạn nộp báo cáo ${what} "${text(key)}" không hợp lệ. Nhập ngày/tháng (ví dụ: ${formatDayMonth(fallback)}).`,
      );
      return fallback;
    }
    if (read === null) {
      if (rowOf.has(key)) {
        problem(at(key), valueColumn, `Chưa nhập hạn nộp báo cáo ${what}: dùng ${formatDayMonth(fallback)}.`, 'fixed');
      }
      return fallback;
    }
    return read;
  };
  const deadlineHalf = readDeadline('deadlineHalf', deadlines.half, '6 tháng');
  const deadlineYear = readDeadline('deadlineYear', deadlines.year, 'năm');

  let reminderDaysBefore = base.reminderDaysBefore;
  const reminderRead = readInteger(raw('reminderDaysBefore'), timeZone);
  if (reminderRead === 'bad' || (typeof reminderRead === 'number' && (reminderRead < 0 || reminderRead > 60))) {
    problem(
      at('reminderDaysBefore'),
      valueColumn,
      `Số ngày nhắc trước hạn "${text('reminderDaysBefore')}" không hợp lệ. Nhập một số nguyên từ 0 đến 60 (ví dụ: 3).`,
    );
  } else if (reminderRead === null) {
    if (rowOf.has('reminderDaysBefore')) {
      problem(
        at('reminderDaysBefore'),
        valueColumn,
        `Chưa nhập số ngày nhắc trước hạn: dùng ${base.reminderDaysBefore}.`,
        'fixed',
      );
    }
  } else {
    reminderDaysBefore = reminderRead;
  }

  const limits = readLimitSettings(
    (key) => ({ value: raw(key), row: at(key) }),
    timeZone,
    (row, message, severity) => problem(row, valueColumn, message, severity),
  );

  // A chart toggle typed wrongly is not worth stopping the secretary for: say so and keep the chart.
  let reportChart = base.reportChart;
  const chartText = text('reportChart');
  const chartRead = typeof raw('reportChart') === 'boolean' ? (raw('reportChart') as boolean) : parseYesNo(chartText);
  if (chartRead !== null) reportChart = chartRead;
  else if (chartText !== '') {
    problem(
      at('reportChart'),
      valueColumn,
      `Không hiểu "${chartText}" ở Biểu đồ trong báo cáo: dùng "Có". Ghi "Có" hoặc "Không".`,
      'fixed',
    );
  }

  // A blank text field keeps its default only when the row is missing; a row left blank on purpose
  // means blank (e.g. no signer authority, no second signer line).
  const textOr = (key: FieldKey, fallback: string) => (rowOf.has(key) ? text(key) : fallback);

  const units = parseUnits(values, timeZone, problem);
  const recipients = parseRecipients(values, timeZone, problem);

  const settings: Settings = {
    communeName,
    parentBody: textOr('parentBody', '') || (communeName ? defaultParentBody(communeName) : ''),
    issuingBody: textOr('issuingBody', base.issuingBody),
    issuingAbbrev: textOr('issuingAbbrev', base.issuingAbbrev),
    placeName: textOr('placeName', '') || communeName,
    planNumber: text('planNumber'),
    planSymbol: textOr('planSymbol', base.planSymbol),
    planDate,
    planTitle: text('planTitle'),
    planBasis: text('planBasis'),
    year,
    signerAuthority: text('signerAuthority'),
    signerPosition: textOr('signerPosition', base.signerPosition),
    signerSecondLine: textOr('signerSecondLine', base.signerSecondLine),
    signerName: text('signerName'),
    superiorName: text('superiorName'),
    superiorEmails: superior.emails,
    secretaryEmails: secretaries.emails,
    reportSymbol: textOr('reportSymbol', base.reportSymbol),
    reportNextNumber: text('reportNextNumber'),
    periodRule,
    deadlineHalf,
    deadlineYear,
    reminderDaysBefore,
    ...limits,
    reportChart,
    note: text('note'),
    units,
    recipients,
  };
  return { settings: problems.some((p) => p.severity === 'error') ? null : settings, problems };
}

/** The row of each field present in the tab, found by its label in column A (the first one wins). */
export function fieldRows(values: readonly Row[], timeZone: string): Map<FieldKey, number> {
  const L = SETTINGS_LAYOUT;
  const rowOf = new Map<FieldKey, number>();
  for (let r = L.firstRow; r <= values.length; r++) {
    const label = foldVi(cellText(values[r - 1]?.[L.labelCol - 1] ?? '', timeZone));
    const spec = SETTINGS_FIELDS.find((f) => foldVi(f.label) === label);
    if (spec && !rowOf.has(spec.key)) rowOf.set(spec.key, r);
  }
  return rowOf;
}

/**
 * The valid addresses of "Email thư ký", read on their own: who may run the secretary's actions
 * must be known even when another field of Cấu hình has an error, so that a secretary who is not
 * the owner is told the errors rather than refused. [] when the row is missing or blank.
 */
export function readSecretaryEmails(values: readonly Row[], timeZone: string): string[] {
  const row = fieldRows(values, timeZone).get('secretaryEmails');
  if (row === undefined) return [];
  return splitEmails(cellText(values[row - 1]?.[SETTINGS_LAYOUT.valueCol - 1] ?? '', timeZone)).emails;
}
