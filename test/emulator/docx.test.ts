// The .docx export of a report built through the emulator, read back with a zip reader written here
// (node's zlib only), so the check does not go through the library that wrote the file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../local/emulator/workspace';
import { exportDocx } from '../../local/export/docx';
import { unzip } from '../support/zip';

type DocApp = GoogleAppsScript.Document.DocumentApp;

const MM = 2.835;

/** A report page as the product lays it out (Nghị định 30/2020): A4, margins 20/20/30/15 mm. */
function buildReport(DocumentApp: DocApp) {
  const doc = DocumentApp.create('Báo cáo kết quả truyền thông NTM');
  const body = doc.getBody();
  body
    .setPageWidth(595.28)
    .setPageHeight(841.89)
    .setMarginTop(20 * MM)
    .setMarginBottom(20 * MM)
    .setMarginLeft(30 * MM)
    .setMarginRight(15 * MM);
  const header = body.insertTable(0, [['UBND XÃ MINH TIẾN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
  header.setBorderWidth(0).setColumnWidth(0, 180).setColumnWidth(1, 300);
  header.editAsText().setFontFamily('Times New Roman').setFontSize(12);
  header.getCell(0, 1).editAsText().setBold(true);
  const title = body.appendParagraph('BÁO CÁO').setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  title.editAsText().setFontFamily('Times New Roman').setFontSize(14).setBold(true);
  const text = body
    .appendParagraph('Thực hiện Kế hoạch số 42/KH-BCĐ ngày 10/3/2023 của Ban Chỉ đạo.')
    .setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
    .setIndentFirstLine(1 * 28.35)
    .setSpacingAfter(6)
    .setLineSpacing(1.15);
  text.editAsText().setFontFamily('Times New Roman').setFontSize(13).setItalic(0, 8, true);
  doc.addHeader().appendParagraph('');
  doc.saveAndClose();
  return doc.getId();
}

async function exported(options?: { pageNumbersFromSecondPage?: boolean }) {
  const ws = new Workspace();
  const { DocumentApp } = ws.globals() as unknown as { DocumentApp: DocApp };
  const id = buildReport(DocumentApp);
  const file = join(mkdtempSync(join(tmpdir(), 'docx-')), 'report.docx');
  await exportDocx(ws.documents.byId(id)!, file, options);
  return unzip(readFileSync(file));
}

/** The XML of the w:p that contains `text`. */
function paragraphWith(xml: string, text: string): string {
  const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
  const found = paragraphs.find((p) => p.includes(text));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
}

describe('exportDocx', () => {
  test('A4 page and the margins, in twips', async () => {
    const files = await exported();
    const xml = files.get('word/document.xml')!;
    // 595.28 pt × 20 = 11905.6 → 11906; 841.89 × 20 = 16837.8 → 16838.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 20 mm = 56.7 pt = 1134 twips; 30 mm = 85.05 pt = 1701; 15 mm = 42.525 pt = 850.5 → 851.
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
  });

  test('paragraph layout: justified, first-line indent 1 cm, 6 pt after, line spacing 1.15', async () => {
    const xml = (await exported()).get('word/document.xml')!;
    const body = paragraphWith(xml, 'Kế hoạch số 42');
    expect(body).toContain('<w:jc w:val="both"/>');
    // 28.35 pt × 20 = 567 twips.
    expect(body).toMatch(/<w:ind w:firstLine="567"\/>/);
    // 6 pt = 120 twips; 1.15 × 240 = 276.
    expect(body).toMatch(/<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"\/>/);
    expect(paragraphWith(xml, 'BÁO CÁO')).toContain('<w:jc w:val="center"/>');
  });

  test('runs: Times New Roman, sizes in half-points, bold and italic where set', async () => {
    const xml = (await exported()).get('word/document.xml')!;
    const title = paragraphWith(xml, 'BÁO CÁO');
    expect(title).toContain('<w:rFonts w:ascii="Times New Roman"');
    expect(title).toContain('<w:sz w:val="28"/>');
    expect(title).toContain('<w:b/>');
    const body = paragraphWith(xml, 'Kế hoạch số 42');
    const runs = body.match(/<w:r>.*?<\/w:r>/g) ?? [];
    expect(runs).toHaveLength(2);
    expect(runs[0]).toContain('<w:t xml:space="preserve">Thực hiện</w:t>');
    expect(runs[0]).toContain('<w:i/>');
    expect(runs[1]).not.toContain('<w:i/>');
    expect(runs.every((r) => r.includes('<w:sz w:val="26"/>'))).toBe(true);
  });

  test('a borderless two-column header table with its column widths', async () => {
    const xml = (await exported()).get('word/document.xml')!;
    const table = xml.match(/<w:tbl>.*?<\/w:tbl>/)?.[0] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(table).toContain(`<w:${side} w:val="none"`);
    }
    // 180 pt = 3600 twips, 300 pt = 6000 twips.
    expect(table).toContain('<w:gridCol w:w="3600"/><w:gridCol w:w="6000"/>');
    expect(table).toContain('UBND XÃ MINH TIẾN');
    expect(paragraphWith(table, 'CỘNG HÒA')).toContain('<w:b/>');
    expect(paragraphWith(table, 'CỘNG HÒA')).toContain('<w:sz w:val="24"/>');
  });

  test('page numbers from page 2: a PAGE field centred in the default header, first page different', async () => {
    const files = await exported({ pageNumbersFromSecondPage: true });
    const xml = files.get('word/document.xml')!;
    expect(xml).toContain('<w:titlePg/>');
    const rels = files.get('word/_rels/document.xml.rels')!;
    const target = (type: string) => {
      const id = xml.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`))?.[1];
      const file = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? '';
      return files.get(`word/${file}`) ?? '';
    };
    const defaultHeader = target('default');
    const firstHeader = target('first');
    const field = paragraphWith(defaultHeader, 'PAGE');
    expect(field).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(field).toContain('<w:jc w:val="center"/>');
    expect(field).toContain('<w:fldChar w:fldCharType="begin"/>');
    expect(firstHeader).not.toContain('instrText');
  });

  test('without the option there is no page field and no title page', async () => {
    const files = await exported();
    const all = [...files.values()].join('');
    expect(all).not.toContain('<w:instrText');
    expect(files.get('word/document.xml')).not.toContain('<w:titlePg/>');
  });
});
