// The report as the secretary downloads it (.docx): the appendix starts a new page through its own
// title, never through a paragraph that holds nothing but a page break (which, after a signature
// table that just filled its page, makes an empty page). Read back with the test's own zip reader.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../local/emulator';
import { exportDocx } from '../../local/export/docx';
import { buildReport } from '../../src/domain/report-doc';
import { writeOfficialDocument } from '../../src/gas/doc-writer';
import { consolidation, settings } from '../domain/official-doc.fixtures';
import { unzip } from '../support/zip';

afterEach(() => {
  delete (globalThis as { DocumentApp?: unknown }).DocumentApp;
});

async function reportXml(): Promise<string> {
  const ws = new Workspace();
  const app = ws.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp;
  (globalThis as { DocumentApp?: unknown }).DocumentApp = app;
  const model = buildReport(consolidation(), settings(), { number: '15', date: { y: 2023, m: 6, d: 5 }, version: 1 });
  const doc = app.create(model.fileName);
  writeOfficialDocument(doc, model);
  const file = join(mkdtempSync(join(tmpdir(), 'report-docx-')), 'report.docx');
  await exportDocx(ws.documents.byId(doc.getId())!, file, { pageNumbersFromSecondPage: true });
  const xml = unzip(readFileSync(file)).get('word/document.xml');
  if (!xml) throw new Error('no word/document.xml');
  return xml;
}

/** The body's paragraphs, those in tables included, as XML strings. */
function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p(?: [^>]*)?>.*?<\/w:p>|<w:p(?: [^>]*)?\/>/gs) ?? [];
}

const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const breaks = (p: string) => (p.match(/<w:br [^>]*w:type="page"/g) ?? []).length;
const breaksBefore = (p: string) => /<w:pageBreakBefore(?: w:val="(?:true|1|on)")?\s*\/>/.test(p);

describe('the exported report', () => {
  test('no paragraph holds only a page break; the one new page is the "Phụ lục" title\'s', async () => {
    const paragraphs = paragraphsOf(await reportXml());
    expect(paragraphs.length).toBeGreaterThan(50);
    expect(paragraphs.filter((p) => breaks(p) > 0 && textOf(p).trim() === '')).toEqual([]);
    const starting = paragraphs.filter((p) => breaks(p) > 0 || breaksBefore(p));
    expect(starting.map(textOf)).toEqual(['Phụ lục']);
    expect(breaksBefore(starting[0])).toBe(true);
  });
});
