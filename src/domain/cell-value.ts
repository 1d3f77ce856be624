// What a settings or catalogue cell holds, as text. getValues() hands back numbers for what looks
// numeric ("42" typed as a plan number) and Dates for what looks like a date.
import { civilInZone, formatCivil, isDateValue } from './civil-date';
import { cleanText } from './vn-format';

/**
 * The cell as text: strings NFC, trimmed, spaces collapsed; numbers as JavaScript writes them
 * (a plan number 42 stays "42", never "42,0" or "4.2e1" for such values); Dates as dd/MM/yyyy in
 * `timeZone`; booleans as TRUE/FALSE; blanks as "".
 */
export function cellText(value: unknown, timeZone = 'Asia/Ho_Chi_Minh'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateValue(value)) return formatCivil(civilInZone(value, timeZone));
  return cleanText(String(value));
}
