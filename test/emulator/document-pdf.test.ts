// Document.getAs('application/pdf'): a well-formed PDF whose text is the saved document's text. The
// file is read back with a small PDF reader written here (objects, xref, Flate streams, ToUnicode).
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { Workspace } from '../../local/emulator/workspace';

type DocApp = GoogleAppsScript.Document.DocumentApp;

function setup() {
  const ws = new Workspace();
  const { DocumentApp } = ws.globals() as unknown as { DocumentApp: DocApp };
  return { ws, DocumentApp };
}

function bytesOf(blob: GoogleAppsScript.Base.Blob): Buffer {
  return Buffer.from(blob.getBytes().map((b) => b & 255));
}

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | null;
}

function readPdf(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\n/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('\nendobj', start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream\n');
    let stream: Buffer | null = null;
    let dict = body;
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const raw = pdf.subarray(start + streamAt + 7, start + streamAt + 7 + length);
      stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  return { text, objects, ref };
}

/** The words a reader would extract, page by page, in drawing order. */
function extractWords(pdf: Buffer): string[][] {
  const { objects, ref } = readPdf(pdf);
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict));
  return pages.map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, id] of page.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const cmap = objects.get(ref(objects.get(Number(id))!.dict, 'ToUnicode'))!.stream!.toString('latin1');
      const map = new Map<string, string>();
      for (const [, glyph, unicode] of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/g)) {
        map.set(glyph, Buffer.from(unicode, 'hex').swap16().toString('utf16le'));
      }
      fonts.set(name, map);
    }
    const content = objects.get(ref(page.dict, 'Contents'))!.stream!.toString('latin1');
    const words: string[] = [];
    for (const [, font, hex] of content.matchAll(/\/(F\d+) [\d.]+ Tf .*?<([0-9a-f]*)> Tj/g)) {
      const map = fonts.get(font)!;
      words.push(
        hex
          .match(/.{4}/g)
          ?.map((g) => map.get(g) ?? '\ufffd')
          .join('') ?? '',
      );
    }
    return words;
  });
}

describe('Document.getAs("application/pdf")', () => {
  test('is a well-formed PDF: header, xref offsets pointing at their objects, trailer', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('Báo cáo');
    doc.getBody().appendParagraph('Nội dung');
    doc.saveAndClose();
    const pdf = bytesOf(doc.getAs('application/pdf'));
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
    const [, first, count] = /xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!.map(Number);
    expect(first).toBe(0);
    const rows = text
      .slice(startxref)
      .split('\n')
      .slice(3, 2 + count);
    rows.forEach((row, i) => {
      const offset = Number(row.slice(0, 10));
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    expect(text).toMatch(/trailer\n<< \/Size \d+ \/Root \d+ 0 R/);
  });

  test('holds the saved text, in order, with Vietnamese diacritics, on the document’s page size', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('Báo cáo');
    const body = doc.getBody();
    body.setPageWidth(595.28).setPageHeight(841.89);
    body.getChild(0).asParagraph().setText('BÁO CÁO');
    body.appendParagraph('Kết quả tuyên truyền xây dựng nông thôn mới').editAsText().setBold(0, 6, true);
    doc.saveAndClose();
    const pdf = bytesOf(doc.getBlob());
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(extractWords(pdf)).toEqual([
      ['BÁO', 'CÁO', 'Kết', 'quả', 'tuyên', 'truyền', 'xây', 'dựng', 'nông', 'thôn', 'mới'],
    ]);
  });

  test('embeds DejaVu Serif, regular and bold, as npm install brings it (no system font needed)', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('Phông chữ');
    doc.getBody().appendParagraph('Tiếng Việt').editAsText().setBold(0, 3, true);
    doc.saveAndClose();
    const { objects, ref } = readPdf(bytesOf(doc.getBlob()));
    const embedded = new Map(
      [...objects.values()]
        .filter((o) => o.dict.includes('/FontFile2'))
        .map((o) => [/\/FontName \/(\S+)/.exec(o.dict)![1], objects.get(ref(o.dict, 'FontFile2'))!.stream!]),
    );
    const ttf = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`));
    expect([...embedded.keys()].sort()).toEqual(['DejaVuSerif', 'DejaVuSerif-Bold']);
    expect(embedded.get('DejaVuSerif')!.equals(ttf('DejaVuSerif'))).toBe(true);
    expect(embedded.get('DejaVuSerif-Bold')!.equals(ttf('DejaVuSerif-Bold'))).toBe(true);
  });

  test('what was not saved is not exported; a page break starts a new page', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    body.appendParagraph('Trang một');
    expect(extractWords(bytesOf(doc.getAs('application/pdf')))).toEqual([[]]);
    body.appendPageBreak();
    body.appendParagraph('Trang hai');
    doc.saveAndClose();
    expect(extractWords(bytesOf(doc.getAs('application/pdf')))).toEqual([
      ['Trang', 'một'],
      ['Trang', 'hai'],
    ]);
  });

  test('table cells and the header are in the text', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    doc.getBody().appendTable([['Hội nghị', '12']]);
    doc.addHeader().appendParagraph('Đầu trang');
    doc.saveAndClose();
    const [words] = extractWords(bytesOf(doc.getAs('application/pdf')));
    expect(words).toEqual(['Đầu', 'trang', 'Hội', 'nghị', '12']);
  });
});
