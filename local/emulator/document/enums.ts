// DocumentApp enums (objects, not strings, as in Google: see gas-enum.ts).
import { type EnumSet, enumSet, GasEnum } from '../gas-enum';

/** DocumentApp's enums are named "DocumentApp.X" in signature errors. */
function docEnum<const K extends string>(enumType: string, keys: readonly K[]): EnumSet<K> {
  return enumSet(enumType, keys, 'DocumentApp');
}

export const HorizontalAlignment = docEnum('HorizontalAlignment', ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export const VerticalAlignment = docEnum('VerticalAlignment', ['BOTTOM', 'CENTER', 'TOP']);
export const TextAlignment = docEnum('TextAlignment', ['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);
export const ParagraphHeading = docEnum('ParagraphHeading', [
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
export const GlyphType = docEnum('GlyphType', [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
]);
export const ElementType = docEnum('ElementType', [
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
export const Attribute = docEnum('Attribute', [
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
export const FontFamily = docEnum('FontFamily', [
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
