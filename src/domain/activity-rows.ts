// Reading one unit's tab (the layout of unit-tab.ts) into counted activities, narratives and
// findings. Used by Kiểm tra dữ liệu (findings only) and by consolidate (everything). A bad row
// never stops the reading and is never dropped silently: it becomes an 'error' finding and is
// listed in `rejected`.
//
// Decisions:
// - The header row is compared after NFC, trimming, collapsing spaces and ignoring case; any other
//   change (a renamed, moved or missing column) makes headerOk false with one finding on row 9.
//   The rows are still read by position, as the brief asks.
// - Catalogue matching is case- and spacing-insensitive silently, and diacritic-insensitive
//   ("Giao thong" -> "Giao thông") with a 'fixed' finding, only when that match is unique.
// - A blank topic is a warning (counted under "(không ghi)"); a blank criterion is normal.
// - Participants must be whole numbers; money must be whole đồng (a fraction is an error).
// - "Outside the year" means outside 1/1..31/12 of `year`, or 15/12 of the previous year..31/12
//   with rule 'nd09' (those days belong to the year's first Nghị định 09 period).
import { civil, civilInZone, formatCivil, isDateValue, isWithin } from './civil-date';
import type { Activity, Catalogue, CivilDate, Finding, Narrative, PeriodRule, UnitSetting } from './types';
import {
  ACTIVITY_HEADERS,
  activityColumnName,
  COL,
  columnLetter,
  NARRATIVE_HEADERS,
  narrativeLabels,
  UNIT_TAB,
} from './unit-tab';
import { foldVi, nameKey } from './vn-format';
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
  /** Widens "the year" back to 15/12 of the previous year for 'nd09'. Default 'calendar'. */
  readonly rule?: PeriodRule;
}

export interface RejectedRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** The row's date when it could be read (consolidate needs it to tell "outside the period"). */
  readonly date: CivilDate | null;
}

export interface UnitTabRead {
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
  const headerOk = checkHeader(values, tab, findings);
  const narratives = readNarratives(input, findings);
  const matchers = {
    form: new CatalogueMatcher(input.catalogue.forms),
    topic: new CatalogueMatcher(input.catalogue.topics),
    criterion: new CatalogueMatcher(input.catalogue.criteria),
    measure: new CatalogueMatcher(input.catalogue.measures),
  };
  const window = {
    start: input.rule === 'nd09' ? civil(year - 1, 12, 15) : civil(year, 1, 1),
    end: civil(year, 12, 31),
  };
  const activities: Activity[] = [];
  const rejected: RejectedRow[] = [];
  let rowsRead = 0;
  for (let r = UNIT_TAB.activityFirstRow - 1; r < values.length; r++) {
    const source = values[r] ?? [];
    const cells: unknown[] = [];
    for (let c = 0; c < UNIT_TAB.columns; c++) cells.push(source[c]);
    if (cells.every(isBlank)) continue;
    rowsRead++;
    const row = r + 1;
    const outcome = readRow({ cells, formulas: input.formulas?.[r], row, tab, unit, timeZone, year, window, matchers });
    for (const f of outcome.findings) findings.push(f);
    if (outcome.activity) activities.push(outcome.activity);
    else rejected.push({ row, date: outcome.date });
  }
  return {
    headerOk,
    activities,
    findings,
    narratives,
    lastChange: lastChangeText(values, timeZone),
    rowsRead,
    rejected,
  };
}

interface RowContext {
  readonly cells: readonly unknown[];
  readonly formulas: readonly string[] | undefined;
  readonly row: number;
  readonly tab: string;
  readonly unit: UnitSetting;
  readonly timeZone: string;
  readonly year: number;
  readonly window: { readonly start: CivilDate; readonly end: CivilDate };
  readonly matchers: Record<'form' | 'topic' | 'criterion' | 'measure', CatalogueMatcher>;
}

function readRow(ctx: RowContext): { findings: Finding[]; activity: Activity | null; date: CivilDate | null } {
  const { cells, row, tab, year, matchers } = ctx;
  const found: { col: number; finding: Finding }[] = [];
  let failed = false;
  const add = (col: number | null, severity: Finding['severity'], message: string) => {
    if (severity === 'error') failed = true;
    const column = col === null ? null : activityColumnName(col);
    found.push({ col: col ?? -1, finding: { tab, row, column, severity, message } });
  };

  if (ctx.formulas) {
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
      if (!isWithin(date, ctx.window.start, ctx.window.end)) {
        add(
          COL.date,
          'warning',
          `Ngày ${formatCivil(date)} không thuộc năm ${year} của kế hoạch. Hãy kiểm tra lại (có thể gõ nhầm năm); ` +
            'dòng này chỉ được tính khi ngày thuộc kỳ báo cáo.',
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
          `Hình thức "${formText}" không có trong Danh mục. Hãy chọn một hình thức trong danh sách ` +
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
        `Đơn vị tính "${measure}" không có trong Danh mục; vẫn được tính theo đúng chữ đã ghi. ` +
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
      `${label} "${text}" không có trong Danh mục; vẫn được tính theo đúng chữ đã ghi. ` +
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

function looseNote(label: string, typed: string, name: string): string {
  return `${label} ghi "${typed}" (thiếu hoặc sai dấu), đã hiểu là "${name}". Nên chọn lại trong danh sách.`;
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

function checkHeader(values: readonly (readonly unknown[])[], tab: string, findings: Finding[]): boolean {
  const headerRow = UNIT_TAB.activityHeaderRow;
  const row = values[headerRow - 1];
  const fix = 'Hãy sửa lại đúng tiêu đề hoặc nhờ thư ký chạy lại Thiết lập bảng tính';
  if (!row || row.every(isBlank)) {
    findings.push({
      tab,
      row: headerRow,
      column: null,
      severity: 'error',
      message:
        `Không thấy dòng tiêu đề cột ở dòng ${headerRow} (có thể đã xóa hoặc chèn dòng phía trên). ${fix}; ` +
        `số liệu từ dòng ${UNIT_TAB.activityFirstRow} vẫn được đọc theo vị trí cột nên có thể sai.`,
    });
    return false;
  }
  const wrong: string[] = [];
  ACTIVITY_HEADERS.forEach((header, i) => {
    const actual = typeof row[i] === 'string' ? (row[i] as string) : row[i] == null ? '' : String(row[i]);
    if (nameKey(actual) !== nameKey(header)) {
      wrong.push(`cột ${columnLetter(i + 1)} phải là "${header}" nhưng đang là "${actual.trim()}"`);
    }
  });
  if (wrong.length === 0) return true;
  findings.push({
    tab,
    row: headerRow,
    column: null,
    severity: 'error',
    message:
      `Dòng tiêu đề cột (dòng ${headerRow}) đã bị sửa: ${wrong.join('; ')}. ${fix}; ` +
      'số liệu vẫn được đọc theo vị trí cột nên có thể sai.',
  });
  return false;
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
    if (canonical === undefined) {
      findings.push({
        tab,
        row,
        column: column(0),
        severity: 'warning',
        message: `Kỳ báo cáo "${label}" không đúng. Hãy ghi ${expected}; dòng này chưa được đưa vào tổng hợp.`,
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

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function lastChangeText(values: readonly (readonly unknown[])[], timeZone: string): string {
  const value = values[UNIT_TAB.lastChangeRow - 1]?.[UNIT_TAB.valueCol - 1];
  if (!isDateValue(value)) return typedText(value, timeZone);
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    timeFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(value);
  const get = (type: string) => (parts.find((p) => p.type === type)?.value ?? '00').padStart(2, '0');
  return `${formatCivil(civilInZone(value, timeZone))} ${get('hour')}:${get('minute')}`;
}
