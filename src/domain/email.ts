// E-mail addresses as users type them into the Sheet. The check is deliberately plain (one "@",
// a dotted domain with a letter TLD, ASCII only): its job is to catch typos before a protection
// or MailApp call rejects the whole batch, not to implement RFC 5322.

const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Whether `s` (already trimmed) is a plausible e-mail address such as "vanhoa.minhtien@example.com". */
export function isEmail(s: string): boolean {
  if (s.length > 254) return false;
  const at = s.lastIndexOf('@');
  if (at < 1 || at !== s.indexOf('@')) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  return /^[a-z]{2,}$/i.test(labels[labels.length - 1]);
}

/** Trimmed and lower-cased: Google accounts ignore case, and comparisons must too. */
export function normalizeEmail(s: string): string {
  return s.trim().toLowerCase();
}

export interface SplitEmails {
  /** Valid addresses, lower-cased, each once, in the order typed. */
  readonly emails: string[];
  /** The pieces that are not addresses, as typed (trimmed). */
  readonly invalid: string[];
}

/**
 * Reads a cell holding several addresses separated by commas, semicolons, spaces or line breaks.
 * "Tên <a@b.vn>" (as pasted from a mail program) gives the address inside the brackets, and a
 * "mailto:" left by a pasted link is dropped.
 */
export function splitEmails(text: string): SplitEmails {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const chunk of text.split(/[,;\n\r]+/)) {
    const bracketed = /<([^<>]*)>/.exec(chunk);
    const pieces = bracketed ? [bracketed[1]] : chunk.split(/\s+/);
    for (const raw of pieces) {
      const piece = raw.trim().replace(/^mailto:/i, '');
      if (piece === '') continue;
      const email = normalizeEmail(piece);
      if (!isEmail(email)) invalid.push(piece);
      else if (!emails.includes(email)) emails.push(email);
    }
  }
  return { emails, invalid };
}
