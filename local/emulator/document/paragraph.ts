// Paragraph and ListItem (same layout attributes; a list item adds glyph, nesting and list id), and
// the two inline elements the product may insert: HorizontalRule and PageBreak.
import { GAS_TYPE } from '../core';
import {
  childIndexError,
  expectArgs,
  insertIndexError,
  isBooleanOrNull,
  isElement,
  isEnum,
  isInteger,
  isNumber,
  isObject,
  isString,
  overload,
} from './args';
import { type AttributeObject, paragraphAttributes, paragraphPatch, textPatch } from './attributes';
import { ElementBase, nodeOf, removeBlock, requireDetached, sibling } from './base';
import { ElementType, type GasEnum, type Glyph, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { wrapNode } from './factory';
import {
  type AnyNode,
  BreakInline,
  cloneInline,
  cloneParagraph,
  type Inline,
  type ParagraphNode,
  type ParagraphStyle,
  RuleInline,
  TextInline,
} from './model';
import { setParagraphText, TextImpl } from './text';

let listCounter = 0;

/** Google's list ids look like "kix.xxxxxxxx"; these are deterministic for reproducible tests. */
export function newListId(): string {
  listCounter += 1;
  return `kix.emu${listCounter.toString(36).padStart(6, '0')}`;
}

abstract class ParagraphBase extends ElementBase<ParagraphNode> {
  protected abstract readonly kindName: 'Paragraph' | 'ListItem';

  // --- tree --------------------------------------------------------------------------------------

  getParent() {
    return this.node.parent ? wrapNode(this.session, this.node.parent) : null;
  }

  getNextSibling() {
    const next = sibling(this.node, 1);
    return next ? wrapNode(this.session, next) : null;
  }

  getPreviousSibling() {
    const prev = sibling(this.node, -1);
    return prev ? wrapNode(this.session, prev) : null;
  }

  removeFromParent(): this {
    this.session.assertWritable();
    removeBlock(this.node);
    return this;
  }

  copy() {
    return wrapNode(this.session, cloneParagraph(this.node));
  }

  getNumChildren(): number {
    return this.node.inlines.length;
  }

  getChild(...args: unknown[]) {
    expectArgs(`${this.kindName}.getChild`, args, isInteger);
    const index = args[0] as number;
    const inlines = this.node.inlines;
    if (index < 0 || index >= inlines.length) throw childIndexError(index, inlines.length);
    return wrapNode(this.session, inlines[index]);
  }

  getChildIndex(...args: unknown[]): number {
    expectArgs(`${this.kindName}.getChildIndex`, args, isElement('Text', 'HorizontalRule', 'PageBreak'));
    const index = this.node.inlines.indexOf(nodeOf<Inline>(args[0]));
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
  }

  removeChild(...args: unknown[]): this {
    expectArgs(`${this.kindName}.removeChild`, args, isElement('Text', 'HorizontalRule', 'PageBreak'));
    this.session.assertWritable();
    const child = nodeOf<Inline>(args[0]);
    const index = this.node.inlines.indexOf(child);
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    this.node.inlines.splice(index, 1);
    child.parent = null;
    return this;
  }

  clear(): this {
    this.session.assertWritable();
    for (const inline of this.node.inlines) inline.parent = null;
    this.node.inlines = [];
    return this;
  }

  // --- text --------------------------------------------------------------------------------------

  getText(): string {
    return this.node.text();
  }

  setText(...args: unknown[]): this {
    expectArgs(`${this.kindName}.setText`, args, isString);
    this.session.assertWritable();
    setParagraphText(this.node, args[0] as string);
    return this;
  }

  /** A new Text element at the end; its characters take the attributes of the text before them. */
  appendText(...args: unknown[]): TextImpl {
    const form = overload(`${this.kindName}.appendText`, args, [isString], [isElement('Text')]);
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
    expectArgs(`${this.kindName}.insertText`, args, isInteger, isString);
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

  editAsText(): TextImpl {
    const node = this.node;
    return TextImpl.ofParagraphs(this.session, () => [node]);
  }

  appendHorizontalRule() {
    this.session.assertWritable();
    const rule = new RuleInline();
    this.node.append(rule);
    return wrapNode(this.session, rule);
  }

  appendPageBreak() {
    this.session.assertWritable();
    const pageBreak = new BreakInline();
    this.node.append(pageBreak);
    return wrapNode(this.session, pageBreak);
  }

  /** Replaces matches inside each Text element (a match never spans two of them, as in Google). */
  replaceText(...args: unknown[]) {
    expectArgs(`${this.kindName}.replaceText`, args, isString, isString);
    this.session.assertWritable();
    replaceInParagraph(this.node, args[0] as string, args[1] as string);
    return this;
  }

  // --- layout ------------------------------------------------------------------------------------

  setAlignment(...args: unknown[]): this {
    expectArgs(`${this.kindName}.setAlignment`, args, isEnum('HorizontalAlignment'));
    return this.patch({ alignment: (args[0] as GasEnum).name() as ParagraphStyle['alignment'] });
  }

  getAlignment() {
    const a = this.node.style.alignment;
    return a ? HorizontalAlignment[a] : null;
  }

  setHeading(...args: unknown[]): this {
    expectArgs(`${this.kindName}.setHeading`, args, isEnum('ParagraphHeading'));
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
    return this.setNumber('setSpacingBefore', 'spacingBefore', args, 0);
  }
  setSpacingAfter(...args: unknown[]): this {
    return this.setNumber('setSpacingAfter', 'spacingAfter', args, 0);
  }
  /** A multiple of single spacing (1, 1.15, 1.5, 2), as in Docs. */
  setLineSpacing(...args: unknown[]): this {
    expectArgs(`${this.kindName}.setLineSpacing`, args, isNumber);
    const value = args[0] as number;
    if (!(value > 0)) throw new Error(`Invalid argument: multiplier (${value})`);
    return this.patch({ lineSpacing: value });
  }
  setLeftToRight(...args: unknown[]): this {
    expectArgs(`${this.kindName}.setLeftToRight`, args, isBooleanOrNull);
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

  setAttributes(...args: unknown[]): this {
    expectArgs(`${this.kindName}.setAttributes`, args, isObject);
    this.session.assertWritable();
    const attrs = args[0] as AttributeObject;
    const style = paragraphPatch(attrs);
    const text = textPatch(attrs);
    this.applyListAttributes(attrs);
    Object.assign(this.node.style, style);
    if (Object.keys(text).length > 0) this.editAsText().setAttributes(attrs);
    return this;
  }

  getAttributes(): AttributeObject {
    return { ...this.editAsText().getAttributes(), ...paragraphAttributes(this.node.style), ...this.listAttributes() };
  }

  protected applyListAttributes(_attrs: AttributeObject): void {}

  protected listAttributes(): AttributeObject {
    return {};
  }

  protected patch(patch: Partial<ParagraphStyle>): this {
    this.session.assertWritable();
    Object.assign(this.node.style, patch);
    return this;
  }

  private setNumber(method: string, key: keyof ParagraphStyle, args: unknown[], min?: number): this {
    expectArgs(`${this.kindName}.${method}`, args, isNumber);
    const value = args[0] as number;
    if (min !== undefined && value < min) throw new Error(`Invalid argument: ${key} (${value})`);
    return this.patch({ [key]: value } as Partial<ParagraphStyle>);
  }
}

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

export class ParagraphImpl extends ParagraphBase {
  readonly [GAS_TYPE] = 'Paragraph';
  protected readonly kindName = 'Paragraph';

  getType() {
    return ElementType.PARAGRAPH;
  }
}

export class ListItemImpl extends ParagraphBase {
  readonly [GAS_TYPE] = 'ListItem';
  protected readonly kindName = 'ListItem';

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

  protected override applyListAttributes(attrs: AttributeObject): void {
    if (Object.hasOwn(attrs, 'GLYPH_TYPE') && attrs.GLYPH_TYPE !== null) this.setGlyphType(attrs.GLYPH_TYPE);
    if (Object.hasOwn(attrs, 'NESTING_LEVEL') && attrs.NESTING_LEVEL !== null)
      this.setNestingLevel(attrs.NESTING_LEVEL);
  }

  protected override listAttributes(): AttributeObject {
    return { GLYPH_TYPE: this.getGlyphType(), NESTING_LEVEL: this.list.nestingLevel, LIST_ID: this.list.listId };
  }
}

abstract class InlineElement<N extends RuleInline | BreakInline> extends ElementBase<N> {
  getParent() {
    return this.node.parent ? wrapNode(this.session, this.node.parent) : null;
  }

  getNextSibling() {
    const next = sibling(this.node, 1);
    return next ? wrapNode(this.session, next) : null;
  }

  getPreviousSibling() {
    const prev = sibling(this.node, -1);
    return prev ? wrapNode(this.session, prev) : null;
  }

  removeFromParent(): this {
    this.session.assertWritable();
    const parent = this.node.parent;
    if (parent) {
      parent.inlines.splice(parent.inlines.indexOf(this.node), 1);
      this.node.parent = null;
    }
    return this;
  }

  getAttributes(): AttributeObject {
    return {};
  }

  setAttributes(...args: unknown[]): this {
    expectArgs(`${this[GAS_TYPE]}.setAttributes`, args, isObject);
    return this;
  }
}

export class HorizontalRuleImpl extends InlineElement<RuleInline> {
  readonly [GAS_TYPE] = 'HorizontalRule';

  getType() {
    return ElementType.HORIZONTAL_RULE;
  }

  copy() {
    return new HorizontalRuleImpl(this.session, new RuleInline());
  }
}

export class PageBreakImpl extends InlineElement<BreakInline> {
  readonly [GAS_TYPE] = 'PageBreak';

  getType() {
    return ElementType.PAGE_BREAK;
  }

  copy() {
    return new PageBreakImpl(this.session, new BreakInline());
  }
}

export type AnyParagraph = ParagraphImpl | ListItemImpl;
export type { AnyNode };
