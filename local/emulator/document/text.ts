// Text: one Text element of a paragraph (what Paragraph.appendText returns), or the editAsText() view
// of a paragraph, cell or section, whose offsets run across paragraphs with one "\n" between them.
// Ranged setters take (startOffset, endOffsetInclusive) and are bounds-checked as Google does.
import { Emulated, GAS_TYPE } from '../core';
import {
  type Check,
  checkColor,
  expectArgs,
  isBooleanOrNull,
  isInteger,
  isObject,
  isString,
  isStringOrNull,
  offsetError,
  overload,
} from './args';
import { type AttributeObject, checkFontFamily, checkFontSize, textAttributes, textPatch } from './attributes';
import { detach, NODE, sibling } from './base';
import { ElementType, isEnumOf } from './enums';
import { type ParagraphNode, PLAIN, sameStyle, TextInline, type TextKey, type TextStyle, withStyle } from './model';
import type { Session } from './session';

type Target =
  | { readonly kind: 'inline'; readonly inline: TextInline }
  | { readonly kind: 'paragraphs'; readonly paragraphs: () => ParagraphNode[] };

interface Piece {
  readonly para: ParagraphNode | null;
  /** null: the "\n" between two paragraphs. */
  readonly inline: TextInline | null;
  readonly start: number;
  readonly length: number;
}

const isFontFamilyArg: Check = (v) => typeof v === 'string' || v === null || isEnumOf(v, 'FontFamily');
const isSize: Check = (v) => (typeof v === 'number' && Number.isFinite(v)) || v === null;

export class TextImpl extends Emulated {
  readonly [GAS_TYPE] = 'Text';

  constructor(
    private readonly session: Session,
    private readonly target: Target,
  ) {
    super();
  }

  /** The Text element's stored node (an editAsText() view has none). */
  get [NODE](): TextInline | undefined {
    return this.target.kind === 'inline' ? this.target.inline : undefined;
  }

  static ofInline(session: Session, inline: TextInline): TextImpl {
    return new TextImpl(session, { kind: 'inline', inline });
  }

  static ofParagraphs(session: Session, paragraphs: () => ParagraphNode[]): TextImpl {
    return new TextImpl(session, { kind: 'paragraphs', paragraphs });
  }

  override toString(): string {
    return 'Text';
  }

  getType() {
    return ElementType.TEXT;
  }

  getParent() {
    if (this.target.kind !== 'inline') return null;
    const para = this.target.inline.parent;
    return para ? this.session.wrap(para) : null;
  }

  getNextSibling() {
    const next = this.target.kind === 'inline' ? sibling(this.target.inline, 1) : null;
    return next ? this.session.wrap(next) : null;
  }

  getPreviousSibling() {
    const prev = this.target.kind === 'inline' ? sibling(this.target.inline, -1) : null;
    return prev ? this.session.wrap(prev) : null;
  }

  /** Removes this Text element from its paragraph (an editAsText() view has no parent to leave). */
  removeFromParent(): TextImpl {
    this.session.assertWritable();
    if (this.target.kind === 'inline') detach(this.target.inline);
    return this;
  }

  asText(): TextImpl {
    return this;
  }

  editAsText(): TextImpl {
    return this;
  }

  getText(): string {
    return this.pieces()
      .map((p) => (p.inline ? p.inline.text : '\n'))
      .join('');
  }

  // --- content edits --------------------------------------------------------------------------

  setText(...args: unknown[]): TextImpl {
    expectArgs('Text.setText', args, isString);
    this.session.assertWritable();
    const text = args[0] as string;
    if (this.target.kind === 'inline') {
      const inline = this.target.inline;
      const style = inline.styles[0] ?? inline.parent?.mark ?? PLAIN;
      inline.text = text;
      inline.styles = Array.from({ length: text.length }, () => style);
      return this;
    }
    const paras = this.target.paragraphs();
    if (paras.length !== 1) {
      throw new Error('Emulator: Text.setText is supported on one paragraph only; use Body.setText.');
    }
    setParagraphText(paras[0], text);
    return this;
  }

  appendText(...args: unknown[]): TextImpl {
    expectArgs('Text.appendText', args, isString);
    this.session.assertWritable();
    this.insertAt(this.length(), args[0] as string, true);
    return this;
  }

  insertText(...args: unknown[]): TextImpl {
    expectArgs('Text.insertText', args, isInteger, isString);
    this.session.assertWritable();
    const [offset, text] = args as [number, string];
    const length = this.length();
    if (offset < 0 || offset > length) throw offsetError(offset, length + 1);
    this.insertAt(offset, text, false);
    return this;
  }

  deleteText(...args: unknown[]): TextImpl {
    expectArgs('Text.deleteText', args, isInteger, isInteger);
    this.session.assertWritable();
    const [start, end] = args as [number, number];
    this.checkRange(start, end);
    this.singleParagraph('deleteText');
    for (const piece of this.overlapping(start, end + 1)) {
      const inline = piece.inline!;
      const from = Math.max(start - piece.start, 0);
      const to = Math.min(end + 1 - piece.start, piece.length);
      inline.text = inline.text.slice(0, from) + inline.text.slice(to);
      inline.styles.splice(from, to - from);
    }
    if (this.target.kind === 'paragraphs') {
      for (const para of this.target.paragraphs()) {
        para.inlines = para.inlines.filter((i) => i.kind !== 'text' || i.text.length > 0);
      }
    }
    return this;
  }

  // --- character attributes -------------------------------------------------------------------

  setBold(...args: unknown[]): TextImpl {
    return this.setFlag('setBold', 'bold', args);
  }

  setItalic(...args: unknown[]): TextImpl {
    return this.setFlag('setItalic', 'italic', args);
  }

  setUnderline(...args: unknown[]): TextImpl {
    return this.setFlag('setUnderline', 'underline', args);
  }

  setStrikethrough(...args: unknown[]): TextImpl {
    return this.setFlag('setStrikethrough', 'strikethrough', args);
  }

  setFontSize(...args: unknown[]): TextImpl {
    return this.setValue('setFontSize', args, isSize, (v) => ({ fontSize: checkFontSize(v as number | null) }));
  }

  setFontFamily(...args: unknown[]): TextImpl {
    return this.setValue('setFontFamily', args, isFontFamilyArg, (v) => ({ fontFamily: checkFontFamily(v) }));
  }

  setForegroundColor(...args: unknown[]): TextImpl {
    return this.setValue('setForegroundColor', args, isStringOrNull, (v) => ({
      foregroundColor: checkColor(v as string | null),
    }));
  }

  setBackgroundColor(...args: unknown[]): TextImpl {
    return this.setValue('setBackgroundColor', args, isStringOrNull, (v) => ({
      backgroundColor: checkColor(v as string | null),
    }));
  }

  setLinkUrl(...args: unknown[]): TextImpl {
    return this.setValue('setLinkUrl', args, isStringOrNull, (v) => ({ linkUrl: v as string | null }));
  }

  setAttributes(...args: unknown[]): TextImpl {
    const form = overload('Text.setAttributes', args, [isObject], [isInteger, isInteger, isObject]);
    this.session.assertWritable();
    if (form === 0) {
      this.applyWhole(textPatch(args[0] as AttributeObject));
    } else {
      const [start, end, attrs] = args as [number, number, AttributeObject];
      this.checkRange(start, end);
      this.applyRange(start, end + 1, textPatch(attrs));
    }
    return this;
  }

  isBold(...args: unknown[]): boolean | null {
    return this.read('isBold', 'bold', args) as boolean | null;
  }

  isItalic(...args: unknown[]): boolean | null {
    return this.read('isItalic', 'italic', args) as boolean | null;
  }

  isUnderline(...args: unknown[]): boolean | null {
    return this.read('isUnderline', 'underline', args) as boolean | null;
  }

  isStrikethrough(...args: unknown[]): boolean | null {
    return this.read('isStrikethrough', 'strikethrough', args) as boolean | null;
  }

  getFontSize(...args: unknown[]): number | null {
    return this.read('getFontSize', 'fontSize', args) as number | null;
  }

  getFontFamily(...args: unknown[]): string | null {
    return this.read('getFontFamily', 'fontFamily', args) as string | null;
  }

  getForegroundColor(...args: unknown[]): string | null {
    return this.read('getForegroundColor', 'foregroundColor', args) as string | null;
  }

  getBackgroundColor(...args: unknown[]): string | null {
    return this.read('getBackgroundColor', 'backgroundColor', args) as string | null;
  }

  getLinkUrl(...args: unknown[]): string | null {
    return this.read('getLinkUrl', 'linkUrl', args) as string | null;
  }

  getAttributes(...args: unknown[]): AttributeObject {
    const form = overload('Text.getAttributes', args, [], [isInteger]);
    if (form === 1) return textAttributes(this.styleAt(args[0] as number));
    return textAttributes(this.uniformStyle());
  }

  /** Offsets where the character attributes change; the first is 0. */
  getTextAttributeIndices(...args: unknown[]): number[] {
    expectArgs('Text.getTextAttributeIndices', args);
    const styles = this.charStyles();
    const out: number[] = [];
    styles.forEach((style, i) => {
      if (i === 0 || !sameStyle(style, styles[i - 1])) out.push(i);
    });
    return out;
  }

  // --- internals --------------------------------------------------------------------------------

  private pieces(): Piece[] {
    if (this.target.kind === 'inline') {
      const inline = this.target.inline;
      return [{ para: inline.parent, inline, start: 0, length: inline.text.length }];
    }
    const out: Piece[] = [];
    let pos = 0;
    const paras = this.target.paragraphs();
    paras.forEach((para, i) => {
      for (const inline of para.textInlines()) {
        out.push({ para, inline, start: pos, length: inline.text.length });
        pos += inline.text.length;
      }
      if (i < paras.length - 1) {
        out.push({ para, inline: null, start: pos, length: 1 });
        pos += 1;
      }
    });
    return out;
  }

  private length(): number {
    return this.pieces().reduce((n, p) => n + p.length, 0);
  }

  private overlapping(start: number, endExclusive: number): Piece[] {
    return this.pieces().filter((p) => p.length > 0 && p.start < endExclusive && p.start + p.length > start);
  }

  private checkRange(start: number, end: number): void {
    const length = this.length();
    if (start < 0) throw new Error(`Index (${start}) must be greater than or equal to 0.`);
    if (start >= length) throw offsetError(start, length);
    if (end >= length) throw offsetError(end, length);
    if (end < start) {
      throw new Error(`End offset (${end}) must be greater than or equal to start offset (${start}).`);
    }
  }

  private singleParagraph(method: string): void {
    if (this.target.kind === 'paragraphs' && this.target.paragraphs().length > 1) {
      throw new Error(`Emulator: Text.${method} is supported within one paragraph only.`);
    }
  }

  private charStyles(): TextStyle[] {
    const out: TextStyle[] = [];
    for (const piece of this.pieces()) {
      if (piece.inline) out.push(...piece.inline.styles);
      else out.push(piece.para?.mark ?? PLAIN);
    }
    return out;
  }

  private styleAt(offset: number): TextStyle {
    const length = this.length();
    if (offset < 0 || offset >= length) throw offsetError(offset, length);
    for (const piece of this.pieces()) {
      if (offset >= piece.start && offset < piece.start + piece.length) {
        return piece.inline ? piece.inline.styles[offset - piece.start] : (piece.para?.mark ?? PLAIN);
      }
    }
    throw offsetError(offset, length);
  }

  /** Each attribute's value if the same over the whole text, else null. */
  private uniformStyle(): TextStyle {
    const styles = this.pieces().flatMap((p) => (p.inline ? p.inline.styles : []));
    if (styles.length === 0) {
      if (this.target.kind === 'paragraphs') return this.target.paragraphs()[0]?.mark ?? PLAIN;
      return this.target.inline.parent?.mark ?? PLAIN;
    }
    const first = styles[0];
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(first) as TextKey[]) {
      out[key] = styles.every((s) => s[key] === first[key]) ? first[key] : null;
    }
    return out as unknown as TextStyle;
  }

  private read(method: string, key: TextKey, args: unknown[]): unknown {
    const form = overload(`Text.${method}`, args, [], [isInteger]);
    if (form === 1) return this.styleAt(args[0] as number)[key];
    return this.uniformStyle()[key];
  }

  private setFlag(method: string, key: TextKey, args: unknown[]): TextImpl {
    return this.setValue(method, args, isBooleanOrNull, (v) => ({ [key]: v }) as Partial<TextStyle>);
  }

  private setValue(
    method: string,
    args: unknown[],
    check: Check,
    patchOf: (value: unknown) => Partial<TextStyle>,
  ): TextImpl {
    const form = overload(`Text.${method}`, args, [check], [isInteger, isInteger, check]);
    this.session.assertWritable();
    if (form === 0) {
      this.applyWhole(patchOf(args[0]));
    } else {
      const [start, end, value] = args as [number, number, unknown];
      const patch = patchOf(value);
      this.checkRange(start, end);
      this.applyRange(start, end + 1, patch);
    }
    return this;
  }

  private applyWhole(patch: Partial<TextStyle>): void {
    this.applyRange(0, this.length(), patch);
    if (this.target.kind === 'paragraphs') {
      for (const para of this.target.paragraphs()) para.mark = withStyle(para.mark, patch);
    }
  }

  private applyRange(start: number, endExclusive: number, patch: Partial<TextStyle>): void {
    for (const piece of this.overlapping(start, endExclusive)) {
      if (!piece.inline) {
        if (piece.para) piece.para.mark = withStyle(piece.para.mark, patch);
        continue;
      }
      const from = Math.max(start - piece.start, 0);
      const to = Math.min(endExclusive - piece.start, piece.length);
      const styles = piece.inline.styles;
      for (let i = from; i < to; i++) styles[i] = withStyle(styles[i], patch);
    }
  }

  /** Inserted text takes the attributes of the character before it (or after it, or the mark). */
  private insertAt(offset: number, text: string, atEnd: boolean): void {
    if (text.length === 0) return;
    if (this.target.kind === 'inline') {
      insertIntoInline(this.target.inline, offset, text);
      return;
    }
    const paras = this.target.paragraphs();
    if (atEnd && paras.length > 0) {
      const last = paras[paras.length - 1];
      insertIntoParagraph(last, last.text().length, text);
      return;
    }
    this.singleParagraph('insertText');
    insertIntoParagraph(paras[0], offset, text);
  }
}

function insertIntoInline(inline: TextInline, offset: number, text: string): void {
  const style = inline.styles[offset - 1] ?? inline.styles[offset] ?? inline.parent?.mark ?? PLAIN;
  inline.text = inline.text.slice(0, offset) + text + inline.text.slice(offset);
  inline.styles.splice(offset, 0, ...Array.from({ length: text.length }, () => style));
}

function insertIntoParagraph(para: ParagraphNode, offset: number, text: string): void {
  let pos = 0;
  for (const inline of para.textInlines()) {
    if (offset <= pos + inline.text.length) {
      insertIntoInline(inline, offset - pos, text);
      return;
    }
    pos += inline.text.length;
  }
  const inline = new TextInline(text, para.mark);
  inline.parent = para;
  para.inlines.unshift(inline);
}

/** Paragraph.setText / Text.setText on a paragraph: the contents are replaced by one Text element. */
export function setParagraphText(para: ParagraphNode, text: string): void {
  const style = para.textInlines()[0]?.styles[0] ?? para.mark;
  para.inlines = [];
  if (text.length > 0) para.append(new TextInline(text, style));
}

/** Replaces matches inside each Text element (a match never spans two of them, as in Google). */
export function replaceInParagraph(para: ParagraphNode, pattern: string, replacement: string): void {
  const regex = new RegExp(pattern, 'g');
  for (const inline of para.textInlines()) {
    let out = '';
    const styles: typeof inline.styles = [];
    let last = 0;
    for (const match of inline.text.matchAll(regex)) {
      const start = match.index ?? 0;
      if (match[0].length === 0) continue;
      out += inline.text.slice(last, start) + replacement;
      styles.push(...inline.styles.slice(last, start));
      const style = inline.styles[start];
      for (let i = 0; i < replacement.length; i++) styles.push(style);
      last = start + match[0].length;
    }
    if (last === 0) continue;
    out += inline.text.slice(last);
    styles.push(...inline.styles.slice(last));
    inline.text = out;
    inline.styles = styles;
  }
  para.inlines = para.inlines.filter((i) => i.kind !== 'text' || i.text.length > 0);
}
