// ScriptApp: installable triggers (time-driven, and onOpen/onEdit/onChange/onFormSubmit for the
// Sheet), listed per user as Google does, limited to 20 per user per script. TriggerStore keeps them
// for tests and lets a test or the runner fire one: it says which function to call and, while the
// run lasts, the trigger's owner is the active user and the Sheet's Ui is unavailable.
import { GAS_TYPE, gasError, isDate, Unwrappable, unwrap } from '../core';
import { type EnumSet, enumKey, enumSet, type GasEnum } from '../gas-enum';
import { signatureError } from '../shared';
import type { Workspace } from '../workspace';
import { zone } from './date-format';

const AuthMode = enumSet('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
const EventType = enumSet('EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
const TriggerSource = enumSet('TriggerSource', ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
const WeekDay = enumSet('Weekday', ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
const AuthorizationStatus = enumSet('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED']);

const MAX_TRIGGERS_PER_USER = 20;
const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

type EventTypeName = keyof typeof EventType;
type WeekDayName = keyof typeof WeekDay;

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: WeekDayName;
  onMonthDay?: number;
  /** One-shot run time (at, atDate, after). */
  at?: Date;
  timeZone: string;
}

export interface TriggerRecord {
  readonly id: string;
  readonly owner: string;
  readonly handler: string;
  readonly eventType: EventTypeName;
  readonly source: 'CLOCK' | 'SPREADSHEETS';
  readonly sourceId: string | null;
  readonly schedule: ClockSchedule | null;
  readonly created: Date;
}

/** The event object Apps Script passes to a time-driven trigger's function (fields in UTC). */
export interface ClockEvent {
  authMode: GasEnum;
  triggerUid: string;
  year: number;
  month: number;
  'day-of-month': number;
  'day-of-week': number;
  'week-of-year': number;
  hour: number;
  minute: number;
  second: number;
  timezone: string;
}

const DAY_MS = 86_400_000;

/** The instant at which the wall clock of `zoneId` shows y-m-d h:mi. */
function instantAt(zoneId: string, y: number, m: number, d: number, h: number, mi: number): number {
  const z = zone(zoneId);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  let t = wall - z.offset(wall) * 60000;
  t = wall - z.offset(t) * 60000;
  return t;
}

function wallDate(t: number, zoneId: string): { y: number; m: number; d: number; h: number; weekday: number } {
  const local = new Date(t + zone(zoneId).offset(t) * 60000);
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    h: local.getUTCHours(),
    weekday: local.getUTCDay(),
  };
}

export class TriggerStore {
  readonly list: TriggerRecord[] = [];
  /** The trigger being run by fire(), or null. */
  running: TriggerRecord | null = null;
  private seq = 0;
  private restore: (() => void) | null = null;

  constructor(readonly ws: Workspace) {}

  forUser(email: string): TriggerRecord[] {
    const key = email.toLowerCase();
    return this.list.filter((t) => t.owner === key);
  }

  add(record: Omit<TriggerRecord, 'id' | 'owner' | 'created'>): TriggerRecord {
    const owner = this.ws.activeUser;
    if (this.forUser(owner).length >= MAX_TRIGGERS_PER_USER) throw gasError(TOO_MANY_TRIGGERS);
    this.seq += 1;
    const made: TriggerRecord = { ...record, id: String(7_300_000_000 + this.seq), owner, created: this.ws.now() };
    this.list.push(made);
    return made;
  }

  remove(id: string): void {
    const i = this.list.findIndex((t) => t.id === id);
    if (i >= 0) this.list.splice(i, 1);
  }

  find(idOrHandler: string): TriggerRecord {
    const byId = this.list.find((t) => t.id === idOrHandler);
    if (byId) return byId;
    const byHandler = this.list.filter((t) => t.handler === idOrHandler);
    if (byHandler.length === 1) return byHandler[0];
    throw new Error(
      byHandler.length === 0
        ? `No trigger with id or handler "${idOrHandler}"`
        : `${byHandler.length} triggers call "${idOrHandler}": fire one by its id`,
    );
  }

  /**
   * Runs a trigger as Google would: under its installer's authority (the effective user) and, for a
   * time-driven trigger, with SpreadsheetApp.getUi() unavailable. `by` is the person whose action
   * fires a Sheet trigger (an edit, an open): when that is someone else, Session.getActiveUser() tells
   * '' ("installable triggers run for someone else"); a time-driven run's active user is the installer.
   * With `run`, the context lasts while `run` runs; without it, until endRun(). Returns the function's name.
   */
  fire(
    idOrHandler: string,
    run?: (handler: string, event: ClockEvent | null) => unknown,
    options: { by?: string } = {},
  ): string {
    const trigger = this.find(idOrHandler);
    if (this.running) throw new Error(`Trigger ${this.running.id} is still running: call endRun() first`);
    const event = trigger.eventType === 'CLOCK' ? this.clockEvent(trigger) : null;
    const by = options.by?.toLowerCase();
    const forSomeoneElse = by !== undefined && by !== trigger.owner;
    this.running = trigger;
    this.restore = this.ws.beginRun(trigger.owner, forSomeoneElse ? { active: '', effective: trigger.owner } : null);
    if (trigger.eventType === 'CLOCK') this.ws.ui.available = false;
    if (!run) return trigger.handler;
    try {
      run(trigger.handler, event);
    } finally {
      this.endRun();
    }
    return trigger.handler;
  }

  endRun(): void {
    if (!this.running) return;
    this.running = null;
    this.ws.ui.available = true;
    this.restore?.();
    this.restore = null;
  }

  clockEvent(trigger: TriggerRecord): ClockEvent {
    const now = this.ws.now();
    const jan1 = Date.UTC(now.getUTCFullYear(), 0, 1);
    const dayOfYear = Math.floor((now.getTime() - jan1) / DAY_MS);
    return {
      authMode: AuthMode.FULL,
      triggerUid: trigger.id,
      year: now.getUTCFullYear(),
      month: now.getUTCMonth() + 1,
      'day-of-month': now.getUTCDate(),
      'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
      'week-of-year': Math.floor((dayOfYear + new Date(jan1).getUTCDay()) / 7) + 1,
      hour: now.getUTCHours(),
      minute: now.getUTCMinutes(),
      second: now.getUTCSeconds(),
      timezone: 'UTC',
    };
  }

  /**
   * The start of the first run window of a time-driven trigger strictly after `after` (Google runs an
   * atHour trigger somewhere in that hour, a nearMinute one within 15 minutes of it). Null for others.
   */
  nextRun(trigger: TriggerRecord, after: Date = this.ws.now()): Date | null {
    const s = trigger.schedule;
    if (!s) return null;
    const from = after.getTime();
    const created = trigger.created.getTime();
    if (s.at) return s.at.getTime() > from ? s.at : null;
    const interval = s.everyMinutes ? s.everyMinutes * 60000 : s.everyHours ? s.everyHours * 3_600_000 : 0;
    if (interval) {
      const k = Math.max(1, Math.floor((from - created) / interval) + 1);
      return new Date(created + k * interval);
    }
    const c = wallDate(created, s.timeZone);
    const hour = s.atHour ?? c.h;
    const minute = s.nearMinute ?? 0;
    const stepDays = s.everyWeeks ? 7 * s.everyWeeks : s.onWeekDay ? 7 : (s.everyDays ?? 1);
    if (s.onMonthDay) {
      for (let i = 0; i < 48; i++) {
        const month = c.m - 1 + i;
        const t = instantAt(s.timeZone, c.y + Math.floor(month / 12), (month % 12) + 1, s.onMonthDay, hour, minute);
        if (t > from && t > created) return new Date(t);
      }
      return null;
    }
    let dayOffset = 0;
    if (s.onWeekDay) dayOffset = (Object.keys(WeekDay).indexOf(s.onWeekDay) - c.weekday + 7) % 7;
    for (let i = 0; i < 10_000; i++) {
      const day = new Date(Date.UTC(c.y, c.m - 1, c.d + dayOffset + i * stepDays));
      const t = instantAt(s.timeZone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute);
      if (t > from && t > created) return new Date(t);
    }
    return null;
  }
}

export class TriggerImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Trigger';

  constructor(readonly record: TriggerRecord) {
    super();
  }

  getHandlerFunction(): string {
    return this.record.handler;
  }

  getUniqueId(): string {
    return this.record.id;
  }

  getEventType(): GasEnum {
    return EventType[this.record.eventType];
  }

  getTriggerSource(): GasEnum {
    return TriggerSource[this.record.source];
  }

  getTriggerSourceId(): string | null {
    return this.record.sourceId;
  }
}

function positiveInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
}

export class ClockTriggerBuilderImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'ClockTriggerBuilder';
  private readonly schedule: ClockSchedule;

  constructor(
    private readonly ws: Workspace,
    private readonly handler: string,
  ) {
    super();
    this.schedule = { timeZone: ws.timeZone };
  }

  after(durationMilliseconds: number): ClockTriggerBuilderImpl {
    if (typeof durationMilliseconds !== 'number' || durationMilliseconds < 0)
      throw signatureError('ScriptApp.ClockTriggerBuilder.after', [durationMilliseconds]);
    this.schedule.at = new Date(this.ws.now().getTime() + durationMilliseconds);
    return this;
  }

  at(date: Date): ClockTriggerBuilderImpl {
    if (!isDate(date)) throw signatureError('ScriptApp.ClockTriggerBuilder.at', [date]);
    this.schedule.at = new Date(date.getTime());
    return this;
  }

  /** Near midnight of that day in the trigger's zone. */
  atDate(year: number, month: number, day: number): ClockTriggerBuilderImpl {
    if (![year, month, day].every((n) => typeof n === 'number'))
      throw signatureError('ScriptApp.ClockTriggerBuilder.atDate', [year, month, day]);
    this.schedule.at = new Date(instantAt(this.schedule.timeZone, year, month, day, 0, 0));
    return this;
  }

  atHour(hour: number): ClockTriggerBuilderImpl {
    if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23)
      throw gasError(`Invalid argument: hour`);
    this.schedule.atHour = hour;
    return this;
  }

  nearMinute(minute: number): ClockTriggerBuilderImpl {
    if (typeof minute !== 'number' || !Number.isInteger(minute) || minute < 0 || minute > 59)
      throw gasError(`Invalid argument: minute`);
    this.schedule.nearMinute = minute;
    return this;
  }

  everyMinutes(n: number): ClockTriggerBuilderImpl {
    if (![1, 5, 10, 15, 30].includes(n)) throw gasError('Invalid argument: n (everyMinutes takes 1, 5, 10, 15 or 30)');
    this.schedule.everyMinutes = n;
    return this;
  }

  everyHours(n: number): ClockTriggerBuilderImpl {
    if (!positiveInteger(n)) throw gasError('Invalid argument: n');
    this.schedule.everyHours = n;
    return this;
  }

  everyDays(n: number): ClockTriggerBuilderImpl {
    if (!positiveInteger(n)) throw gasError('Invalid argument: n');
    this.schedule.everyDays = n;
    return this;
  }

  everyWeeks(n: number): ClockTriggerBuilderImpl {
    if (!positiveInteger(n)) throw gasError('Invalid argument: n');
    this.schedule.everyWeeks = n;
    return this;
  }

  onWeekDay(day: GasEnum): ClockTriggerBuilderImpl {
    const key = enumKey(WeekDay as EnumSet<WeekDayName>, day);
    if (!key) throw signatureError('ScriptApp.ClockTriggerBuilder.onWeekDay', [day]);
    this.schedule.onWeekDay = key;
    return this;
  }

  onMonthDay(day: number): ClockTriggerBuilderImpl {
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 31)
      throw gasError('Invalid argument: day');
    this.schedule.onMonthDay = day;
    return this;
  }

  inTimezone(timezone: string): ClockTriggerBuilderImpl {
    if (typeof timezone !== 'string') throw signatureError('ScriptApp.ClockTriggerBuilder.inTimezone', [timezone]);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw gasError(`Invalid argument: timezone`);
    }
    this.schedule.timeZone = timezone;
    return this;
  }

  create(): TriggerImpl {
    const s = this.schedule;
    const recurring = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks, s.onMonthDay].filter(
      (v) => v !== undefined,
    ).length;
    const kinds = recurring + (s.at ? 1 : 0) + (s.onWeekDay && !s.everyWeeks ? 1 : 0);
    if (kinds === 0)
      throw gasError('The trigger has no schedule: call everyDays(), everyHours(), at() or a similar method.');
    if (kinds > 1 && !(s.onWeekDay && s.everyWeeks))
      throw gasError('The trigger has more than one schedule (for example everyDays() and everyHours()).');
    if (
      (s.atHour !== undefined || s.nearMinute !== undefined) &&
      !(s.everyDays || s.everyWeeks || s.onWeekDay || s.onMonthDay)
    )
      throw gasError('atHour() and nearMinute() need everyDays(), everyWeeks(), onWeekDay() or onMonthDay().');
    const record = this.ws.triggers.add({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { ...s },
    });
    return new TriggerImpl(record);
  }
}

export class SpreadsheetTriggerBuilderImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'SpreadsheetTriggerBuilder';
  private eventType: EventTypeName | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly handler: string,
    private readonly sheetId: string,
  ) {
    super();
  }

  onOpen(): SpreadsheetTriggerBuilderImpl {
    this.eventType = 'ON_OPEN';
    return this;
  }

  onEdit(): SpreadsheetTriggerBuilderImpl {
    this.eventType = 'ON_EDIT';
    return this;
  }

  onChange(): SpreadsheetTriggerBuilderImpl {
    this.eventType = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): SpreadsheetTriggerBuilderImpl {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): TriggerImpl {
    if (!this.eventType)
      throw gasError('The trigger has no event: call onOpen(), onEdit(), onChange() or onFormSubmit().');
    const record = this.ws.triggers.add({
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.sheetId,
      schedule: null,
    });
    return new TriggerImpl(record);
  }
}

export class TriggerBuilderImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'TriggerBuilder';

  constructor(
    private readonly ws: Workspace,
    private readonly handler: string,
  ) {
    super();
  }

  timeBased(): ClockTriggerBuilderImpl {
    return new ClockTriggerBuilderImpl(this.ws, this.handler);
  }

  /** A Spreadsheet or its id. */
  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilderImpl {
    let id: unknown = sheet;
    if (typeof sheet === 'object' && sheet !== null && typeof (sheet as { getId?: unknown }).getId === 'function') {
      id = (sheet as { getId(): unknown }).getId();
    }
    if (typeof id !== 'string' || id === '') throw signatureError('ScriptApp.TriggerBuilder.forSpreadsheet', [sheet]);
    return new SpreadsheetTriggerBuilderImpl(this.ws, this.handler, id);
  }
}

class AuthorizationInfoImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'AuthorizationInfo';

  /** `asked`: the scopes asked about (all the manifest's when none were named); `granted`: of those, the granted. */
  constructor(
    private readonly asked: readonly string[],
    private readonly granted: readonly string[],
  ) {
    super();
  }

  getAuthorizationStatus(): GasEnum {
    return this.granted.length === this.asked.length ? AuthorizationStatus.NOT_REQUIRED : AuthorizationStatus.REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    return this.granted.length === this.asked.length
      ? null
      : `https://script.google.com/macros/d/${SCRIPT_ID}/authorize`;
  }

  getAuthorizedScopes(): string[] {
    return [...this.granted];
  }
}

function isScopeList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

const SCRIPT_ID = '1BaoCaoNTM-emulated-script-id';

export class ScriptAppService extends Unwrappable {
  readonly [GAS_TYPE] = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly AuthorizationStatus = AuthorizationStatus;

  constructor(readonly ws: Workspace) {
    super();
  }

  newTrigger(functionName: string): TriggerBuilderImpl {
    if (typeof functionName !== 'string' || functionName === '')
      throw signatureError('ScriptApp.newTrigger', [functionName]);
    return new TriggerBuilderImpl(this.ws, functionName);
  }

  /** Only the active user's triggers, as in Google. */
  getProjectTriggers(): TriggerImpl[] {
    return this.ws.triggers.forUser(this.ws.activeUser).map((t) => new TriggerImpl(t));
  }

  /** The active user's triggers for one Spreadsheet (or its id). */
  getUserTriggers(sheet: unknown): TriggerImpl[] {
    let id: unknown = sheet;
    if (typeof sheet === 'object' && sheet !== null && typeof (sheet as { getId?: unknown }).getId === 'function') {
      id = (sheet as { getId(): unknown }).getId();
    }
    return this.ws.triggers
      .forUser(this.ws.activeUser)
      .filter((t) => t.sourceId === id)
      .map((t) => new TriggerImpl(t));
  }

  deleteTrigger(trigger: unknown): void {
    const raw = unwrap(trigger, TriggerImpl);
    if (!raw) throw signatureError('ScriptApp.deleteTrigger', [trigger]);
    if (raw.record.owner !== this.ws.activeUser) return;
    this.ws.triggers.remove(raw.record.id);
  }

  getScriptId(): string {
    return SCRIPT_ID;
  }

  getOAuthToken(): string {
    return `emulated-token-for-${this.ws.activeUser}`;
  }

  /** What the account running has granted, of `scopes` or of the whole manifest. */
  getAuthorizationInfo(authMode: unknown, scopes?: unknown): AuthorizationInfoImpl {
    if (!enumKey(AuthMode, authMode as GasEnum) || (scopes !== undefined && !isScopeList(scopes)))
      throw signatureError('ScriptApp.getAuthorizationInfo', scopes === undefined ? [authMode] : [authMode, scopes]);
    const asked = scopes ?? [...this.ws.consent.manifest];
    const granted = asked.filter((s) => this.ws.consent.has(this.ws.activeUser, s));
    return new AuthorizationInfoImpl(asked, granted);
  }

  /** Ends the run with an authorisation prompt when the account running has not granted them all. */
  requireScopes(authMode: unknown, scopes: unknown): void {
    if (!enumKey(AuthMode, authMode as GasEnum) || !isScopeList(scopes))
      throw signatureError('ScriptApp.requireScopes', [authMode, scopes]);
    this.ws.consent.require(this.ws.activeUser, scopes);
  }

  requireAllScopes(authMode: unknown): void {
    if (!enumKey(AuthMode, authMode as GasEnum)) throw signatureError('ScriptApp.requireAllScopes', [authMode]);
    this.ws.consent.require(this.ws.activeUser, this.ws.consent.manifest);
  }
}
