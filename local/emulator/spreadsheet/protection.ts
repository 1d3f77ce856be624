// Protection of a range or a whole sheet. As Apps Script documents, a new protection mirrors the
// spreadsheet's editors until the script changes its editor list, so a protect() that is never
// narrowed with removeEditors() protects nothing: the emulator keeps that trap.
import { GAS_TYPE, gasError, Unwrappable, unwrap } from '../core';
import { invalidEmail, isValidEmail } from '../email';
import { emailOf, UserImpl } from '../user';
import { type Area, contains, intersects } from './a1';
import type { ProtectionTypeName } from './enums';
import { MSG } from './errors';
import { RangeImpl } from './range';
import type { SheetImpl } from './sheet';

export class ProtectionImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Protection';
  private description = '';
  /** null while the protection still mirrors the spreadsheet's editors. */
  private editorSet: Set<string> | null = null;
  private warningOnly = false;
  private domainEdit: boolean;
  private unprotected: Area[] = [];
  removed = false;

  constructor(
    readonly sheet: SheetImpl,
    readonly type: ProtectionTypeName,
    /** The protected cells of a RANGE protection; null for a SHEET protection. */
    public area: Area | null,
  ) {
    super();
    this.domainEdit = workspaceDomain(sheet.ss.owner) !== null;
  }

  private get ss() {
    return this.sheet.ss;
  }

  /** Whether `user` may edit inside this protection (owner, or an editor of it and of the file). */
  editableBy(user: string): boolean {
    const ss = this.ss;
    if (user === ss.owner) return true;
    if (!ss.isEditor(user)) return false;
    if (this.editorSet === null || this.editorSet.has(user)) return true;
    const domain = workspaceDomain(user);
    return this.domainEdit && domain !== null && domain === workspaceDomain(ss.owner);
  }

  /** Whether this protection stops `user` from changing `area` (null: the sheet's structure). */
  blocks(user: string, area: Area | null): boolean {
    if (this.removed || this.warningOnly || this.editableBy(user)) return false;
    if (this.type === 'RANGE') return area !== null && this.area !== null && intersects(area, this.area);
    if (area === null) return true;
    return !this.covers(area);
  }

  /** Whether the unprotected ranges of a sheet protection cover all of `area`. */
  private covers(area: Area): boolean {
    if (this.unprotected.some((u) => contains(u, area))) return true;
    for (let r = area.r; r < area.r + area.nr; r++) {
      const spans = this.unprotected
        .filter((u) => r >= u.r && r < u.r + u.nr)
        .map((u) => [u.c, u.c + u.nc - 1] as const)
        .sort((a, b) => a[0] - b[0]);
      let next = area.c;
      for (const [from, to] of spans) if (from <= next && to >= next) next = to + 1;
      if (next <= area.c + area.nc - 1) return false;
    }
    return true;
  }

  /** Moves the protected and unprotected areas when rows or columns are inserted or deleted. */
  shift(shifter: (area: Area) => Area | null): void {
    if (this.area) {
      const moved = shifter(this.area);
      if (moved) this.area = moved;
      else this.removed = true;
    }
    this.unprotected = this.unprotected.map(shifter).filter((a): a is Area => a !== null);
  }

  private guard(): void {
    if (this.removed || !this.editableBy(this.ss.ws.activeUser)) throw gasError(MSG.protectedCell);
  }

  private editors(): Set<string> {
    if (this.editorSet === null) this.editorSet = new Set(this.ss.editorEmails());
    return this.editorSet;
  }

  addEditor(user: unknown): ProtectionImpl {
    return this.addEditors([user]);
  }

  /**
   * All addresses are checked before any is added, as for a Doc's sharing: one Google refuses (not
   * an address, or no Google account: DocumentStore.refuseAccount) leaves the list unchanged.
   */
  addEditors(users: unknown): ProtectionImpl {
    this.guard();
    const set = this.editors();
    const emails = (Array.isArray(users) ? users : [users]).map(emailOf);
    const bad = emails.find((e) => !isValidEmail(e) || this.ss.ws.documents.isRefused(e));
    if (bad !== undefined) throw invalidEmail(bad);
    for (const e of emails) set.add(e);
    return this;
  }

  removeEditor(user: unknown): ProtectionImpl {
    return this.removeEditors([user]);
  }

  /** The owner, and the user running the script, stay editors (Google keeps both). */
  removeEditors(users: unknown): ProtectionImpl {
    this.guard();
    const set = this.editors();
    const me = this.ss.ws.activeUser;
    for (const u of Array.isArray(users) ? users : [users]) {
      const email = emailOf(u);
      if (email !== this.ss.owner && email !== me) set.delete(email);
    }
    return this;
  }

  /** Node-side: the editor emails, owner first. */
  editorEmails(): string[] {
    const others = [...(this.editorSet ?? this.ss.editorEmails())].filter((e) => e !== this.ss.owner).sort();
    return [this.ss.owner, ...others];
  }

  /** A warning-only protection restricts nobody: it has no editors (recorded on live Apps Script). */
  getEditors(): UserImpl[] {
    if (this.warningOnly) return [];
    return this.editorEmails().map((e) => new UserImpl(e));
  }

  canEdit(): boolean {
    return this.editableBy(this.ss.ws.activeUser);
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): ProtectionImpl {
    this.guard();
    if (workspaceDomain(this.ss.owner) === null) throw gasError(MSG.domainEdit);
    this.domainEdit = Boolean(editable);
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): ProtectionImpl {
    this.guard();
    this.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  /**
   * Leaving warning-only gives the protection all the Sheet's editors again (the Sheets API
   * reference: "if this field is changed from true to false and the editors field is not set ...
   * the editors will be set to all the editors in the document").
   */
  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this.guard();
    if (this.warningOnly && !warningOnly) this.editorSet = null;
    this.warningOnly = Boolean(warningOnly);
    return this;
  }

  getProtectionType(): ProtectionTypeName {
    return this.type;
  }

  /** A sheet protection's range is the whole sheet, whose getA1Notation() is ''. */
  getRange(): RangeImpl {
    if (this.area) return new RangeImpl(this.sheet, this.area);
    return new RangeImpl(
      this.sheet,
      { r: 1, c: 1, nr: this.sheet.getMaxRows(), nc: this.sheet.getMaxColumns() },
      'sheet',
    );
  }

  getRangeName(): string | null {
    return null;
  }

  setUnprotectedRanges(ranges: unknown): ProtectionImpl {
    this.guard();
    if (this.type !== 'SHEET') return this;
    const list = Array.isArray(ranges) ? ranges : [];
    this.unprotected = list.map((r) => {
      const range = unwrap(r, RangeImpl);
      if (!range || range.sheet !== this.sheet) throw gasError(MSG.rangeNotFound);
      return { ...range.area };
    });
    return this;
  }

  getUnprotectedRanges(): RangeImpl[] {
    return this.unprotected.map((a) => new RangeImpl(this.sheet, a));
  }

  /** Node-side: the unprotected areas of a sheet protection. */
  unprotectedAreas(): Area[] {
    return this.unprotected.map((a) => ({ ...a }));
  }

  /** Node-side, for import: sets the state without access checks. */
  restore(state: { editors?: string[]; unprotected?: Area[]; description?: string; warningOnly?: boolean }): void {
    if (state.editors) this.editorSet = new Set(state.editors.map((e) => e.toLowerCase()));
    if (state.unprotected) this.unprotected = state.unprotected.map((a) => ({ ...a }));
    if (state.description !== undefined) this.description = state.description;
    if (state.warningOnly !== undefined) this.warningOnly = state.warningOnly;
  }

  remove(): void {
    this.guard();
    this.removed = true;
    this.ss.dropProtection(this);
  }
}

/** Consumer accounts (gmail.com) have no domain to share protected ranges with. */
function workspaceDomain(email: string): string | null {
  const domain = email.split('@')[1] ?? '';
  return domain === '' || domain === 'gmail.com' || domain === 'googlemail.com' ? null : domain;
}
