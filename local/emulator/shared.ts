// Pieces shared by the small services (MailApp, PropertiesService, LockService, ScriptApp, Session,
// Utilities, Logger, HtmlService and the Ui): signature errors and text sizes.
import { gasError, isDate } from './core';
import { GasEnum } from './gas-enum';

/** The Java-ish type names Apps Script prints when an overload does not match. */
function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return 'Object[]';
  if (value instanceof GasEnum) return value.typeName;
  return 'Object';
}

/** e.g. "The parameters (String,String,String) don't match the method signature for Utilities.formatDate." */
export function signatureError(method: string, args: readonly unknown[]): Error {
  return gasError(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
