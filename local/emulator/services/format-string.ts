// Utilities.formatString and Logger.log(format, ...values): sprintf-like '%' conversions
// (%s %d %i %f %e %x %o %c %%, with flags - + 0 space, a width and a precision).
import { gasError } from '../core';

const SPEC = /%([-+ 0]*)(\d+)?(?:\.(\d+))?([sdifeExXoc%])/g;

function padTo(text: string, width: number | undefined, left: boolean, zero: boolean): string {
  if (width === undefined || text.length >= width) return text;
  if (left) return text + ' '.repeat(width - text.length);
  if (zero) {
    const sign = /^[+\- ]/.test(text) ? text[0] : '';
    const digits = sign ? text.slice(1) : text;
    return sign + '0'.repeat(width - text.length) + digits;
  }
  return ' '.repeat(width - text.length) + text;
}

function signed(n: number, body: string, plus: boolean, space: boolean): string {
  if (n < 0 || Object.is(n, -0)) return body;
  return (plus ? '+' : space ? ' ' : '') + body;
}

export function formatString(template: string, values: readonly unknown[]): string {
  let next = 0;
  return template.replace(SPEC, (_all, flags: string, w: string | undefined, p: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (next >= values.length) throw gasError(`Missing argument for format specifier '%${conv}'`);
    const value = values[next];
    next += 1;
    const width = w === undefined ? undefined : Number(w);
    const precision = p === undefined ? undefined : Number(p);
    const left = flags.includes('-');
    const zero = flags.includes('0') && !left;
    const plus = flags.includes('+');
    const space = flags.includes(' ');
    let text: string;
    switch (conv) {
      case 's':
        text = String(value);
        if (precision !== undefined) text = text.slice(0, precision);
        return padTo(text, width, left, false);
      case 'c':
        return padTo(
          typeof value === 'number' ? String.fromCharCode(value) : String(value).slice(0, 1),
          width,
          left,
          false,
        );
      case 'd':
      case 'i': {
        const n = Math.trunc(Number(value));
        text = signed(n, String(n), plus, space);
        return padTo(text, width, left, zero);
      }
      case 'f': {
        const n = Number(value);
        text = signed(n, n.toFixed(precision ?? 6), plus, space);
        return padTo(text, width, left, zero);
      }
      case 'e':
      case 'E': {
        const n = Number(value);
        let body = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        if (conv === 'E') body = body.toUpperCase();
        return padTo(signed(n, body, plus, space), width, left, zero);
      }
      case 'x':
      case 'X':
      case 'o': {
        const n = Math.trunc(Number(value));
        const base = conv === 'o' ? 8 : 16;
        const body = (n < 0 ? n >>> 0 : n).toString(base);
        return padTo(conv === 'X' ? body.toUpperCase() : body, width, left, zero);
      }
      default:
        return _all;
    }
  });
}
