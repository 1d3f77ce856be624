// Tạo báo cáo through the real bundle: the Doc follows Nghị định 30/2020 (DESIGN §5), its numbers
// equal the Tổng hợp tab, it is shared view-only with exactly the superior office, and it is logged.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentView, ParagraphView, TableView } from '../../local/emulator/document';
import { allParagraphs } from '../../local/emulator/document';
import { exportDocx } from '../../local/export/docx';
import {
  newScenario,
  pasteActivities,
  type Scenario,
  setUpSample,
  typeSampleData,
  vnDate,
  writeNarrative,
} from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings } from '../../src/domain/types';
import { unzip } from '../support/zip';
import { HEADINGS, table, withTotal } from './consolidation.fixture';

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };
type ReportValue = { name: string; url: string; version: number; sharedWith: string[]; notShared: string[] };

const MM = 2.835;
const NOW = new Date('2023-06-20T09:00:00+07:00');

function fresh(): { s: Scenario; settings: Settings } {
  const s = newScenario({ now: NOW });
  const settings = setUpSample(s, 2023);
  return { s, settings };
}

function report(s: Scenario, kind = 'half', year = 2023): { value: ReportValue; doc: DocumentView } {
  // The period dialog's "Tạo báo cáo" button.
  const o = s.app.call<Outcome<{ report: ReportValue | null }>>('createReportFromDialog', kind, year);
  if (!o.ok) throw new Error(o.message);
  const value = o.value.report;
  if (!value) throw new Error('no report in the answer');
  const stored = s.ws.documents.all().find((d) => d.url === value.url);
  if (!stored) throw new Error('no Doc with the reported URL');
  return { value, doc: stored.view() };
}

function paragraphs(doc: DocumentView): ParagraphView[] {
  return allParagraphs(doc.body.blocks);
}

function tables(doc: DocumentView): TableView[] {
  return doc.body.blocks.filter((b): b is TableView => b.type === 'table');
}

function find(doc: DocumentView, text: string | RegExp): ParagraphView {
  const p = paragraphs(doc).find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  if (!p) throw new Error(`no paragraph ${text}`);
  return p;
}

/** Every run of a paragraph with non-blank text. */
function runs(p: ParagraphView) {
  return p.runs.filter((r) => r.text.trim() !== '');
}

describe('Tạo báo cáo on the sample commune', () => {
  const { s, settings } = fresh();
  typeSampleData(s, settings);
  const { value, doc } = report(s);

  it('names the Doc after the period and the commune', () => {
    expect(value.name).toBe('Báo cáo tuyên truyền NTM 6 tháng đầu năm 2023 - xã Minh Tiến');
    expect(doc.name).toBe(value.name);
  });

  it('is A4 portrait with margins inside the ND30 ranges', () => {
    expect(doc.page.width).toBeCloseTo(595.28, 1);
    expect(doc.page.height).toBeCloseTo(841.89, 1);
    expect(doc.page.marginTop).toBeGreaterThanOrEqual(20 * MM - 0.5);
    expect(doc.page.marginTop).toBeLessThanOrEqual(25 * MM + 0.5);
    expect(doc.page.marginBottom).toBeGreaterThanOrEqual(20 * MM - 0.5);
    expect(doc.page.marginBottom).toBeLessThanOrEqual(25 * MM + 0.5);
    expect(doc.page.marginLeft).toBeGreaterThanOrEqual(30 * MM - 0.5);
    expect(doc.page.marginLeft).toBeLessThanOrEqual(35 * MM + 0.5);
    expect(doc.page.marginRight).toBeGreaterThanOrEqual(15 * MM - 0.5);
    expect(doc.page.marginRight).toBeLessThanOrEqual(20 * MM + 0.5);
  });

  it('sets every piece of text in Times New Roman, black', () => {
    for (const p of paragraphs(doc)) {
      for (const r of runs(p)) {
        expect({ text: r.text, font: r.fontFamily }).toEqual({ text: r.text, font: 'Times New Roman' });
        expect(r.foregroundColor === null || r.foregroundColor === '#000000').toBe(true);
      }
    }
  });

  it('has the two-column borderless header with the bodies, number, national title, motto and date', () => {
    const header = tables(doc)[0];
    expect(header.borderWidth).toBe(0);
    const left = header.rows.map((r) => r.cells[0].text).join('\n');
    const right = header.rows.map((r) => r.cells[1].text).join('\n');
    expect(left).toContain('UBND XÃ MINH TIẾN');
    expect(left).toContain('BAN CHỈ ĐẠO CÁC CTMTQG');
    expect(left).toMatch(/Số:\s*\/BC-BCĐ/);
    expect(right).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(right).toContain('Độc lập - Tự do - Hạnh phúc');
    // 20/06/2023: no leading zero for a day over 9 or for June.
    expect(right).toContain('Minh Tiến, ngày 20 tháng 6 năm 2023');

    const cellParas = header.rows.flatMap((r) => r.cells.flatMap((c) => allParagraphs(c.blocks)));
    const at = (t: string) => {
      const p = cellParas.find((x) => x.text.includes(t));
      if (!p) throw new Error(t);
      return runs(p);
    };
    for (const r of at('UBND XÃ MINH TIẾN')) {
      expect(r.bold).not.toBe(true);
      expect(r.fontSize).toBeGreaterThanOrEqual(12);
      expect(r.fontSize).toBeLessThanOrEqual(13);
    }
    for (const r of at('BAN CHỈ ĐẠO')) expect(r.bold).toBe(true);
    for (const r of at('CỘNG HÒA')) {
      expect(r.bold).toBe(true);
      expect(r.fontSize).toBeGreaterThanOrEqual(12);
      expect(r.fontSize).toBeLessThanOrEqual(13);
    }
    for (const r of at('Độc lập')) {
      expect(r.bold).toBe(true);
      expect(r.fontSize).toBeGreaterThanOrEqual(13);
      expect(r.fontSize).toBeLessThanOrEqual(14);
    }
    for (const r of at('ngày 20 tháng 6')) {
      expect(r.italic).toBe(true);
      expect(r.fontSize).toBeGreaterThanOrEqual(13);
      expect(r.fontSize).toBeLessThanOrEqual(14);
    }
  });

  it('titles the report BÁO CÁO and a subject line, bold and centred', () => {
    const title = find(doc, 'BÁO CÁO');
    expect(title.alignment).toBe('CENTER');
    for (const r of runs(title)) expect(r.bold).toBe(true);
    const subject = find(doc, /^Kết quả thực hiện công tác tuyên truyền/);
    expect(subject.alignment).toBe('CENTER');
    for (const r of runs(subject)) expect(r.bold).toBe(true);
  });

  it('justifies the body with a first-line indent, spacing of at least 6 pt and line spacing 1 to 1.5', () => {
    const body = find(doc, /^Căn cứ Kế hoạch số 42\/KH-BCĐ/);
    expect(body.alignment).toBe('JUSTIFY');
    expect([1 * 28.35, 1.27 * 28.35].some((v) => Math.abs((body.indentFirstLine ?? 0) - v) < 0.6)).toBe(true);
    expect((body.spacingBefore ?? 0) + (body.spacingAfter ?? 0)).toBeGreaterThanOrEqual(6);
    expect(body.lineSpacing).toBeGreaterThanOrEqual(1);
    expect(body.lineSpacing).toBeLessThanOrEqual(1.5);
    for (const r of runs(body)) {
      expect(r.fontSize).toBeGreaterThanOrEqual(13);
      expect(r.fontSize).toBeLessThanOrEqual(14);
    }
  });

  it('has the four sections in capitals and bold', () => {
    for (const heading of [
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]) {
      const p = find(doc, heading);
      for (const r of runs(p)) expect(r.bold).toBe(true);
    }
  });

  it('ends with Nơi nhận beside the signature, in a borderless table', () => {
    const block = tables(doc).find((t) => t.rows.some((r) => r.cells.some((c) => c.text.startsWith('Nơi nhận:'))));
    if (!block) throw new Error('no recipients block');
    expect(block.borderWidth).toBe(0);
    const left = block.rows[0].cells[0];
    const right = block.rows[0].cells[1];
    const leftParas = allParagraphs(left.blocks).filter((p) => p.text.trim() !== '');
    const label = leftParas[0];
    expect(label.text).toBe('Nơi nhận:');
    for (const r of runs(label)) {
      expect(r.bold).toBe(true);
      expect(r.italic).toBe(true);
      expect(r.fontSize).toBe(12);
    }
    const lines = leftParas.slice(1).map((p) => p.text);
    expect(lines[0]).toBe(`- ${settings.superiorName};`);
    expect(lines.at(-1)).toBe('- Lưu: VT, BQLNTM.');
    for (const p of leftParas.slice(1)) for (const r of runs(p)) expect(r.fontSize).toBe(11);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^- .+;$/);
    // Each recipient once, even when the superior office is also listed as a recipient.
    expect(new Set(lines).size).toBe(lines.length);

    const rightParas = allParagraphs(right.blocks).filter((p) => p.text.trim() !== '');
    expect(rightParas.map((p) => p.text)).toEqual(['TRƯỞNG BAN', 'CHỦ TỊCH UBND XÃ', 'Hoàng Văn Tài']);
    for (const p of rightParas) for (const r of runs(p)) expect(r.bold).toBe(true);
  });

  it('shares the Doc view-only with exactly the superior office', () => {
    const stored = s.ws.documents.all().find((d) => d.url === value.url)!;
    expect([...stored.viewers].sort()).toEqual(['vpdp.huuluong@example.com']);
    expect([...stored.editors]).toEqual([]);
    expect(stored.owner).toBe(s.ws.owner);
    expect(value.sharedWith).toEqual(['vpdp.huuluong@example.com']);
  });

  it('puts in its form table the numbers of the Tổng hợp tab', () => {
    const summary = s.ss.sheet('Tổng hợp').getDataRange().getValues();
    const start = summary.findIndex((r) => String(r[0]).startsWith('I.'));
    const header = start + 1;
    const fromSheet = new Map<string, { qty: number; people: number }>();
    for (
      let i = header + 1;
      i < summary.length && summary[i][0] !== '' && !String(summary[i][0]).startsWith('Tổng');
      i++
    ) {
      const [form, measure, qty, , people] = summary[i];
      fromSheet.set(`${form}|${measure}`, { qty: Number(qty), people: Number(people) });
    }
    expect(fromSheet.size).toBeGreaterThan(3);
    const table = tables(doc).find((t) => t.rows[0].cells.some((c) => c.text === 'Hình thức'));
    if (!table) throw new Error('no form table');
    const heads = table.rows[0].cells.map((c) => c.text);
    const col = (name: string) => heads.findIndex((h) => h.replace(/\s+/g, ' ') === name);
    const fromDoc = new Map<string, { qty: number; people: number }>();
    // "-" stands for no participants counted (a broadcast, a banner).
    const num = (t: string) => (t === '-' ? 0 : Number(t.replace(/\./g, '').replace(',', '.')));
    for (const row of table.rows.slice(1)) {
      const cells = row.cells.map((c) => c.text);
      if (cells[col('Hình thức')] === '' || /Tổng/.test(cells.join(' '))) continue;
      fromDoc.set(`${cells[col('Hình thức')]}|${cells[col('Đơn vị tính')]}`, {
        qty: num(cells[col('Số lượng')]),
        people: num(cells[col('Số người tham dự')]),
      });
    }
    expect(fromDoc).toEqual(fromSheet);
  });

  it('puts in its appendix and its money lines the numbers of the Tổng hợp tab', () => {
    const values = s.ss.sheet('Tổng hợp').getDataRange().getValues();
    const byUnit = withTotal(table(values, HEADINGS.byUnit).rows);
    const num = (t: string) => Number(t.replace(/\./g, ''));
    const appendix = tables(doc).find((t) => t.rows[0].cells.some((c) => c.text === 'Đơn vị'));
    if (!appendix) throw new Error('no appendix table');
    const heads = appendix.rows[0].cells.map((c) => c.text.replace(/\s+/g, ' '));
    const col = (name: string) => heads.indexOf(name);
    const docRows = appendix.rows.slice(1, -1).map((r) => r.cells.map((c) => c.text));
    // Tổng hợp IV: unit | counted | not counted | outside | people | unit money | integrated | social | total.
    expect(
      docRows.map((r) => [
        r[col('Đơn vị')],
        num(r[col('Số hoạt động')]),
        num(r[col('Số người tham dự')]),
        num(r[col('Kinh phí (đồng)')]),
      ]),
    ).toEqual(byUnit.body.map((r) => [r[0], r[1], r[4], r[8]]));
    const money = withTotal(table(values, HEADINGS.money).rows);
    const text = paragraphs(doc)
      .map((p) => p.text)
      .join('\n');
    const dong = (n: unknown) => `${Number(n).toLocaleString('de-DE')} đồng`;
    expect(text).toContain(`Tổng kinh phí thực hiện công tác tuyên truyền trong kỳ: ${dong(money.total[1])}`);
    for (const r of money.body) expect(text).toContain(dong(r[1]));
  });

  it('exports to a .docx with A4, Times New Roman and page numbers from page 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.docx');
    const stored = s.ws.documents.all().find((d) => d.url === value.url)!;
    await exportDocx(stored, file, { pageNumbersFromSecondPage: true });
    const parts = unzip(readFileSync(file));
    const xml = parts.get('word/document.xml') ?? '';
    // A4 in twentieths of a point: 595.28 pt × 20 and 841.89 pt × 20.
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="1190[56]"[^>]*w:h="1683[78]"/);
    expect(xml).toContain('<w:titlePg');
    expect(xml).toMatch(/w:ascii="Times New Roman"/);
    expect(xml).toContain('Hoàng Văn Tài');
    const headers = [...parts.entries()].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, x]) => x);
    expect(headers.some((h) => /PAGE/.test(h) && /w:jc w:val="center"/.test(h))).toBe(true);
  });

  it('logs the Doc with its link, period and version', () => {
    const log = s.ss.sheet('Nhật ký báo cáo').getDataRange().getValues();
    const row = log.find((r) => r.includes(value.url));
    expect(row).toBeDefined();
    expect(row).toEqual(expect.arrayContaining(['Báo cáo', '6 tháng đầu năm 2023', 1, value.name, 'Đang dùng']));
  });
});

describe('regenerating and unit text', () => {
  it('makes a new version for the same period, says so, and marks the earlier one', () => {
    const { s, settings } = fresh();
    typeSampleData(s, settings);
    const first = report(s).value;
    const second = report(s).value;
    expect(second.version).toBe(2);
    expect(second.name).toBe('Báo cáo tuyên truyền NTM 6 tháng đầu năm 2023 - xã Minh Tiến (lần 2)');
    expect(second.url).not.toBe(first.url);
    const log = s.ss.sheet('Nhật ký báo cáo').getDataRange().getValues();
    expect(log.find((r) => r.includes(first.url))).toContain('Đã thay');
    expect(log.find((r) => r.includes(second.url))).toContain('Đang dùng');
    const third = report(s).value;
    expect(third.version).toBe(3);
    expect(third.name).toMatch(/\(lần 3\)$/);
  });

  it('inserts what units typed literally: markup, formula-like text, long lines, NFD Vietnamese', () => {
    const { s, settings } = fresh();
    const unit = settings.units[0];
    const long = 'Tuyên truyền '.repeat(160).trim();
    const nfd = 'Thôn Đồng Tâm làm đường bê tông'.normalize('NFD');
    // The apostrophe is how a person types text that starts with "=" in Sheets.
    writeNarrative(s, unit, 0, ['<b>đậm</b> & <i>nghiêng</i>', `'=IMPORTXML("http://x","//a")`, long, nfd]);
    pasteActivities(s, unit, [
      [
        vnDate(2023, 3, 5),
        settings.units.length > 0 ? 'Hội nghị tuyên truyền trực tiếp tại xã, thôn' : '',
        '',
        '',
        '',
        1,
        'hội nghị',
        40,
        '',
        '',
        '',
        "'+84912345678 <script>",
        '',
      ],
    ]);
    const { doc } = report(s);
    const all = paragraphs(doc)
      .map((p) => p.text)
      .join('\n');
    expect(all).toContain('<b>đậm</b> & <i>nghiêng</i>');
    expect(all).toContain('=IMPORTXML("http://x","//a")');
    expect(all).toContain(long);
    expect(all).toContain('+84912345678 <script>');
    // Text is kept as typed (normalised to NFC, as Docs stores it), never dropped.
    expect(all.normalize('NFC')).toContain(nfd.normalize('NFC'));
  });
});

describe('few DocumentApp calls', () => {
  const DOC_TYPES =
    /^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|HeaderSection|FooterSection)\./;

  function docCalls(rowsPerUnit: number): number {
    const { s, settings } = fresh();
    settings.units.forEach((unit, i) => {
      const rows = Array.from({ length: rowsPerUnit }, (_, k) => [
        vnDate(2023, 1 + (k % 5), 1 + ((k + i) % 27)),
        'Phát thanh trên hệ thống loa truyền thanh',
        '',
        '',
        `Bản tin số ${k + 1}`,
        1 + (k % 4),
        'lượt phát',
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
      pasteActivities(s, unit, rows);
    });
    s.ws.calls.reset();
    report(s);
    return s.ws.calls.total(DOC_TYPES.test.bind(DOC_TYPES));
  }

  it('does not grow with the number of activity rows', () => {
    expect(docCalls(200)).toBe(docCalls(10));
  });
});

describe('an address of the superior office that Google refuses', () => {
  it('still makes, shares (with the others) and logs the report, and names the refused address', () => {
    const s = newScenario({ now: NOW });
    const accepted = 'vpdp.huuluong@example.com';
    const refused = 'vanthu@huuluong.example.vn';
    const settings = setUpSample(s, 2023, { ...SAMPLE_SETTINGS, superiorEmails: [accepted, refused] });
    typeSampleData(s, settings);
    s.ws.documents.refuseAccount(refused);
    const { value } = report(s);
    expect(value.sharedWith).toEqual([accepted]);
    expect(value.notShared).toEqual([refused]);
    const stored = s.ws.documents.all().find((d) => d.url === value.url)!;
    expect([...stored.viewers]).toEqual([accepted]);
    const log = s.ss.sheet('Nhật ký báo cáo').getDataRange().getValues();
    expect(log.find((r) => r.includes(value.url))).toContain(accepted);
    expect(s.ws.documents.all()).toHaveLength(1);
  });
});
