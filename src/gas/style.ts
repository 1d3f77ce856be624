// The few formats the product's own tabs share.
export const HEADER_BACKGROUND = '#d9ead3';
export const TITLE_FONT_SIZE = 13;
