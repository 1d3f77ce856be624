// The DocumentApp emulator: behaviour the report and plan Docs rely on, and the strictness that makes
// code fail here where it would fail in Google. Expected values are worked out by hand.
import vm from 'node:vm';
import type { Realm } from '../../local/emulator/core';
import { allParagraphs, type ParagraphView } from '../../local/emulator/document';
import { Workspace } from '../../local/emulator/workspace';

type Gas = {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
};

function setup(owner = 'thuky@gmail.com') {
  const ws = new Workspace({ owner });
  const { DocumentApp } = ws.globals() as unknown as Gas;
  return { ws, DocumentApp };
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a throw');
}

describe('DocumentApp.create / openById', () => {
  test('ids are unique across runs, as Drive ids are: a later session never reuses an earlier one', () => {
    const ids = new Set<string>();
    for (let run = 0; run < 3; run++) {
      const { DocumentApp } = setup();
      for (let i = 0; i < 3; i++) ids.add(DocumentApp.create('Báo cáo').getId());
    }
    expect(ids.size).toBe(9);
    for (const id of ids) expect(id).toMatch(/^1[A-Za-z0-9_-]{43}$/);
  });

  test('a new Doc is owned by the active user, US Letter with 1-inch margins, one empty paragraph', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('Báo cáo 6 tháng');
    const body = doc.getBody();
    expect(doc.getName()).toBe('Báo cáo 6 tháng');
    expect(doc.getId()).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(doc.getEditors().map((u) => u.getEmail())).toEqual(['thuky@gmail.com']);
    expect(ws.documents.byId(doc.getId())?.owner).toBe('thuky@gmail.com');
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([612, 792]);
    expect([body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()]).toEqual([
      72, 72, 72, 72,
    ]);
    expect(DocumentApp.getActiveDocument()).toBeNull();
  });

  test('appending to a new Doc keeps the first empty paragraph: getText starts with "\\n"', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    body.appendParagraph('Một');
    body.appendParagraph('Hai');
    expect(body.getNumChildren()).toBe(3);
    expect(body.getText()).toBe('\nMột\nHai');
  });

  test('the daily creation quota is counted and Google’s message is thrown when it is spent', () => {
    const { ws, DocumentApp } = setup();
    expect(ws.documents.remainingCreateQuota).toBe(250);
    ws.documents.setRemainingCreateQuota(2);
    DocumentApp.create('a');
    DocumentApp.create('b');
    expect(ws.documents.remainingCreateQuota).toBe(0);
    expect(message(() => DocumentApp.create('c'))).toBe('Service invoked too many times for one day: docs create.');
    expect(ws.documents.all()).toHaveLength(2);
  });

  test('openById throws for an unknown id and for a user with no access; a viewer can read, not edit', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('Kế hoạch');
    doc.getBody().appendParagraph('Nội dung');
    doc.addViewer('vanphong@gmail.com');
    const id = doc.getId();
    expect(message(() => DocumentApp.openById('nope'))).toBe(
      "Document nope is missing (perhaps it was deleted, or you don't have read access?)",
    );
    ws.asUser('la@gmail.com', () => {
      expect(message(() => DocumentApp.openById(id))).toBe(
        `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
      );
    });
    ws.asUser('vanphong@gmail.com', () => {
      const seen = DocumentApp.openById(id);
      expect(seen.getBody().getText()).toBe('\nNội dung');
      expect(message(() => seen.getBody().appendParagraph('sửa'))).toBe('Access denied: DocumentApp.');
      expect(message(() => seen.addEditor('khac@gmail.com'))).toBe('Access denied: DocumentApp.');
    });
    expect(DocumentApp.openByUrl(doc.getUrl()).getId()).toBe(id);
  });

  test('calls are counted per Type.method and can be made to fail', () => {
    const { ws, DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    body.appendParagraph('a');
    body.appendParagraph('b');
    expect(ws.calls.count('Body.appendParagraph')).toBe(2);
    expect(ws.calls.count('DocumentApp.create')).toBe(1);
    ws.faults.failOn('DocumentApp.create', { message: 'Service error: Documents' });
    expect(message(() => DocumentApp.create('y'))).toBe('Service error: Documents');
  });
});

describe('sharing', () => {
  test('viewers and editors; an invalid address throws Google’s message and adds nobody', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('Báo cáo');
    doc.addViewers(['a@gmail.com', 'B@Gmail.com']).addEditor('c@gmail.com');
    expect(doc.getEditors().map((u) => u.getEmail())).toEqual(['thuky@gmail.com', 'c@gmail.com']);
    // Observed Google behaviour: getViewers lists owner and editors too.
    expect(
      doc
        .getViewers()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(['a@gmail.com', 'b@gmail.com', 'c@gmail.com', 'thuky@gmail.com']);
    expect(message(() => doc.addViewer('not an email'))).toBe('Invalid email: not an email');
    expect(message(() => doc.addViewers(['d@gmail.com', 'e@']))).toBe('Invalid email: e@');
    expect(ws.documents.byId(doc.getId())?.viewers.has('d@gmail.com')).toBe(false);
    ws.documents.refuseAccount('nogoogle@example.org');
    expect(message(() => doc.addViewer('nogoogle@example.org'))).toBe('Invalid email: nogoogle@example.org');
    doc.removeViewer('a@gmail.com');
    expect(ws.documents.byId(doc.getId())?.view().viewers).toEqual(['b@gmail.com']);
  });

  test('DocumentApp has no addCommenter', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('x') as unknown as Record<string, unknown>;
    expect(typeof doc.addCommenter).toBe('undefined');
  });
});

describe('saveAndClose', () => {
  test('edits through the closed Document and its elements throw; reads work; reopening edits again', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    const p = body.appendParagraph('Trước');
    doc.saveAndClose();
    const closed = 'Document is closed, its contents cannot be updated.';
    expect(message(() => body.appendParagraph('Sau'))).toBe(closed);
    expect(message(() => p.setText('Sau'))).toBe(closed);
    expect(message(() => p.editAsText().setBold(true))).toBe(closed);
    expect(message(() => doc.getBody().clear())).toBe(closed);
    expect(doc.getId()).toHaveLength(44);
    expect(p.getText()).toBe('Trước');
    const again = DocumentApp.openById(doc.getId());
    again.getBody().appendParagraph('Sau');
    expect(again.getBody().getText()).toBe('\nTrước\nSau');
  });

  test('getAs exports the saved version: edits not yet saved are not in it', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    doc.getBody().appendParagraph('Nội dung');
    const stored = ws.documents.byId(doc.getId())!;
    expect(stored.savedView().body.text).toBe('');
    expect(stored.view().body.text).toBe('\nNội dung');
    doc.saveAndClose();
    expect(stored.savedView().body.text).toBe('\nNội dung');
    const blob = doc.getAs('application/pdf');
    expect(blob.getContentType()).toBe('application/pdf');
    expect(blob.getName()).toBe('x.pdf');
    expect(message(() => doc.getAs('text/html'))).toMatch(/not supported/);
  });
});

describe('body structure', () => {
  test('getChild, getChildIndex, insertParagraph and their bounds errors', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    body.appendParagraph('b');
    body.insertParagraph(1, 'a');
    expect(body.getText()).toBe('\na\nb');
    const second = body.getChild(2).asParagraph();
    expect(second.getText()).toBe('b');
    expect(body.getChildIndex(second)).toBe(2);
    expect(message(() => body.getChild(3))).toBe('Child index (3) must be less than the number of child elements (3).');
    expect(message(() => body.insertParagraph(4, 'z'))).toBe(
      'Child index (4) must be less than or equal to the number of child elements (3).',
    );
  });

  test('the last paragraph of the body cannot be removed; clear leaves one empty paragraph', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const a = body.appendParagraph('a');
    expect(message(() => body.removeChild(a))).toBe("Can't remove the last paragraph in a document section.");
    body.removeChild(body.getChild(0));
    expect(body.getText()).toBe('a');
    body.appendParagraph('b');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  test('an attached paragraph cannot be appended again; a copy can', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const p = body.appendParagraph('Mẫu');
    p.editAsText().setBold(true);
    expect(message(() => body.appendParagraph(p))).toBe('Element must be detached.');
    const copy = body.appendParagraph(p.copy() as GoogleAppsScript.Document.Paragraph);
    expect(copy.getText()).toBe('Mẫu');
    expect(copy.editAsText().isBold()).toBe(true);
    expect(body.getNumChildren()).toBe(3);
  });

  test('page breaks and horizontal rules sit in their own paragraph', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    const rule = body.appendHorizontalRule();
    expect(rule.getType()).toBe(DocumentApp.ElementType.HORIZONTAL_RULE);
    expect(rule.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    body.appendPageBreak();
    expect(body.getNumChildren()).toBe(3);
    const blocks = ws.documents.byId(doc.getId())!.view().body.blocks as ParagraphView[];
    expect(blocks.map((b) => [b.horizontalRule, b.pageBreak])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    const header = doc.addHeader() as unknown as Record<string, unknown>;
    expect(typeof header.appendPageBreak).toBe('undefined');
  });

  test("Paragraph.insertPageBreak puts the break among the paragraph's elements, index checked", () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const p = doc.getBody().appendParagraph('Phụ lục');
    const pageBreak = p.insertPageBreak(0);
    expect(pageBreak.getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
    expect(p.getNumChildren()).toBe(2);
    expect(p.getChild(1).getType()).toBe(DocumentApp.ElementType.TEXT);
    expect(p.getText()).toBe('Phụ lục');
    expect(() => p.insertPageBreak(3)).toThrow(/Child index \(3\)/);
    const last = ws.documents.byId(doc.getId())!.view().body.blocks.at(-1) as ParagraphView;
    expect([last.text, last.pageBreak, last.pageBreakBefore]).toEqual(['Phụ lục', true, true]);
  });

  test('Paragraph.appendInlineImage takes a PNG blob at its pixel size; sizes are whole pixels', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    // A 3 × 2 PNG: signature, then the IHDR chunk with width and height.
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.from('IHDR'),
      Buffer.from([0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]),
    ]);
    const Utilities = ws.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
    const p = doc.getBody().appendParagraph('');
    const image = p.appendInlineImage(Utilities.newBlob([...png], 'image/png', 'a.png'));
    expect(image.getType()).toBe(DocumentApp.ElementType.INLINE_IMAGE);
    expect([image.getWidth(), image.getHeight()]).toEqual([3, 2]);
    image.setWidth(300).setHeight(200);
    expect(() => image.setWidth(1.5)).toThrow();
    expect(() => p.appendInlineImage('a.png' as unknown as GoogleAppsScript.Base.Blob)).toThrow();
    const last = ws.documents.byId(doc.getId())!.view().body.blocks.at(-1) as ParagraphView;
    expect(last.inlines.map((i) => (i.kind === 'inlineImage' ? [i.width, i.height] : i.kind))).toEqual([[300, 200]]);
  });

  test('margins and page size round-trip through setters and setAttributes', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    const mm = 2.835;
    body
      .setPageWidth(595.28)
      .setPageHeight(841.89)
      .setMarginLeft(30 * mm)
      .setMarginRight(15 * mm);
    const style: Record<string, unknown> = {};
    style[DocumentApp.Attribute.MARGIN_TOP as unknown as string] = 20 * mm;
    style[DocumentApp.Attribute.MARGIN_BOTTOM as unknown as string] = 20 * mm;
    body.setAttributes(style);
    expect(body.getMarginTop()).toBeCloseTo(56.7, 6);
    expect(ws.documents.byId(doc.getId())!.view().page).toEqual({
      width: 595.28,
      height: 841.89,
      marginTop: 56.7,
      marginBottom: 56.7,
      marginLeft: 85.05,
      marginRight: 42.525,
    });
    expect(body.getAttributes().PAGE_WIDTH).toBe(595.28);
  });
});

describe('paragraph layout', () => {
  test('a new paragraph, in the body or in a table cell, reports LEFT and line spacing 1.15 as its own', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const para = body.appendParagraph('Báo cáo');
    const cellPara = body
      .appendTable([['a']])
      .getCell(0, 0)
      .getChild(0)
      .asParagraph();
    for (const p of [para, cellPara]) {
      const attrs = p.getAttributes() as Record<string, unknown>;
      expect(attrs.HORIZONTAL_ALIGNMENT).toBe(DocumentApp.HorizontalAlignment.LEFT);
      expect(attrs.LINE_SPACING).toBe(1.15);
      expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.LEFT);
      expect(p.getLineSpacing()).toBe(1.15);
      // What is inherited from the named style still reads null.
      expect(attrs.SPACING_AFTER).toBeNull();
    }
  });

  test('setAttributes on a body, table, row or cell styles the text inside but not its paragraphs', () => {
    const { DocumentApp } = setup();
    const A = DocumentApp.Attribute;
    const body = DocumentApp.create('x').getBody();
    const para = body.appendParagraph('Mở đầu');
    const table = body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const paragraphAttrs = {
      [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
      [A.INDENT_FIRST_LINE]: 36,
      [A.INDENT_START]: 10,
      [A.SPACING_BEFORE]: 6,
      [A.SPACING_AFTER]: 6,
      [A.LINE_SPACING]: 1.5,
    };
    body.setAttributes({ ...paragraphAttrs, [A.BOLD]: true });
    table.setAttributes({ ...paragraphAttrs, [A.FONT_SIZE]: 13 });
    table.getRow(1).setAttributes({ ...paragraphAttrs, [A.ITALIC]: true });
    table.getCell(0, 1).setAttributes({ ...paragraphAttrs, [A.FONT_FAMILY]: 'Times New Roman' });
    const cell = (r: number, c: number) => table.getCell(r, c).getChild(0).asParagraph();
    for (const p of [para, cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)]) {
      expect([p.getAlignment(), p.getIndentFirstLine(), p.getIndentStart()]).toEqual([
        DocumentApp.HorizontalAlignment.LEFT,
        null,
        null,
      ]);
      expect([p.getSpacingBefore(), p.getSpacingAfter(), p.getLineSpacing()]).toEqual([null, null, 1.15]);
      expect(p.editAsText().isBold()).toBe(true);
    }
    expect(cell(0, 0).editAsText().getFontSize()).toBe(13);
    expect(cell(1, 1).editAsText().isItalic()).toBe(true);
    expect(cell(0, 0).editAsText().isItalic()).toBeNull();
    expect(cell(0, 1).editAsText().getFontFamily()).toBe('Times New Roman');
    // The paragraph's own call sets them.
    cell(1, 1).setAttributes(paragraphAttrs);
    expect([cell(1, 1).getAlignment(), cell(1, 1).getLineSpacing()]).toEqual([
      DocumentApp.HorizontalAlignment.CENTER,
      1.5,
    ]);
  });

  test('alignment, heading, indents, spacing and line spacing', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const p = doc
      .getBody()
      .appendParagraph('Đoạn văn')
      .setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
      .setIndentFirstLine(28.35)
      .setIndentStart(0)
      .setIndentEnd(0)
      .setSpacingBefore(0)
      .setSpacingAfter(6)
      .setLineSpacing(1.15);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.JUSTIFY);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
    p.setHeading(DocumentApp.ParagraphHeading.HEADING1);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect([p.getIndentFirstLine(), p.getSpacingAfter(), p.getLineSpacing()]).toEqual([28.35, 6, 1.15]);
    const view = ws.documents.byId(doc.getId())!.view().body.blocks[1] as ParagraphView;
    expect(view).toMatchObject({
      alignment: 'JUSTIFY',
      heading: 'HEADING1',
      indentFirstLine: 28.35,
      spacingBefore: 0,
      spacingAfter: 6,
      lineSpacing: 1.15,
    });
  });

  test('an enum given as a string fails with Google’s signature message', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('x').getBody().appendParagraph('a');
    const loose = p as unknown as { setAlignment(v: unknown): unknown; setSpacingAfter(v: unknown): unknown };
    expect(message(() => loose.setAlignment('CENTER'))).toBe(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setAlignment.",
    );
    expect(message(() => loose.setSpacingAfter('6'))).toBe(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setSpacingAfter.",
    );
  });

  test('setAttributes takes Attribute keys; getAttributes is keyed by their names', () => {
    const { DocumentApp } = setup();
    const A = DocumentApp.Attribute;
    const style: Record<string, unknown> = {};
    style[A.FONT_FAMILY as unknown as string] = 'Times New Roman';
    style[A.FONT_SIZE as unknown as string] = 13;
    style[A.BOLD as unknown as string] = true;
    style[A.HORIZONTAL_ALIGNMENT as unknown as string] = DocumentApp.HorizontalAlignment.CENTER;
    style[A.SPACING_AFTER as unknown as string] = 6;
    const p = DocumentApp.create('x').getBody().appendParagraph('BÁO CÁO').setAttributes(style);
    const attrs = p.getAttributes() as Record<string, unknown>;
    expect(attrs.FONT_FAMILY).toBe('Times New Roman');
    expect(attrs.FONT_SIZE).toBe(13);
    expect(attrs.BOLD).toBe(true);
    expect(attrs.HORIZONTAL_ALIGNMENT).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(attrs.SPACING_AFTER).toBe(6);
    expect(attrs.ITALIC).toBeNull();
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
  });

  test('list items carry a glyph type and continue the list before them', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const a = body.appendListItem('Một').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const b = body.appendListItem('Hai');
    expect(a.getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    expect(b.getListId()).toBe(a.getListId());
    expect(b.getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
  });
});

describe('Text', () => {
  test('ranged setters style only their characters; whole-element setters style all', () => {
    const { DocumentApp } = setup();
    const text = DocumentApp.create('x').getBody().appendParagraph('Số: 15/BC-BCĐ').editAsText();
    text.setFontFamily('Times New Roman').setFontSize(13);
    text.setBold(0, 2, true).setItalic(5, 6, true).setForegroundColor(0, 0, '#FF0000');
    expect(text.getText()).toBe('Số: 15/BC-BCĐ');
    expect([text.isBold(0), text.isBold(2), text.isBold(3)]).toEqual([true, true, null]);
    expect([text.isItalic(4), text.isItalic(5), text.isItalic(6), text.isItalic(7)]).toEqual([null, true, true, null]);
    expect(text.getFontSize(12)).toBe(13);
    expect(text.getForegroundColor(0)).toBe('#ff0000');
    expect(text.isBold()).toBeNull();
    expect(text.getFontFamily()).toBe('Times New Roman');
    // Attribute runs: [0] red bold, [1-2] bold, [3-4] plain, [5-6] italic, [7-] plain.
    expect(text.getTextAttributeIndices()).toEqual([0, 1, 3, 5, 7]);
  });

  test('bounds errors and invalid values', () => {
    const { DocumentApp } = setup();
    const text = DocumentApp.create('x').getBody().appendParagraph('Hello').editAsText();
    expect(message(() => text.setBold(0, 5, true))).toBe('Index (5) must be less than the content length (5).');
    expect(message(() => text.isBold(7))).toBe('Index (7) must be less than the content length (5).');
    expect(() => text.setBold(3, 1, true)).toThrow();
    expect(() => text.setBold(-1, 1, true)).toThrow();
    expect(() => text.setFontSize(0)).toThrow();
    expect(() => text.setFontSize(1, 2, -3)).toThrow();
    expect(() => text.setForegroundColor('red')).toThrow();
    expect(text.getFontSize()).toBeNull();
    const empty = DocumentApp.create('y').getBody().appendParagraph('').editAsText();
    expect(message(() => empty.setBold(0, 0, true))).toBe('Index (0) must be less than the content length (0).');
  });

  test('appendText returns the new Text element only', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('x').getBody().appendParagraph('Nơi nhận:');
    p.appendText(' - UBND huyện').setItalic(true);
    expect(p.getText()).toBe('Nơi nhận: - UBND huyện');
    expect(p.getNumChildren()).toBe(2);
    const all = p.editAsText();
    expect([all.isItalic(0), all.isItalic(9), all.isItalic(10)]).toEqual([null, true, true]);
    expect(p.getChild(1).asText().getText()).toBe(' - UBND huyện');
  });

  test('body editAsText spans paragraphs with one "\\n" between them', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    body.getChild(0).asParagraph().setText('ab');
    body.appendParagraph('cd');
    const text = body.editAsText();
    expect(text.getText()).toBe('ab\ncd');
    text.setBold(1, 3, true);
    expect([text.isBold(0), text.isBold(1), text.isBold(3), text.isBold(4)]).toEqual([null, true, true, null]);
    text.setFontFamily('Times New Roman');
    expect(body.getParagraphs().map((p) => p.editAsText().getFontFamily())).toEqual([
      'Times New Roman',
      'Times New Roman',
    ]);
  });
});

describe('tables', () => {
  test('appendTable(cells): one paragraph per cell, a paragraph after the table, bounds errors', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    const table = body.appendTable([
      ['Hình thức', 'Số lượng'],
      ['Hội nghị', '12'],
    ]);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(0).getNumCells()).toBe(2);
    const cell = table.getCell(1, 0);
    expect(cell.getText()).toBe('Hội nghị');
    expect(cell.getNumChildren()).toBe(1);
    expect(cell.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    // [empty first paragraph, table, the paragraph Docs keeps after a table]
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).asParagraph().getText()).toBe('');
    expect(body.getTables()).toHaveLength(1);
    expect(message(() => table.getCell(2, 0))).toBe(
      'Child index (2) must be less than the number of child elements (2).',
    );
    expect(message(() => table.getCell(0, 5))).toBe(
      'Child index (5) must be less than the number of child elements (2).',
    );
    expect(ws.documents.byId(doc.getId())!.text()).toBe('\nHình thức\nSố lượng\nHội nghị\n12\n');
  });

  test('a borderless header table with column widths and styled cells', () => {
    const { ws, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const table = doc.getBody().appendTable([['UBND XÃ MINH TIẾN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
    table.setBorderWidth(0).setColumnWidth(0, 200).setColumnWidth(1, 270);
    const right = table.getCell(0, 1);
    right.setPaddingTop(0).setVerticalAlignment(DocumentApp.VerticalAlignment.TOP).setBackgroundColor('#ffffff');
    right.editAsText().setBold(true).setFontSize(12);
    right.appendParagraph('Độc lập - Tự do - Hạnh phúc').setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    expect(right.getNumChildren()).toBe(2);
    expect(right.getWidth()).toBe(270);
    expect(table.getBorderWidth()).toBe(0);
    const view = ws.documents.byId(doc.getId())!.view().body.blocks[1];
    expect(view.type).toBe('table');
    if (view.type !== 'table') return;
    expect(view.borderWidth).toBe(0);
    expect(view.columnWidths).toEqual([200, 270]);
    const cell = view.rows[0].cells[1];
    expect(cell).toMatchObject({ paddingTop: 0, verticalAlignment: 'TOP', backgroundColor: '#ffffff', width: 270 });
    const paras = allParagraphs(cell.blocks);
    expect(paras.map((p) => [p.text, p.alignment])).toEqual([
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'LEFT'],
      ['Độc lập - Tự do - Hạnh phúc', 'CENTER'],
    ]);
    expect(paras[0].runs).toEqual([expect.objectContaining({ bold: true, fontSize: 12 })]);
    expect(message(() => table.setColumnWidth(2, 10))).toBe(
      'Child index (2) must be less than the number of child elements (2).',
    );
  });

  test('appendTableRow and appendTableCell build a table cell by cell', () => {
    const { DocumentApp } = setup();
    const table = DocumentApp.create('x').getBody().appendTable();
    expect(table.getNumRows()).toBe(0);
    const row = table.appendTableRow();
    row.appendTableCell('a');
    row.appendTableCell();
    expect(row.getNumCells()).toBe(2);
    expect(row.getCell(1).getNumChildren()).toBe(1);
    expect(table.getText()).toBe('a\n');
  });
});

describe('headers and footers', () => {
  test('none at first; addHeader once; its paragraphs and text', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    expect(doc.getHeader()).toBeNull();
    expect(doc.getFooter()).toBeNull();
    const header = doc.addHeader();
    expect(message(() => doc.addHeader())).toBe('Document tab already contains a header.');
    header.appendParagraph('Trang');
    expect(header.getText()).toBe('\nTrang');
    expect(
      doc
        .getHeader()
        ?.getParagraphs()
        .map((p) => p.getText()),
    ).toEqual(['', 'Trang']);
    header.clear();
    expect(doc.getHeader()?.getText()).toBe('');
    doc.addFooter().appendParagraph('cuối');
    expect(doc.getFooter()?.getText()).toBe('\ncuối');
  });
});

describe('values from the bundle’s realm', () => {
  test('arrays and objects made inside a vm context are accepted; results come back in that realm', () => {
    const ws = new Workspace();
    const context = vm.createContext({});
    const realm = vm.runInContext('({ Date, Array, Object, Error })', context) as Realm;
    Object.assign(context, ws.globals(realm));
    const result = vm.runInContext(
      `(() => {
        const doc = DocumentApp.create('Báo cáo');
        const body = doc.getBody();
        const t = body.appendTable([['a', 'b'], ['c', 'd']]);
        const s = {};
        s[DocumentApp.Attribute.FONT_SIZE] = 13;
        s[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.JUSTIFY;
        const p = body.appendParagraph('x').setAttributes(s);
        const attrs = p.getAttributes();
        let error;
        try { body.getChild(99); } catch (e) { error = e; }
        return {
          text: t.getCell(1, 1).getText(),
          plain: Object.getPrototypeOf(attrs) === Object.prototype,
          same: p.getAlignment() === DocumentApp.HorizontalAlignment.JUSTIFY,
          size: attrs.FONT_SIZE,
          errorIsLocal: error instanceof Error,
          editors: Array.isArray(doc.getEditors()) && doc.getEditors() instanceof Array,
        };
      })()`,
      context,
    );
    expect(result).toEqual({ text: 'd', plain: true, same: true, size: 13, errorIsLocal: true, editors: true });
  });
});
