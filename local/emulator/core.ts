// The machinery every emulated service shares: call counting, fault injection, and handing
// values to the bundle in the bundle's own realm (a Date made here is not `instanceof Date`
// inside the vm context that gas-local creates, so everything crossing over is rebuilt there).

/** Emulated classes carry their Apps Script class name under this key, e.g. "Range". */
export const GAS_TYPE = Symbol.for('emulator.gasType');

export interface Realm {
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
}

export const NODE_REALM: Realm = { Date, Array, Object, Error };

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isEmulated(value: unknown): value is { [GAS_TYPE]: string } {
  return typeof value === 'object' && value !== null && GAS_TYPE in value;
}

/** Counts calls per "Type.method" (e.g. "Range.getValues"). */
export class CallLog {
  private readonly counts = new Map<string, number>();

  record(key: string): number {
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n;
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Sum of the counts whose key matches (a prefix like "Range." or a predicate). */
  total(match: string | ((key: string) => boolean) = () => true): number {
    const test = typeof match === 'string' ? (k: string) => k.startsWith(match) : match;
    let sum = 0;
    for (const [k, n] of this.counts) if (test(k)) sum += n;
    return sum;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

interface FaultRule {
  readonly key: string;
  /** Fails on the nth call counted from when the rule was added. */
  readonly nth: number;
  seen: number;
  remaining: number;
  readonly message: string;
}

/** Makes a method throw, as Google does on a quota, a timeout or a permission problem. */
export class Faults {
  private readonly rules: FaultRule[] = [];

  /** The `nth` call (1 = the next one) of `key` ("Range.setValues") throws `message`, `times` times in a row. */
  failOn(key: string, options: { nth?: number; message?: string; times?: number } = {}): void {
    this.rules.push({
      key,
      nth: options.nth ?? 1,
      seen: 0,
      remaining: options.times ?? 1,
      message: options.message ?? 'Service error: Spreadsheets',
    });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** Called before every emulated method runs. */
  check(key: string): void {
    for (const rule of this.rules) {
      if (rule.key !== key || rule.remaining <= 0) continue;
      rule.seen += 1;
      if (rule.seen >= rule.nth) {
        rule.remaining -= 1;
        throw new Error(rule.message);
      }
    }
  }
}

export interface Instrumentation {
  readonly calls: CallLog;
  readonly faults: Faults;
  /** Stops a call the user has not authorised (granular consent); absent: nothing checked. */
  authorize?(key: string): void;
}

/** Deep-copies plain data (arrays, Dates, plain objects) into `realm`; emulated objects are instrumented. */
function toRealm(value: unknown, realm: Realm, inst: Instrumentation): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isEmulated(value)) return instrument(value, realm, inst);
  if (isDate(value)) return new realm.Date(value.getTime());
  if (Array.isArray(value)) {
    const out = new realm.Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toRealm(value[i], realm, inst);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null || proto === realm.Object.prototype) {
    const out = new realm.Object() as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = toRealm(v, realm, inst);
    return out;
  }
  return value;
}

const proxies = new WeakMap<object, Map<Realm, object>>();

/**
 * Wraps an emulated object so that each method call is counted as "Type.method", may be made to
 * fail, runs on the real object, and returns values (and throws errors) of the caller's realm.
 */
export function instrument<T extends object>(target: T, realm: Realm, inst: Instrumentation): T {
  let byRealm = proxies.get(target);
  if (!byRealm) {
    byRealm = new Map();
    proxies.set(target, byRealm);
  }
  const cached = byRealm.get(realm);
  if (cached) return cached as T;
  const type = (target as { [GAS_TYPE]?: string })[GAS_TYPE] ?? 'Object';
  const proxy = new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj);
      if (typeof prop === 'symbol' || prop === 'constructor') return value;
      if (typeof value !== 'function') return toRealm(value, realm, inst);
      const key = `${type}.${prop}`;
      return (...args: unknown[]) => {
        inst.calls.record(key);
        try {
          inst.authorize?.(key);
          inst.faults.check(key);
          return toRealm(value.apply(obj, args), realm, inst);
        } catch (error) {
          throw realmError(error, realm);
        }
      };
    },
    set() {
      throw new TypeError(`Cannot assign to a property of ${type}`);
    },
  });
  byRealm.set(realm, proxy);
  return proxy;
}

function realmError(error: unknown, realm: Realm): unknown {
  if (!(error instanceof Error) || realm.Error === Error) return error;
  const copy = new realm.Error(error.message);
  copy.name = error.name;
  copy.stack = error.stack;
  return copy;
}

/** Base for emulated classes: names the Apps Script type that calls are counted under. */
export abstract class Emulated {
  abstract readonly [GAS_TYPE]: string;
}

/** Apps Script throws errors named "Exception"; the bundle only ever sees their message. */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

/**
 * Objects the bundle passes back (a Range to requireValueInRange, a User to addEditor, a Trigger to
 * deleteTrigger, an HtmlOutput to showModalDialog) arrive as instrumentation proxies. Calling their
 * methods from here would count as the bundle's calls; the proxy hands symbol-keyed properties over
 * untouched, so this getter reaches the real object without counting anything.
 */
const RAW = Symbol('emulator.raw');

export abstract class Unwrappable extends Emulated {
  get [RAW](): this {
    return this;
  }
}

/** The real object behind `value` (a proxy or the object itself) when it is a `cls`, else null. */
// biome-ignore lint/suspicious/noExplicitAny: constructor of any emulated class
export function unwrap<T>(value: unknown, cls: abstract new (...args: any[]) => T): T | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = (value as { [RAW]?: unknown })[RAW];
  return raw instanceof cls ? (raw as T) : null;
}
