// A Session is one Document object as Apps Script code holds it (from create or openById). Every
// element reached through it edits the shared stored tree, but once that Document has been
// saveAndClose'd, edits through it (and through the elements it handed out) throw, as in Google.
import type { Emulated } from '../core';
import { ACCESS_DENIED_MESSAGE, CLOSED_MESSAGE } from './args';
import type { AnyNode } from './model';

export interface Session {
  /** Throws if the Document is closed or the active user may not edit it. */
  assertWritable(): void;
  /** The wrapper Apps Script code gets for a stored node (a fresh one per access). */
  wrap(node: AnyNode): Emulated;
}

export interface SessionOwner {
  canEdit(): boolean;
}

/**
 * factory.ts's wrapNode, handed in by document.ts. The element modules cannot import factory.ts
 * themselves: it imports them, and in that cycle a class would extend a base not yet defined.
 */
export type Wrapper = (session: Session, node: AnyNode) => Emulated;

export class DocumentSession implements Session {
  private closed = false;

  constructor(
    private readonly owner: SessionOwner,
    private readonly wrapper: Wrapper,
  ) {}

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

  wrap(node: AnyNode): Emulated {
    return this.wrapper(this, node);
  }
}
