// A deliberately small formula engine: numbers, strings, cell and range references (also on other
// sheets), + - * / ^ &, SUM over ranges, HYPERLINK(url; label), TODAY() and NOW() on the emulated
// clock, and error literals (=#REF!, what an imported error cell becomes). Anything else is an
// error, so getValues never passes a formula's text off as its value.
import { type Area, columnLetter, columnNumber, splitSheet } from './a1';

export type Scalar = number | string | boolean;

export interface FormulaHost {
  /** The value of one cell ('' when blank); dates as serial numbers. */
  cell(sheet: string | null, row: number, col: number): Scalar;
  /** The values of an area, row by row. */
  range(sheet: string | null, area: Area): Scalar[];
  /** The emulated clock as a serial in the spreadsheet's time zone (TODAY, NOW). */
  now(): number;
}

/** The error values Sheets shows, which a formula may also hold literally. */
const ERROR_LITERAL = /^#(?:REF!|N\/A|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!)/i;

const FORMULA_ERROR = '#ERROR!';

class FormulaFailure extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet: string | null; a: string; b: string | null }
  | { t: 'fn'; name: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'op'; v: string };

const REF = /^(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new FormulaFailure(FORMULA_ERROR);
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref && !/^[(\w]/.test(rest.slice(ref[0].length))) {
      const sheet = ref[1] ? splitSheet(`${ref[1]}!A1`).sheet : null;
      out.push({ t: 'ref', sheet, a: ref[2], b: ref[3] ?? null });
      i += ref[0].length;
      continue;
    }
    const error = ERROR_LITERAL.exec(rest);
    if (error) {
      out.push({ t: 'err', v: error[0].toUpperCase() });
      i += error[0].length;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(rest);
    if (word) {
      const name = word[0].toUpperCase();
      i += word[0].length;
      if (src[i] === '(') out.push({ t: 'fn', name });
      else if (name === 'TRUE' || name === 'FALSE') out.push({ t: 'bool', v: name === 'TRUE' });
      else throw new FormulaFailure(FORMULA_ERROR);
      continue;
    }
    if ('+-*/^&(),;'.includes(ch)) {
      out.push({ t: 'op', v: ch });
      i++;
      continue;
    }
    throw new FormulaFailure(FORMULA_ERROR);
  }
  return out;
}

type Value = Scalar | { area: Area; sheet: string | null };

function cellPosition(a: string): { r: number; c: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a)!;
  return { r: Number(m[2]), c: columnNumber(m[1]) };
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly host: FormulaHost,
  ) {}

  run(): Scalar {
    const v = this.scalar(this.concat());
    if (this.pos < this.tokens.length) throw new FormulaFailure(FORMULA_ERROR);
    return v;
  }

  private peekOp(...ops: string[]): string | null {
    const t = this.tokens[this.pos];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.peekOp('&')) {
      this.pos++;
      const right = this.additive();
      left = this.text(left) + this.text(right);
    }
    return left;
  }

  private additive(): Value {
    let left = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.pos++;
      const right = this.term();
      left = op === '+' ? this.num(left) + this.num(right) : this.num(left) - this.num(right);
    }
    return left;
  }

  private term(): Value {
    let left = this.power();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.pos++;
      const right = this.num(this.power());
      if (op === '/' && right === 0) throw new FormulaFailure('#DIV/0!');
      left = op === '*' ? this.num(left) * right : this.num(left) / right;
    }
    return left;
  }

  private power(): Value {
    const base = this.unary();
    if (!this.peekOp('^')) return base;
    this.pos++;
    return this.num(base) ** this.num(this.power());
  }

  private unary(): Value {
    const op = this.peekOp('+', '-');
    if (op) {
      this.pos++;
      const v = this.num(this.unary());
      return op === '-' ? -v : v;
    }
    return this.primary();
  }

  private primary(): Value {
    const t = this.tokens[this.pos++];
    if (!t) throw new FormulaFailure(FORMULA_ERROR);
    switch (t.t) {
      case 'num':
      case 'str':
      case 'bool':
        return t.v;
      case 'ref': {
        const a = cellPosition(t.a);
        if (!t.b) return this.host.cell(t.sheet, a.r, a.c);
        const b = cellPosition(t.b);
        const r = Math.min(a.r, b.r);
        const c = Math.min(a.c, b.c);
        return { sheet: t.sheet, area: { r, c, nr: Math.abs(a.r - b.r) + 1, nc: Math.abs(a.c - b.c) + 1 } };
      }
      case 'err':
        throw new FormulaFailure(t.v);
      case 'fn':
        return this.call(t.name);
      case 'op':
        if (t.v === '(') {
          const v = this.concat();
          if (!this.peekOp(')')) throw new FormulaFailure(FORMULA_ERROR);
          this.pos++;
          return v;
        }
        throw new FormulaFailure(FORMULA_ERROR);
    }
  }

  private args(): Value[] {
    this.pos++; // "("
    const out: Value[] = [];
    if (this.peekOp(')')) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.concat());
      // Sheets takes "," in en_US syntax and ";" in locales with a decimal comma such as vi_VN.
      if (this.peekOp(',', ';')) {
        this.pos++;
        continue;
      }
      if (this.peekOp(')')) {
        this.pos++;
        return out;
      }
      throw new FormulaFailure(FORMULA_ERROR);
    }
  }

  private call(name: string): Value {
    const args = this.args();
    if (name === 'SUM') {
      let sum = 0;
      for (const a of args) {
        if (typeof a === 'object') {
          for (const v of this.host.range(a.sheet, a.area)) {
            if (typeof v === 'string' && v.startsWith('#')) throw new FormulaFailure(v);
            if (typeof v === 'number') sum += v;
          }
        } else sum += this.num(a);
      }
      return sum;
    }
    if (name === 'TODAY' || name === 'NOW') {
      if (args.length > 0) throw new FormulaFailure('#N/A');
      const now = this.host.now();
      return name === 'TODAY' ? Math.floor(now) : now;
    }
    if (name === 'HYPERLINK') {
      if (args.length < 1 || args.length > 2) throw new FormulaFailure('#N/A');
      return this.text(args.length === 2 ? args[1] : args[0]);
    }
    throw new FormulaFailure(FORMULA_ERROR);
  }

  private scalar(v: Value): Scalar {
    if (typeof v !== 'object') return v;
    // A bare range in a scalar position: Sheets takes the single cell or fails.
    if (v.area.nr === 1 && v.area.nc === 1) return this.host.cell(v.sheet, v.area.r, v.area.c);
    throw new FormulaFailure('#VALUE!');
  }

  private num(v: Value): number {
    const s = this.scalar(v);
    if (typeof s === 'number') return s;
    if (typeof s === 'boolean') return s ? 1 : 0;
    if (s === '') return 0;
    if (s.startsWith('#')) throw new FormulaFailure(s);
    throw new FormulaFailure('#VALUE!');
  }

  private text(v: Value): string {
    const s = this.scalar(v);
    if (typeof s === 'string' && s.startsWith('#')) throw new FormulaFailure(s);
    if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
    return String(s);
  }
}

/** Evaluates "=…"; errors come back as their Sheets code ("#ERROR!", "#DIV/0!", …). */
export function evaluateFormula(formula: string, host: FormulaHost): Scalar {
  try {
    const tokens = tokenize(formula.replace(/^=/, ''));
    if (tokens.length === 0) return FORMULA_ERROR;
    return new Parser(tokens, host).run();
  } catch (e) {
    if (e instanceof FormulaFailure) return e.code;
    throw e;
  }
}

/**
 * `formula` as it reads `rows` below and `cols` right of where it was written: relative references
 * move, $-anchored parts stay, text in quotes and sheet names are left alone. A reference moved off
 * the grid becomes #REF!.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const token = /("(?:[^"]|"")*")|('(?:[^']|'')*')|(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g;
  return formula.replace(token, (whole, dq, sq, colAnchor, letters, rowAnchor, digits) => {
    if (dq || sq) return whole;
    const col = colAnchor ? columnNumber(letters) : columnNumber(letters) + cols;
    const row = rowAnchor ? Number(digits) : Number(digits) + rows;
    if (col < 1 || row < 1) return '#REF!';
    return `${colAnchor}${columnLetter(col)}${rowAnchor}${row}`;
  });
}
