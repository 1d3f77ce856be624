// The strict in-memory DocumentApp: the store of Docs in the emulated Drive (Node-side API for tests
// and exporters) and the DocumentApp service a loaded bundle calls.
import { randomUUID } from 'node:crypto';
import { Emulated, GAS_TYPE } from '../core';
import type { Workspace } from '../workspace';
import { expectArgs, isString } from './args';
import { DocumentImpl, documentId, StoredDocument } from './document';
import {
  Attribute,
  ElementType,
  FontFamily,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
} from './enums';

export { DocumentImpl, StoredDocument } from './document';
export { renderPdf } from './pdf';
export type * from './view';
export { allParagraphs, DOCS_DEFAULTS } from './view';

/** Docs a consumer account may create per day (Workspace: 1,500). */
const DAILY_CREATE_QUOTA = 250;

const CREATE_QUOTA_MESSAGE = 'Service invoked too many times for one day: docs create.';

export class DocumentStore {
  private readonly docs = new Map<string, StoredDocument>();
  private readonly refused = new Set<string>();
  private createsLeft = DAILY_CREATE_QUOTA;
  private counter = 0;
  /**
   * Drive ids are unique for ever, not per session: a run on a workbook written by an earlier run
   * must not make a Doc whose link that workbook's logs already hold for another Doc.
   */
  private readonly salt = randomUUID();

  constructor(readonly ws: Workspace) {}

  /** Docs the active user may still create today. */
  get remainingCreateQuota(): number {
    return this.createsLeft;
  }

  setRemainingCreateQuota(n: number): void {
    this.createsLeft = n;
  }

  /**
   * Makes Google refuse this address, as it does one with no Google account: a Doc's
   * addViewer/addEditor and a protection's addEditor(s) throw.
   */
  refuseAccount(email: string): void {
    this.refused.add(email.toLowerCase());
  }

  isRefused(email: string): boolean {
    return this.refused.has(email.toLowerCase());
  }

  /** Someone deleted the Doc in Drive: openById/openByUrl fail from now on. */
  trash(id: string): void {
    this.docs.delete(id);
  }

  byId(id: string): StoredDocument | undefined {
    return this.docs.get(id);
  }

  all(): StoredDocument[] {
    return [...this.docs.values()];
  }

  /** Creates a Doc owned by `owner` (the active user by default), consuming the daily quota. */
  create(name: string, owner = this.ws.activeUser): StoredDocument {
    if (this.createsLeft <= 0) throw new Error(CREATE_QUOTA_MESSAGE);
    this.createsLeft -= 1;
    this.counter += 1;
    const doc = new StoredDocument(
      documentId(`${this.salt}/document-${this.counter}`),
      name,
      owner.toLowerCase(),
      this.ws.now(),
    );
    this.docs.set(doc.id, doc);
    return doc;
  }

  /** A Document object for `id` as the active user would get it from openById. */
  open(id: string): DocumentImpl {
    const doc = this.docs.get(id);
    if (!doc?.canRead(this.ws.activeUser)) {
      throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    }
    return this.session(doc);
  }

  session(doc: StoredDocument): DocumentImpl {
    return new DocumentImpl(doc, () => this.ws.activeUser, { isRefused: (e) => this.refused.has(e) });
  }

  /**
   * Google saves every open Document when the script ends; call this between two executions (the
   * content a later getAs exports is what was saved).
   */
  endExecution(): void {
    for (const doc of this.docs.values()) doc.save();
  }
}

export class DocumentAppService extends Emulated {
  readonly [GAS_TYPE] = 'DocumentApp';
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly FontFamily = FontFamily;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(readonly ws: Workspace) {
    super();
  }

  private get store(): DocumentStore {
    return this.ws.documents;
  }

  create(...args: unknown[]): DocumentImpl {
    expectArgs('DocumentApp.create', args, isString);
    return this.store.session(this.store.create(args[0] as string));
  }

  openById(...args: unknown[]): DocumentImpl {
    expectArgs('DocumentApp.openById', args, isString);
    return this.store.open(args[0] as string);
  }

  openByUrl(...args: unknown[]): DocumentImpl {
    expectArgs('DocumentApp.openByUrl', args, isString);
    const match = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(args[0] as string);
    if (!match) throw new Error('Invalid argument: url');
    return this.store.open(match[1]);
  }

  /** The script is bound to a Sheet: there is no active document. */
  getActiveDocument(): null {
    return null;
  }

  getUi(): never {
    throw new Error('Cannot call DocumentApp.getUi() from this context.');
  }
}
