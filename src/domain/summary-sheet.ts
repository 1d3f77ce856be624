// The Tổng hợp and Kiểm tra tabs as pure layouts: one rectangular matrix for a single setValues,
// plus the rows and blocks to style, so the adapter makes a bounded number of format calls
// (one RangeList per style, one setNumberFormat per block). Rows and columns are 1-based sheet
// positions for a layout written at A1. Users' text is carried verbatim: protecting text that
// looks like a formula is the adapter's job when it writes.

import type { UnitTabRead } from './activity-rows';
import { formatCivil } from './civil-date';
import { comparable, comparedFigures } from './comparison';
import { periodRangeText } from './periods';
import { clipMessage } from './quote';
import { chartTables, type SummaryChart, summaryCharts } from './summary-charts';
import type { Consolidation, Finding, PeriodFigures, UnitSetting } from './types';
import { NARRATIVE_HEADERS } from './unit-tab';
import { upperVi } from './vn-format';
import { displayNumber } from './vn-parse';

type Cell = string | number;

interface NumberBlock {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
  /** A Sheets number format; the spreadsheet's locale decides the separators shown. */
  readonly pattern: string;
}

export interface SheetLayout {
  /** Rectangular: every row has `width` cells, padded with ''. */
  readonly values: Cell[][];
  readonly width: number;
  /** The tab's title (large, bold). */
  readonly titleRows: number[];
  /** "I. ..." section headings (bold). */
  readonly sectionRows: number[];
  /** Table header rows (bold, shaded). */
  readonly headerRows: number[];
  /** "Tổng cộng" rows (bold). */
  readonly totalRows: number[];
  readonly numberFormats: NumberBlock[];
  /** Sheet charts over the layout's cells (Tổng hợp only). */
  readonly charts?: readonly SummaryChart[];
}

const INTEGER_PATTERN = '#,##0';
const DECIMAL_PATTERN = '#,##0.00';
/** A change in per cent with its sign: +15.2, -3.4, 0.0 (separators follow the Sheet's locale). */
const PERCENT_CHANGE_PATTERN = '+0.0;-0.0;0.0';

const SUMMARY_WIDTH = 11;
const CHECK_WIDTH = 9;

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  fixed: 'Đã tự sửa',
};

class LayoutBuilder {
  private readonly rows: Cell[][] = [];
  private readonly titleRows: number[] = [];
  private readonly sectionRows: number[] = [];
  private readonly headerRows: number[] = [];
  private readonly totalRows: number[] = [];
  private readonly numberFormats: NumberBlock[] = [];

  constructor(private readonly width: number) {}

  /** Appends a row and returns its 1-based number. */
  row(cells: readonly Cell[]): number {
    if (cells.length > this.width) throw new Error(`layout row wider than ${this.width}`);
    const padded: Cell[] = [...cells];
    while (padded.length < this.width) padded.push('');
    this.rows.push(padded);
    return this.rows.length;
  }

  blank(): void {
    this.row([]);
  }

  title(text: string): void {
    this.titleRows.push(this.row([text]));
  }

  section(text: string): void {
    this.sectionRows.push(this.row([text]));
  }

  header(cells: readonly Cell[]): void {
    this.headerRows.push(this.row(cells));
  }

  total(cells: readonly Cell[]): number {
    const r = this.row(cells);
    this.totalRows.push(r);
    return r;
  }

  /** The next row to be appended. */
  get next(): number {
    return this.rows.length + 1;
  }

  format(row: number, col: number, numRows: number, numCols: number, pattern: string): void {
    if (numRows > 0) this.numberFormats.push({ row, col, numRows, numCols, pattern });
  }

  build(): SheetLayout {
    return {
      values: this.rows,
      width: this.width,
      titleRows: this.titleRows,
      sectionRows: this.sectionRows,
      headerRows: this.headerRows,
      totalRows: this.totalRows,
      numberFormats: this.numberFormats,
    };
  }
}

export interface SummaryMeta {
  readonly communeName: string;
  /** When the tabs were read, as display text. */
  readonly readAt: string;
  readonly readBy: string;
  readonly counted: number;
  readonly notCounted: number;
}

export function summaryLayout(c: Consolidation, meta: SummaryMeta): SheetLayout {
  const b = new LayoutBuilder(SUMMARY_WIDTH);
  const p = c.period;
  b.title(`TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN XÂY DỰNG NÔNG THÔN MỚI XÃ ${upperVi(meta.communeName)}`);
  b.row([`Kỳ báo cáo: ${p.label} (${periodRangeText(p)})`]);
  b.row([`Số liệu đọc lúc ${meta.readAt}, người thực hiện: ${meta.readBy}`]);
  b.row([
    `Số hoạt động được tính: ${displayNumber(meta.counted)}; số dòng không được tính: ` +
      `${displayNumber(meta.notCounted)} (xem tab Kiểm tra).`,
  ]);
  b.row([
    `Tổng số người tham dự: ${displayNumber(c.participants)}; tổng kinh phí: ${displayNumber(c.money.total)} đồng.`,
  ]);
  const none = '(Không có hoạt động nào được tính trong kỳ)';

  b.blank();
  b.section('I. TỔNG HỢP THEO HÌNH THỨC TUYÊN TRUYỀN');
  b.header(['Hình thức', 'Đơn vị tính', 'Số lượng', 'Số hoạt động', 'Số người tham dự']);
  let first = b.next;
  if (c.byForm.length === 0) b.row([none]);
  for (const f of c.byForm) b.row([f.form, f.measure, f.quantity, f.activities, f.participants]);
  const fractional = c.byForm.some((f) => !Number.isInteger(f.quantity));
  b.format(first, 3, b.next - first, 1, fractional ? DECIMAL_PATTERN : INTEGER_PATTERN);
  b.total(['Tổng cộng', '', '', c.activities, c.participants]);
  b.format(first, 4, b.next - first, 2, INTEGER_PATTERN);

  const groups = (title: string, keyHeader: string, list: Consolidation['byTopic']) => {
    b.blank();
    b.section(title);
    b.header([keyHeader, 'Số hoạt động', 'Số người tham dự', 'Kinh phí (đồng)']);
    const start = b.next;
    if (list.length === 0) b.row([none]);
    for (const g of list) b.row([g.key, g.activities, g.participants, g.money.total]);
    b.total(['Tổng cộng', c.activities, c.participants, c.money.total]);
    b.format(start, 2, b.next - start, 3, INTEGER_PATTERN);
  };
  groups('II. TỔNG HỢP THEO NỘI DUNG TUYÊN TRUYỀN', 'Nội dung', c.byTopic);
  groups('III. TỔNG HỢP THEO TIÊU CHÍ NÔNG THÔN MỚI', 'Tiêu chí NTM', c.byCriterion);

  b.blank();
  b.section('IV. TỔNG HỢP THEO ĐƠN VỊ');
  b.header([
    'Đơn vị',
    'Số hoạt động được tính',
    'Số dòng không tính',
    'Ngoài kỳ',
    'Số người tham dự',
    'Kinh phí đơn vị (đồng)',
    'Kinh phí lồng ghép (đồng)',
    'Kinh phí xã hội hóa (đồng)',
    'Tổng kinh phí (đồng)',
    'Đã báo cáo',
    'Cập nhật lần cuối',
  ]);
  first = b.next;
  const sum = { activities: 0, rejected: 0, outside: 0, participants: 0, unit: 0, integrated: 0, social: 0, total: 0 };
  for (const u of c.units) {
    b.row([
      u.unitName,
      u.activities,
      u.rejected,
      u.outsidePeriod,
      u.participants,
      u.money.unit,
      u.money.integrated,
      u.money.social,
      u.money.total,
      reportedText(u),
      u.lastChange,
    ]);
    sum.activities += u.activities;
    sum.rejected += u.rejected;
    sum.outside += u.outsidePeriod;
    sum.participants += u.participants;
    sum.unit += u.money.unit;
    sum.integrated += u.money.integrated;
    sum.social += u.money.social;
    sum.total += u.money.total;
  }
  b.total([
    'Tổng cộng',
    sum.activities,
    sum.rejected,
    sum.outside,
    sum.participants,
    sum.unit,
    sum.integrated,
    sum.social,
    sum.total,
    `${c.units.filter((u) => u.reported).length}/${c.units.length}`,
  ]);
  b.format(first, 2, b.next - first, 8, INTEGER_PATTERN);

  b.blank();
  b.section('V. KINH PHÍ THEO NGUỒN');
  b.header(['Nguồn kinh phí', 'Số tiền (đồng)']);
  first = b.next;
  b.row(['Kinh phí của đơn vị', c.money.unit]);
  b.row(['Kinh phí lồng ghép', c.money.integrated]);
  b.row(['Kinh phí xã hội hóa', c.money.social]);
  b.total(['Tổng cộng', c.money.total]);
  b.format(first, 2, b.next - first, 1, INTEGER_PATTERN);

  b.blank();
  b.section('VI. MÔ HÌNH, GƯƠNG ĐIỂN HÌNH');
  b.header(['STT', 'Mô hình, gương điển hình', 'Đơn vị', 'Ngày']);
  if (c.models.length === 0) b.row(['', '(Không có)']);
  c.models.forEach((m, i) => {
    b.row([i + 1, m.text, m.unitName, formatCivil(m.date)]);
  });

  b.blank();
  b.section('VII. TỰ ĐÁNH GIÁ CỦA CÁC ĐƠN VỊ');
  b.header(['Đơn vị', ...NARRATIVE_HEADERS.slice(1)]);
  if (c.narratives.length === 0) b.row(['(Chưa đơn vị nào ghi tự đánh giá cho kỳ này)']);
  for (const n of c.narratives) b.row([n.unitName, n.results, n.shortcomings, n.causes, n.proposals]);

  b.blank();
  b.section('VIII. ĐƠN VỊ CHƯA BÁO CÁO');
  b.header(['STT', 'Đơn vị']);
  if (c.notReported.length === 0) b.row(['', '(Tất cả các đơn vị đã báo cáo)']);
  c.notReported.forEach((name, i) => {
    b.row([i + 1, name]);
  });
  comparisonSection(b, c);
  const placed = chartTables(c).map((table) => {
    b.blank();
    b.section(`SỐ LIỆU CHO BIỂU ĐỒ: ${table.title.toUpperCase()}`);
    const headerRow = b.next;
    b.header(table.header);
    const first = b.next;
    for (const r of table.rows) b.row(r);
    b.format(first, 2, b.next - first, table.header.length - 1, INTEGER_PATTERN);
    return { table, headerRow };
  });
  return { ...b.build(), charts: summaryCharts(c.period, placed, SUMMARY_WIDTH + 2) };
}

/** IX, only when the tabs hold counted rows of the same period a year earlier (never against zero). */
function comparisonSection(b: LayoutBuilder, c: Consolidation): void {
  const before = comparable(c);
  if (!before) return;
  const p = before.period;
  b.blank();
  b.section(`IX. SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC (${p.label}, ${periodRangeText(p)})`);
  b.header(['Chỉ tiêu', 'Kỳ này', 'Cùng kỳ năm trước', 'Tăng (+), giảm (-) (%)']);
  const first = b.next;
  for (const f of comparedFigures(c, before)) {
    b.row([f.label, f.now, f.before, f.percent ?? 'Không so sánh (cùng kỳ bằng 0)']);
  }
  b.format(first, 2, b.next - first, 2, INTEGER_PATTERN);
  b.format(first, 4, b.next - first, 1, PERCENT_CHANGE_PATTERN);
}

function reportedText(u: Consolidation['units'][number]): string {
  const base = u.reported ? 'Có' : 'Chưa';
  if (u.tabStatus === 'missing') return `${base} (không tìm thấy tab)`;
  if (u.tabStatus === 'badHeader') return `${base} (tiêu đề cột bị sửa)`;
  return base;
}

/** One unit's line in the Kiểm tra tab. */
export interface CheckUnitRow {
  readonly unitName: string;
  readonly tabName: string;
  /** Non-blank data rows; null when the tab is missing. */
  readonly rowsRead: number | null;
  readonly counted: number;
  readonly rejected: number;
  /** null when no period applies (Kiểm tra dữ liệu outside a consolidation). */
  readonly outsidePeriod: number | null;
}

export interface CheckMeta {
  readonly readAt: string;
  readonly readBy: string;
  /** The period of a consolidation, or null for Kiểm tra dữ liệu. */
  readonly periodLabel: string | null;
  readonly units: readonly CheckUnitRow[];
  /** The rows of the same period a year earlier, when a consolidation found any. */
  readonly previous?: PeriodFigures | null;
}

export function checkLayout(findings: readonly Finding[], meta: CheckMeta): SheetLayout {
  const b = new LayoutBuilder(CHECK_WIDTH);
  const tally = (list: readonly Finding[]) => ({
    error: list.filter((f) => f.severity === 'error').length,
    warning: list.filter((f) => f.severity === 'warning').length,
    fixed: list.filter((f) => f.severity === 'fixed').length,
  });
  const all = tally(findings);
  b.title(meta.periodLabel ? `KIỂM TRA DỮ LIỆU - ${meta.periodLabel.toUpperCase()}` : 'KIỂM TRA DỮ LIỆU CÁC ĐƠN VỊ');
  b.row([`Số liệu đọc lúc ${meta.readAt}, người thực hiện: ${meta.readBy}`]);
  b.row([
    `Có ${displayNumber(all.error)} lỗi (dòng có lỗi không được tính), ${displayNumber(all.warning)} cảnh báo ` +
      `(vẫn được tính, nên xem lại), ${displayNumber(all.fixed)} ô đã tự sửa khi đọc (nên gõ lại cho đúng).`,
  ]);
  b.row(['Dữ liệu của các đơn vị không bị thay đổi: đơn vị tự sửa trong tab của mình rồi chạy lại.']);
  if (meta.previous) {
    const p = meta.previous;
    b.row([
      `Cùng kỳ năm trước (${p.period.label}, ${periodRangeText(p.period)}), để so sánh: ` +
        `${displayNumber(p.activities)} dòng được tính, ` +
        `${displayNumber(p.rejected)} dòng có lỗi không được tính (các dòng này ở cột "Ngoài kỳ"; lỗi, nếu có, ở phần Chi tiết).`,
    ]);
  }

  b.blank();
  b.section('SỐ DÒNG THEO ĐƠN VỊ');
  b.header([
    'Đơn vị',
    'Tab',
    'Số dòng có dữ liệu',
    'Được tính',
    'Không tính (có lỗi)',
    'Ngoài kỳ',
    'Lỗi',
    'Cảnh báo',
    'Đã tự sửa',
  ]);
  const byTab = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byTab.get(f.tab);
    if (!list) {
      list = [];
      byTab.set(f.tab, list);
    }
    list.push(f);
  }
  const first = b.next;
  for (const u of meta.units) {
    const t = tally(byTab.get(u.tabName) ?? []);
    b.row([
      u.unitName,
      u.tabName,
      u.rowsRead === null ? 'Không có tab' : u.rowsRead,
      u.counted,
      u.rejected,
      u.outsidePeriod ?? '',
      t.error,
      t.warning,
      t.fixed,
    ]);
  }
  b.format(first, 3, b.next - first, 7, INTEGER_PATTERN);

  b.blank();
  b.section('CHI TIẾT');
  b.header(['Tab', 'Dòng', 'Cột', 'Mức độ', 'Nội dung và cách sửa']);
  if (findings.length === 0) b.row(['', '', '', '', 'Không có lỗi hay cảnh báo nào.']);
  for (const f of findings) {
    b.row([f.tab, f.row ?? '', f.column ?? '', SEVERITY_LABEL[f.severity], clipMessage(f.message)]);
  }
  return b.build();
}

/** The Kiểm tra per-unit lines of a consolidation. */
export function checkUnitsOfConsolidation(c: Consolidation): CheckUnitRow[] {
  return c.units.map((u) => ({
    unitName: u.unitName,
    tabName: u.tabName,
    rowsRead: u.tabStatus === 'missing' ? null : u.activities + u.rejected + u.outsidePeriod,
    counted: u.activities,
    rejected: u.rejected,
    outsidePeriod: u.outsidePeriod,
  }));
}

/** The Kiểm tra line of one unit read by Kiểm tra dữ liệu (null read: the tab is missing). */
export function checkUnitOfRead(unit: UnitSetting, read: UnitTabRead | null): CheckUnitRow {
  return {
    unitName: unit.name,
    tabName: unit.tabName,
    rowsRead: read ? read.rowsRead : null,
    counted: read ? read.activities.length : 0,
    rejected: read ? read.rejected.length : 0,
    outsidePeriod: null,
  };
}
