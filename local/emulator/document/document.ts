// A stored Google Doc (the file: id, name, owner, sharing, content, last saved version) and the
// Document object Apps Script code holds for it.
import { createHash } from 'node:crypto';
import { BlobImpl } from '../blob';
import { Emulated, GAS_TYPE } from '../core';
import { invalidEmail, isValidEmail } from '../email';
import { UserImpl } from '../user';
import { expectArgs, isElement, isString, isStringArray, overload } from './args';
import { BodyImpl, FooterSectionImpl, HeaderSectionImpl } from './containers';
import { wrapNode } from './factory';
import { adopt, cloneSection, defaultPage, newParagraph, SectionNode } from './model';
import { renderPdf } from './pdf';
import { DocumentSession } from './session';
import { type DocumentView, sectionView } from './view';

const PDF_MIME = 'application/pdf';

interface Snapshot {
  readonly name: string;
  readonly body: SectionNode;
  readonly header: SectionNode | null;
  readonly footer: SectionNode | null;
}

export interface AccountPolicy {
  /** Addresses Google refuses to share with (no Google account): addViewer/addEditor throw. */
  isRefused(email: string): boolean;
}

/** One Google Doc in the emulated Drive. Node-side API for tests and exporters. */
export class StoredDocument {
  name: string;
  readonly owner: string;
  readonly created: Date;
  readonly editors = new Set<string>();
  readonly viewers = new Set<string>();
  readonly body = new SectionNode('body', defaultPage());
  header: SectionNode | null = null;
  footer: SectionNode | null = null;
  /** What Drive has: the content as of the last saveAndClose (or end of execution). */
  private saved: Snapshot;
  /** How many times the content was saved (saveAndClose or end of execution). */
  saveCount = 0;

  constructor(
    readonly id: string,
    name: string,
    owner: string,
    created: Date,
  ) {
    this.name = name;
    this.owner = owner;
    this.created = created;
    adopt(this.body, newParagraph(''));
    this.saved = this.capture();
  }

  get url(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  canEdit(user: string): boolean {
    return user === this.owner || this.editors.has(user);
  }

  canRead(user: string): boolean {
    return this.canEdit(user) || this.viewers.has(user);
  }

  /** The live content, as the next opener (or the end of the script) would see it. */
  view(): DocumentView {
    return this.viewOf({ name: this.name, body: this.body, header: this.header, footer: this.footer });
  }

  /** The content Drive exports (getAs/getBlob): the last saved version. */
  savedView(): DocumentView {
    return this.viewOf(this.saved);
  }

  /** The body text (Body.getText()). */
  text(): string {
    return this.view().body.text;
  }

  save(): void {
    this.saved = this.capture();
    this.saveCount += 1;
  }

  private capture(): Snapshot {
    return {
      name: this.name,
      body: cloneSection(this.body),
      header: this.header ? cloneSection(this.header) : null,
      footer: this.footer ? cloneSection(this.footer) : null,
    };
  }

  private viewOf(s: Snapshot): DocumentView {
    return {
      id: this.id,
      name: s.name,
      url: this.url,
      owner: this.owner,
      editors: [this.owner, ...this.editors],
      viewers: [...this.viewers],
      page: { ...s.body.page! },
      body: sectionView(s.body),
      header: s.header ? sectionView(s.header) : null,
      footer: s.footer ? sectionView(s.footer) : null,
    };
  }
}

export function documentId(seed: string): string {
  // Drive ids are 44 URL-safe characters starting with "1"; derived from the store's random salt and a counter.
  return `1${createHash('sha256').update(seed).digest('base64url').slice(0, 43)}`;
}

const isUser = isElement('User');

export class DocumentImpl extends Emulated {
  readonly [GAS_TYPE] = 'Document';
  private readonly session: DocumentSession;

  constructor(
    private readonly stored: StoredDocument,
    private readonly currentUser: () => string,
    private readonly accounts: AccountPolicy,
  ) {
    super();
    this.session = new DocumentSession({ canEdit: () => stored.canEdit(currentUser()) }, wrapNode);
  }

  override toString(): string {
    return 'Document';
  }

  getId(): string {
    return this.stored.id;
  }

  getName(): string {
    return this.stored.name;
  }

  setName(...args: unknown[]): DocumentImpl {
    expectArgs('Document.setName', args, isString);
    this.requireEditor();
    this.stored.name = args[0] as string;
    return this;
  }

  getUrl(): string {
    return this.stored.url;
  }

  getBody(): BodyImpl {
    return new BodyImpl(this.session, this.stored.body);
  }

  getHeader(): HeaderSectionImpl | null {
    return this.stored.header ? new HeaderSectionImpl(this.session, this.stored.header) : null;
  }

  getFooter(): FooterSectionImpl | null {
    return this.stored.footer ? new FooterSectionImpl(this.session, this.stored.footer) : null;
  }

  addHeader(): HeaderSectionImpl {
    this.session.assertWritable();
    if (this.stored.header) throw new Error('Document tab already contains a header.');
    this.stored.header = newSection('header');
    return new HeaderSectionImpl(this.session, this.stored.header);
  }

  addFooter(): FooterSectionImpl {
    this.session.assertWritable();
    if (this.stored.footer) throw new Error('Document tab already contains a footer.');
    this.stored.footer = newSection('footer');
    return new FooterSectionImpl(this.session, this.stored.footer);
  }

  /** The owner and editors. */
  getEditors(): UserImpl[] {
    return [this.stored.owner, ...this.stored.editors].map((e) => new UserImpl(e));
  }

  /**
   * Observed in Apps Script (gas-fakes' live tests): the list also holds the owner and the editors,
   * although the reference describes it as viewers and commenters only.
   */
  getViewers(): UserImpl[] {
    const all = new Set([this.stored.owner, ...this.stored.editors, ...this.stored.viewers]);
    return [...all].map((e) => new UserImpl(e));
  }

  addViewer(...args: unknown[]): DocumentImpl {
    const email = this.emailArg('addViewer', args);
    this.share([email], 'viewer');
    return this;
  }

  addViewers(...args: unknown[]): DocumentImpl {
    expectArgs('Document.addViewers', args, isStringArray);
    this.share(args[0] as string[], 'viewer');
    return this;
  }

  addEditor(...args: unknown[]): DocumentImpl {
    const email = this.emailArg('addEditor', args);
    this.share([email], 'editor');
    return this;
  }

  addEditors(...args: unknown[]): DocumentImpl {
    expectArgs('Document.addEditors', args, isStringArray);
    this.share(args[0] as string[], 'editor');
    return this;
  }

  /** No effect on an editor (the reference: "has no effect if the user is an editor"). */
  removeViewer(...args: unknown[]): DocumentImpl {
    const email = this.emailArg('removeViewer', args).toLowerCase();
    this.requireEditor();
    this.stored.viewers.delete(email);
    return this;
  }

  removeEditor(...args: unknown[]): DocumentImpl {
    const email = this.emailArg('removeEditor', args).toLowerCase();
    this.requireEditor();
    if (email === this.stored.owner) throw new Error('Cannot remove the owner of the document.');
    this.stored.editors.delete(email);
    return this;
  }

  /**
   * Flushes the content to Drive (what getAs exports) and closes this Document object: edits
   * through it, or through elements obtained from it, throw afterwards. Reads still work.
   */
  saveAndClose(): void {
    this.stored.save();
    this.session.close();
  }

  getAs(...args: unknown[]): BlobImpl {
    expectArgs('Document.getAs', args, isString);
    const type = args[0] as string;
    if (type !== PDF_MIME) {
      throw new Error(`Converting from application/vnd.google-apps.document to ${type} is not supported.`);
    }
    return this.pdf();
  }

  getBlob(): BlobImpl {
    return this.pdf();
  }

  private pdf(): BlobImpl {
    const view = this.stored.savedView();
    return new BlobImpl(renderPdf(view), PDF_MIME, `${view.name}.pdf`);
  }

  private requireEditor(): void {
    if (!this.stored.canEdit(this.currentUser())) throw new Error('Access denied: DocumentApp.');
  }

  private emailArg(method: string, args: unknown[]): string {
    const form = overload(`Document.${method}`, args, [isString], [isUser]);
    if (form === 1) return (args[0] as UserImpl).getEmail();
    return args[0] as string;
  }

  /** All addresses are checked before any is added: a bad one leaves the sharing unchanged. */
  private share(emails: string[], role: 'viewer' | 'editor'): void {
    this.requireEditor();
    const clean = emails.map((raw) => {
      const email = raw.trim();
      if (!isValidEmail(email) || this.accounts.isRefused(email.toLowerCase())) throw invalidEmail(raw);
      return email.toLowerCase();
    });
    for (const email of clean) {
      if (email === this.stored.owner) continue;
      if (role === 'editor') {
        this.stored.viewers.delete(email);
        this.stored.editors.add(email);
      } else if (!this.stored.editors.has(email)) {
        this.stored.viewers.add(email);
      }
    }
  }
}

function newSection(kind: 'header' | 'footer'): SectionNode {
  const section = new SectionNode(kind);
  adopt(section, newParagraph(''));
  return section;
}
