// One activity row of a unit's tab, read cell by cell into an activity or the findings that say
// why it is not counted.
//
// Decisions:
// - A blank topic is a warning (counted under "(không ghi)"); a blank criterion is normal.
// - Participants must be whole numbers; money must be whole đồng (a fraction is an error).

import { type CatalogueMatcher, looseNote } from './catalogue-matcher';
import { compareCivil, formatCivil } from './civil-date';
import { quote } from './quote';
import { overLimits, type RowLimits } from './row-limits';
import { isSubtotalRow, SUBTOTAL_MESSAGE } from './subtotal-rows';
import type { Activity, CivilDate, Finding, UnitSetting } from './types';
import { ACTIVITY_HEADERS, COL, columnLetter, UNIT_TAB } from './unit-tab';
import { displayNumber, readDate, readNumber, typedText } from './vn-parse';

/** What a blank topic, criterion or measure is grouped under. */
export const UNSPECIFIED = '(không ghi)';

const NOT_COUNTED = 'Dòng này chưa được tính.';

export interface RowContext {
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

export function readRow(ctx: RowContext): { findings: Finding[]; activity: Activity | null; date: CivilDate | null } {
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

  const measure = readCatalogueText(ctx, COL.measure, 'Đơn vị tính', matchers.measure, add, false);
  if (measure === '' && q.ok && !q.blank) {
    add(COL.measure, 'warning', 'Có số lượng nhưng chưa ghi đơn vị tính. Hãy chọn đơn vị tính trong danh sách.');
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

export function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
