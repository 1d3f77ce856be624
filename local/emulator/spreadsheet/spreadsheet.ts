// The Spreadsheet: its tabs, sharing (owner, editors, viewers), protections, time zone and locale.
// Every write by any class goes through assertCanEdit here, so access rules live in one place.
import { GAS_TYPE, gasError, Unwrappable, unwrap } from '../core';
import { emailOf, UserImpl } from '../user';
import type { Workspace } from '../workspace';
import { type Area, parseA1, splitSheet } from './a1';
import type { ProtectionTypeName } from './enums';
import { duplicateSheet, MSG } from './errors';
import { type LocaleInfo, localeInfo } from './locale';
import type { ProtectionImpl } from './protection';
import type { RangeImpl } from './range';
import { RangeListImpl } from './range-list';
import { SheetImpl } from './sheet';

export interface SpreadsheetOptions {
  /** The owner's email (default: the workspace owner). */
  readonly owner?: string;
  readonly locale?: string;
  readonly timeZone?: string;
  /** Leave out the first, default tab (for an import that makes its own). */
  readonly empty?: boolean;
}

export interface Toast {
  readonly message: string;
  readonly title: string;
}

export type Role = 'owner' | 'editor' | 'viewer' | 'none';

export class SpreadsheetImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Spreadsheet';
  readonly owner: string;
  private name: string;
  private readonly editors = new Set<string>();
  private readonly viewers = new Set<string>();
  readonly sheets: SheetImpl[] = [];
  private activeSheet: SheetImpl | null = null;
  private timeZone: string;
  private locale: string;
  readonly protections: ProtectionImpl[] = [];
  /** Toasts shown on this spreadsheet, in order (also pushed to the workspace's UI state). */
  readonly toasts: Toast[] = [];
  private nextSheetId = 0;

  constructor(
    readonly ws: Workspace,
    readonly id: string,
    name: string,
    options: SpreadsheetOptions = {},
  ) {
    super();
    this.owner = (options.owner ?? ws.owner).toLowerCase();
    this.name = name;
    this.timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
    this.locale = options.locale ?? 'vi_VN';
    if (!options.empty) this.addSheet(`${this.localeInfo().sheetPrefix}1`, 0);
  }

  // ---- Node-side helpers (not Apps Script methods) ----

  localeInfo(): LocaleInfo {
    return localeInfo(this.locale);
  }

  tz(): string {
    return this.timeZone;
  }

  role(user: string): Role {
    if (user === this.owner) return 'owner';
    if (this.editors.has(user)) return 'editor';
    if (this.viewers.has(user)) return 'viewer';
    return 'none';
  }

  isEditor(user: string): boolean {
    return user === this.owner || this.editors.has(user);
  }

  /** Owner first, then the editors. */
  editorEmails(): string[] {
    return [this.owner, ...[...this.editors].sort()];
  }

  assertCanView(): void {
    if (this.role(this.ws.activeUser) === 'none') throw gasError(MSG.noAccess);
  }

  /** Every write passes here (directly or through assertCanEdit): it stays pending until a flush. */
  assertCanEditFile(): void {
    if (!this.isEditor(this.ws.activeUser)) throw gasError(MSG.noAccess);
    this.ws.spreadsheets.unflushed = true;
  }

  /** Throws as Google does when the active user may not change `area` of `sheet` (null: its structure). */
  assertCanEdit(sheet: SheetImpl, area: Area | null): void {
    this.assertCanEditFile();
    const user = this.ws.activeUser;
    for (const p of this.protections) {
      if (p.sheet === sheet && p.blocks(user, area)) throw gasError(MSG.protectedCell);
    }
  }

  findSheet(name: string): SheetImpl | null {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.getName().toLowerCase() === key) ?? null;
  }

  /** Node-side: a tab by exact name, or an error naming the tabs there are. */
  sheet(name: string): SheetImpl {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet "${name}" (sheets: ${this.sheets.map((x) => x.getName()).join(', ')})`);
    return s;
  }

  assertUniqueName(name: string, except?: SheetImpl): void {
    const clash = this.findSheet(name);
    if (clash && clash !== except) throw gasError(duplicateSheet(name));
  }

  /** Adds a tab without access checks (creation, import, and a copy, which keeps each tab's id). */
  addSheet(name: string, index: number, id?: number): SheetImpl {
    this.assertUniqueName(name);
    const taken = (candidate: number) => this.sheets.some((s) => s.getSheetId() === candidate);
    let sheetId = id !== undefined && !taken(id) ? id : null;
    while (sheetId === null || taken(sheetId)) {
      sheetId = this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7_919;
      this.nextSheetId += 1;
    }
    const sheet = new SheetImpl(this, name, sheetId);
    this.sheets.splice(index, 0, sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  dropProtection(p: ProtectionImpl): void {
    const i = this.protections.indexOf(p);
    if (i >= 0) this.protections.splice(i, 1);
  }

  setActiveSheetRaw(sheet: SheetImpl): void {
    this.activeSheet = sheet;
  }

  private activeOrFirst(): SheetImpl {
    return this.activeSheet && this.sheets.includes(this.activeSheet) ? this.activeSheet : this.sheets[0];
  }

  private sheetArg(value: unknown): SheetImpl {
    const sheet = unwrap(value, SheetImpl);
    if (!sheet || sheet.ss !== this || !this.sheets.includes(sheet)) throw gasError(MSG.rangeNotFound);
    return sheet;
  }

  // ---- Apps Script methods ----

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(name: string): void {
    this.assertCanEditFile();
    this.name = String(name);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getOwner(): UserImpl {
    return new UserImpl(this.owner);
  }

  getEditors(): UserImpl[] {
    return this.editorEmails().map((e) => new UserImpl(e));
  }

  getViewers(): UserImpl[] {
    return [...this.viewers].sort().map((e) => new UserImpl(e));
  }

  addEditor(user: unknown): SpreadsheetImpl {
    return this.addEditors([user]);
  }

  addEditors(users: unknown): SpreadsheetImpl {
    this.assertCanEditFile();
    for (const u of Array.isArray(users) ? users : [users]) {
      const email = emailOf(u);
      if (email === this.owner) continue;
      this.viewers.delete(email);
      this.editors.add(email);
    }
    return this;
  }

  addViewer(user: unknown): SpreadsheetImpl {
    return this.addViewers([user]);
  }

  /** A user who already edits stays an editor, as Google documents. */
  addViewers(users: unknown): SpreadsheetImpl {
    this.assertCanEditFile();
    for (const u of Array.isArray(users) ? users : [users]) {
      const email = emailOf(u);
      if (!this.isEditor(email)) this.viewers.add(email);
    }
    return this;
  }

  removeEditor(user: unknown): SpreadsheetImpl {
    this.assertCanEditFile();
    this.editors.delete(emailOf(user));
    return this;
  }

  removeViewer(user: unknown): SpreadsheetImpl {
    this.assertCanEditFile();
    this.viewers.delete(emailOf(user));
    return this;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.assertCanEditFile();
    this.timeZone = String(timeZone);
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.assertCanEditFile();
    this.locale = String(locale);
  }

  getSheets(): SheetImpl[] {
    return [...this.sheets];
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  /** Sheet names are unique regardless of case in Sheets, and the lookup ignores case too. */
  getSheetByName(name: string): SheetImpl | null {
    return this.findSheet(String(name));
  }

  getSheetById(id: number): SheetImpl | null {
    return this.sheets.find((s) => s.getSheetId() === id) ?? null;
  }

  /**
   * insertSheet(), (index), (name), (name, index): the new tab goes after the active one unless an
   * index is given (0-based), and becomes the active sheet.
   */
  insertSheet(a?: unknown, b?: unknown): SheetImpl {
    this.assertCanEditFile();
    let name: string | null = null;
    let index: number | null = null;
    if (typeof a === 'number') index = a;
    else if (typeof a === 'string') name = a;
    if (typeof b === 'number') index = b;
    if (name === null || name === '') {
      const prefix = this.localeInfo().sheetPrefix;
      let n = this.sheets.length + 1;
      while (this.findSheet(`${prefix}${n}`)) n++;
      name = `${prefix}${n}`;
    }
    if (index === null) index = this.sheets.indexOf(this.activeOrFirst()) + 1;
    if (index < 0 || index > this.sheets.length) throw gasError(MSG.rangeNotFound);
    return this.addSheet(name, index);
  }

  deleteSheet(sheet: unknown): void {
    const s = this.sheetArg(sheet);
    this.assertCanEdit(s, { r: 1, c: 1, nr: s.getMaxRows(), nc: s.getMaxColumns() });
    if (this.sheets.length === 1) throw gasError(MSG.removeAllSheets);
    const index = this.sheets.indexOf(s);
    this.sheets.splice(index, 1);
    for (const p of this.protections.filter((x) => x.sheet === s)) this.dropProtection(p);
    if (this.activeSheet === s) this.activeSheet = this.sheets[Math.max(0, index - 1)];
  }

  getActiveSheet(): SheetImpl {
    return this.activeOrFirst();
  }

  setActiveSheet(sheet: unknown): SheetImpl {
    const s = this.sheetArg(sheet);
    this.activeSheet = s;
    return s;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(position: number): void {
    this.assertCanEditFile();
    const s = this.activeOrFirst();
    if (!Number.isInteger(position) || position < 1 || position > this.sheets.length) {
      throw gasError(MSG.rangeNotFound);
    }
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(position - 1, 0, s);
  }

  /** "A1:B2" on the active sheet, or "'Danh mục'!A2:A200". */
  getRange(a1: string): RangeImpl {
    const { sheet } = splitSheet(String(a1));
    const target = sheet === null ? this.activeOrFirst() : this.findSheet(sheet);
    if (!target || !parseA1(String(a1))) throw gasError(MSG.rangeNotFound);
    return target.getRange(String(a1));
  }

  getRangeList(a1s: unknown): RangeListImpl {
    if (!Array.isArray(a1s)) throw gasError(MSG.rangeNotFound);
    return new RangeListImpl(a1s.map((a) => this.getRange(String(a))));
  }

  getDataRange(): RangeImpl {
    return this.activeOrFirst().getDataRange();
  }

  getProtections(type: ProtectionTypeName): ProtectionImpl[] {
    return this.protections.filter((p) => !p.removed && p.type === type);
  }

  /** Shown only while a person has the Sheet open: a time-driven trigger's toast goes nowhere. */
  toast(message: unknown, title?: unknown, timeoutSeconds?: number): void {
    if (!this.ws.ui.available) return;
    const toast: Toast = { message: String(message ?? ''), title: title === undefined ? '' : String(title) };
    this.toasts.push(toast);
    this.ws.ui.toasts.push({
      message: toast.message,
      ...(title === undefined ? {} : { title: toast.title }),
      ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
    });
  }
}
