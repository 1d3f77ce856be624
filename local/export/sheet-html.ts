// A tab of the emulated Sheet as a person sees it in Google Sheets, as one HTML page: the column
// letters and row numbers, the cells' shown values (number formats applied), fonts, colours,
// borders, widths and heights, merged cells, the frozen rows' thick line, dropdown and note marks,
// and the tab bar. The guides' pictures are this page photographed in Chromium (local/tools/doc-pictures.ts).
import type { Area, Border, Cell, SheetImpl } from '../emulator/spreadsheet';
import { columnLetter } from '../emulator/spreadsheet';

/** Google's grey for gridlines, headers and the frozen line. */
const GRID = '#e2e3e3';
const HEADER_BG = '#f8f9fa';
const FROZEN = '#c0c0c0';
const ROW_HEADER_WIDTH = 46;
const COLUMN_HEADER_HEIGHT = 21;

export interface SheetView {
  /** How many rows to show from row 1 (default: down to the last row with content, at least 20). */
  readonly rows?: number;
  /** How many columns to show from column A (default: to the last column with content). */
  readonly columns?: number;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function borderCss(b: Border | undefined): string | null {
  if (!b) return null;
  const shape: Record<Border['style'], string> = {
    SOLID: '1px solid',
    SOLID_MEDIUM: '2px solid',
    SOLID_THICK: '3px solid',
    DOTTED: '1px dotted',
    DASHED: '1px dashed',
    DOUBLE: '3px double',
  };
  return `${shape[b.style]} ${b.color}`;
}

/** Where Sheets puts a value that has no alignment of its own: numbers right, booleans centred, text left. */
function generalAlign(value: unknown): string {
  if (typeof value === 'number') return 'right';
  if (typeof value === 'boolean') return 'center';
  return 'left';
}

function computedValue(sheet: SheetImpl, cell: Cell, r: number, c: number): unknown {
  return cell.f === undefined ? cell.v : sheet.computed(r, c);
}

function mergeAt(merges: readonly Area[], r: number, c: number): Area | null {
  return merges.find((m) => r >= m.r && r < m.r + m.nr && c >= m.c && c < m.c + m.nc) ?? null;
}

function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.v === '' && cell.f === undefined);
}

/** The page for `sheet`: `view` picks how much of it; the tab bar names every visible tab. */
export function sheetToHtml(sheet: SheetImpl, view: SheetView = {}): string {
  const rows = view.rows ?? Math.max(20, sheet.getLastRow() + 2);
  const cols = view.columns ?? Math.max(1, sheet.getLastColumn());
  const widths = Array.from({ length: cols }, (_, i) => sheet.getColumnWidth(i + 1));
  const merges = sheet.merges;
  const frozen = sheet.frozenRows;
  const frozenCols = sheet.frozenCols;

  const body: string[] = [];
  const head = widths.map(
    (_, i) =>
      `<th class="ch"${i + 1 === frozenCols ? ` style="border-right:3px solid ${FROZEN}"` : ''}>${columnLetter(i + 1)}</th>`,
  );
  body.push(`<tr style="height:${COLUMN_HEADER_HEIGHT}px"><th class="corner"></th>${head.join('')}</tr>`);

  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [];
    const frozenLine = r === frozen ? `border-bottom:3px solid ${FROZEN};` : '';
    cells.push(`<th class="rh" style="${frozenLine}">${r}</th>`);
    for (let c = 1; c <= cols; c++) {
      const merge = mergeAt(merges, r, c);
      if (merge && (merge.r !== r || merge.c !== c)) continue;
      const cell = sheet.grid.get(r, c);
      const span = merge
        ? { rows: Math.min(merge.nr, rows - r + 1), cols: Math.min(merge.nc, cols - c + 1) }
        : { rows: 1, cols: 1 };
      cells.push(renderCell(sheet, cell, r, c, span, widths, frozen, frozenCols));
    }
    body.push(`<tr style="height:${sheet.getRowHeight(r)}px">${cells.join('')}</tr>`);
  }

  const total = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const colgroup = [`<col style="width:${ROW_HEADER_WIDTH}px">`, ...widths.map((w) => `<col style="width:${w}px">`)];
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(sheet.getName())}</title><style>
body { margin: 0; background: #fff; font-family: Arial, 'Liberation Sans', sans-serif; }
#sheet { display: inline-block; }
table { border-collapse: collapse; table-layout: fixed; width: ${total}px; }
td, th { padding: 0 3px; border: 1px solid ${GRID}; font-size: 10pt; overflow: hidden; box-sizing: border-box; }
th { background: ${HEADER_BG}; color: #5f6368; font-weight: normal; font-size: 8pt; text-align: center; }
th.corner { border-right: 3px solid ${FROZEN}; }
td { position: relative; white-space: nowrap; vertical-align: bottom; }
td .spill { position: absolute; left: 3px; bottom: 2px; white-space: nowrap; overflow: hidden; z-index: 1; }
td .dd { position: absolute; right: 2px; top: 50%; transform: translateY(-50%); color: #5f6368; font-size: 8pt;
  z-index: 2; }
td .note { position: absolute; right: 0; top: 0; border-style: solid; border-width: 0 6px 6px 0;
  border-color: transparent #000 transparent transparent; }
td.wrap { white-space: normal; word-wrap: break-word; }
td.spills { overflow: visible; }
#tabs { display: flex; gap: 2px; background: ${HEADER_BG}; border-top: 1px solid ${GRID}; padding: 0 0 4px 52px;
  font-size: 9.5pt; color: #3c4043; }
#tabs span { padding: 6px 12px; white-space: nowrap; }
#tabs span.active { background: #e1e9f7; color: #0b57d0; font-weight: bold; border-radius: 0 0 6px 6px; }
</style></head><body><div id="sheet">
<table><colgroup>${colgroup.join('')}</colgroup>
${body.join('\n')}
</table>
${tabBar(sheet)}
</div></body></html>
`;
}

function renderCell(
  sheet: SheetImpl,
  cell: Cell | undefined,
  r: number,
  c: number,
  span: { rows: number; cols: number },
  widths: readonly number[],
  frozen: number,
  frozenCols: number,
): string {
  const s = cell?.s;
  const css: string[] = [];
  if (s?.background) css.push(`background:${s.background}`);
  if (s?.bold) css.push('font-weight:bold');
  if (s?.italic) css.push('font-style:italic');
  if (s?.fontSize) css.push(`font-size:${s.fontSize}pt`);
  if (s?.fontColor) css.push(`color:${s.fontColor}`);
  // Sheets shows a HYPERLINK cell as a link.
  else if (cell?.f && /^=\s*HYPERLINK\(/i.test(cell.f)) css.push('color:#1155cc;text-decoration:underline');
  if (s?.fontFamily) css.push(`font-family:'${s.fontFamily}', Arial, sans-serif`);
  const value = cell ? computedValue(sheet, cell, r, c) : '';
  const align = s?.hAlign && s.hAlign !== 'general' ? s.hAlign : generalAlign(value);
  css.push(`text-align:${align}`);
  if (s?.vAlign) css.push(`vertical-align:${s.vAlign === 'middle' ? 'middle' : s.vAlign}`);
  const sides = [
    ['top', s?.borderTop],
    ['left', s?.borderLeft],
    ['bottom', s?.borderBottom],
    ['right', s?.borderRight],
  ] as const;
  for (const [side, b] of sides) {
    const line = borderCss(b);
    if (line) css.push(`border-${side}:${line}`);
  }
  const lastRow = r + span.rows - 1;
  const lastCol = c + span.cols - 1;
  if (lastRow === frozen) css.push(`border-bottom:3px solid ${FROZEN}`);
  if (lastCol === frozenCols) css.push(`border-right:3px solid ${FROZEN}`);

  const shown = cell ? escapeHtml(sheet.displayOf(cell, r, c)) : '';
  const wrap = s?.wrap === 'WRAP';
  let inner = shown;
  let spills = false;
  // Left-aligned text that overflows (neither wrapped nor clipped) runs on over the empty cells to its right.
  if (shown && s?.wrap === undefined && align === 'left' && span.cols === 1) {
    let reach = widths[c - 1];
    for (let next = c + 1; next <= widths.length; next++) {
      if (!isBlank(sheet.grid.get(r, next)) || mergeAt(sheet.merges, r, next)) break;
      reach += widths[next - 1];
    }
    if (reach > widths[c - 1]) {
      inner = `<span class="spill" style="width:${reach - 6}px">${shown}</span>`;
      spills = true;
    }
  }
  const criteria = cell?.dv?.criteria;
  if (criteria === 'VALUE_IN_LIST' || criteria === 'VALUE_IN_RANGE') inner += '<span class="dd">▾</span>';
  if (criteria === 'CHECKBOX') inner = value === true ? '☑' : '☐';
  if (cell?.note) inner += '<span class="note"></span>';

  const attrs = [
    span.rows > 1 ? ` rowspan="${span.rows}"` : '',
    span.cols > 1 ? ` colspan="${span.cols}"` : '',
    wrap ? ' class="wrap"' : spills ? ' class="spills"' : '',
  ].join('');
  return `<td${attrs} style="${css.join(';')}">${inner}</td>`;
}

function tabBar(sheet: SheetImpl): string {
  const tabs = sheet.ss.sheets
    .filter((t) => !t.hidden)
    .map((t) => {
      const mark = t.tabColor ? ` style="border-bottom:3px solid ${t.tabColor}"` : '';
      return `<span${t === sheet ? ' class="active"' : ''}${mark}>${escapeHtml(t.getName())}</span>`;
    });
  return `<div id="tabs">${tabs.join('')}</div>`;
}
