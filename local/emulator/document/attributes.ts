// getAttributes/setAttributes: Apps Script keys the object by the Attribute enum's names (an enum used
// as a property key becomes its name), gives null for what is not set or not uniform, and ignores keys
// that do not apply to the element.

import type { GasEnum } from '../gas-enum';
import { checkColor } from './args';
import {
  fontFamilyName,
  type HAlign,
  type Heading,
  HorizontalAlignment,
  isEnumOf,
  ParagraphHeading,
  type VAlign,
  VerticalAlignment,
} from './enums';
import type { CellProps, PageProps, ParagraphStyle, TextKey, TextStyle } from './model';

export type AttributeObject = Record<string, unknown>;

const TEXT_ATTRIBUTE: Readonly<Record<string, TextKey>> = {
  BACKGROUND_COLOR: 'backgroundColor',
  BOLD: 'bold',
  FONT_FAMILY: 'fontFamily',
  FONT_SIZE: 'fontSize',
  FOREGROUND_COLOR: 'foregroundColor',
  ITALIC: 'italic',
  LINK_URL: 'linkUrl',
  STRIKETHROUGH: 'strikethrough',
  UNDERLINE: 'underline',
};

function invalid(key: string, value: unknown): Error {
  return new Error(`Invalid argument: ${key} (${String(value)})`);
}

export function checkFontSize(size: number | null): number | null {
  if (size === null) return null;
  if (!(size > 0)) throw new Error(`Invalid argument: fontSize (${size})`);
  return size;
}

export function checkFontFamily(family: unknown): string | null {
  if (family === null) return null;
  if (isEnumOf(family, 'FontFamily')) return fontFamilyName(family);
  if (typeof family !== 'string' || family.trim() === '') throw invalid('FONT_FAMILY', family);
  return family;
}

/** A text attribute value from setAttributes, validated as the matching setter would. */
function textValue(key: TextKey, value: unknown, attributeName: string): TextStyle[TextKey] {
  if (value === null) return null;
  switch (key) {
    case 'bold':
    case 'italic':
    case 'underline':
    case 'strikethrough':
      if (typeof value !== 'boolean') throw invalid(attributeName, value);
      return value;
    case 'fontSize':
      if (typeof value !== 'number') throw invalid(attributeName, value);
      return checkFontSize(value);
    case 'fontFamily':
      return checkFontFamily(value);
    case 'foregroundColor':
    case 'backgroundColor':
      if (typeof value !== 'string') throw invalid(attributeName, value);
      return checkColor(value);
    case 'linkUrl':
      if (typeof value !== 'string') throw invalid(attributeName, value);
      return value;
  }
}

/** The text attributes present in `attrs`, as a style patch. */
export function textPatch(attrs: AttributeObject): Partial<TextStyle> {
  const patch: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTE)) {
    if (Object.hasOwn(attrs, name)) patch[key] = textValue(key, attrs[name], name);
  }
  return patch as Partial<TextStyle>;
}

export function textAttributes(style: { [K in TextKey]: TextStyle[K] | null }): AttributeObject {
  const out: AttributeObject = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTE)) out[name] = style[key];
  return out;
}

export function numberValue(name: string, value: unknown, options: { min?: number; positive?: boolean } = {}) {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(name, value);
  if (options.positive && !(value > 0)) throw invalid(name, value);
  if (options.min !== undefined && value < options.min) throw invalid(name, value);
  return value;
}

function enumValue<T extends string>(name: string, value: unknown, enumType: string): T | null {
  if (value === null) return null;
  if (!isEnumOf(value, enumType)) throw invalid(name, value);
  return (value as GasEnum).name() as T;
}

export function has(attrs: AttributeObject, name: string): boolean {
  return Object.hasOwn(attrs, name);
}

// --- paragraph, list, section, table and cell attributes -------------------------------------------

export function paragraphPatch(attrs: AttributeObject): Partial<ParagraphStyle> {
  const patch: Partial<ParagraphStyle> = {};
  if (has(attrs, 'HORIZONTAL_ALIGNMENT')) {
    patch.alignment = enumValue<HAlign>('HORIZONTAL_ALIGNMENT', attrs.HORIZONTAL_ALIGNMENT, 'HorizontalAlignment');
  }
  if (has(attrs, 'HEADING')) {
    patch.heading = enumValue<Heading>('HEADING', attrs.HEADING, 'ParagraphHeading') ?? 'NORMAL';
  }
  if (has(attrs, 'INDENT_FIRST_LINE'))
    patch.indentFirstLine = numberValue('INDENT_FIRST_LINE', attrs.INDENT_FIRST_LINE);
  if (has(attrs, 'INDENT_START')) patch.indentStart = numberValue('INDENT_START', attrs.INDENT_START);
  if (has(attrs, 'INDENT_END')) patch.indentEnd = numberValue('INDENT_END', attrs.INDENT_END);
  if (has(attrs, 'SPACING_BEFORE')) {
    patch.spacingBefore = numberValue('SPACING_BEFORE', attrs.SPACING_BEFORE, { min: 0 });
  }
  if (has(attrs, 'SPACING_AFTER')) patch.spacingAfter = numberValue('SPACING_AFTER', attrs.SPACING_AFTER, { min: 0 });
  if (has(attrs, 'LINE_SPACING')) {
    patch.lineSpacing = numberValue('LINE_SPACING', attrs.LINE_SPACING, { positive: true });
  }
  if (has(attrs, 'LEFT_TO_RIGHT')) {
    const v = attrs.LEFT_TO_RIGHT;
    if (v !== null && typeof v !== 'boolean') throw invalid('LEFT_TO_RIGHT', v);
    patch.leftToRight = v as boolean | null;
  }
  return patch;
}

export function paragraphAttributes(style: ParagraphStyle): AttributeObject {
  return {
    HORIZONTAL_ALIGNMENT: style.alignment ? HorizontalAlignment[style.alignment] : null,
    HEADING: ParagraphHeading[style.heading],
    INDENT_FIRST_LINE: style.indentFirstLine,
    INDENT_START: style.indentStart,
    INDENT_END: style.indentEnd,
    SPACING_BEFORE: style.spacingBefore,
    SPACING_AFTER: style.spacingAfter,
    LINE_SPACING: style.lineSpacing,
    LEFT_TO_RIGHT: style.leftToRight,
  };
}

export function pagePatch(attrs: AttributeObject): Partial<PageProps> {
  const patch: Partial<PageProps> = {};
  const fields: [string, keyof PageProps][] = [
    ['MARGIN_TOP', 'marginTop'],
    ['MARGIN_BOTTOM', 'marginBottom'],
    ['MARGIN_LEFT', 'marginLeft'],
    ['MARGIN_RIGHT', 'marginRight'],
    ['PAGE_WIDTH', 'width'],
    ['PAGE_HEIGHT', 'height'],
  ];
  for (const [name, key] of fields) {
    if (!has(attrs, name) || attrs[name] === null) continue;
    patch[key] = numberValue(name, attrs[name], { min: 0 }) as number;
  }
  return patch;
}

export function pageAttributes(page: PageProps): AttributeObject {
  return {
    MARGIN_TOP: page.marginTop,
    MARGIN_BOTTOM: page.marginBottom,
    MARGIN_LEFT: page.marginLeft,
    MARGIN_RIGHT: page.marginRight,
    PAGE_WIDTH: page.width,
    PAGE_HEIGHT: page.height,
  };
}

export function cellPatch(attrs: AttributeObject): Partial<CellProps> {
  const patch: Partial<CellProps> = {};
  if (has(attrs, 'BACKGROUND_COLOR')) {
    const v = attrs.BACKGROUND_COLOR;
    if (v !== null && typeof v !== 'string') throw invalid('BACKGROUND_COLOR', v);
    patch.backgroundColor = checkColor(v as string | null);
  }
  const pads: [string, keyof CellProps][] = [
    ['PADDING_TOP', 'paddingTop'],
    ['PADDING_BOTTOM', 'paddingBottom'],
    ['PADDING_LEFT', 'paddingLeft'],
    ['PADDING_RIGHT', 'paddingRight'],
    ['WIDTH', 'width'],
  ];
  for (const [name, key] of pads) {
    if (has(attrs, name)) (patch as Record<string, unknown>)[key] = numberValue(name, attrs[name], { min: 0 });
  }
  if (has(attrs, 'VERTICAL_ALIGNMENT')) {
    patch.verticalAlignment = enumValue<VAlign>('VERTICAL_ALIGNMENT', attrs.VERTICAL_ALIGNMENT, 'VerticalAlignment');
  }
  return patch;
}

export function cellAttributes(props: CellProps, width: number | null): AttributeObject {
  return {
    BACKGROUND_COLOR: props.backgroundColor,
    PADDING_TOP: props.paddingTop,
    PADDING_BOTTOM: props.paddingBottom,
    PADDING_LEFT: props.paddingLeft,
    PADDING_RIGHT: props.paddingRight,
    VERTICAL_ALIGNMENT: props.verticalAlignment ? VerticalAlignment[props.verticalAlignment] : null,
    WIDTH: width,
  };
}
