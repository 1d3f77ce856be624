// DataValidation and its builder. A list rule built from a range keeps the Range, not a copy of
// its values, so an edit of the catalogue reaches the dropdown as it does in Sheets.
import { GAS_TYPE, gasError, isDate, Unwrappable, unwrap } from '../core';
import type { CriteriaName } from './enums';
import { MSG } from './errors';
import type { Scalar } from './formula';
import { dateToSerial } from './serial';

/** What a list-from-range rule needs from its Range, without a circular import. */
export interface ValueSource {
  /** Each cell of the source as its stored value and its displayed text. */
  listItems(): { value: Scalar; display: string }[];
}

/** A candidate cell content, as checked against a rule. */
export interface Candidate {
  readonly value: Scalar;
  /** The value is a date (its number format is a date format). */
  readonly isDate: boolean;
  /** The text the cell would show. */
  readonly display: string;
}

export class DataValidationImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'DataValidation';

  constructor(
    readonly criteria: CriteriaName,
    readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
    /** For date criteria: the spreadsheet time zone the Date arguments are read in. */
    private readonly timeZone: string,
  ) {
    super();
  }

  getCriteriaType(): CriteriaName {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.values];
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.timeZone, this);
  }

  /** The source range of a VALUE_IN_RANGE rule. */
  sourceRange(): (ValueSource & object) | null {
    return this.criteria === 'VALUE_IN_RANGE' ? (this.values[0] as ValueSource & object) : null;
  }

  private daySerial(value: unknown): number {
    return isDate(value) ? Math.floor(dateToSerial(value.getTime(), this.timeZone)) : Number.NaN;
  }

  accepts(c: Candidate): boolean {
    if (c.value === '') return true;
    const [a, b] = this.values;
    const n = typeof c.value === 'number' ? c.value : Number.NaN;
    const text = typeof c.value === 'string' ? c.value : c.display;
    const day = c.isDate && typeof c.value === 'number' ? Math.floor(c.value) : Number.NaN;
    switch (this.criteria) {
      case 'VALUE_IN_LIST':
        return (a as unknown[]).some((item) => String(item) === c.display || String(item) === String(c.value));
      case 'VALUE_IN_RANGE': {
        const items = (a as ValueSource).listItems();
        return items.some(
          (item) =>
            item.value !== '' && (item.display === c.display || item.value === c.value || String(item.value) === text),
        );
      }
      case 'CHECKBOX':
        return typeof c.value === 'boolean';
      case 'NUMBER_BETWEEN':
        return n >= Number(a) && n <= Number(b);
      case 'NUMBER_NOT_BETWEEN':
        return !Number.isNaN(n) && (n < Number(a) || n > Number(b));
      case 'NUMBER_EQUAL_TO':
        return n === Number(a);
      case 'NUMBER_NOT_EQUAL_TO':
        return !Number.isNaN(n) && n !== Number(a);
      case 'NUMBER_GREATER_THAN':
        return n > Number(a);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return n >= Number(a);
      case 'NUMBER_LESS_THAN':
        return n < Number(a);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return n <= Number(a);
      case 'DATE_IS_VALID_DATE':
        return !Number.isNaN(day);
      case 'DATE_AFTER':
        return day > this.daySerial(a);
      case 'DATE_BEFORE':
        return day < this.daySerial(a);
      case 'DATE_ON_OR_AFTER':
        return day >= this.daySerial(a);
      case 'DATE_ON_OR_BEFORE':
        return day <= this.daySerial(a);
      case 'DATE_EQUAL_TO':
        return day === this.daySerial(a);
      case 'DATE_BETWEEN':
        return day >= this.daySerial(a) && day <= this.daySerial(b);
      case 'DATE_NOT_BETWEEN':
        return !Number.isNaN(day) && (day < this.daySerial(a) || day > this.daySerial(b));
      case 'TEXT_CONTAINS':
        return text.includes(String(a));
      case 'TEXT_DOES_NOT_CONTAIN':
        return !text.includes(String(a));
      case 'TEXT_EQUAL_TO':
        return text === String(a);
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
      case 'TEXT_IS_VALID_URL':
        return /^https?:\/\/\S+$/.test(text);
      case 'CUSTOM_FORMULA':
        // Not evaluated here; such rules never reject in the emulator (none in the product).
        return true;
    }
  }
}

export class DataValidationBuilderImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'DataValidationBuilder';
  private criteria: CriteriaName | null = null;
  private values: unknown[] = [];
  // Apps Script: "The default for a new data validation rule is true."
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(
    private readonly timeZone: string,
    from?: DataValidationImpl,
  ) {
    super();
    if (from) {
      this.criteria = from.criteria;
      this.values = [...from.values];
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  private set(criteria: CriteriaName, values: unknown[]): DataValidationBuilderImpl {
    this.criteria = criteria;
    this.values = values;
    return this;
  }

  private date(value: unknown, method: string): Date {
    if (!isDate(value))
      throw gasError(`The parameters (${typeof value}) don't match the method signature for ${method}.`);
    return new Date(value.getTime());
  }

  build(): DataValidationImpl {
    if (!this.criteria) throw gasError(MSG.noCriteria);
    return new DataValidationImpl(this.criteria, this.values, this.allowInvalid, this.helpText, this.timeZone);
  }

  copy(): DataValidationBuilderImpl {
    const b = new DataValidationBuilderImpl(this.timeZone);
    b.criteria = this.criteria;
    b.values = [...this.values];
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }

  getCriteriaType(): CriteriaName | null {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.values];
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  setAllowInvalid(allowInvalid: boolean): DataValidationBuilderImpl {
    this.allowInvalid = Boolean(allowInvalid);
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilderImpl {
    this.helpText = String(helpText);
    return this;
  }

  requireValueInList(values: unknown, showDropdown = true): DataValidationBuilderImpl {
    if (!Array.isArray(values)) {
      throw gasError(
        `The parameters (${typeof values}) don't match the method signature for DataValidationBuilder.requireValueInList.`,
      );
    }
    return this.set('VALUE_IN_LIST', [values.map(String), Boolean(showDropdown)]);
  }

  requireValueInRange(range: unknown, showDropdown = true): DataValidationBuilderImpl {
    const source = unwrapAny(range);
    if (!source || !('listItems' in source)) {
      throw gasError(
        "The parameters (String) don't match the method signature for DataValidationBuilder.requireValueInRange.",
      );
    }
    return this.set('VALUE_IN_RANGE', [source, Boolean(showDropdown)]);
  }

  requireCheckbox(): DataValidationBuilderImpl {
    return this.set('CHECKBOX', []);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilderImpl {
    return this.set('NUMBER_BETWEEN', [Number(start), Number(end)]);
  }

  requireNumberNotBetween(start: number, end: number): DataValidationBuilderImpl {
    return this.set('NUMBER_NOT_BETWEEN', [Number(start), Number(end)]);
  }

  requireNumberEqualTo(n: number): DataValidationBuilderImpl {
    return this.set('NUMBER_EQUAL_TO', [Number(n)]);
  }

  requireNumberGreaterThan(n: number): DataValidationBuilderImpl {
    return this.set('NUMBER_GREATER_THAN', [Number(n)]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilderImpl {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [Number(n)]);
  }

  requireNumberLessThan(n: number): DataValidationBuilderImpl {
    return this.set('NUMBER_LESS_THAN', [Number(n)]);
  }

  requireNumberLessThanOrEqualTo(n: number): DataValidationBuilderImpl {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [Number(n)]);
  }

  requireDate(): DataValidationBuilderImpl {
    return this.set('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: unknown): DataValidationBuilderImpl {
    return this.set('DATE_AFTER', [this.date(date, 'DataValidationBuilder.requireDateAfter')]);
  }

  requireDateBefore(date: unknown): DataValidationBuilderImpl {
    return this.set('DATE_BEFORE', [this.date(date, 'DataValidationBuilder.requireDateBefore')]);
  }

  requireDateOnOrAfter(date: unknown): DataValidationBuilderImpl {
    return this.set('DATE_ON_OR_AFTER', [this.date(date, 'DataValidationBuilder.requireDateOnOrAfter')]);
  }

  requireDateOnOrBefore(date: unknown): DataValidationBuilderImpl {
    return this.set('DATE_ON_OR_BEFORE', [this.date(date, 'DataValidationBuilder.requireDateOnOrBefore')]);
  }

  requireDateEqualTo(date: unknown): DataValidationBuilderImpl {
    return this.set('DATE_EQUAL_TO', [this.date(date, 'DataValidationBuilder.requireDateEqualTo')]);
  }

  requireDateBetween(start: unknown, end: unknown): DataValidationBuilderImpl {
    const m = 'DataValidationBuilder.requireDateBetween';
    return this.set('DATE_BETWEEN', [this.date(start, m), this.date(end, m)]);
  }

  requireDateNotBetween(start: unknown, end: unknown): DataValidationBuilderImpl {
    const m = 'DataValidationBuilder.requireDateNotBetween';
    return this.set('DATE_NOT_BETWEEN', [this.date(start, m), this.date(end, m)]);
  }

  requireTextContains(text: string): DataValidationBuilderImpl {
    return this.set('TEXT_CONTAINS', [String(text)]);
  }

  requireTextDoesNotContain(text: string): DataValidationBuilderImpl {
    return this.set('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }

  requireTextEqualTo(text: string): DataValidationBuilderImpl {
    return this.set('TEXT_EQUAL_TO', [String(text)]);
  }

  requireTextIsEmail(): DataValidationBuilderImpl {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): DataValidationBuilderImpl {
    return this.set('TEXT_IS_VALID_URL', []);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilderImpl {
    return this.set('CUSTOM_FORMULA', [String(formula)]);
  }

  withCriteria(criteria: CriteriaName, args: unknown[]): DataValidationBuilderImpl {
    const values = (args ?? []).map((v) => unwrapAny(v) ?? (isDate(v) ? new Date(v.getTime()) : v));
    return this.set(criteria, values);
  }
}

/** The real object behind a proxy of any of the spreadsheet classes, or null. */
function unwrapAny(value: unknown): object | null {
  return unwrap(value, Unwrappable);
}
