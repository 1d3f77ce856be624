// Walking an OfficialDocument in reading order, for the tests.
import type { Block, GridTable, OfficialDocument, Paragraph, ParagraphRole } from '../../src/domain/official-doc';

export function text(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** Every paragraph, those inside layout tables included, in reading order (left cell before right). */
export function paragraphs(doc: OfficialDocument | readonly Block[]): Paragraph[] {
  const blocks = Array.isArray(doc) ? (doc as readonly Block[]) : (doc as OfficialDocument).blocks;
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    if (b.kind === 'layout')
      for (const row of b.rows) for (const cell of row) for (const x of cell) if (x.kind === 'paragraph') out.push(x);
  }
  return out;
}

export function byRole(doc: OfficialDocument | readonly Block[], role: ParagraphRole): Paragraph[] {
  return paragraphs(doc).filter((p) => p.role === role);
}

export function one(doc: OfficialDocument | readonly Block[], role: ParagraphRole): Paragraph {
  const found = byRole(doc, role);
  if (found.length !== 1) throw new Error(`expected one ${role}, found ${found.length}`);
  return found[0];
}

export function texts(doc: OfficialDocument | readonly Block[]): string[] {
  return paragraphs(doc).map(text);
}

function grids(doc: OfficialDocument): GridTable[] {
  return doc.blocks.filter((b): b is GridTable => b.kind === 'grid');
}

export function grid(doc: OfficialDocument, role: string): GridTable {
  const g = grids(doc).find((t) => t.role === role);
  if (!g) throw new Error(`no table ${role}`);
  return g;
}

/** mm from points at 72 pt per inch. */
export function mm(pt: number): number {
  return (pt * 25.4) / 72;
}
