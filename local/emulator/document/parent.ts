// What every element with children has: sections, table cells, tables, rows and paragraphs. The child
// list (getChild, getChildIndex, removeChild), and the paragraphs inside, which getText, editAsText,
// replaceText and the text and paragraph attributes of setAttributes act on.
import { GAS_TYPE } from '../core';
import { childIndexError, expectArgs, isElement, isInteger, isObject, isString } from './args';
import { type AttributeObject, paragraphPatch, textPatch } from './attributes';
import { detach, ElementBase, nodeOf } from './base';
import type { AnyNode, ParagraphNode } from './model';
import { replaceInParagraph, TextImpl } from './text';

const NOT_A_CHILD_MESSAGE = 'Element does not contain the specified child element.';

export abstract class ParentElement<N extends AnyNode, C extends AnyNode> extends ElementBase<N> {
  /** The live list of children. */
  protected abstract children(): C[];

  /** The Apps Script types of the children: what getChildIndex and removeChild accept. */
  protected abstract childTypes(): readonly string[];

  /** The paragraphs inside, in document order (into tables too). */
  protected abstract paragraphs(): ParagraphNode[];

  protected get typeName(): string {
    return this[GAS_TYPE];
  }

  getNumChildren(): number {
    return this.children().length;
  }

  getChild(...args: unknown[]) {
    expectArgs(`${this.typeName}.getChild`, args, isInteger);
    return this.wrap(this.childAt(args[0] as number));
  }

  getChildIndex(...args: unknown[]): number {
    expectArgs(`${this.typeName}.getChildIndex`, args, isElement(...this.childTypes()));
    const index = this.children().indexOf(nodeOf<C>(args[0]));
    if (index < 0) throw new Error(NOT_A_CHILD_MESSAGE);
    return index;
  }

  removeChild(...args: unknown[]): this {
    expectArgs(`${this.typeName}.removeChild`, args, isElement(...this.childTypes()));
    this.session.assertWritable();
    const child = nodeOf<C>(args[0]);
    if (!this.children().includes(child)) throw new Error(NOT_A_CHILD_MESSAGE);
    detach(child);
    return this;
  }

  getText(): string {
    return this.paragraphs()
      .map((p) => p.text())
      .join('\n');
  }

  editAsText(): TextImpl {
    return TextImpl.ofParagraphs(this.session, () => this.paragraphs());
  }

  /** Replaces matches inside each Text element (a match never spans two of them, as in Google). */
  replaceText(...args: unknown[]): this {
    expectArgs(`${this.typeName}.replaceText`, args, isString, isString);
    this.session.assertWritable();
    for (const para of this.paragraphs()) replaceInParagraph(para, args[0] as string, args[1] as string);
    return this;
  }

  setAttributes(...args: unknown[]): this {
    expectArgs(`${this.typeName}.setAttributes`, args, isObject);
    this.session.assertWritable();
    this.applyAttributes(args[0] as AttributeObject);
    return this;
  }

  getAttributes(): AttributeObject {
    return this.editAsText().getAttributes();
  }

  /**
   * Text attributes set here apply to every paragraph inside; paragraph attributes (alignment,
   * indents, spacing) only to a paragraph's own call: a body's, table's, row's or cell's
   * setAttributes leaves the paragraphs inside as they were (recorded on live Apps Script for Body;
   * assumed for tables, rows and cells, where nothing is recorded). `between` (a list item's own attributes) runs once
   * these are checked and before any is written.
   */
  protected applyAttributes(attrs: AttributeObject, between?: () => void): void {
    const style = paragraphPatch(attrs);
    const text = textPatch(attrs);
    between?.();
    if (this.ownsParagraphAttributes()) for (const para of this.paragraphs()) Object.assign(para.style, style);
    if (Object.keys(text).length > 0) this.editAsText().setAttributes(attrs);
  }

  /** Whether paragraph attributes in setAttributes apply here: only to a paragraph (or list item) itself. */
  protected ownsParagraphAttributes(): boolean {
    return false;
  }

  /** removeRow / removeCell: takes out the child at an index and returns it. */
  protected removeChildAt(method: string, args: unknown[]) {
    expectArgs(`${this.typeName}.${method}`, args, isInteger);
    this.session.assertWritable();
    const child = this.childAt(args[0] as number);
    detach(child);
    return this.wrap(child);
  }

  protected childAt(index: number): C {
    const children = this.children();
    if (index < 0 || index >= children.length) throw childIndexError(index, children.length);
    return children[index];
  }
}
