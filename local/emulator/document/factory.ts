// Makes the wrapper Apps Script code sees for a stored node. A fresh wrapper per access, as in Google:
// compare elements by what they hold (or getChildIndex), never by identity.
import type { Emulated } from '../core';
import { BodyImpl, FooterSectionImpl, HeaderSectionImpl, TableCellImpl } from './containers';
import type { AnyNode } from './model';
import { SectionNode } from './model';
import { HorizontalRuleImpl, InlineImageImpl, ListItemImpl, PageBreakImpl, ParagraphImpl } from './paragraph';
import type { Session } from './session';
import { TableImpl, TableRowImpl } from './table';
import { TextImpl } from './text';

export function wrapNode(session: Session, node: AnyNode): Emulated {
  if (node instanceof SectionNode) {
    if (node.kind === 'body') return new BodyImpl(session, node);
    return node.kind === 'header' ? new HeaderSectionImpl(session, node) : new FooterSectionImpl(session, node);
  }
  switch (node.kind) {
    case 'paragraph':
      return new ParagraphImpl(session, node);
    case 'listItem':
      return new ListItemImpl(session, node);
    case 'table':
      return new TableImpl(session, node);
    case 'row':
      return new TableRowImpl(session, node);
    case 'cell':
      return new TableCellImpl(session, node);
    case 'text':
      return TextImpl.ofInline(session, node);
    case 'horizontalRule':
      return new HorizontalRuleImpl(session, node);
    case 'pageBreak':
      return new PageBreakImpl(session, node);
    case 'inlineImage':
      return new InlineImageImpl(session, node);
    default:
      throw new Error(`Emulator: no wrapper for ${(node as { kind: string }).kind}`);
  }
}
