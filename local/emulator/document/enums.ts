// DocumentApp enums. Apps Script enum values are objects, not strings: code that passes the string
// 'CENTER' where DocumentApp.HorizontalAlignment.CENTER is expected fails in Google, so it fails here.
// Values are plain class instances (not emulated objects) so that toRealm hands them over unchanged
// and `===` keeps working across the vm boundary.

export class GasEnum {
  constructor(
    /** The enum's class name, e.g. "HorizontalAlignment". */
    readonly enumType: string,
    private readonly key: string,
    private readonly index: number,
  ) {
    Object.freeze(this);
  }

  toString(): string {
    return this.key;
  }

  name(): string {
    return this.key;
  }

  ordinal(): number {
    return this.index;
  }
}

export type EnumSet<K extends string> = { readonly [P in K]: GasEnum };

function enumSet<const K extends string>(enumType: string, keys: readonly K[]): EnumSet<K> {
  const out = {} as Record<K, GasEnum>;
  keys.forEach((key, i) => {
    out[key] = new GasEnum(enumType, key, i);
  });
  return Object.freeze(out);
}

export const HorizontalAlignment = enumSet('HorizontalAlignment', ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export const VerticalAlignment = enumSet('VerticalAlignment', ['BOTTOM', 'CENTER', 'TOP']);
export const TextAlignment = enumSet('TextAlignment', ['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);
export const ParagraphHeading = enumSet('ParagraphHeading', [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
]);
export const GlyphType = enumSet('GlyphType', [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
]);
export const ElementType = enumSet('ElementType', [
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
]);
export const Attribute = enumSet('Attribute', [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);

/** Deprecated in Apps Script (setFontFamily takes a font name) but still present; names map to fonts. */
export const FontFamily = enumSet('FontFamily', [
  'AMARANTH',
  'ARIAL',
  'ARIAL_BLACK',
  'ARIAL_NARROW',
  'ARVO',
  'CALIBRI',
  'CAMBRIA',
  'COMIC_SANS_MS',
  'CONSOLAS',
  'CORSIVA',
  'COURIER_NEW',
  'DANCING_SCRIPT',
  'DROID_SANS',
  'DROID_SERIF',
  'GARAMOND',
  'GEORGIA',
  'GLORIA_HALLELUJAH',
  'GREAT_VIBES',
  'LOBSTER',
  'MERRIWEATHER',
  'PACIFICO',
  'PHILOSOPHER',
  'POIRET_ONE',
  'QUATTROCENTO',
  'ROBOTO',
  'SHADOWS_INTO_LIGHT',
  'SYNCOPATE',
  'TAHOMA',
  'TIMES_NEW_ROMAN',
  'TREBUCHET_MS',
  'UBUNTU',
  'VERDANA',
]);

/** "TIMES_NEW_ROMAN" -> "Times New Roman" (the font the deprecated enum stood for). */
export function fontFamilyName(value: GasEnum): string {
  return value
    .name()
    .split('_')
    .map((w) => (w === 'MS' ? 'MS' : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

export function isEnumOf(value: unknown, enumType: string): value is GasEnum {
  return value instanceof GasEnum && value.enumType === enumType;
}

export type HAlign = keyof typeof HorizontalAlignment;
export type VAlign = keyof typeof VerticalAlignment;
export type Heading = keyof typeof ParagraphHeading;
export type Glyph = keyof typeof GlyphType;
export type AttributeName = keyof typeof Attribute;
