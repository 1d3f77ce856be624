// Argument checking as Apps Script does it: a call whose argument types match no overload of the Java
// method fails with "The parameters (String) don't match the method signature for
// DocumentApp.Paragraph.setAlignment.", whatever JavaScript would have coerced.
import { GAS_TYPE, isDate, isEmulated } from '../core';
import { GasEnum } from '../gas-enum';
import { isEnumOf } from './enums';

export type Check = (value: unknown) => boolean;

/** The type names Apps Script prints in its signature errors. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof GasEnum) return value.typeName;
  if (isEmulated(value)) return (value as { [GAS_TYPE]: string })[GAS_TYPE];
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) {
    const inner = value.length > 0 ? typeName(value[0]) : 'Object';
    return `${inner}[]`;
  }
  return 'Object';
}

export function signatureError(method: string, args: readonly unknown[]): Error {
  return new Error(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for DocumentApp.${method}.`,
  );
}

/**
 * Returns the index of the first overload whose checks accept `args` (same arity, every check true),
 * or throws the signature error.
 */
export function overload(method: string, args: readonly unknown[], ...overloads: readonly Check[][]): number {
  for (let i = 0; i < overloads.length; i++) {
    const checks = overloads[i];
    if (checks.length === args.length && checks.every((check, j) => check(args[j]))) return i;
  }
  throw signatureError(method, args);
}

/** A method with a single signature. */
export function expectArgs(method: string, args: readonly unknown[], ...checks: Check[]): void {
  overload(method, args, checks);
}

/** The one number argument of a size setter; a negative one fails, named `nonNegative`, when given. */
export function numberArg(method: string, args: readonly unknown[], nonNegative?: string): number {
  expectArgs(method, args, isNumber);
  const value = args[0] as number;
  if (nonNegative !== undefined && value < 0) throw new Error(`Invalid argument: ${nonNegative} (${value})`);
  return value;
}

export const isString: Check = (v) => typeof v === 'string';
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isInteger: Check = (v) => typeof v === 'number' && Number.isInteger(v);
/** Boolean parameters of attribute setters are Java Booleans: null clears the attribute. */
export const isBooleanOrNull: Check = (v) => typeof v === 'boolean' || v === null;
export const isStringOrNull: Check = (v) => typeof v === 'string' || v === null;
export const isObject: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStringMatrix: Check = (v) =>
  Array.isArray(v) && v.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'));
export const isStringArray: Check = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function isEnum(enumType: string): Check {
  return (v) => isEnumOf(v, enumType);
}

export function isElement(...types: string[]): Check {
  return (v) => isEmulated(v) && types.includes((v as { [GAS_TYPE]: string })[GAS_TYPE]);
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Docs colours are "#rrggbb"; null clears. */
export function checkColor(color: string | null): string | null {
  if (color === null) return null;
  if (!COLOR.test(color)) throw new Error('Invalid argument: color');
  return color.toLowerCase();
}

export function childIndexError(index: number, count: number): Error {
  return new Error(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

export function insertIndexError(index: number, count: number): Error {
  return new Error(`Child index (${index}) must be less than or equal to the number of child elements (${count}).`);
}

export function offsetError(index: number, length: number): Error {
  return new Error(`Index (${index}) must be less than the content length (${length}).`);
}

export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';
export const ACCESS_DENIED_MESSAGE = 'Access denied: DocumentApp.';
export const DETACHED_MESSAGE = 'Element must be detached.';
