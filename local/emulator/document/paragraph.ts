// Paragraph and ListItem (same layout attributes; a list item adds glyph, nesting and list id), and
// the two inline elements the product may insert: HorizontalRule and PageBreak.
import { BlobImpl } from '../blob';
import { GAS_TYPE, unwrap } from '../core';
import type { GasEnum } from '../gas-enum';
import {
  expectArgs,
  insertIndexError,
  isBooleanOrNull,
  isElement,
  isEnum,
  isInteger,
  isNumber,
  isObject,
  isString,
  numberArg,
  overload,
  signatureError,
} from './args';
import { type AttributeObject, paragraphAttributes } from './attributes';
import { Child, ElementBase, nodeOf, requireDetached } from './base';
import { ElementType, type Glyph, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import {
  BreakInline,
  cloneInline,
  ImageInline,
  type Inline,
  type ParagraphNode,
  type ParagraphStyle,
  RuleInline,
  TextInline,
} from './model';
import { ParentElement } from './parent';
import { setParagraphText, TextImpl } from './text';

let listCounter = 0;

/** Google's list ids look like "kix.xxxxxxxx"; these are deterministic for reproducible tests. */
export function newListId(): string {
  listCounter += 1;
  return `kix.emu${listCounter.toString(36).padStart(6, '0')}`;
}

const INLINE_TYPES = ['Text', 'HorizontalRule', 'PageBreak', 'InlineImage'];

abstract class ParagraphBase extends Child(ParentElement<ParagraphNode, Inline>) {
  protected children(): Inline[] {
    return this.node.inlines;
  }

  protected childTypes(): readonly string[] {
    return INLINE_TYPES;
  }

  protected paragraphs(): ParagraphNode[] {
    return [this.node];
  }

  protected override ownsParagraphAttributes(): boolean {
    return true;
  }

  clear(): this {
    this.session.assertWritable();
    for (const inline of this.node.inlines) inline.parent = null;
    this.node.inlines = [];
    return this;
  }

  // --- text --------------------------------------------------------------------------------------

  setText(...args: unknown[]): this {
    expectArgs(`${this.typeName}.setText`, args, isString);
    this.session.assertWritable();
    setParagraphText(this.node, args[0] as string);
    return this;
  }

  /** A new Text element at the end; its characters take the attributes of the text before them. */
  appendText(...args: unknown[]): TextImpl {
    const form = overload(`${this.typeName}.appendText`, args, [isString], [isElement('Text')]);
    this.session.assertWritable();
    const texts = this.node.textInlines();
    const last = texts[texts.length - 1];
    const style = last?.styles[last.styles.length - 1] ?? this.node.mark;
    let inline: TextInline;
    if (form === 0) {
      inline = new TextInline(args[0] as string, style);
    } else {
      const source = nodeOf<TextInline>(args[0]);
      requireDetached(source);
      inline = cloneInline(source) as TextInline;
    }
    this.node.append(inline);
    return TextImpl.ofInline(this.session, inline);
  }

  insertText(...args: unknown[]): TextImpl {
    expectArgs(`${this.typeName}.insertText`, args, isInteger, isString);
    this.session.assertWritable();
    const [index, text] = args as [number, string];
    const inlines = this.node.inlines;
    if (index < 0 || index > inlines.length) throw insertIndexError(index, inlines.length);
    const before = inlines[index - 1];
    const style =
      before?.kind === 'text' ? (before.styles[before.styles.length - 1] ?? this.node.mark) : this.node.mark;
    const inline = new TextInline(text, style);
    inline.parent = this.node;
    inlines.splice(index, 0, inline);
    return TextImpl.ofInline(this.session, inline);
  }

  appendHorizontalRule() {
    this.session.assertWritable();
    const rule = new RuleInline();
    this.node.append(rule);
    return this.wrap(rule);
  }

  appendPageBreak() {
    this.session.assertWritable();
    const pageBreak = new BreakInline();
    this.node.append(pageBreak);
    return this.wrap(pageBreak);
  }

  /** A picture from a Blob (PNG here), at its own size in pixels. */
  appendInlineImage(...args: unknown[]) {
    const blob = unwrap(args[0], BlobImpl);
    if (args.length !== 1 || !blob) throw signatureError(`${this.typeName}.appendInlineImage`, args);
    this.session.assertWritable();
    const bytes = blob.buffer();
    const size = imageSize(bytes);
    if (!size) throw new Error('Invalid image data.');
    const image = new ImageInline(bytes, blob.getContentType() ?? 'image/png', size.width, size.height);
    this.node.append(image);
    return this.wrap(image);
  }

  /** A new PageBreak at `childIndex` among the paragraph's elements (0: before its text). */
  insertPageBreak(...args: unknown[]) {
    expectArgs(`${this.typeName}.insertPageBreak`, args, isInteger);
    this.session.assertWritable();
    const index = args[0] as number;
    const inlines = this.node.inlines;
    if (index < 0 || index > inlines.length) throw insertIndexError(index, inlines.length);
    const pageBreak = new BreakInline();
    pageBreak.parent = this.node;
    inlines.splice(index, 0, pageBreak);
    return this.wrap(pageBreak);
  }

  // --- layout ------------------------------------------------------------------------------------

  setAlignment(...args: unknown[]): this {
    expectArgs(`${this.typeName}.setAlignment`, args, isEnum('HorizontalAlignment'));
    return this.patch({ alignment: (args[0] as GasEnum).name() as ParagraphStyle['alignment'] });
  }

  getAlignment() {
    const a = this.node.style.alignment;
    return a ? HorizontalAlignment[a] : null;
  }

  setHeading(...args: unknown[]): this {
    expectArgs(`${this.typeName}.setHeading`, args, isEnum('ParagraphHeading'));
    return this.patch({ heading: (args[0] as GasEnum).name() as ParagraphStyle['heading'] });
  }

  getHeading() {
    return ParagraphHeading[this.node.style.heading];
  }

  setIndentFirstLine(...args: unknown[]): this {
    return this.setNumber('setIndentFirstLine', 'indentFirstLine', args);
  }
  setIndentStart(...args: unknown[]): this {
    return this.setNumber('setIndentStart', 'indentStart', args);
  }
  setIndentEnd(...args: unknown[]): this {
    return this.setNumber('setIndentEnd', 'indentEnd', args);
  }
  setSpacingBefore(...args: unknown[]): this {
    return this.setNumber('setSpacingBefore', 'spacingBefore', args, true);
  }
  setSpacingAfter(...args: unknown[]): this {
    return this.setNumber('setSpacingAfter', 'spacingAfter', args, true);
  }
  /** A multiple of single spacing (1, 1.15, 1.5, 2), as in Docs. */
  setLineSpacing(...args: unknown[]): this {
    expectArgs(`${this.typeName}.setLineSpacing`, args, isNumber);
    const value = args[0] as number;
    if (!(value > 0)) throw new Error(`Invalid argument: multiplier (${value})`);
    return this.patch({ lineSpacing: value });
  }
  setLeftToRight(...args: unknown[]): this {
    expectArgs(`${this.typeName}.setLeftToRight`, args, isBooleanOrNull);
    return this.patch({ leftToRight: args[0] as boolean | null });
  }

  getIndentFirstLine() {
    return this.node.style.indentFirstLine;
  }
  getIndentStart() {
    return this.node.style.indentStart;
  }
  getIndentEnd() {
    return this.node.style.indentEnd;
  }
  getSpacingBefore() {
    return this.node.style.spacingBefore;
  }
  getSpacingAfter() {
    return this.node.style.spacingAfter;
  }
  getLineSpacing() {
    return this.node.style.lineSpacing;
  }
  isLeftToRight() {
    return this.node.style.leftToRight;
  }

  setLinkUrl(...args: unknown[]): this {
    this.editAsText().setLinkUrl(...args);
    return this;
  }

  getLinkUrl() {
    return this.editAsText().getLinkUrl();
  }

  override getAttributes(): AttributeObject {
    return { ...super.getAttributes(), ...paragraphAttributes(this.node.style) };
  }

  protected patch(patch: Partial<ParagraphStyle>): this {
    this.session.assertWritable();
    Object.assign(this.node.style, patch);
    return this;
  }

  private setNumber(method: string, key: keyof ParagraphStyle, args: unknown[], nonNegative = false): this {
    const value = numberArg(`${this.typeName}.${method}`, args, nonNegative ? key : undefined);
    return this.patch({ [key]: value } as Partial<ParagraphStyle>);
  }
}

export class ParagraphImpl extends ParagraphBase {
  readonly [GAS_TYPE] = 'Paragraph';

  getType() {
    return ElementType.PARAGRAPH;
  }
}

export class ListItemImpl extends ParagraphBase {
  readonly [GAS_TYPE] = 'ListItem';

  getType() {
    return ElementType.LIST_ITEM;
  }

  private get list() {
    if (!this.node.list) this.node.list = { glyphType: 'BULLET', nestingLevel: 0, listId: newListId() };
    return this.node.list;
  }

  setGlyphType(...args: unknown[]): this {
    expectArgs('ListItem.setGlyphType', args, isEnum('GlyphType'));
    this.session.assertWritable();
    this.list.glyphType = (args[0] as GasEnum).name() as Glyph;
    return this;
  }

  getGlyphType() {
    const glyph = this.list.glyphType;
    return glyph ? GlyphType[glyph] : null;
  }

  setNestingLevel(...args: unknown[]): this {
    expectArgs('ListItem.setNestingLevel', args, isInteger);
    const level = args[0] as number;
    if (level < 0 || level > 8) throw new Error(`Invalid argument: nestingLevel (${level})`);
    this.session.assertWritable();
    this.list.nestingLevel = level;
    return this;
  }

  getNestingLevel(): number {
    return this.list.nestingLevel;
  }

  getListId(): string {
    return this.list.listId;
  }

  setListId(...args: unknown[]): this {
    expectArgs('ListItem.setListId', args, isElement('ListItem'));
    this.session.assertWritable();
    const other = nodeOf<ParagraphNode>(args[0]);
    this.list.listId = other.list?.listId ?? newListId();
    return this;
  }

  /** GLYPH_TYPE and NESTING_LEVEL, checked as their setters check them, once the rest is checked. */
  protected override applyAttributes(attrs: AttributeObject): void {
    super.applyAttributes(attrs, () => {
      if (Object.hasOwn(attrs, 'GLYPH_TYPE') && attrs.GLYPH_TYPE !== null) this.setGlyphType(attrs.GLYPH_TYPE);
      if (Object.hasOwn(attrs, 'NESTING_LEVEL') && attrs.NESTING_LEVEL !== null)
        this.setNestingLevel(attrs.NESTING_LEVEL);
    });
  }

  override getAttributes(): AttributeObject {
    return {
      ...super.getAttributes(),
      GLYPH_TYPE: this.getGlyphType(),
      NESTING_LEVEL: this.list.nestingLevel,
      LIST_ID: this.list.listId,
    };
  }
}

abstract class InlineElement extends Child(ElementBase<RuleInline | BreakInline | ImageInline>) {
  getAttributes(): AttributeObject {
    return {};
  }

  setAttributes(...args: unknown[]): this {
    expectArgs(`${this[GAS_TYPE]}.setAttributes`, args, isObject);
    return this;
  }
}

export class HorizontalRuleImpl extends InlineElement {
  readonly [GAS_TYPE] = 'HorizontalRule';

  getType() {
    return ElementType.HORIZONTAL_RULE;
  }
}

export class PageBreakImpl extends InlineElement {
  readonly [GAS_TYPE] = 'PageBreak';

  getType() {
    return ElementType.PAGE_BREAK;
  }
}

export class InlineImageImpl extends InlineElement {
  readonly [GAS_TYPE] = 'InlineImage';

  private get image(): ImageInline {
    return this.node as ImageInline;
  }
  getType() {
    return ElementType.INLINE_IMAGE;
  }
  getWidth(): number {
    return this.image.width;
  }
  getHeight(): number {
    return this.image.height;
  }
  /** Pixels, an Integer in Google's reference. */
  setWidth(...args: unknown[]): this {
    expectArgs('InlineImage.setWidth', args, isInteger);
    this.session.assertWritable();
    this.image.width = args[0] as number;
    return this;
  }
  setHeight(...args: unknown[]): this {
    expectArgs('InlineImage.setHeight', args, isInteger);
    this.session.assertWritable();
    this.image.height = args[0] as number;
    return this;
  }
  getBlob(): BlobImpl {
    return new BlobImpl(Buffer.from(this.image.bytes), this.image.contentType);
  }
}

/** Pixel size of a PNG (from its IHDR chunk), or null when the bytes are not a PNG. */
function imageSize(bytes: Buffer): { width: number; height: number } | null {
  const png = bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('ascii', 12, 16) === 'IHDR';
  return png ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null;
}
