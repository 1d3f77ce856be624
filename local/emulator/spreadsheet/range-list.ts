// RangeList: the batch setters apply to each range in turn (Google counts one call).
import { GAS_TYPE } from '../core';
import type { BorderStyleName, WrapStrategyName } from './enums';
import type { RangeImpl } from './range';
import { Unwrappable } from './raw';

export class RangeListImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'RangeList';

  constructor(readonly ranges: RangeImpl[]) {
    super();
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

  setValue(value: unknown): RangeListImpl {
    return this.all((r) => r.setValue(value));
  }

  setFormula(formula: string): RangeListImpl {
    return this.all((r) => r.setFormula(formula));
  }

  setNumberFormat(format: string): RangeListImpl {
    return this.all((r) => r.setNumberFormat(format));
  }

  setFontWeight(weight: string | null): RangeListImpl {
    return this.all((r) => r.setFontWeight(weight));
  }

  setFontStyle(style: string | null): RangeListImpl {
    return this.all((r) => r.setFontStyle(style));
  }

  setFontSize(size: number | null): RangeListImpl {
    return this.all((r) => r.setFontSize(size));
  }

  setFontColor(color: string | null): RangeListImpl {
    return this.all((r) => r.setFontColor(color));
  }

  setFontFamily(family: string | null): RangeListImpl {
    return this.all((r) => r.setFontFamily(family));
  }

  setBackground(color: string | null): RangeListImpl {
    return this.all((r) => r.setBackground(color));
  }

  setHorizontalAlignment(alignment: string | null): RangeListImpl {
    return this.all((r) => r.setHorizontalAlignment(alignment));
  }

  setVerticalAlignment(alignment: string | null): RangeListImpl {
    return this.all((r) => r.setVerticalAlignment(alignment));
  }

  setWrap(isWrapEnabled: boolean): RangeListImpl {
    return this.all((r) => r.setWrap(isWrapEnabled));
  }

  setWrapStrategy(strategy: WrapStrategyName): RangeListImpl {
    return this.all((r) => r.setWrapStrategy(strategy));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: BorderStyleName | null,
  ): RangeListImpl {
    return this.all((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }

  setNote(note: string | null): RangeListImpl {
    return this.all((r) => r.setNote(note));
  }

  setDataValidation(rule: unknown): RangeListImpl {
    return this.all((r) => r.setDataValidation(rule));
  }

  clear(options?: unknown): RangeListImpl {
    return this.all((r) => r.clear(options));
  }

  clearContent(): RangeListImpl {
    return this.all((r) => r.clearContent());
  }

  clearFormat(): RangeListImpl {
    return this.all((r) => r.clearFormat());
  }

  clearDataValidations(): RangeListImpl {
    return this.all((r) => r.clearDataValidations());
  }

  clearNote(): RangeListImpl {
    return this.all((r) => r.clearNote());
  }

  breakApart(): RangeListImpl {
    return this.all((r) => r.breakApart());
  }
}
