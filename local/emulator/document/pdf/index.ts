// Document.getAs('application/pdf') for the emulator: a real, minimal PDF 1.7 whose text is the
// document's text, laid out on the document's page size and margins with its paragraphs' alignment,
// indents, spacing, sizes, bold/italic/underline, tables (widths, borders) and header/footer.
//
// It is a stand-in for Google's rendering, not a copy of it: every font is set in DejaVu Serif (it
// covers Vietnamese and comes with npm install; its metrics are not Times New Roman's, so lines and
// pages break at other places than in Google), italics are slanted regular/bold, and without DejaVu it
// falls back to Helvetica with the diacritics dropped. Text is extractable (ToUnicode maps).
import { deflateSync } from 'node:zlib';
import {
  type BlockView,
  DOCS_DEFAULTS,
  type DocumentView,
  type ParagraphView,
  type RunView,
  type SectionView,
  type TableView,
} from '../view';
import { serifFonts, type TrueTypeFont } from './truetype';

type FontKey = 'regular' | 'bold';

interface Style {
  readonly font: FontKey;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strikethrough: boolean;
  readonly size: number;
  readonly color: string | null;
}

type Op =
  | { kind: 'text'; x: number; y: number; style: Style; text: string; width: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'fill'; x: number; y: number; w: number; h: number; color: string };

/** 'break' always starts a page (as Docs draws a break); 'startPage' only when the page holds something. */
type Item =
  | { kind: 'gap'; height: number }
  | { kind: 'unit'; height: number; ops: Op[] }
  | { kind: 'break' }
  | { kind: 'startPage' };

/** Header and footer sit half an inch from the page edge (Docs' default). */
const HEADER_DISTANCE = 36;
/** Docs' default table cell padding. */
const CELL_PADDING = 5;

// --- fonts ---------------------------------------------------------------------------------------

interface Face {
  readonly ascent: number;
  readonly descent: number;
  width(text: string): number;
  /** The PDF string operand that shows `text`, noting the glyphs used. */
  encode(text: string): string;
}

class EmbeddedFace implements Face {
  readonly used = new Map<number, string>();
  constructor(readonly font: TrueTypeFont) {}
  get ascent() {
    return this.font.ascent;
  }
  get descent() {
    return this.font.descent;
  }
  width(text: string): number {
    let w = 0;
    for (const ch of text) w += this.font.advance(this.font.glyphOf(ch.codePointAt(0)!));
    return w;
  }
  encode(text: string): string {
    let hex = '';
    for (const ch of text) {
      const glyph = this.font.glyphOf(ch.codePointAt(0)!);
      if (!this.used.has(glyph)) this.used.set(glyph, ch);
      hex += glyph.toString(16).padStart(4, '0');
    }
    return `<${hex}>`;
  }
}

/** Without an embeddable font: Helvetica in WinAnsi, Vietnamese letters reduced to their base. */
class StandardFace implements Face {
  readonly ascent = 718;
  readonly descent = -207;
  width(text: string): number {
    return plain(text).length * 556;
  }
  encode(text: string): string {
    return `(${plain(text).replace(/[\\()]/g, (c) => `\\${c}`)})`;
  }
}

function plain(text: string): string {
  return text
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?');
}

// --- layout --------------------------------------------------------------------------------------

function resolve(run: Omit<RunView, 'text'>, para: ParagraphView): Style {
  return {
    font: run.bold ? 'bold' : 'regular',
    italic: run.italic === true,
    underline: run.underline === true,
    strikethrough: run.strikethrough === true,
    size: run.fontSize ?? DOCS_DEFAULTS.headingSize[para.heading],
    color: run.foregroundColor,
  };
}

class Layout {
  constructor(private readonly faces: Record<FontKey, Face>) {}

  private measure(text: string, style: Style): number {
    return (this.faces[style.font].width(text) * style.size) / 1000;
  }

  /** The lines of a paragraph as units, between its spacing gaps. */
  paragraph(para: ParagraphView, left: number, width: number): Item[] {
    const items: Item[] = [];
    const breakFirst = para.pageBreakBefore && para.text !== '';
    if (breakFirst) items.push({ kind: 'startPage' });
    if (para.spacingBefore) items.push({ kind: 'gap', height: para.spacingBefore });
    const spacing = para.lineSpacing ?? DOCS_DEFAULTS.lineSpacing;
    const markStyle = resolve(para.mark, para);
    const tokens = para.runs.flatMap((run) =>
      run.text
        .normalize('NFC')
        .split(/( +)/)
        .filter((t) => t.length > 0)
        .map((text) => {
          const style = resolve(run, para);
          return { text, style, width: this.measure(text, style), space: text.trim() === '' };
        }),
    );
    const start = para.indentStart ?? 0;
    const first = para.indentFirstLine ?? start;
    const end = para.indentEnd ?? 0;
    const lines: (typeof tokens)[] = [[]];
    let used = 0;
    for (const token of tokens) {
      const line = lines[lines.length - 1];
      const available = width - end - (lines.length === 1 ? first : start);
      if (token.space && line.length === 0 && lines.length > 1) continue;
      if (!token.space && used + token.width > available && line.some((t) => !t.space)) {
        while (line.length > 0 && line[line.length - 1].space) line.pop();
        lines.push([token]);
        used = token.width;
      } else {
        line.push(token);
        used += token.width;
      }
    }
    const alignment = para.alignment ?? (para.leftToRight === false ? 'RIGHT' : 'LEFT');
    lines.forEach((line, i) => {
      const size = Math.max(markStyle.size, ...line.map((t) => t.style.size));
      const faceOf = (s: Style) => this.faces[s.font];
      const ascent = (Math.max(faceOf(markStyle).ascent, ...line.map((t) => faceOf(t.style).ascent)) / 1000) * size;
      const descent = (Math.min(faceOf(markStyle).descent, ...line.map((t) => faceOf(t.style).descent)) / 1000) * size;
      const height = (ascent - descent) * spacing;
      const indent = i === 0 ? first : start;
      const available = width - end - indent;
      const lineWidth = line.reduce((w, t) => w + t.width, 0);
      const spaces = line.filter((t) => t.space).length;
      const last = i === lines.length - 1;
      let x = left + indent;
      let stretch = 0;
      if (alignment === 'CENTER') x += (available - lineWidth) / 2;
      else if (alignment === 'RIGHT') x += available - lineWidth;
      else if (alignment === 'JUSTIFY' && !last && spaces > 0) stretch = (available - lineWidth) / spaces;
      const ops: Op[] = [];
      for (const token of line) {
        if (!token.space)
          ops.push({ kind: 'text', x, y: ascent, style: token.style, text: token.text, width: token.width });
        x += token.width + (token.space ? stretch : 0);
      }
      items.push({ kind: 'unit', height, ops });
    });
    if (para.horizontalRule) {
      const y = markStyle.size * 0.6;
      items.push({
        kind: 'unit',
        height: markStyle.size * 1.2,
        ops: [{ kind: 'line', x1: left, y1: y, x2: left + width, y2: y, width: 0.75, color: '#a0a0a0' }],
      });
    }
    if (para.spacingAfter) items.push({ kind: 'gap', height: para.spacingAfter });
    if (para.pageBreak && !breakFirst) {
      // A paragraph holding only a page break shows nothing but the break.
      if (para.text === '' && !para.horizontalRule) return [{ kind: 'break' }];
      items.push({ kind: 'break' });
    }
    return items;
  }

  /** One unit per row: a row is never split across pages. */
  table(table: TableView, left: number, width: number): Item[] {
    const set = table.columnWidths.filter((w): w is number => w !== null);
    const unset = table.columnWidths.length - set.length;
    const rest = Math.max(width - set.reduce((a, b) => a + b, 0), 0);
    const widths = table.columnWidths.map((w) => w ?? rest / Math.max(unset, 1));
    const border = table.borderWidth ?? DOCS_DEFAULTS.tableBorderWidth;
    const borderColor = table.borderColor ?? DOCS_DEFAULTS.tableBorderColor;
    return table.rows.map((row): Item => {
      let x = left;
      const cells = row.cells.map((cell, i) => {
        const w = widths[i] ?? widths[widths.length - 1] ?? 0;
        const pad = {
          top: cell.paddingTop ?? CELL_PADDING,
          bottom: cell.paddingBottom ?? CELL_PADDING,
          left: cell.paddingLeft ?? CELL_PADDING,
          right: cell.paddingRight ?? CELL_PADDING,
        };
        const content = stack(this.blocks(cell.blocks, x + pad.left, w - pad.left - pad.right));
        const box = { x, w, cell, pad, content, height: content.height + pad.top + pad.bottom };
        x += w;
        return box;
      });
      const height = Math.max(row.minimumHeight ?? 0, ...cells.map((c) => c.height));
      const ops: Op[] = [];
      for (const c of cells) {
        if (c.cell.backgroundColor)
          ops.push({ kind: 'fill', x: c.x, y: 0, w: c.w, h: height, color: c.cell.backgroundColor });
        const free = height - c.height;
        const shift =
          c.cell.verticalAlignment === 'CENTER' ? free / 2 : c.cell.verticalAlignment === 'BOTTOM' ? free : 0;
        ops.push(...translate(c.content.ops, 0, c.pad.top + shift));
        if (border > 0) {
          const line = (x1: number, y1: number, x2: number, y2: number): Op => ({
            kind: 'line',
            x1,
            y1,
            x2,
            y2,
            width: border,
            color: borderColor,
          });
          ops.push(
            line(c.x, 0, c.x + c.w, 0),
            line(c.x, height, c.x + c.w, height),
            line(c.x, 0, c.x, height),
            line(c.x + c.w, 0, c.x + c.w, height),
          );
        }
      }
      return { kind: 'unit', height, ops };
    });
  }

  blocks(blocks: readonly BlockView[], left: number, width: number): Item[] {
    return blocks.flatMap((b) => (b.type === 'table' ? this.table(b, left, width) : this.paragraph(b, left, width)));
  }
}

function translate(ops: Op[], dx: number, dy: number): Op[] {
  return ops.map((op) => {
    if (op.kind === 'line') return { ...op, x1: op.x1 + dx, x2: op.x2 + dx, y1: op.y1 + dy, y2: op.y2 + dy };
    return { ...op, x: op.x + dx, y: op.y + dy };
  });
}

/** Items one under the other, ignoring page breaks (inside a cell, a header or a footer). */
function stack(items: Item[]): { height: number; ops: Op[] } {
  let y = 0;
  const ops: Op[] = [];
  for (const item of items) {
    if (item.kind === 'gap') y += item.height;
    if (item.kind === 'unit') {
      ops.push(...translate(item.ops, 0, y));
      y += item.height;
    }
  }
  return { height: y, ops };
}

function paginate(view: DocumentView, layout: Layout): Op[][] {
  const { page } = view;
  const width = page.width - page.marginLeft - page.marginRight;
  const top = page.marginTop;
  const bottom = page.height - page.marginBottom;
  const pages: Op[][] = [[]];
  let y = top;
  const newPage = () => {
    pages.push([]);
    y = top;
  };
  for (const item of layout.blocks(view.body.blocks, page.marginLeft, width)) {
    if (item.kind === 'break') newPage();
    else if (item.kind === 'startPage') {
      if (pages[pages.length - 1].length > 0) newPage();
    } else if (item.kind === 'gap') y = Math.min(y + item.height, bottom);
    else {
      if (y + item.height > bottom && y > top) newPage();
      pages[pages.length - 1].push(...translate(item.ops, 0, y));
      y += item.height;
    }
  }
  const frame = (section: SectionView | null, atTop: boolean): Op[] => {
    if (!section) return [];
    const s = stack(layout.blocks(section.blocks, page.marginLeft, width));
    return translate(s.ops, 0, atTop ? HEADER_DISTANCE : page.height - HEADER_DISTANCE - s.height);
  };
  const header = frame(view.header, true);
  const footer = frame(view.footer, false);
  return pages.map((ops) => [...header, ...ops, ...footer]);
}

// --- writing -------------------------------------------------------------------------------------

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function rgb(color: string): string {
  const v = Number.parseInt(color.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => n(c / 255)).join(' ');
}

function content(ops: Op[], height: number, faces: Record<FontKey, Face>, names: Record<FontKey, string>): string {
  const out: string[] = [];
  for (const op of ops) {
    if (op.kind === 'fill') {
      out.push(`q ${rgb(op.color)} rg ${n(op.x)} ${n(height - op.y - op.h)} ${n(op.w)} ${n(op.h)} re f Q`);
    } else if (op.kind === 'line') {
      out.push(
        `q ${n(op.width)} w ${rgb(op.color)} RG ${n(op.x1)} ${n(height - op.y1)} m ${n(op.x2)} ${n(height - op.y2)} l S Q`,
      );
    } else {
      const s = op.style;
      const y = height - op.y;
      const color = rgb(s.color ?? DOCS_DEFAULTS.foregroundColor);
      const skew = s.italic ? '0.21' : '0';
      out.push(
        `BT /${names[s.font]} ${n(s.size)} Tf ${color} rg 1 0 ${skew} 1 ${n(op.x)} ${n(y)} Tm ${faces[s.font].encode(op.text)} Tj ET`,
      );
      const decorate = (dy: number) =>
        out.push(
          `q ${n(s.size / 18)} w ${color} RG ${n(op.x)} ${n(y + dy)} m ${n(op.x + op.width)} ${n(y + dy)} l S Q`,
        );
      if (s.underline) decorate(-s.size * 0.12);
      if (s.strikethrough) decorate(s.size * 0.3);
    }
  }
  return out.join('\n');
}

function pdfString(text: string): string {
  // UTF-16BE with BOM: the document title may be Vietnamese.
  const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${utf16.toString('hex')}>`;
}

class PdfWriter {
  private readonly objects: (Buffer | null)[] = [];

  reserve(): number {
    this.objects.push(null);
    return this.objects.length;
  }

  set(id: number, body: string | Buffer): void {
    this.objects[id - 1] = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1');
  }

  add(body: string | Buffer): number {
    const id = this.reserve();
    this.set(id, body);
    return id;
  }

  stream(dict: string, data: Buffer): number {
    const packed = deflateSync(data);
    return this.add(
      Buffer.concat([
        Buffer.from(`<< ${dict} /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
        packed,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  }

  finish(root: number, info: number): Buffer {
    const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = parts[0].length;
    const offsets: number[] = [];
    this.objects.forEach((body, i) => {
      offsets.push(offset);
      const chunk = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
        body ?? Buffer.from('null'),
        Buffer.from('\nendobj\n', 'latin1'),
      ]);
      parts.push(chunk);
      offset += chunk.length;
    });
    const xref = [
      'xref',
      `0 ${this.objects.length + 1}`,
      '0000000000 65535 f ',
      ...offsets.map((o) => `${o.toString().padStart(10, '0')} 00000 n `),
      'trailer',
      `<< /Size ${this.objects.length + 1} /Root ${root} 0 R /Info ${info} 0 R >>`,
      'startxref',
      `${offset}`,
      '%%EOF',
      '',
    ].join('\n');
    parts.push(Buffer.from(xref, 'latin1'));
    return Buffer.concat(parts);
  }
}

function toUnicode(used: Map<number, string>): Buffer {
  const entries = [...used].sort((a, b) => a[0] - b[0]);
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [glyph, ch] of chunk) {
      const unicode = Buffer.from(ch, 'utf16le').swap16().toString('hex');
      lines.push(`<${glyph.toString(16).padStart(4, '0')}> <${unicode}>`);
    }
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return Buffer.from(lines.join('\n'), 'latin1');
}

const fontFiles = new WeakMap<TrueTypeFont, Buffer>();

function embedFont(pdf: PdfWriter, face: EmbeddedFace): number {
  const font = face.font;
  let packed = fontFiles.get(font);
  if (!packed) {
    packed = deflateSync(font.data);
    fontFiles.set(font, packed);
  }
  const file = pdf.add(
    Buffer.concat([
      Buffer.from(`<< /Length ${packed.length} /Length1 ${font.data.length} /Filter /FlateDecode >>\nstream\n`),
      packed,
      Buffer.from('\nendstream'),
    ]),
  );
  const descriptor = pdf.add(
    `<< /Type /FontDescriptor /FontName /${font.name} /Flags 34 /FontBBox [${font.bbox.join(' ')}] ` +
      `/ItalicAngle 0 /Ascent ${font.ascent} /Descent ${font.descent} /CapHeight ${font.ascent} /StemV 80 ` +
      `/FontFile2 ${file} 0 R >>`,
  );
  const widths = [...face.used.keys()]
    .sort((a, b) => a - b)
    .map((g) => `${g} [${font.advance(g)}]`)
    .join(' ');
  const cid = pdf.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${font.name} ` +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
      `/FontDescriptor ${descriptor} 0 R /DW 1000 /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const unicode = pdf.stream('', toUnicode(face.used));
  return pdf.add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /${font.name} /Encoding /Identity-H ` +
      `/DescendantFonts [${cid} 0 R] /ToUnicode ${unicode} 0 R >>`,
  );
}

/** Renders the document view as PDF bytes. */
export function renderPdf(view: DocumentView): Buffer {
  const fonts = serifFonts();
  const faces: Record<FontKey, Face> = fonts
    ? { regular: new EmbeddedFace(fonts.regular), bold: new EmbeddedFace(fonts.bold) }
    : { regular: new StandardFace(), bold: new StandardFace() };
  const names: Record<FontKey, string> = { regular: 'F1', bold: 'F2' };
  const pages = paginate(view, new Layout(faces));
  const pdf = new PdfWriter();
  const catalog = pdf.reserve();
  const pagesId = pdf.reserve();
  const streams = pages.map((ops) =>
    pdf.stream('', Buffer.from(content(ops, view.page.height, faces, names), 'latin1')),
  );
  const fontRefs: string[] = [];
  for (const key of ['regular', 'bold'] as FontKey[]) {
    const face = faces[key];
    if (face instanceof EmbeddedFace && face.used.size === 0) continue;
    const id =
      face instanceof EmbeddedFace
        ? embedFont(pdf, face)
        : pdf.add(
            `<< /Type /Font /Subtype /Type1 /BaseFont /${key === 'bold' ? 'Helvetica-Bold' : 'Helvetica'} /Encoding /WinAnsiEncoding >>`,
          );
    fontRefs.push(`/${names[key]} ${id} 0 R`);
  }
  const resources = `<< /Font << ${fontRefs.join(' ')} >> >>`;
  const mediaBox = `[0 0 ${n(view.page.width)} ${n(view.page.height)}]`;
  const kids = streams.map((s) =>
    pdf.add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox ${mediaBox} /Resources ${resources} /Contents ${s} 0 R >>`,
    ),
  );
  pdf.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  const info = pdf.add(`<< /Title ${pdfString(view.name)} /Producer (Bao cao NTM emulator) >>`);
  return pdf.finish(catalog, info);
}
