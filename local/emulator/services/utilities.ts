// Utilities: formatDate (Java patterns, honouring the zone), formatString, blobs, sleep on the
// emulated clock, UUIDs, base64 and digests. Dates and byte arrays may come from any realm.
import { createHash, randomUUID } from 'node:crypto';
import { BlobImpl } from '../blob';
import { GAS_TYPE, gasError, isDate, Unwrappable } from '../core';
import { enumKey, enumSet } from '../gas-enum';
import { signatureError } from '../shared';
import type { Workspace } from '../workspace';
import { formatDate } from './date-format';
import { formatString } from './format-string';

const DigestAlgorithm = enumSet('DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
const Charset = enumSet('Charset', ['US_ASCII', 'UTF_8']);

const DIGEST_NAMES: Record<keyof typeof DigestAlgorithm, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Utilities.sleep's documented maximum. */
const MAX_SLEEP_MS = 300_000;

function isByteArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((b) => typeof b === 'number' && Number.isInteger(b));
}

/** The arguments as the caller gave them (trailing undefined ones left out), for error messages. */
function given(...args: unknown[]): unknown[] {
  let n = args.length;
  while (n > 1 && args[n - 1] === undefined) n -= 1;
  return args.slice(0, n);
}

/** Apps Script byte arrays are signed Java bytes. */
function toSignedBytes(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

function bytesOf(value: unknown, charset: unknown, method: string, args: unknown[]): Buffer {
  if (typeof value === 'string') {
    const key = charset === undefined ? 'UTF_8' : enumKey(Charset, charset);
    if (!key) throw signatureError(method, args);
    return Buffer.from(value, key === 'US_ASCII' ? 'latin1' : 'utf8');
  }
  if (isByteArray(value)) return Buffer.from(value.map((b) => b & 255));
  throw signatureError(method, args);
}

function decodeBase64(encoded: unknown, webSafe: boolean, method: string): Buffer {
  if (typeof encoded !== 'string') throw signatureError(method, [encoded]);
  const text = encoded.replace(/\s+/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(text) || text.replace(/=+$/, '').length % 4 === 1) throw gasError('Could not decode string.');
  return Buffer.from(text, webSafe ? 'base64url' : 'base64');
}

export class UtilitiesImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;

  constructor(readonly ws: Workspace) {
    super();
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string')
      throw signatureError('Utilities.formatDate', [date, timeZone, format]);
    const t = date.getTime();
    if (Number.isNaN(t)) throw gasError('Invalid argument: date');
    return formatDate(t, timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    if (typeof template !== 'string') throw signatureError('Utilities.formatString', [template, ...args]);
    return formatString(template, args);
  }

  newBlob(data: string | number[], contentType?: string, name?: string): BlobImpl {
    const args = given(data, contentType, name);
    if (typeof data !== 'string' && !isByteArray(data)) throw signatureError('Utilities.newBlob', args);
    if (contentType !== undefined && contentType !== null && typeof contentType !== 'string')
      throw signatureError('Utilities.newBlob', args);
    if (name !== undefined && name !== null && typeof name !== 'string')
      throw signatureError('Utilities.newBlob', args);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255));
    // A blob made from text is text/plain unless told otherwise; one from bytes has no type.
    const type = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
    return new BlobImpl(bytes, type, name ?? null);
  }

  /** Advances the emulated clock instead of waiting. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || Number.isNaN(milliseconds))
      throw signatureError('Utilities.sleep', [milliseconds]);
    if (milliseconds < 0 || milliseconds > MAX_SLEEP_MS) throw gasError('Invalid argument: milliseconds');
    this.ws.advance(milliseconds);
  }

  getUuid(): string {
    return randomUUID();
  }

  base64Encode(data: string | number[], charset?: unknown): string {
    return bytesOf(data, charset, 'Utilities.base64Encode', given(data, charset)).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: unknown): string {
    // Google's web-safe form keeps the '=' padding.
    return bytesOf(data, charset, 'Utilities.base64EncodeWebSafe', given(data, charset))
      .toString('base64')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  }

  base64Decode(encoded: string, _charset?: unknown): number[] {
    return toSignedBytes(decodeBase64(encoded, false, 'Utilities.base64Decode'));
  }

  base64DecodeWebSafe(encoded: string, _charset?: unknown): number[] {
    return toSignedBytes(decodeBase64(encoded, true, 'Utilities.base64DecodeWebSafe'));
  }

  computeDigest(algorithm: unknown, value: string | number[], charset?: unknown): number[] {
    const key = enumKey(DigestAlgorithm, algorithm);
    const args = given(algorithm, value, charset);
    if (!key) throw signatureError('Utilities.computeDigest', args);
    const bytes = bytesOf(value, charset, 'Utilities.computeDigest', args);
    let hash: Buffer;
    try {
      hash = createHash(DIGEST_NAMES[key]).update(bytes).digest();
    } catch {
      throw gasError(`Digest algorithm ${key} is not available in the emulator`);
    }
    return toSignedBytes(hash);
  }
}
