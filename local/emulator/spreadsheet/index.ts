// SpreadsheetApp for the bundle, and the Node-side store that tests and the offline runner use to
// create spreadsheets, pick the bound one, and type into cells as a person would.
import { Emulated, GAS_TYPE, gasError } from '../core';
import type { Workspace } from '../workspace';
import { BandingTheme, BorderStyle, DataValidationCriteria, ProtectionType, WrapStrategy } from './enums';
import { MSG } from './errors';
import type { SheetImpl } from './sheet';
import { SpreadsheetImpl, type SpreadsheetOptions } from './spreadsheet';
import { DataValidationBuilderImpl } from './validation';

export { type Area, columnLetter, parseA1, quoteSheetName } from './a1';
export type { Border, Cell, Style } from './cells';
export { EmbeddedChartImpl } from './chart';
export { chartSvg } from './chart-drawing';
export * from './enums';
export { DEFAULT_FORMAT, isDateFormat } from './number-format';
export { ProtectionImpl } from './protection';
export { RangeImpl } from './range';
export { dateToSerial, serialToInstant } from './serial';
export { SheetImpl } from './sheet';
export { SpreadsheetImpl, type SpreadsheetOptions } from './spreadsheet';
export { DataValidationBuilderImpl, DataValidationImpl } from './validation';

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A Drive-like id (44 characters), deterministic per store so runs are reproducible. */
function makeId(seq: number): string {
  let x = (seq * 2_654_435_761) >>> 0;
  let id = '1';
  for (let i = 0; i < 43; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    id += ID_CHARS[(x >>> 16) % ID_CHARS.length];
  }
  return id;
}

export class SpreadsheetStore {
  private readonly files = new Map<string, SpreadsheetImpl>();
  private current: SpreadsheetImpl | null = null;
  private seq = 0;
  /**
   * Whether the script wrote since the last SpreadsheetApp.flush() (or the end of an execution):
   * Google batches writes, so another run taking a lock released now may not see them yet.
   */
  unflushed = false;

  constructor(readonly ws: Workspace) {}

  /** Creates a spreadsheet (one tab "Trang tính1" unless `empty`); the first one created becomes active. */
  create(name: string, options: SpreadsheetOptions = {}): SpreadsheetImpl {
    this.seq += 1;
    const ss = new SpreadsheetImpl(this.ws, makeId(this.seq), name, options);
    this.files.set(ss.getId(), ss);
    if (!this.current) this.current = ss;
    return ss;
  }

  /** Makes `ss` the container of the bound script. */
  setActive(ss: SpreadsheetImpl): void {
    this.current = ss;
  }

  active(): SpreadsheetImpl | null {
    return this.current;
  }

  byId(id: string): SpreadsheetImpl | null {
    return this.files.get(id) ?? null;
  }

  all(): SpreadsheetImpl[] {
    return [...this.files.values()];
  }

  /**
   * A person (ws.activeUser) types `text` into one cell: protections apply (a warning-only one lets
   * the person confirm), a reject-input validation refuses the text with its help text, and the
   * text is read as Sheets reads typed input.
   */
  typeInto(sheetName: string, a1: string, text: string, ss: SpreadsheetImpl | null = this.current): void {
    if (!ss) throw new Error('No active spreadsheet');
    const range = ss.sheet(sheetName).getRange(a1);
    if (range.getNumRows() !== 1 || range.getNumColumns() !== 1) throw new Error(`typeInto takes one cell, not ${a1}`);
    // A person's edit is no script's pending write.
    const unflushed = this.unflushed;
    try {
      range.setValue(String(text));
    } catch (e) {
      const help = range.getDataValidation()?.getHelpText();
      if (e instanceof Error && help && e.message.startsWith('The data you entered')) {
        throw gasError(`${e.message} ${help}`);
      }
      throw e;
    } finally {
      this.unflushed = unflushed;
    }
  }
}

export class SpreadsheetAppService extends Emulated {
  readonly [GAS_TYPE] = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BandingTheme = BandingTheme;

  constructor(readonly ws: Workspace) {
    super();
  }

  /** The container spreadsheet of the bound script (null for a standalone script). */
  getActiveSpreadsheet(): SpreadsheetImpl | null {
    const ss = this.ws.spreadsheets.active();
    ss?.assertCanView();
    return ss;
  }

  getActive(): SpreadsheetImpl | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): SheetImpl | null {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }

  openById(id: string): SpreadsheetImpl {
    const ss = this.ws.spreadsheets.byId(String(id));
    if (!ss) throw gasError(MSG.noAccess);
    ss.assertCanView();
    return ss;
  }

  getUi() {
    return this.ws.ui.ui();
  }

  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.ws.spreadsheets.active()?.getSpreadsheetTimeZone() ?? this.ws.timeZone);
  }

  /** Applies the pending writes (see SpreadsheetStore.unflushed). */
  flush(): void {
    this.ws.spreadsheets.unflushed = false;
  }
}
