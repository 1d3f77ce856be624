// What every element wrapper shares: its node, its session, getParent, copy, the as*() casts, and the
// structural rules of a Docs tree (a section or a table cell always ends with a paragraph; the last
// paragraph of a section cannot be removed; only a detached element can be inserted).
import { Emulated, GAS_TYPE } from '../core';
import type { GasEnum } from '../gas-enum';
import { DETACHED_MESSAGE } from './args';
import { type AnyNode, type Block, type Container, cloneNode, newParagraph } from './model';
import type { Session } from './session';

/** The stored node behind a wrapper (a symbol, so the instrumentation proxy hands it over as is). */
export const NODE = Symbol('document.node');

export function nodeOf<T = AnyNode>(value: unknown): T {
  return (value as { [NODE]: T })[NODE];
}

export abstract class ElementBase<N extends AnyNode> extends Emulated {
  readonly [NODE]: N;

  constructor(
    protected readonly session: Session,
    node: N,
  ) {
    super();
    this[NODE] = node;
  }

  protected get node(): N {
    return this[NODE];
  }

  abstract getType(): GasEnum;

  override toString(): string {
    return this[GAS_TYPE];
  }

  /** null for a section, and for an element that is not (or no longer) inside another. */
  getParent() {
    const parent = (this.node as { parent?: AnyNode | null }).parent;
    return parent ? this.wrap(parent) : null;
  }

  /** A detached deep copy, ready to be appended or inserted elsewhere. */
  copy() {
    return this.wrap(cloneNode(this.node));
  }

  protected wrap(node: AnyNode): Emulated {
    return this.session.wrap(node);
  }

  private cast(type: string): this {
    if (this[GAS_TYPE] !== type) throw new Error(`Cannot cast ${this[GAS_TYPE]} to ${type}.`);
    return this;
  }

  asParagraph() {
    return this.cast('Paragraph');
  }
  asListItem() {
    return this.cast('ListItem');
  }
  asTable() {
    return this.cast('Table');
  }
  asTableRow() {
    return this.cast('TableRow');
  }
  asTableCell() {
    return this.cast('TableCell');
  }
  asBody() {
    return this.cast('Body');
  }
  asHeaderSection() {
    return this.cast('HeaderSection');
  }
  asFooterSection() {
    return this.cast('FooterSection');
  }
  asHorizontalRule() {
    return this.cast('HorizontalRule');
  }
  asPageBreak() {
    return this.cast('PageBreak');
  }
  asInlineImage() {
    return this.cast('InlineImage');
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a mixin's base class is constructed with any arguments
type ElementClass = abstract new (...args: any[]) => ElementBase<AnyNode>;

/**
 * Adds what an element inside another has: its siblings and removeFromParent. A mixin rather than a
 * class, because the elements that have them (paragraphs, tables, rows, cells, rules, page breaks)
 * do not share one parent class, and a section, which shares a parent class with a cell, has none.
 */
export function Child<B extends ElementClass>(Base: B) {
  abstract class ChildElement extends Base {
    getNextSibling() {
      const next = sibling(this.node, 1);
      return next ? this.wrap(next) : null;
    }

    getPreviousSibling() {
      const prev = sibling(this.node, -1);
      return prev ? this.wrap(prev) : null;
    }

    removeFromParent(): this {
      this.session.assertWritable();
      detach(this.node);
      return this;
    }
  }
  return ChildElement;
}

/** The list a node sits in within its parent, or null when detached. */
function siblingList(node: AnyNode): AnyNode[] | null {
  const parent = (node as { parent: unknown }).parent as AnyNode | null;
  if (!parent) return null;
  switch (node.kind) {
    case 'row':
      return (parent as { rows: AnyNode[] }).rows;
    case 'cell':
      return (parent as { cells: AnyNode[] }).cells;
    case 'text':
    case 'horizontalRule':
    case 'pageBreak':
    case 'inlineImage':
      return (parent as { inlines: AnyNode[] }).inlines;
    default:
      return (parent as { children: AnyNode[] }).children;
  }
}

export function sibling(node: AnyNode, step: 1 | -1): AnyNode | null {
  const list = siblingList(node);
  if (!list) return null;
  return list[list.indexOf(node) + step] ?? null;
}

export function requireDetached(node: AnyNode): void {
  if ((node as { parent: unknown }).parent) throw new Error(DETACHED_MESSAGE);
}

function containerKind(container: Container): string {
  return container.kind === 'cell' ? 'table cell' : 'document section';
}

/** Inserts a block; a table that ends up last gets an empty paragraph after it, as Docs requires. */
export function insertBlock(container: Container, index: number, block: Block): void {
  block.parent = container;
  container.children.splice(index, 0, block);
  if (block.kind === 'table' && index === container.children.length - 1) {
    const trailing = newParagraph('');
    trailing.parent = container;
    container.children.push(trailing);
  }
}

function removeBlock(block: Block): void {
  const container = block.parent;
  if (!container) return;
  const list = container.children;
  const index = list.indexOf(block);
  if (block.kind !== 'table' && index === list.length - 1) {
    throw new Error(`Can't remove the last paragraph in a ${containerKind(container)}.`);
  }
  list.splice(index, 1);
  block.parent = null;
}

/** Takes a node out of its parent, by the rules of its kind (a block by removeBlock's). */
export function detach(node: AnyNode): void {
  if (node.kind === 'paragraph' || node.kind === 'listItem' || node.kind === 'table') {
    removeBlock(node);
    return;
  }
  const list = siblingList(node);
  if (!list) return;
  list.splice(list.indexOf(node), 1);
  (node as { parent: unknown }).parent = null;
}
