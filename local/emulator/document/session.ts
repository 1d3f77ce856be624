// A Session is one Document object as Apps Script code holds it (from create or openById). Every
// element reached through it edits the shared stored tree, but once that Document has been
// saveAndClose'd, edits through it (and through the elements it handed out) throw, as in Google.
import { ACCESS_DENIED_MESSAGE, CLOSED_MESSAGE } from './args';

export interface Session {
  /** Throws if the Document is closed or the active user may not edit it. */
  assertWritable(): void;
}

export interface SessionOwner {
  canEdit(): boolean;
}

export class DocumentSession implements Session {
  private closed = false;

  constructor(private readonly owner: SessionOwner) {}

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
  }

  assertWritable(): void {
    if (this.closed) throw new Error(CLOSED_MESSAGE);
    if (!this.owner.canEdit()) throw new Error(ACCESS_DENIED_MESSAGE);
  }
}
