// Pieces shared by the small services (MailApp, PropertiesService, LockService, ScriptApp, Session,
// Utilities, Logger, HtmlService and the Ui): Google's exception shape, reaching the real object
// behind an instrumentation proxy, and Apps Script enums.
import { Emulated, isDate } from '../core';

/** Apps Script throws errors named "Exception"; the bundle only ever sees their message. */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

/**
 * Objects the bundle passes back (a Trigger to deleteTrigger, a Menu to addSubMenu, an HtmlOutput to
 * showModalDialog) arrive as instrumentation proxies. The proxy hands symbol-keyed properties over
 * untouched, so this getter reaches the real object without counting a call in the bundle's name.
 */
export const RAW = Symbol('services.raw');

export abstract class Unwrappable extends Emulated {
  get [RAW](): this {
    return this;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: constructor of any emulated class
export function unwrap<T>(value: unknown, cls: abstract new (...args: any[]) => T): T | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = (value as { [RAW]?: unknown })[RAW];
  return raw instanceof cls ? (raw as T) : null;
}

/** The Java-ish type names Apps Script prints when an overload does not match. */
function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return 'Object[]';
  if (value instanceof GasEnum) return value.enumType;
  return 'Object';
}

/** e.g. "The parameters (String,String,String) don't match the method signature for Utilities.formatDate." */
export function signatureError(method: string, args: readonly unknown[]): Error {
  return gasError(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);
}

/**
 * An Apps Script enum value. In Google these are objects, not strings (`Button.YES === 'YES'` is false),
 * so they are objects here too. They are plain class instances rather than emulated objects: toRealm
 * hands them to the bundle unchanged, so `ui.alert(...) === ui.Button.YES` holds across the vm boundary.
 */
export class GasEnum {
  constructor(
    readonly enumType: string,
    private readonly key: string,
    private readonly index: number,
  ) {
    Object.freeze(this);
  }

  toString(): string {
    return this.key;
  }

  name(): string {
    return this.key;
  }

  ordinal(): number {
    return this.index;
  }
}

export type EnumSet<K extends string> = { readonly [P in K]: GasEnum };

export function enumSet<const K extends string>(enumType: string, keys: readonly K[]): EnumSet<K> {
  const out = {} as Record<K, GasEnum>;
  keys.forEach((key, i) => {
    out[key] = new GasEnum(enumType, key, i);
  });
  return Object.freeze(out);
}

/** The key of `value` in `set`, or null when `value` is not one of its members. */
export function enumKey<K extends string>(set: EnumSet<K>, value: unknown): K | null {
  for (const key of Object.keys(set) as K[]) if (set[key] === value) return key;
  return null;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
