// Drive's "Make a copy" of a Sheet with a bound script, as a commune gets the product from the
// template: the copy belongs to whoever made it and starts a workspace of its own (the bound script
// travels with it, but not the triggers, the authorisations, the document or script properties,
// nor the sharing). Tabs keep their ids, values, formats, validation, notes, sizes and frozen rows;
// protections stay in place but list only the new owner as editor.
import type { SpreadsheetImpl } from './spreadsheet';
import { Workspace, type WorkspaceOptions } from './workspace';

export interface CopiedSheet {
  readonly ws: Workspace;
  readonly ss: SpreadsheetImpl;
}

/** A copy of `source` named `name`, owned by `options.owner`, bound in a fresh workspace. */
export function makeCopy(
  source: SpreadsheetImpl,
  name: string,
  options: WorkspaceOptions & { owner: string },
): CopiedSheet {
  const ws = new Workspace({ htmlDir: source.ws.html.dir, now: source.ws.now(), ...options });
  const ss = ws.spreadsheets.create(name, {
    empty: true,
    timeZone: source.getSpreadsheetTimeZone(),
    locale: source.getSpreadsheetLocale(),
  });
  ws.spreadsheets.setActive(ss);
  source.sheets.forEach((from, index) => {
    const to = ss.addSheet(from.getName(), index, from.getSheetId());
    to.maxRows = from.maxRows;
    to.maxCols = from.maxCols;
    to.frozenRows = from.frozenRows;
    to.frozenCols = from.frozenCols;
    to.hidden = from.hidden;
    to.tabColor = from.tabColor;
    for (const [c, w] of from.colWidths) to.colWidths.set(c, w);
    for (const [r, h] of from.rowHeights) to.rowHeights.set(r, h);
    to.merges = from.merges.map((m) => ({ ...m }));
    // Styles and validation rules are immutable values, so the copy may share them.
    for (const [r, c, cell] of from.grid.entries()) Object.assign(to.grid.ensure(r, c), cell);
  });
  for (const p of source.protections) {
    if (p.removed) continue;
    const sheet = ss.sheet(p.sheet.getName());
    const copy = p.type === 'SHEET' ? sheet.protect() : sheet.getRange(...rangeArgs(p.area!)).protect();
    copy.restore({
      editors: [ss.owner],
      unprotected: p.unprotectedAreas(),
      description: p.getDescription(),
      warningOnly: p.isWarningOnly(),
    });
  }
  ss.setActiveSheetRaw(ss.sheets[0]);
  return { ws, ss };
}

function rangeArgs(area: { r: number; c: number; nr: number; nc: number }): [number, number, number, number] {
  return [area.r, area.c, area.nr, area.nc];
}
