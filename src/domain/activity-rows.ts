// Reading one unit's tab (the layout of unit-tab.ts) into counted activities, narratives and
// findings. Used by Kiểm tra dữ liệu (findings only) and by consolidate (everything). A bad row
// never stops the reading and is never dropped silently: it becomes an 'error' finding and is
// listed in `rejected`.
//
// Decisions:
// - Each field is found by the text of its header in row 9 (nameKey: case, spacing and accent
//   placement do not matter), so a column a unit inserts or moves shifts nothing: the extra column
//   is ignored and findings name the column where the cell really is. A header row that differs
//   from ACTIVITY_HEADERS makes headerOk false (one finding on row 9); when a header is missing or
//   typed twice no row of the tab is counted, since reading by position could put money or people
//   in the wrong column.
// - Catalogue matching is case- and spacing-insensitive silently, and diacritic-insensitive
//   ("Giao thong" -> "Giao thông") with a 'fixed' finding, only when that match is unique.
// - A blank topic is a warning (counted under "(không ghi)"); a blank criterion is normal.
// - Participants must be whole numbers; money must be whole đồng (a fraction is an error).
// - A date is warned about only when it cannot belong to the year's reporting: after the year's
//   end, or more than a year before its start (periodOf('year', year, rule)). Last year's rows stay
//   in the tab after the year in Cấu hình moves on, and are simply outside every period.
// - A narrative row labelled for another year is last year's record: kept, read for nothing, and
//   never a warning.

import { civil, compareCivil, formatCivil, isDateValue } from './civil-date';
import { periodOf } from './periods';
import { quote } from './quote';
import { DEFAULT_ROW_LIMITS, overLimits, type RowLimits } from './row-limits';
import { isSubtotalRow, SUBTOTAL_MESSAGE } from './subtotal-rows';
import type { Activity, Catalogue, CivilDate, Finding, Narrative, PeriodRule, UnitSetting } from './types';
import {
  ACTIVITY_HEADERS,
  COL,
  columnLetter,
  NARRATIVE_HEADERS,
  narrativeLabels,
  narrativeLabelYear,
  UNIT_TAB,
} from './unit-tab';
import { foldVi, formatDateTime, nameKey } from './vn-format';
import { displayNumber, readDate, readNumber, typedText } from './vn-parse';

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

export interface RejectedRow {
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

/** What a blank topic, criterion or measure is grouped under. */
export const UNSPECIFIED = '(không ghi)';

/** The one finding for a unit whose tab does not exist. */
export function missingTabFinding(unit: UnitSetting): Finding {
  return {
    tab: unit.tabName,
    row: null,
    column: null,
    severity: 'error',
    message:
      `Không tìm thấy tab "${unit.tabName}" của ${unit.name}. Hãy chạy Thiết lập bảng tính để tạo lại tab, ` +
      'hoặc sửa tên tab của đơn vị trong tab Cấu hình cho đúng.',
  };
}

const NOT_COUNTED = 'Dòng này chưa được tính.';

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

interface RowContext {
  /** The row's cells in field order (COL), wherever their columns are in the sheet. */
  readonly cells: readonly unknown[];
  readonly formulas: readonly (string | undefined)[] | undefined;
  /** 0-based sheet column of each field. */
  readonly columns: readonly number[];
  readonly row: number;
  readonly tab: string;
  readonly unit: UnitSetting;
  readonly timeZone: string;
  readonly year: number;
  readonly window: { readonly earliest: CivilDate; readonly start: CivilDate; readonly end: CivilDate };
  readonly matchers: Record<'form' | 'topic' | 'criterion' | 'measure', CatalogueMatcher>;
  readonly limits: RowLimits;
}

function readRow(ctx: RowContext): { findings: Finding[]; activity: Activity | null; date: CivilDate | null } {
  const { cells, row, tab, year, matchers, columns } = ctx;
  const found: { col: number; finding: Finding }[] = [];
  let failed = false;
  const add = (field: number | null, severity: Finding['severity'], message: string) => {
    if (severity === 'error') failed = true;
    const col = field === null ? -1 : columns[field];
    const column = field === null ? null : `${columnLetter(col + 1)} (${ACTIVITY_HEADERS[field]})`;
    found.push({ col, finding: { tab, row, column, severity, message } });
  };

  // A subtotal row is one error, without the warnings that say a formula's result is still read.
  const numberCols = [COL.quantity, COL.participants, COL.moneyUnit, COL.moneyIntegrated, COL.moneySocial];
  const formulas = ctx.formulas;
  const subtotal =
    formulas !== undefined &&
    isSubtotalRow(
      numberCols.map((c) => ({ value: cells[c], formula: formulas[c] })),
      row,
    );
  if (subtotal) add(numberCols.find((c) => (formulas[c] ?? '') !== '') ?? COL.quantity, 'error', SUBTOTAL_MESSAGE);
  if (ctx.formulas && !subtotal) {
    for (let c = 0; c < UNIT_TAB.columns; c++) {
      const f = ctx.formulas[c];
      if (typeof f === 'string' && f !== '') {
        add(
          c,
          'warning',
          `Ô có công thức ${clip(f)}; kết quả của công thức vẫn được đọc. Hãy gõ thẳng giá trị thay cho công thức.`,
        );
      }
    }
  }

  const moneyCols = [COL.moneyUnit, COL.moneyIntegrated, COL.moneySocial];
  let date: CivilDate | null = null;
  let form = '';
  // Only money typed: one error says it all, without warnings about the other blank cells.
  const moneyOnly = isBlank(cells[COL.date]) && isBlank(cells[COL.form]) && moneyCols.some((c) => !isBlank(cells[c]));
  if (moneyOnly) {
    add(
      moneyCols.find((c) => !isBlank(cells[c]))!,
      'error',
      'Có kinh phí nhưng chưa ghi hoạt động (thiếu ngày và hình thức). Hãy ghi ngày và hình thức của hoạt động ' +
        'đã chi kinh phí, hoặc xóa số tiền nếu nhập nhầm. ' +
        NOT_COUNTED,
    );
  } else {
    const d = readDate(cells[COL.date], ctx.timeZone);
    if (d.ok) {
      date = d.value;
      if (d.fixedUp) add(COL.date, 'fixed', d.fixedUp);
      const { earliest, start, end } = ctx.window;
      if (compareCivil(date, end) > 0) {
        add(
          COL.date,
          'warning',
          `Ngày ${formatCivil(date)} ở sau ngày cuối của năm báo cáo ${year} (${formatCivil(end)}) nên không được ` +
            `tính vào kỳ nào của năm ${year}. Hãy kiểm tra lại ngày (có thể gõ nhầm năm).`,
        );
      } else if (compareCivil(date, earliest) < 0) {
        add(
          COL.date,
          'warning',
          `Ngày ${formatCivil(date)} sớm hơn năm báo cáo ${year} (bắt đầu từ ${formatCivil(start)}) quá một năm nên ` +
            `không được tính vào kỳ nào của năm ${year}. Hãy kiểm tra lại ngày (có thể gõ nhầm năm).`,
        );
      }
    } else if (d.blank) {
      add(COL.date, 'error', `Chưa ghi ngày. Hãy ghi ngày tổ chức hoạt động (dd/mm/yyyy). ${NOT_COUNTED}`);
    } else {
      add(
        COL.date,
        'error',
        `Không đọc được ngày: ${d.reason}. Hãy gõ ngày dạng dd/mm/yyyy, ví dụ 15/03/${year}. ${NOT_COUNTED}`,
      );
    }
    const formText = typedText(cells[COL.form], ctx.timeZone);
    if (formText === '') {
      add(COL.form, 'error', `Chưa chọn hình thức tuyên truyền. Hãy chọn hình thức trong danh sách. ${NOT_COUNTED}`);
    } else {
      const m = matchers.form.match(formText);
      if (!m) {
        add(
          COL.form,
          'error',
          `Hình thức ${quote(formText)} không có trong Danh mục. Hãy chọn một hình thức trong danh sách ` +
            `(hoặc đề nghị thư ký bổ sung vào tab Danh mục). ${NOT_COUNTED}`,
        );
      } else {
        form = m.name;
        if (m.loose) add(COL.form, 'fixed', looseNote('Hình thức', formText, m.name));
      }
    }
  }

  const topic = readCatalogueText(ctx, COL.topic, 'Nội dung', matchers.topic, add, !moneyOnly);
  const criterion = readCatalogueText(ctx, COL.criterion, 'Tiêu chí NTM', matchers.criterion, add, false);

  let quantity = 0;
  const q = readNumber(cells[COL.quantity]);
  if (!q.ok) {
    add(COL.quantity, 'error', `Số lượng không đọc được: ${q.reason}. Hãy gõ một số. ${NOT_COUNTED}`);
  } else if (q.blank) {
    if (!moneyOnly)
      add(COL.quantity, 'warning', 'Chưa ghi số lượng, được tính là 0. Hãy ghi số lượng (số buổi, số tin bài...).');
  } else if (q.value < 0) {
    add(COL.quantity, 'error', `Số lượng âm (${displayNumber(q.value)}). Hãy gõ số không âm. ${NOT_COUNTED}`);
  } else {
    quantity = q.value;
    if (q.fixedUp) add(COL.quantity, 'fixed', q.fixedUp);
  }

  let measure = typedText(cells[COL.measure], ctx.timeZone);
  if (measure === '') {
    if (q.ok && !q.blank) {
      add(COL.measure, 'warning', 'Có số lượng nhưng chưa ghi đơn vị tính. Hãy chọn đơn vị tính trong danh sách.');
    }
  } else {
    const m = matchers.measure.match(measure);
    if (!m) {
      add(
        COL.measure,
        'warning',
        `Đơn vị tính ${quote(measure)} không có trong Danh mục; vẫn được tính theo đúng chữ đã ghi. ` +
          'Nên chọn đơn vị tính trong danh sách.',
      );
    } else {
      if (m.loose) add(COL.measure, 'fixed', looseNote('Đơn vị tính', measure, m.name));
      measure = m.name;
    }
  }

  const participants = readWhole(cells[COL.participants], COL.participants, 'Số người tham dự', 'người', add);
  const moneyUnit = readWhole(cells[COL.moneyUnit], COL.moneyUnit, 'Kinh phí', 'đồng', add);
  const moneyIntegrated = readWhole(cells[COL.moneyIntegrated], COL.moneyIntegrated, 'Kinh phí', 'đồng', add);
  const moneySocial = readWhole(cells[COL.moneySocial], COL.moneySocial, 'Kinh phí', 'đồng', add);
  for (const over of overLimits({ quantity, participants, moneyUnit, moneyIntegrated, moneySocial }, ctx.limits)) {
    add(COL[over.field], 'error', over.message);
  }

  // Left to right, as the unit reads the row (sort is stable for two findings on one cell).
  const findings = found.sort((a, b) => a.col - b.col).map((f) => f.finding);
  if (failed || date === null) return { findings, activity: null, date };
  return {
    findings,
    date,
    activity: {
      unitCode: ctx.unit.code,
      tab,
      row,
      date,
      form,
      topic,
      criterion,
      description: typedText(cells[COL.description], ctx.timeZone),
      quantity,
      measure,
      participants,
      moneyUnit,
      moneyIntegrated,
      moneySocial,
      model: typedText(cells[COL.model], ctx.timeZone),
      note: typedText(cells[COL.note], ctx.timeZone),
    },
  };
}

type Add = (col: number | null, severity: Finding['severity'], message: string) => void;

function readCatalogueText(
  ctx: RowContext,
  col: number,
  label: string,
  matcher: CatalogueMatcher,
  add: Add,
  warnIfBlank: boolean,
): string {
  const text = typedText(ctx.cells[col], ctx.timeZone);
  if (text === '') {
    if (warnIfBlank) {
      add(
        col,
        'warning',
        `Chưa ghi ${label.toLowerCase()}; hoạt động được tính vào nhóm "${UNSPECIFIED}". ` +
          `Hãy chọn ${label.toLowerCase()} trong danh sách.`,
      );
    }
    return '';
  }
  const m = matcher.match(text);
  if (!m) {
    add(
      col,
      'warning',
      `${label} ${quote(text)} không có trong Danh mục; vẫn được tính theo đúng chữ đã ghi. ` +
        `Nên chọn ${label.toLowerCase()} trong danh sách.`,
    );
    return text;
  }
  if (m.loose) add(col, 'fixed', looseNote(label, text, m.name));
  return m.name;
}

/** Participants and money: blank is 0; the rest must be a whole, non-negative number. */
function readWhole(value: unknown, col: number, label: string, unitWord: string, add: Add): number {
  const n = readNumber(value);
  if (!n.ok) {
    add(col, 'error', `${label} không đọc được: ${n.reason}. Hãy gõ số ${unitWord}. ${NOT_COUNTED}`);
    return 0;
  }
  if (n.value < 0) {
    add(col, 'error', `${label} âm (${displayNumber(n.value)}). Hãy gõ số không âm. ${NOT_COUNTED}`);
    return 0;
  }
  if (!Number.isInteger(n.value)) {
    add(
      col,
      'error',
      `${label} phải là số ${unitWord} chẵn, không có phần lẻ (đang là ${displayNumber(n.value)}). ` +
        `Hãy gõ lại. ${NOT_COUNTED}`,
    );
    return 0;
  }
  if (!Number.isSafeInteger(n.value)) {
    add(col, 'error', `${label} quá lớn (${displayNumber(n.value)}). Hãy kiểm tra lại. ${NOT_COUNTED}`);
    return 0;
  }
  if (n.fixedUp) add(col, 'fixed', n.fixedUp);
  return n.value;
}

/** Says what differs between the typed text and the entry it was matched to: marks, or symbols. */
function looseNote(label: string, typed: string, name: string): string {
  const letters = (t: string) => nameKey(t.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '));
  const symbols = /[\p{So}\p{Sk}\p{Sm}\p{Co}]/u.test(typed) ? ', có thêm biểu tượng' : '';
  const what =
    letters(typed) === letters(name) ? 'khác ở dấu câu, ký hiệu hoặc biểu tượng' : `thiếu hoặc sai dấu${symbols}`;
  return `${label} ghi ${quote(typed)} (${what}), đã hiểu là "${name}". Nên chọn lại trong danh sách.`;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Finds a catalogue entry: exact key first, then a unique match without diacritics. */
class CatalogueMatcher {
  private readonly exact = new Map<string, string>();
  /** null marks a diacritic-free key shared by two entries: never guessed. */
  private readonly loose = new Map<string, string | null>();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const name = entry.normalize('NFC').trim();
      if (name === '') continue;
      const key = nameKey(name);
      if (!this.exact.has(key)) this.exact.set(key, name);
      const lk = foldVi(name);
      const seen = this.loose.get(lk);
      if (seen === undefined) this.loose.set(lk, name);
      else if (seen !== null && nameKey(seen) !== key) this.loose.set(lk, null);
    }
  }

  match(text: string): { name: string; loose: boolean } | null {
    const exact = this.exact.get(nameKey(text));
    if (exact !== undefined) return { name: exact, loose: false };
    const loose = this.loose.get(foldVi(text));
    return loose ? { name: loose, loose: true } : null;
  }
}

interface HeaderRead {
  /** Row 9 is ACTIVITY_HEADERS, column for column. */
  readonly exact: boolean;
  /** 0-based sheet column of each field (COL order), or null when the fields cannot be told apart. */
  readonly columns: number[] | null;
}

const RESTORE_HEADER =
  `Hãy khôi phục dòng tiêu đề (dòng ${UNIT_TAB.activityHeaderRow}) như mẫu, đủ ${ACTIVITY_HEADERS.length} cột, ` +
  'mỗi tên cột một lần, hoặc nhờ thư ký chạy Thiết lập bảng tính';

/** Where each field's column is, by the header texts of row 9; one finding when row 9 is not the template. */
function readHeader(values: readonly (readonly unknown[])[], tab: string, findings: Finding[]): HeaderRead {
  const headerRow = UNIT_TAB.activityHeaderRow;
  const row = values[headerRow - 1] ?? [];
  const texts: string[] = [];
  for (let c = 0; c < row.length; c++) texts.push(headerText(row[c]));
  const notCounted = `Các dòng hoạt động của tab này chưa được tính cho đến khi sửa xong.`;
  if (texts.every((t) => t === '')) {
    findings.push({
      tab,
      row: headerRow,
      column: null,
      severity: 'error',
      message:
        `Không thấy dòng tiêu đề cột ở dòng ${headerRow} (có thể đã xóa dòng này hoặc chèn dòng phía trên). ` +
        `${notCounted} ${RESTORE_HEADER}.`,
    });
    return { exact: false, columns: null };
  }
  const fieldOf = new Map(ACTIVITY_HEADERS.map((h, i) => [nameKey(h), i] as const));
  const found: number[][] = ACTIVITY_HEADERS.map(() => []);
  const extra: string[] = [];
  texts.forEach((t, c) => {
    const field = fieldOf.get(nameKey(t));
    if (field !== undefined) found[field].push(c);
    else if (t !== '') extra.push(`${quote(t)} ở cột ${columnLetter(c + 1)}`);
  });
  const missing = ACTIVITY_HEADERS.filter((_, i) => found[i].length === 0).map((h) => `"${h}"`);
  const twice = ACTIVITY_HEADERS.flatMap((h, i) =>
    found[i].length > 1 ? [`"${h}" (ở các cột ${found[i].map((c) => columnLetter(c + 1)).join(', ')})`] : [],
  );
  if (missing.length > 0 || twice.length > 0) {
    const problems = [
      missing.length > 0 ? `thiếu cột ${missing.join(', ')}` : '',
      twice.length > 0 ? `cột ghi hai lần: ${twice.join('; ')}` : '',
      missing.length > 0 && extra.length > 0 ? `đang có cột lạ ${extra.join(', ')}` : '',
    ].filter(Boolean);
    findings.push({
      tab,
      row: headerRow,
      column: null,
      severity: 'error',
      message:
        `Dòng tiêu đề cột (dòng ${headerRow}) đã bị sửa: ${problems.join('; ')}. Không biết số liệu nằm ở cột nào ` +
        `nên ${lowerFirstWord(notCounted)} ${RESTORE_HEADER}.`,
    });
    return { exact: false, columns: null };
  }
  const columns = found.map((cols) => cols[0]);
  if (columns.every((c, i) => c === i)) return { exact: true, columns };
  const moved = ACTIVITY_HEADERS.flatMap((h, i) =>
    columns[i] !== i ? [`"${h}" ở cột ${columnLetter(columns[i] + 1)} (mẫu: cột ${columnLetter(i + 1)})`] : [],
  );
  findings.push({
    tab,
    row: headerRow,
    column: null,
    severity: 'warning',
    message:
      `Các cột đã bị chèn hoặc đổi chỗ: ${moved.join('; ')}` +
      `${extra.length > 0 ? `; cột thêm không được đọc: ${extra.join(', ')}` : ''}. ` +
      'Số liệu vẫn được đọc theo tên cột nên vẫn được tính đúng. Nên đưa các cột về đúng vị trí như mẫu ' +
      '(xóa cột thêm, hoặc chuyển nội dung cột thêm vào cột Ghi chú) cho dễ đối chiếu.',
  });
  return { exact: false, columns };
}

function headerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return (typeof value === 'string' ? value : String(value)).normalize('NFC').replace(/\s+/g, ' ').trim();
}

function lowerFirstWord(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function readNarratives(input: UnitTabInput, findings: Finding[]): Map<string, Narrative> {
  const { values, tab, unit, timeZone } = input;
  const labels = narrativeLabels(input.year);
  const byKey = new Map(labels.map((l) => [nameKey(l), l] as const));
  const byLooseKey = new Map(labels.map((l) => [foldVi(l), l] as const));
  const expected = labels.map((l) => `"${l}"`).join(' hoặc ');
  const narratives = new Map<string, Narrative>();
  const column = (i: number) => `${columnLetter(i + 1)} (${NARRATIVE_HEADERS[i]})`;
  for (let r = UNIT_TAB.narrativeFirstRow - 1; r < UNIT_TAB.activityHeaderRow - 1; r++) {
    const source = values[r] ?? [];
    const cells = NARRATIVE_HEADERS.map((_, i) => typedText(source[i], timeZone));
    if (cells.every((c) => c === '')) continue;
    const row = r + 1;
    const formulas = input.formulas?.[r];
    if (formulas) {
      NARRATIVE_HEADERS.forEach((_, i) => {
        const f = formulas[i];
        if (typeof f === 'string' && f !== '') {
          findings.push({
            tab,
            row,
            column: column(i),
            severity: 'warning',
            message: `Ô có công thức ${clip(f)}; kết quả của công thức vẫn được đọc. Hãy gõ thẳng nội dung.`,
          });
        }
      });
    }
    const [label, results, shortcomings, causes, proposals] = cells;
    const hasText = results !== '' || shortcomings !== '' || causes !== '' || proposals !== '';
    if (label === '') {
      findings.push({
        tab,
        row,
        column: column(0),
        severity: 'warning',
        message: `Có nội dung tự đánh giá nhưng chưa ghi kỳ báo cáo. Hãy ghi ${expected}; dòng này chưa được đưa vào tổng hợp.`,
      });
      continue;
    }
    const canonical = byKey.get(nameKey(label)) ?? byLooseKey.get(foldVi(label));
    if (canonical === undefined && isOtherYearLabel(label, input.year)) continue;
    if (canonical === undefined) {
      findings.push({
        tab,
        row,
        column: column(0),
        severity: 'warning',
        message: `Kỳ báo cáo ${quote(label)} không đúng. Hãy ghi ${expected}; dòng này chưa được đưa vào tổng hợp.`,
      });
      continue;
    }
    if (!hasText) continue;
    if (narratives.has(canonical)) {
      findings.push({
        tab,
        row,
        column: column(0),
        severity: 'warning',
        message: `Kỳ "${canonical}" được ghi hai lần; chỉ dòng đầu được đưa vào tổng hợp. Hãy gộp hai dòng làm một.`,
      });
      continue;
    }
    narratives.set(canonical, { unitCode: unit.code, unitName: unit.name, results, shortcomings, causes, proposals });
  }
  return narratives;
}

/** "Cả năm 2023" read while the year is 2024: a period label of another year. */
function isOtherYearLabel(label: string, year: number): boolean {
  const y = narrativeLabelYear(label);
  return y !== null && y !== year;
}

function lastChangeText(values: readonly (readonly unknown[])[], timeZone: string): string {
  const value = values[UNIT_TAB.lastChangeRow - 1]?.[UNIT_TAB.valueCol - 1];
  return isDateValue(value) ? formatDateTime(value, timeZone) : typedText(value, timeZone);
}
