// LockService. Each bundle load is one execution (its LockService global is made per load); a lock
// held by another execution makes tryLock wait out its timeout on the emulated clock and fail.
// A test can also play "someone else's long run" with `ws.locks.occupy('document', { forMs })`.
import { GAS_TYPE, gasError, Unwrappable } from '../core';
import { signatureError } from '../shared';
import type { Workspace } from '../workspace';

const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** 'document', 'script', or 'user:<email>'. */
export type LockKind = string;

interface Holder {
  readonly execution: number;
  /** Emulated time at which an occupied lock frees itself; null = until released. */
  readonly until: number | null;
}

export interface Occupation {
  release(): void;
}

/** A lock released while the script's spreadsheet writes were still pending (no flush before). */
export interface UnflushedRelease {
  readonly kind: LockKind;
  readonly at: Date;
}

export class LockStore {
  private readonly holders = new Map<LockKind, Holder>();
  private executions = 0;
  /**
   * The reference: "if you are working with a spreadsheet, call SpreadsheetApp.flush() prior to
   * releasing the lock". Google does not fail such a release; the next holder may read stale cells.
   * Recorded here so tests can see it.
   */
  readonly unflushedReleases: UnflushedRelease[] = [];

  constructor(readonly ws: Workspace) {}

  /** A new execution id (one per LockService global, i.e. per bundle load). */
  newExecution(): number {
    this.executions += 1;
    return this.executions;
  }

  /** The execution holding `kind` now, or null when it is free. */
  holder(kind: LockKind): number | null {
    const h = this.current(kind);
    return h ? h.execution : null;
  }

  /**
   * Makes the lock busy as if another execution held it, for `forMs` of emulated time or until
   * `release()` is called on the returned handle (or `ws.locks.release(kind)`).
   */
  occupy(kind: LockKind, options: { forMs?: number } = {}): Occupation {
    const execution = this.newExecution();
    const until = options.forMs === undefined ? null : this.ws.now().getTime() + options.forMs;
    this.holders.set(kind, { execution, until });
    return {
      release: () => {
        if (this.holders.get(kind)?.execution === execution) this.holders.delete(kind);
      },
    };
  }

  /** Frees the lock whoever holds it (the end of the holding execution). */
  release(kind: LockKind): void {
    this.holders.delete(kind);
  }

  /** Frees every lock an execution still holds, as Google does when a script ends. */
  endExecution(execution: number): void {
    for (const [kind, h] of this.holders) if (h.execution === execution) this.holders.delete(kind);
  }

  private current(kind: LockKind): Holder | null {
    const h = this.holders.get(kind);
    if (!h) return null;
    if (h.until !== null && h.until <= this.ws.now().getTime()) {
      this.holders.delete(kind);
      return null;
    }
    return h;
  }

  /**
   * Waits up to `timeoutMs` of emulated time for the lock; true when `execution` holds it after.
   * A negative timeout never acquires it, even a free lock (as recorded on live Apps Script).
   */
  acquire(kind: LockKind, execution: number, timeoutMs: number): boolean {
    if (timeoutMs < 0) return false;
    const h = this.current(kind);
    if (!h || h.execution === execution) {
      this.holders.set(kind, { execution, until: null });
      return true;
    }
    const now = this.ws.now().getTime();
    if (h.until !== null && h.until - now <= timeoutMs) {
      this.ws.advance(h.until - now);
      this.holders.set(kind, { execution, until: null });
      return true;
    }
    this.ws.advance(Math.max(0, timeoutMs));
    return false;
  }

  releaseBy(kind: LockKind, execution: number): void {
    if (this.holders.get(kind)?.execution !== execution) return;
    this.holders.delete(kind);
    if (this.ws.spreadsheets.unflushed) this.unflushedReleases.push({ kind, at: this.ws.now() });
  }
}

export class LockImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Lock';
  private acquired = false;

  constructor(
    private readonly ws: Workspace,
    private readonly kind: LockKind,
    private readonly execution: number,
  ) {
    super();
  }

  tryLock(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== 'number' || Number.isNaN(timeoutInMillis))
      throw signatureError('LockService.Lock.tryLock', [timeoutInMillis]);
    this.acquired = this.ws.locks.acquire(this.kind, this.execution, timeoutInMillis);
    return this.acquired;
  }

  waitLock(timeoutInMillis: number): void {
    if (typeof timeoutInMillis !== 'number' || Number.isNaN(timeoutInMillis))
      throw signatureError('LockService.Lock.waitLock', [timeoutInMillis]);
    this.acquired = this.ws.locks.acquire(this.kind, this.execution, timeoutInMillis);
    if (!this.acquired) throw gasError(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this.acquired && this.ws.locks.holder(this.kind) === this.execution;
  }

  /** No effect when the lock was not acquired. */
  releaseLock(): void {
    if (this.acquired) this.ws.locks.releaseBy(this.kind, this.execution);
    this.acquired = false;
  }
}

export class LockServiceImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'LockService';
  /** This bundle load's execution id. */
  readonly execution: number;

  constructor(readonly ws: Workspace) {
    super();
    this.execution = ws.locks.newExecution();
  }

  /** Never null here: the script is bound to the Sheet. */
  getDocumentLock(): LockImpl {
    return new LockImpl(this.ws, 'document', this.execution);
  }

  getScriptLock(): LockImpl {
    return new LockImpl(this.ws, 'script', this.execution);
  }

  getUserLock(): LockImpl {
    return new LockImpl(this.ws, `user:${this.ws.activeUser}`, this.execution);
  }
}
