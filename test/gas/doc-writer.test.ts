// The report and the plan drawn into the emulated DocumentApp: the ND30 layout must survive the trip
// (page, font, sizes, alignment, indents, borderless header and signature), unit text must arrive as
// typed, and the number of DocumentApp calls must not grow faster than a few per table row.
import { Workspace } from '../../local/emulator';
import {
  allParagraphs,
  type BlockView,
  type DocumentView,
  type ParagraphView,
  type TableView,
} from '../../local/emulator/document';
import { FIRST_LINE_INDENT_PT, type OfficialDocument } from '../../src/domain/official-doc';
import { buildPlan, DEFAULT_PLAN_ROWS } from '../../src/domain/plan-doc';
import { buildReport } from '../../src/domain/report-doc';
import type { Consolidation, UnitTotal } from '../../src/domain/types';
import { writeOfficialDocument } from '../../src/gas/doc-writer';
import { consolidation, money, narrative, settings } from '../domain/official-doc.fixtures';

const meta = { number: '15', date: { y: 2023, m: 6, d: 5 }, version: 1 };

function render(model: OfficialDocument): { ws: Workspace; view: DocumentView } {
  const ws = new Workspace();
  const app = ws.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp;
  (globalThis as { DocumentApp?: unknown }).DocumentApp = app;
  const doc = app.create(model.fileName);
  ws.calls.reset();
  writeOfficialDocument(doc, model);
  const stored = ws.documents.byId(doc.getId());
  if (!stored) throw new Error('no document');
  return { ws, view: stored.view() };
}

afterEach(() => {
  delete (globalThis as { DocumentApp?: unknown }).DocumentApp;
});

function tables(blocks: readonly BlockView[]): TableView[] {
  return blocks.filter((b): b is TableView => b.type === 'table');
}

function para(view: DocumentView, text: string): ParagraphView {
  const found = allParagraphs(view.body.blocks).filter((p) => p.text === text);
  if (found.length !== 1) throw new Error(`expected one paragraph "${text}", found ${found.length}`);
  return found[0];
}

/** The look of a paragraph's text, asserting it is the same all along. */
function look(p: ParagraphView) {
  const keys = ['fontFamily', 'fontSize', 'bold', 'italic', 'foregroundColor'] as const;
  const first = p.runs[0] ?? p.mark;
  for (const r of p.runs) for (const k of keys) expect([p.text, k, r[k]]).toEqual([p.text, k, first[k]]);
  return {
    fontFamily: first.fontFamily,
    fontSize: first.fontSize,
    bold: first.bold,
    italic: first.italic,
    color: first.foregroundColor,
  };
}

function cellTexts(t: TableView): string[][] {
  return t.rows.map((r) => r.cells.map((c) => c.text));
}

describe('the report in a Google Doc', () => {
  const model = buildReport(
    consolidation({
      narratives: [
        narrative('HND', 'Hội Nông dân xã', {
          shortcomings: '<b>Chưa</b> đều',
          proposals: '=1+1',
          causes: 'Mưa nhiều'.normalize('NFD'),
        }),
      ],
    }),
    settings(),
    meta,
  );
  const { ws, view } = render(model);
  const paragraphs = allParagraphs(view.body.blocks);

  test('A4 with the margins of the model', () => {
    expect(view.page).toEqual({
      width: 595.28,
      height: 841.89,
      marginTop: model.page.marginTopPt,
      marginBottom: model.page.marginBottomPt,
      marginLeft: model.page.marginLeftPt,
      marginRight: model.page.marginRightPt,
    });
  });

  test('every piece of text is Times New Roman, black', () => {
    for (const p of paragraphs) {
      if (p.text === '') continue;
      const l = look(p);
      expect([p.text, l.fontFamily, l.color]).toEqual([p.text, 'Times New Roman', '#000000']);
    }
  });

  test('one block in the Doc per block of the model, plus the final paragraph Docs keeps', () => {
    // Without a picture for it, the chart is left out with its caption.
    expect(view.body.blocks).toHaveLength(model.blocks.filter((b) => b.kind !== 'chart').length + 1);
    const lastBlock = view.body.blocks[view.body.blocks.length - 1];
    expect(lastBlock).toMatchObject({ type: 'paragraph', text: '' });
  });

  test('header: a borderless two-column table, bodies on the left, national title on the right', () => {
    const header = view.body.blocks[0] as TableView;
    expect(header.type).toBe('table');
    expect(header.borderWidth).toBe(0);
    expect(header.columnWidths).toEqual([185, 282.71]);
    for (const row of header.rows)
      for (const cell of row.cells) expect([cell.paddingLeft, cell.paddingRight]).toEqual([0, 0]);
    const left = header.rows[0].cells[0].blocks as ParagraphView[];
    expect(left.map((p) => p.text)).toEqual(['UBND XÃ MINH TIẾN', 'BAN CHỈ ĐẠO CÁC CTMTQG', '_'.repeat(18)]);
    expect(look(left[0])).toMatchObject({ fontSize: 13, bold: false });
    expect(look(left[1])).toMatchObject({ fontSize: 13, bold: true });
    for (const p of left) expect(p.alignment).toBe('CENTER');
    const right = header.rows[0].cells[1].blocks as ParagraphView[];
    expect(right.map((p) => p.text.replace(/_+/, '___'))).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '___',
    ]);
    expect(look(right[0])).toMatchObject({ fontSize: 13, bold: true });
    expect(look(right[1])).toMatchObject({ fontSize: 14, bold: true });
    expect(cellTexts(header)[1]).toEqual(['Số: 15/BC-BCĐ', 'Minh Tiến, ngày 05 tháng 6 năm 2023']);
    expect(look(para(view, 'Số: 15/BC-BCĐ'))).toMatchObject({ fontSize: 13, bold: false, italic: false });
    expect(look(para(view, 'Minh Tiến, ngày 05 tháng 6 năm 2023'))).toMatchObject({ fontSize: 14, italic: true });
  });

  test('title and subject centred bold 14 pt', () => {
    const type = para(view, 'BÁO CÁO');
    expect(type.alignment).toBe('CENTER');
    expect(look(type)).toMatchObject({ fontSize: 14, bold: true });
    const subject = para(
      view,
      'Kết quả thực hiện công tác tuyên truyền xây dựng nông thôn mới 6 tháng đầu năm 2023 trên địa bàn xã Minh Tiến',
    );
    expect(subject.alignment).toBe('CENTER');
    expect(look(subject)).toMatchObject({ fontSize: 14, bold: true, italic: false });
    const index = paragraphs.indexOf(subject);
    expect(paragraphs[index + 1].text).toMatch(/^_{10,}$/);
  });

  test('body paragraphs justified, first line indented 1.27 cm, 6 pt after, line spacing 1.15', () => {
    const body = view.body.blocks.filter(
      (p): p is ParagraphView => p.type === 'paragraph' && /^(Căn cứ|Trong kỳ|Thực hiện|- )/.test(p.text),
    );
    expect(body.length).toBeGreaterThan(10);
    for (const p of body) {
      expect([p.text, p.alignment, p.indentFirstLine, p.spacingAfter, p.lineSpacing]).toEqual([
        p.text,
        'JUSTIFY',
        FIRST_LINE_INDENT_PT,
        6,
        1.15,
      ]);
      expect(look(p)).toMatchObject({ fontSize: 14, bold: false, italic: false });
    }
    expect(FIRST_LINE_INDENT_PT).toBeCloseTo((1.27 / 2.54) * 72, 1);
    expect(look(para(view, 'I. KẾT QUẢ THỰC HIỆN'))).toMatchObject({ bold: true, fontSize: 14 });
    expect(look(para(view, '1. Công tác lãnh đạo, chỉ đạo'))).toMatchObject({ bold: true, fontSize: 14 });
  });

  test('data tables: bordered, 12 pt, header row bold and centred, numbers right-aligned, totals bold', () => {
    const byForm = tables(view.body.blocks).find((t) => t.rows[0].cells[1].text === 'Hình thức');
    if (!byForm) throw new Error('no table by form');
    expect(byForm.borderWidth).toBe(0.5);
    expect(cellTexts(byForm)).toEqual([
      ['STT', 'Hình thức', 'Đơn vị tính', 'Số lượng', 'Số người tham dự'],
      ['1', 'Hội nghị tuyên truyền trực tiếp tại xã, thôn', 'hội nghị', '12', '1.250'],
      ['2', 'Loa truyền thanh, thông tin đại chúng', 'tin, bài', '45', '-'],
      ['3', 'Tham quan, học tập kinh nghiệm', 'chuyến', '2', '-'],
      ['4', 'Văn nghệ cổ động', 'buổi', '3', '-'],
      ['', 'Tổng cộng', '', '', '1.250'],
    ]);
    const cellPara = (r: number, c: number) => byForm.rows[r].cells[c].blocks[0] as ParagraphView;
    for (let c = 0; c < 5; c++) {
      expect(cellPara(0, c).alignment).toBe('CENTER');
      expect(look(cellPara(0, c))).toMatchObject({ bold: true, fontSize: 12 });
    }
    for (let r = 1; r <= 4; r++) {
      expect(look(cellPara(r, 1))).toMatchObject({ bold: false, fontSize: 12 });
      expect([cellPara(r, 0).alignment, cellPara(r, 3).alignment, cellPara(r, 4).alignment]).toEqual([
        'CENTER',
        'RIGHT',
        'RIGHT',
      ]);
      expect(cellPara(r, 1).alignment ?? 'LEFT').toBe('LEFT');
    }
    expect(look(cellPara(5, 1))).toMatchObject({ bold: true });
    expect(look(cellPara(5, 4))).toMatchObject({ bold: true });
    // Each cell's paragraph carries its own spacing: Docs ignores paragraph attributes given to a table.
    for (let r = 0; r <= 5; r++) {
      for (let c = 0; c < 5; c++) {
        const p = cellPara(r, c);
        expect([r, c, p.indentFirstLine, p.indentStart, p.spacingBefore, p.spacingAfter, p.lineSpacing]).toEqual([
          r,
          c,
          0,
          0,
          0,
          0,
          1,
        ]);
      }
    }
    const widths = byForm.columnWidths as number[];
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(
      model.page.widthPt - model.page.marginLeftPt - model.page.marginRightPt,
      1,
    );
  });

  test('recipients and signature: borderless, "Nơi nhận:" 12 pt bold italic, list 11 pt, signer bold', () => {
    const sig = tables(view.body.blocks).find((t) => t.rows[0].cells[0].text.startsWith('Nơi nhận:'));
    if (!sig) throw new Error('no signature table');
    expect(sig.borderWidth).toBe(0);
    const left = sig.rows[0].cells[0].blocks as ParagraphView[];
    expect(left.map((p) => p.text)).toEqual([
      'Nơi nhận:',
      '- Văn phòng Điều phối NTM huyện;',
      '- TT ĐU, TT HĐND xã;',
      '- CT, các PCT UBND xã;',
      '- Các thành viên BCĐ xã;',
      '- Lưu: VT, BQLNTM.',
    ]);
    expect(look(left[0])).toMatchObject({ fontSize: 12, bold: true, italic: true });
    for (const p of left.slice(1)) expect(look(p)).toMatchObject({ fontSize: 11, bold: false, italic: false });
    const right = sig.rows[0].cells[1].blocks as ParagraphView[];
    expect(right.map((p) => p.text)).toEqual(['TRƯỞNG BAN', 'CHỦ TỊCH UBND XÃ', '', '', '', '', 'Hoàng Văn Tài']);
    for (const p of [right[0], right[1], right[6]]) {
      expect(p.alignment).toBe('CENTER');
      expect(look(p)).toMatchObject({ fontSize: 14, bold: true });
    }
  });

  test('the appendix starts on a new page: the break is the first element of the "Phụ lục" paragraph', () => {
    const withBreak = view.body.blocks.filter((b): b is ParagraphView => b.type === 'paragraph' && b.pageBreak);
    expect(withBreak.map((p) => p.text)).toEqual(['Phụ lục']);
    expect(withBreak[0].inlines.map((i) => i.kind)).toEqual(['pageBreak', 'text']);
  });

  test('unit text arrives as typed', () => {
    expect(para(view, '- Hội Nông dân xã: <b>Chưa</b> đều').runs).toHaveLength(1);
    para(view, '- Hội Nông dân xã: =1+1');
    para(view, `- Hội Nông dân xã: ${'Mưa nhiều'.normalize('NFD')}`);
  });

  test('attributes go per paragraph and per table, never per character', () => {
    expect(ws.calls.count('Text.setAttributes')).toBe(0);
    expect(ws.calls.count('Text.setBold')).toBe(0);
    expect(ws.calls.count('Body.insertTable')).toBe(
      model.blocks.filter((b) => b.kind === 'layout' || b.kind === 'grid').length,
    );
    expect(ws.calls.count('Body.appendParagraph')).toBe(0);
  });
});

describe('calls', () => {
  function unitRows(n: number): Consolidation {
    const units: UnitTotal[] = Array.from({ length: n }, (_, i) => ({
      unitCode: `U${i}`,
      unitName: `Thôn ${i + 1}`,
      tabName: `Thôn ${i + 1}`,
      activities: i,
      rejected: 0,
      outsidePeriod: 0,
      participants: 10 * i,
      money: money(1000 * i, 0, 0),
      tabStatus: 'ok',
      reported: true,
      lastChange: '',
    }));
    return consolidation({ units, notReported: [] });
  }

  test('grow by a small constant per table row: 3 calls per cell', () => {
    const calls = (n: number) => {
      const { ws } = render(buildReport(unitRows(n), settings(), meta));
      return ws.calls.total();
    };
    const small = calls(5);
    const large = calls(105);
    // The appendix table has 6 columns (STT, unit, activities, participants, money, notes): each
    // cell's paragraph costs getCell + getChild + setAttributes.
    expect((large - small) / 100).toBe(18);
    expect(small).toBeLessThan(600);
  });
});

describe('the plan in a Google Doc', () => {
  const model = buildPlan(DEFAULT_PLAN_ROWS, settings(), { number: '42', date: { y: 2023, m: 3, d: 10 } });
  const { ws, view } = render(model);

  test('KẾ HOẠCH, its sections, and the signature, as the sample plan', () => {
    expect(look(para(view, 'KẾ HOẠCH'))).toMatchObject({ bold: true, fontSize: 14 });
    expect(cellTexts(view.body.blocks[0] as TableView)[1]).toEqual([
      'Số: 42/KH-BCĐ',
      'Minh Tiến, ngày 10 tháng 3 năm 2023',
    ]);
    const h = para(view, 'II. NỘI DUNG THỰC HIỆN VÀ HÌNH THỨC TUYÊN TRUYỀN');
    expect(look(h)).toMatchObject({ bold: true });
    const dash = para(view, '- Tổ chức các hội nghị tuyên truyền trực tiếp tại xã, thôn.');
    expect([dash.alignment, dash.indentFirstLine]).toEqual(['JUSTIFY', FIRST_LINE_INDENT_PT]);
    expect(allParagraphs(view.body.blocks).some((p) => p.text === 'Hoàng Văn Tài')).toBe(true);
  });

  test('calls: two per paragraph', () => {
    const paragraphs = model.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'rule').length;
    expect(ws.calls.count('Body.insertParagraph')).toBe(paragraphs);
    expect(ws.calls.count('Paragraph.setAttributes')).toBeGreaterThanOrEqual(paragraphs);
    expect(ws.calls.total()).toBeLessThan(paragraphs * 2 + 100);
  });
});
