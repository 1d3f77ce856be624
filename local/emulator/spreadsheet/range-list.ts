// RangeList: the batch setters apply to each range in turn (Google counts one call).
import { GAS_TYPE, Unwrappable } from '../core';
import type { RangeImpl } from './range';

/** Apps Script's RangeList methods that the emulator has, each the Range method applied to every range. */
const EACH = [
  'setValue',
  'setFormula',
  'setNumberFormat',
  'setFontWeight',
  'setFontStyle',
  'setFontSize',
  'setFontColor',
  'setFontFamily',
  'setBackground',
  'setHorizontalAlignment',
  'setVerticalAlignment',
  'setWrap',
  'setWrapStrategy',
  'setBorder',
  'setNote',
  'clear',
  'clearContent',
  'clearFormat',
  'clearDataValidations',
  'clearNote',
  'breakApart',
] as const;

type EachMethods = {
  [K in (typeof EACH)[number]]: (...args: Parameters<RangeImpl[K]>) => RangeListImpl;
};

/** Types the methods the static block below adds. */
export interface RangeListImpl extends EachMethods {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface above only types what the static block adds
export class RangeListImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'RangeList';

  constructor(readonly ranges: RangeImpl[]) {
    super();
  }

  static {
    for (const name of EACH) {
      Object.defineProperty(RangeListImpl.prototype, name, {
        value(this: RangeListImpl, ...args: unknown[]): RangeListImpl {
          return this.all((r) => (r[name] as (...a: unknown[]) => unknown).apply(r, args));
        },
        writable: true,
        configurable: true,
      });
    }
  }

  private all(fn: (r: RangeImpl) => void): RangeListImpl {
    // Google checks every range before changing any: guard by writing nothing until all pass.
    for (const r of this.ranges) r.getSheet().guard(r.area);
    for (const r of this.ranges) fn(r);
    return this;
  }

  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }

  activate(): RangeListImpl {
    return this;
  }
}
