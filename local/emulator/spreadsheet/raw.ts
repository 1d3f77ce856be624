// Objects the bundle hands back (a Range passed to requireValueInRange, a User passed to
// addEditor) arrive as instrumentation proxies. Calling their methods from here would count as
// the bundle's calls, so the emulator reaches the real object through a symbol the proxy passes on.
import { Emulated } from '../core';

export const RAW = Symbol('spreadsheet.raw');

export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

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
