// One emulated Google Workspace: the files, the users, the clock, and the service globals that a
// loaded bundle sees. Tests and the offline runner create one per run (never shared between loads).
import { CallLog, Faults, type Instrumentation, instrument, NODE_REALM, type Realm } from './core';
import { DocumentAppService, DocumentStore } from './document';
import { HtmlServiceImpl, HtmlStore, UiState } from './html';
import { MailAppService, MailStore } from './mail';
import {
  ConsentStore,
  LockServiceImpl,
  LockStore,
  LoggerImpl,
  MIME_TYPE,
  PropertiesServiceImpl,
  PropertyStore,
  ScriptAppService,
  SessionImpl,
  TriggerStore,
  UtilitiesImpl,
} from './services';
import { SpreadsheetAppService, SpreadsheetStore } from './spreadsheet';

export interface WorkspaceOptions {
  /** The owner of the files and of the script; the first active user. */
  readonly owner?: string;
  /** The script's time zone (appsscript.json). */
  readonly timeZone?: string;
  /** The emulated clock's start. */
  readonly now?: Date;
  /** MailApp recipients left today (100 for a consumer account). */
  readonly mailQuota?: number;
  /** Folder holding the pushed .html files (dist/). */
  readonly htmlDir?: string;
}

/** What Session.getActiveUser() and getEffectiveUser() tell ('' = withheld). */
export interface SessionIdentity {
  readonly active: string;
  readonly effective: string;
}

export class Workspace implements Instrumentation {
  readonly calls = new CallLog();
  readonly faults = new Faults();
  readonly owner: string;
  readonly timeZone: string;
  private user: string;
  /** What Session tells the script while a run lasts, where it differs from `user` (see withIdentity). */
  private identity: SessionIdentity | null = null;
  /** Accounts whose address Google withholds from Session.getActiveUser() (some consumer accounts). */
  private readonly withheld = new Set<string>();
  private clock: number;

  readonly spreadsheets: SpreadsheetStore;
  readonly documents: DocumentStore;
  readonly mail: MailStore;
  readonly properties: PropertyStore;
  readonly locks: LockStore;
  readonly triggers: TriggerStore;
  readonly ui: UiState;
  readonly html: HtmlStore;
  /** What each user granted of the manifest's scopes, and what runs used and asked for. */
  readonly consent = new ConsentStore();
  /** Inside a simple trigger (limited authorisation): calls are not checked against grants. */
  private limited = 0;
  /** Lines written with Logger.log and console.* by the bundle. */
  readonly logs: string[] = [];

  constructor(options: WorkspaceOptions = {}) {
    this.owner = (options.owner ?? 'thuky.bqlntm@gmail.com').toLowerCase();
    this.user = this.owner;
    this.timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
    this.clock = (options.now ?? new Date('2023-06-20T09:00:00+07:00')).getTime();
    this.spreadsheets = new SpreadsheetStore(this);
    this.documents = new DocumentStore(this);
    this.mail = new MailStore(this, options.mailQuota ?? 100);
    this.properties = new PropertyStore();
    this.locks = new LockStore(this);
    this.triggers = new TriggerStore(this);
    this.ui = new UiState();
    this.html = new HtmlStore(options.htmlDir ?? 'dist');
  }

  /**
   * The account on whose authority the services act now: what protections, sharing, mail and the
   * per-user stores (triggers, user properties, user lock) see. Session may tell the script less.
   */
  get activeUser(): string {
    return this.user;
  }

  /** Another person at the keyboard (a new run): Session tells their address unless it is withheld. */
  setActiveUser(email: string): void {
    this.user = email.toLowerCase();
    this.identity = null;
  }

  /** Runs `fn` as another user, then returns to the previous one (and to what Session told then). */
  asUser<T>(email: string, fn: () => T): T {
    const previous = { user: this.user, identity: this.identity };
    this.setActiveUser(email);
    try {
      return fn();
    } finally {
      this.user = previous.user;
      this.identity = previous.identity;
    }
  }

  /**
   * Starts a run by `email` with Session telling `identity` (null: the default for that account);
   * returns what puts the previous run back. For runs that outlive one callback (TriggerStore.fire).
   */
  beginRun(email: string, identity: SessionIdentity | null): () => void {
    const previous = { user: this.user, identity: this.identity };
    this.user = email.toLowerCase();
    this.identity = identity;
    return () => {
      this.user = previous.user;
      this.identity = previous.identity;
    };
  }

  /** From now on Google withholds this account's address from Session.getActiveUser() (it reads ''). */
  withholdActiveUser(email: string): void {
    this.withheld.add(email.toLowerCase());
  }

  /**
   * Runs `fn` with Session telling `identity` ('' = withheld) while the same account acts, e.g. an
   * installable trigger's run for someone else: the active user '' and the effective user its installer.
   */
  withIdentity<T>(identity: Partial<SessionIdentity>, fn: () => T): T {
    const previous = this.identity;
    this.identity = {
      active: (identity.active ?? this.sessionActiveUser).toLowerCase(),
      effective: (identity.effective ?? this.sessionEffectiveUser).toLowerCase(),
    };
    try {
      return fn();
    } finally {
      this.identity = previous;
    }
  }

  /**
   * A simple trigger (onOpen, onEdit) runs without the user's authorisation: Session tells neither
   * address (the reference: "not available in any context that allows a script to run without that
   * user's authorization, like a simple onOpen(e) or onEdit(e) trigger").
   */
  simpleTrigger<T>(fn: () => T): T {
    this.limited += 1;
    try {
      return this.withIdentity({ active: '', effective: '' }, fn);
    } finally {
      this.limited -= 1;
    }
  }

  /** Instrumentation hook: the call's scope, against what the account running has granted. */
  authorize(key: string): void {
    this.consent.check(key, this.user, this.limited > 0);
  }

  /** Session.getActiveUser().getEmail(): '' where Google withholds it. */
  get sessionActiveUser(): string {
    if (this.identity) return this.identity.active;
    return this.withheld.has(this.user) ? '' : this.user;
  }

  /** Session.getEffectiveUser().getEmail(): the account whose authority the run uses. */
  get sessionEffectiveUser(): string {
    return this.identity ? this.identity.effective : this.user;
  }

  now(): Date {
    return new Date(this.clock);
  }

  setNow(date: Date): void {
    this.clock = date.getTime();
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  /** The execution (LockService id) of each globals object made by globals(). */
  private readonly executions = new WeakMap<object, number>();

  /**
   * What Google does when a script execution ends: open Docs are saved and closed, and locks the
   * execution still holds are released.
   */
  endExecution(globals: Record<string, unknown>): void {
    this.documents.endExecution();
    this.spreadsheets.unflushed = false;
    const execution = this.executions.get(globals);
    if (execution !== undefined) this.locks.endExecution(execution);
  }

  /** The global objects a bundle sees, with values handed over in `realm`. */
  globals(realm: Realm = NODE_REALM): Record<string, unknown> {
    const wrap = <T extends object>(service: T) => instrument(service, realm, this);
    const lockService = new LockServiceImpl(this);
    const globals: Record<string, unknown> = {
      SpreadsheetApp: wrap(new SpreadsheetAppService(this)),
      DocumentApp: wrap(new DocumentAppService(this)),
      MailApp: wrap(new MailAppService(this)),
      PropertiesService: wrap(new PropertiesServiceImpl(this)),
      LockService: wrap(lockService),
      ScriptApp: wrap(new ScriptAppService(this)),
      HtmlService: wrap(new HtmlServiceImpl(this, realm)),
      Session: wrap(new SessionImpl(this)),
      Utilities: wrap(new UtilitiesImpl(this)),
      Logger: wrap(new LoggerImpl(this)),
      MimeType: MIME_TYPE,
      console: {
        log: (...a: unknown[]) => this.logs.push(a.map(String).join(' ')),
        info: (...a: unknown[]) => this.logs.push(a.map(String).join(' ')),
        warn: (...a: unknown[]) => this.logs.push(`WARN ${a.map(String).join(' ')}`),
        error: (...a: unknown[]) => this.logs.push(`ERROR ${a.map(String).join(' ')}`),
      },
    };
    this.executions.set(globals, lockService.execution);
    return globals;
  }
}
