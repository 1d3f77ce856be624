// Sheet charts in the emulator: EmbeddedChartBuilder as Google's reference describes it (build()
// draws nothing until insertChart; the typed builders add titles; a chart reads its ranges when it
// is drawn) and a PNG picture made here, labelled as the emulator's drawing.
import { type EmbeddedChartImpl, Workspace } from '../../local/emulator';
import { chartSvg } from '../../local/emulator/spreadsheet';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function setup() {
  const ws = new Workspace();
  const file = ws.spreadsheets.create('Báo cáo NTM');
  const app = ws.globals().SpreadsheetApp as App;
  const sheet = app.getActiveSpreadsheet().getActiveSheet();
  sheet.getRange(1, 1, 4, 3).setValues([
    ['Đơn vị', 'Số hoạt động', 'Số người tham dự'],
    ['Thôn A', 3, 150],
    ['Hội Nông dân', 1, 40],
    ['Thôn C (chưa báo cáo)', 0, 0],
  ]);
  return { ws, file, sheet };
}

/** Width and height of a PNG, read from its IHDR chunk. */
function pngSize(bytes: number[]): [number, number] {
  const b = Buffer.from(bytes.map((x) => x & 0xff));
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('EmbeddedChartBuilder', () => {
  it('build() makes a chart that appears only once inserted, where it was placed', () => {
    const { sheet } = setup();
    const chart = sheet
      .newChart()
      .addRange(sheet.getRange('A1:B4'))
      .setNumHeaders(1)
      .setPosition(2, 5, 10, 0)
      .asBarChart()
      .setTitle('Số hoạt động theo đơn vị')
      .build();
    expect(sheet.getCharts()).toHaveLength(0);
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).not.toBeNull();
    expect(inserted.getOptions().get('title')).toBe('Số hoạt động theo đơn vị');
    const at = inserted.getContainerInfo();
    expect([at.getAnchorRow(), at.getAnchorColumn(), at.getOffsetX(), at.getOffsetY()]).toEqual([2, 5, 10, 0]);
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
  });

  it('fails where Google fails: no chart type, a title on the untyped builder, bad positions and arguments', () => {
    const { sheet } = setup();
    expect(() => sheet.newChart().addRange(sheet.getRange('A1:B4')).build()).toThrow();
    const untyped = sheet.newChart() as unknown as { setTitle: (t: string) => unknown };
    expect(() => untyped.setTitle('x')).toThrow(TypeError);
    expect(() => sheet.newChart().setPosition(0, 1, 0, 0)).toThrow();
    expect(() => sheet.newChart().setPosition(1, 1, 0.5, 0)).toThrow();
    expect(() => sheet.newChart().addRange('A1:B4' as unknown as GoogleAppsScript.Spreadsheet.Range)).toThrow();
  });

  it('removeChart takes it out; a chart read back can be modified and updated in place', () => {
    const { sheet } = setup();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).asColumnChart().setTitle('Một').build());
    const [one] = sheet.getCharts();
    sheet.updateChart(one.modify().setOption('title', 'Hai').build());
    expect(sheet.getCharts().map((c) => c.getOptions().get('title'))).toEqual(['Hai']);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe('EmbeddedChart.getAs', () => {
  it('draws a PNG of the chart size, showing the cells as they are when drawn', () => {
    const { ws, file, sheet } = setup();
    sheet.insertChart(
      sheet
        .newChart()
        .addRange(sheet.getRange('A1:A4'))
        .addRange(sheet.getRange('C1:C4'))
        .setNumHeaders(1)
        .setOption('width', 500)
        .setOption('height', 300)
        .asBarChart()
        .setTitle('Số người tham dự')
        .build(),
    );
    const blob = sheet.getCharts()[0].getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    expect(pngSize(blob.getBytes())).toEqual([500, 300]);
    // Two ranges of the same height read side by side: labels, then the series of column C.
    sheet.getRange('C2').setValue(175);
    const raw = file.sheet(sheet.getName()).charts[0] as EmbeddedChartImpl;
    expect(raw.picture()).toMatchObject({
      type: 'BAR',
      title: 'Số người tham dự',
      categories: ['Thôn A', 'Hội Nông dân', 'Thôn C (chưa báo cáo)'],
      series: [{ name: 'Số người tham dự', values: [175, 40, 0] }],
    });
    expect(ws.calls.count('EmbeddedChart.getAs')).toBe(1);
  });

  it("is the emulator's drawing and says so; other formats are refused", () => {
    const { sheet } = setup();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).asColumnChart().build());
    const chart = sheet.getCharts()[0];
    expect(() => chart.getAs('application/pdf')).toThrow(/not supported/);
    const svg = chartSvg({
      type: 'COLUMN',
      title: 'T',
      categories: ['a'],
      series: [{ name: 's', values: [1] }],
      width: 300,
      height: 200,
    });
    expect(svg).toContain('Hình vẽ của trình giả lập (không phải Google)');
  });
});
