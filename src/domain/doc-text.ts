// Text a user typed, made fit for a document or a mail: lines, one line, the plan's citation.
import type { Settings } from './types';
import { formatDate } from './vn-format';

/**
 * The lines of a text typed by a user, each kept as typed except for white space at its ends;
 * blank lines dropped. Characters a document cannot hold (C0 controls other than tab) are removed;
 * a vertical tab is how Sheets and Docs store a soft line break, so it splits lines too.
 */
export function textLines(text: string): string[] {
  return text
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .split(/\r\n|[\r\n\u000B\u000C\u2028\u2029]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** One line (a table cell, a name inside a sentence): line breaks become spaces. */
export function singleLine(text: string): string {
  return textLines(text).join(' ');
}

/**
 * "Kế hoạch số 42/KH-BCĐ ngày 10/03/2023": how the report, the plan mail and the reminder cite the
 * plan. A blank number leaves out "số …" altogether ("Kế hoạch ngày 10/03/2023"): "số /KH-BCĐ"
 * is how a document leaves its own number for the clerk, not how another one is cited.
 */
export function planReference(settings: Pick<Settings, 'planNumber' | 'planSymbol' | 'planDate'>): string {
  const number = singleLine(settings.planNumber);
  const symbol = singleLine(settings.planSymbol);
  const parts = ['Kế hoạch'];
  if (number) parts.push(`số ${number}${symbol ? `/${symbol}` : ''}`);
  if (settings.planDate) parts.push(`ngày ${formatDate(settings.planDate)}`);
  return parts.join(' ');
}

/** "Tuyên truyền ..." → "tuyên truyền ..." to continue a sentence; an acronym ("UBND ...") is kept. */
export function lowerFirst(text: string): string {
  const t = text.trim();
  if (t.length < 2) return t.toLowerCase();
  const second = t.charAt(1);
  if (second !== second.toLowerCase()) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}
