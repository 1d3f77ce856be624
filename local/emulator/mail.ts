// MailApp: sendEmail in its four shapes and getRemainingDailyQuota, with Google's limits. Every
// recipient (to, cc and bcc) costs one from the daily quota; a message that breaks any rule throws
// Google's message and sends nothing.
import { BlobImpl } from './blob';
import { GAS_TYPE, gasError, Unwrappable } from './core';
import { signatureError, utf8Length } from './shared';
import type { Workspace } from './workspace';

const MAIL_MSG = {
  quota: 'Service invoked too many times for one day: email.',
  recipientsPerMessage: 'Limit Exceeded: Email Recipients Per Message.',
  bodySize: 'Limit Exceeded: Email Body Size.',
  subject: 'Argument too large: subject',
  noRecipient: 'Failed to send email: no recipient',
  attachmentsSize: 'Limit Exceeded: Email Total Attachments Size.',
  attachmentsCount: 'Limit Exceeded: Email Attachments Per Message.',
} as const;

function invalidEmail(address: string): string {
  return `Invalid email: ${address}`;
}

const MAIL_LIMITS = {
  recipientsPerMessage: 50,
  subjectLength: 250,
  /** Body and HTML body together, in bytes (200 kB for a consumer account). */
  bodyBytes: 200 * 1024,
  attachmentsPerMessage: 250,
  attachmentBytes: 25 * 1024 * 1024,
} as const;

export interface SentMail {
  /** The active user who sent it. */
  readonly from: string;
  /** The sender's display name (option `name`), or null. */
  readonly name: string | null;
  readonly to: string[];
  readonly cc: string[];
  readonly bcc: string[];
  readonly replyTo: string | null;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  readonly noReply: boolean;
  readonly attachments: BlobImpl[];
  /** Images referenced from htmlBody as cid:<key>. */
  readonly inlineImages: Record<string, BlobImpl>;
  /** The emulated time of sending. */
  readonly time: Date;
}

export class MailStore {
  readonly sent: SentMail[] = [];

  constructor(
    readonly ws: Workspace,
    /** Recipients left today; tests may set it. */
    public remaining: number,
  ) {}
}

const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** The bare address of "a@b.vn" or "Tên <a@b.vn>", or null when it is not a valid address. */
function bareAddress(entry: string): string | null {
  const named = /^[^<>]*<([^<>]+)>$/.exec(entry);
  const address = (named ? named[1] : entry).trim();
  if (address.length > 254 || address.includes('..') || address.startsWith('.')) return null;
  return ADDRESS.test(address) ? address : null;
}

/** Splits a comma-separated recipient list, checking every address. */
function recipients(list: unknown, field: string): string[] {
  if (list === undefined || list === null || list === '') return [];
  if (typeof list !== 'string') throw gasError(`Invalid argument: ${field}`);
  const out: string[] = [];
  for (const part of list.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    if (!bareAddress(entry)) throw gasError(invalidEmail(entry));
    out.push(entry);
  }
  return out;
}

/** A Blob or something with getBlob() (a BlobSource), copied as it is now. */
function blobOf(value: unknown, field: string): BlobImpl {
  if (value instanceof BlobImpl) return BlobImpl.prototype.copyBlob.call(value) as BlobImpl;
  const source = value as { getBlob?: () => unknown } | null;
  if (source && typeof source.getBlob === 'function') {
    const blob = source.getBlob();
    if (blob instanceof BlobImpl) return BlobImpl.prototype.copyBlob.call(blob) as BlobImpl;
  }
  throw gasError(`Invalid argument: ${field}`);
}

interface Message {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  replyTo?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  noReply?: unknown;
  attachments?: unknown;
  inlineImages?: unknown;
}

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw gasError(`Invalid argument: ${field}`);
  return value;
}

export class MailAppService extends Unwrappable {
  readonly [GAS_TYPE] = 'MailApp';

  constructor(readonly ws: Workspace) {
    super();
  }

  getRemainingDailyQuota(): number {
    return this.ws.mail.remaining;
  }

  /**
   * sendEmail(message), sendEmail(recipient, subject, body), sendEmail(recipient, subject, body,
   * options) and sendEmail(to, replyTo, subject, body).
   */
  sendEmail(...args: unknown[]): void {
    const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    let message: Message;
    if (args.length === 1 && isObject(args[0])) {
      message = args[0] as Message;
    } else if (args.length === 3 && args.every((a) => typeof a === 'string')) {
      message = { to: args[0], subject: args[1], body: args[2] };
    } else if (args.length === 4 && args.every((a) => typeof a === 'string')) {
      message = { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    } else if (args.length === 4 && args.slice(0, 3).every((a) => typeof a === 'string') && isObject(args[3])) {
      message = { ...(args[3] as Message), to: args[0], subject: args[1], body: args[2] };
    } else {
      throw signatureError('MailApp.sendEmail', args);
    }
    this.ws.mail.sent.push(this.check(message));
  }

  /** Validates in Google's order and takes the quota; returns what was sent. */
  private check(m: Message): SentMail {
    const to = recipients(m.to, 'to');
    const cc = recipients(m.cc, 'cc');
    const bcc = recipients(m.bcc, 'bcc');
    const replyTo = optionalString(m.replyTo, 'replyTo');
    if (replyTo !== null && replyTo.trim() !== '' && !bareAddress(replyTo.trim()))
      throw gasError(invalidEmail(replyTo.trim()));
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw gasError(MAIL_MSG.noRecipient);
    if (count > MAIL_LIMITS.recipientsPerMessage) throw gasError(MAIL_MSG.recipientsPerMessage);

    const subject = optionalString(m.subject, 'subject') ?? '';
    if (subject.length > MAIL_LIMITS.subjectLength) throw gasError(MAIL_MSG.subject);
    const body = optionalString(m.body, 'body') ?? '';
    const htmlBody = optionalString(m.htmlBody, 'htmlBody');
    if (utf8Length(body) + utf8Length(htmlBody ?? '') > MAIL_LIMITS.bodyBytes) throw gasError(MAIL_MSG.bodySize);

    const attachments: BlobImpl[] = [];
    if (m.attachments !== undefined && m.attachments !== null) {
      if (!Array.isArray(m.attachments)) throw gasError('Invalid argument: attachments');
      for (const a of m.attachments) attachments.push(blobOf(a, 'attachments'));
    }
    const inlineImages: Record<string, BlobImpl> = {};
    if (m.inlineImages !== undefined && m.inlineImages !== null) {
      if (typeof m.inlineImages !== 'object') throw gasError('Invalid argument: inlineImages');
      for (const key of Object.keys(m.inlineImages))
        inlineImages[key] = blobOf((m.inlineImages as Record<string, unknown>)[key], 'inlineImages');
    }
    const files = [...attachments, ...Object.values(inlineImages)];
    if (files.length > MAIL_LIMITS.attachmentsPerMessage) throw gasError(MAIL_MSG.attachmentsCount);
    if (files.reduce((n, b) => n + b.buffer().length, 0) > MAIL_LIMITS.attachmentBytes)
      throw gasError(MAIL_MSG.attachmentsSize);

    if (count > this.ws.mail.remaining) throw gasError(MAIL_MSG.quota);
    this.ws.mail.remaining -= count;
    return {
      from: this.ws.activeUser,
      name: optionalString(m.name, 'name'),
      to,
      cc,
      bcc,
      replyTo: replyTo && replyTo.trim() !== '' ? replyTo.trim() : null,
      subject,
      body,
      htmlBody,
      noReply: m.noReply === true,
      attachments,
      inlineImages,
      time: this.ws.now(),
    };
  }
}
