// Charts through the real bundle: Tổng hợp gets its Sheet charts with the tab (rebuilt, never
// piled up, reading Tổng hợp's own cells), and the report Doc's Phụ lục the picture of the chart of
// activities by form with its caption, unless Cấu hình turns it off. Expected values come from the
// Tổng hợp tables and Cấu hình, not from the chart code.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmbeddedChartImpl } from '../../local/emulator';
import type { DocumentView, ParagraphView } from '../../local/emulator/document';
import { exportDocx } from '../../local/export/docx';
import { newScenario, type Scenario, setUpSample, typeSampleData } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import { unzip } from '../support/zip';
import { HEADINGS, table, tabValues, withTotal } from './consolidation.fixture';

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };
const NOW = new Date('2023-06-20T09:00:00+07:00');
const PERIOD = '6 tháng đầu năm 2023';

function sample(reportChart = true): Scenario {
  const s = newScenario({ now: NOW });
  const settings = setUpSample(s, 2023, { ...SAMPLE_SETTINGS, year: 2023, reportChart });
  typeSampleData(s, settings);
  return s;
}

function report(s: Scenario): DocumentView {
  const o = s.app.call<Outcome<{ report: { url: string } | null }>>('createReportFromDialog', 'half', 2023);
  if (!o.ok || !o.value.report) throw new Error(o.ok ? 'no report' : o.message);
  const url = o.value.report.url;
  return s.ws.documents
    .all()
    .find((d) => d.url === url)!
    .view();
}

const charts = (s: Scenario) => s.ss.sheet('Tổng hợp').charts as EmbeddedChartImpl[];

describe('Tổng hợp charts on the sample commune', () => {
  const s = sample();
  const doc = report(s);

  it('has four charts titled in Vietnamese with the period, right of the tables', () => {
    expect(charts(s).map((c) => c.state.options.title)).toEqual([
      `Số hoạt động tuyên truyền theo hình thức - ${PERIOD}`,
      `Số hoạt động tuyên truyền theo đơn vị - ${PERIOD}`,
      `Số người tham dự theo đơn vị - ${PERIOD}`,
      `Số hoạt động tuyên truyền theo tháng - ${PERIOD}`,
    ]);
    for (const c of charts(s)) expect(c.state.position.column).toBeGreaterThan(11);
  });

  it("reads Tổng hợp's own cells: activities by form add up section I, units in Cấu hình order", () => {
    for (const c of charts(s)) for (const r of c.getRanges()) expect(r.getSheet().getName()).toBe('Tổng hợp');
    const values = tabValues(s, 'Tổng hợp');
    const byForm = new Map<string, number>();
    for (const r of withTotal(table(values, HEADINGS.byForm).rows).body) {
      byForm.set(String(r[0]), (byForm.get(String(r[0])) ?? 0) + Number(r[3]));
    }
    const forms = charts(s)[0].picture();
    expect(new Map(forms.categories.map((f, i) => [f, forms.series[0].values[i]]))).toEqual(byForm);

    const units = withTotal(table(values, HEADINGS.byUnit).rows).body;
    const people = charts(s)[2].picture();
    expect(people.categories).toEqual(units.map((u) => `${u[0]}${u[9] === 'Có' ? '' : ' (chưa báo cáo)'}`));
    expect(people.categories.slice(-2)).toEqual(['Thôn Hòa Bình (chưa báo cáo)', 'Thôn Tân Lập (chưa báo cáo)']);
    expect(people.series[0].values).toEqual(units.map((u) => u[4]));
  });

  it('rebuilds them with the tab: a second Tổng hợp leaves four, and no staging tab', () => {
    const again = newScenario({ now: NOW });
    typeSampleData(again, setUpSample(again, 2023));
    for (let i = 0; i < 2; i++) {
      const o = again.app.call<Outcome<unknown>>('consolidateFromDialog', 'half', 2023);
      expect(o.ok).toBe(true);
    }
    expect(charts(again)).toHaveLength(4);
    expect(again.ss.sheets.map((x) => x.getName()).filter((n) => /Tổng hợp/.test(n))).toEqual(['Tổng hợp']);
  });

  it('puts the picture of the chart by form in the Phụ lục, under the table, with its caption', () => {
    const blocks = doc.body.blocks;
    const withImage = blocks.filter(
      (b): b is ParagraphView => b.type === 'paragraph' && b.inlines.some((i) => i.kind === 'inlineImage'),
    );
    expect(withImage).toHaveLength(1);
    const at = blocks.indexOf(withImage[0]);
    expect(blocks[at - 1].type).toBe('table');
    expect((blocks[at + 1] as ParagraphView).text).toBe(
      `Biểu đồ: Số hoạt động tuyên truyền theo hình thức - ${PERIOD}`,
    );
    const image = withImage[0].inlines.find((i) => i.kind === 'inlineImage');
    if (image?.kind !== 'inlineImage') throw new Error('no image');
    expect(Buffer.compare(image.bytes, charts(s)[0].png())).toBe(0);
    // Pixels (96 to the inch): within the text width of A4 less the margins (165 mm = 623 px), height in
    // proportion to the 640 × 380 chart.
    expect(image.width).toBeLessThanOrEqual(623);
    expect(image.width).toBeGreaterThan(400);
    expect(Math.abs(image.height - (image.width * 380) / 640)).toBeLessThanOrEqual(1);
  });

  it('carries the picture into the .docx', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chart-docx-')), 'report.docx');
    const stored = s.ws.documents.all().find((d) => d.name === doc.name)!;
    await exportDocx(stored, file);
    const parts = unzip(readFileSync(file));
    expect([...parts.keys()].filter((k) => /^word\/media\/.+\.png$/.test(k))).toHaveLength(1);
    const xml = parts.get('word/document.xml') ?? '';
    expect(xml).toMatch(/<w:drawing>/);
    // Same size as in the Doc: pixels at 96 to the inch are 9525 EMU each.
    const image = doc.body.blocks
      .flatMap((b) => (b.type === 'paragraph' ? b.inlines : []))
      .find((i) => i.kind === 'inlineImage');
    if (image?.kind !== 'inlineImage') throw new Error('no image');
    expect(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)?.slice(1).map(Number)).toEqual([
      image.width * 9525,
      image.height * 9525,
    ]);
  });
});

describe('Cấu hình "Biểu đồ trong báo cáo" = Không', () => {
  it('leaves the chart out of the report (Tổng hợp keeps its charts)', () => {
    const s = sample(false);
    const doc = report(s);
    const paras = doc.body.blocks.filter((b): b is ParagraphView => b.type === 'paragraph');
    expect(paras.some((p) => p.inlines.some((i) => i.kind === 'inlineImage'))).toBe(false);
    expect(paras.some((p) => p.text.startsWith('Biểu đồ:'))).toBe(false);
    expect(charts(s)).toHaveLength(4);
    expect(
      s.ss
        .sheet('Cấu hình')
        .getDataRange()
        .getValues()
        .find((r) => r[0] === 'Biểu đồ trong báo cáo')?.[1],
    ).toBe('Không');
  });
});
