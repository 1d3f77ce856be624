// Who gets a mail: the plan's Nơi nhận with an address, and for a reminder the unit's contact (or,
// without one, the people who fill its tab). Names go into mail headers and bodies, so they are made
// one line here; addresses are checked again here even though Cấu hình checks them, because one bad
// address makes MailApp refuse the whole message.

import { singleLine } from './doc-text';
import { isEmail, normalizeEmail, splitEmails } from './email';
import type { Recipient, Settings, UnitSetting } from './types';
import { nameKey } from './vn-format';

/** One line, no control characters: safe for a subject, a header or a log cell. */
export function oneLine(text: string): string {
  return singleLine(text.replace(/\t/g, ' '));
}

export interface Addressee {
  /** The Nơi nhận names that share this address, joined by "; ". */
  readonly name: string;
  readonly email: string;
  /** The strongest role among them: "Kính gửi" before "Để biết". */
  readonly role: Recipient['role'];
}

export interface PlanAudience {
  /** One per address, in the order of Nơi nhận. */
  readonly addressees: readonly Addressee[];
  /** Nơi nhận with no address (other than "Lưu"): named so the secretary sends them another way. */
  readonly withoutEmail: readonly string[];
  /** "Tên: địa chỉ" for what is not an address: refused, never sent. */
  readonly invalid: readonly string[];
}

/**
 * The recipients of the plan: Nơi nhận, and only Nơi nhận. The superior office's addresses in Cấu
 * hình are where the report is shared; the plan goes to whom the plan itself lists, so the mail
 * matches the list printed at its end (the superior office is normally one of them, as "Kính gửi").
 */
export function planAudience(settings: Pick<Settings, 'recipients'>): PlanAudience {
  const byEmail = new Map<string, { names: string[]; role: Recipient['role'] }>();
  const withoutEmail: string[] = [];
  const invalid: string[] = [];
  for (const r of settings.recipients) {
    const name = oneLine(r.name) || '(không tên)';
    const split = splitEmails(r.email);
    for (const bad of split.invalid) invalid.push(`${name}: "${oneLine(bad)}"`);
    if (split.emails.length === 0) {
      if (split.invalid.length === 0 && r.role !== 'Lưu') withoutEmail.push(name);
      continue;
    }
    for (const email of split.emails) {
      const seen = byEmail.get(email);
      if (!seen) byEmail.set(email, { names: [name], role: r.role });
      else {
        if (!seen.names.some((n) => nameKey(n) === nameKey(name))) seen.names.push(name);
        if (r.role === 'Kính gửi') seen.role = 'Kính gửi';
      }
    }
  }
  const addressees = [...byEmail].map(([email, v]) => ({ name: v.names.join('; '), email, role: v.role }));
  return { addressees, withoutEmail, invalid };
}

export interface UnitAddress {
  /** Valid addresses, lower-cased, each once. */
  readonly emails: readonly string[];
  /** Whom the mail greets: the contact person when the mail goes to them. */
  readonly contactName: string;
  /** Addresses that are not valid (refused). */
  readonly invalid: readonly string[];
}

/** The unit's contact address; when it has none, the editors of its tab. */
export function unitAddress(unit: UnitSetting): UnitAddress {
  const contact = normalizeEmail(unit.contactEmail);
  if (contact !== '') {
    return isEmail(contact)
      ? { emails: [contact], contactName: oneLine(unit.contactName), invalid: [] }
      : { emails: [], contactName: oneLine(unit.contactName), invalid: [unit.contactEmail] };
  }
  const split = splitEmails(unit.editors.join(','));
  return { emails: split.emails, contactName: '', invalid: split.invalid };
}
