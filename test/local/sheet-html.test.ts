// The page a tab is photographed from for the guides shows what Sheets shows: formatted values,
// escaped text, dropdown marks, the frozen line, merged cells, and the tab bar.
import { Workspace } from '../../local/emulator';
import { sheetToHtml } from '../../local/export/sheet-html';

function tab() {
  const ws = new Workspace();
  const ss = ws.spreadsheets.create('Thử');
  const sheet = ss.getSheets()[0];
  sheet.setName('Đơn vị <A>');
  ss.insertSheet('Tổng hợp');
  sheet.getRange('A1:C1').merge();
  sheet.getRange('A1').setValue('Tiêu đề');
  sheet.getRange('A2:B2').setValues([['<script>alert(1)</script>', 1200000]]);
  sheet.getRange('B2').setNumberFormat('#,##0');
  sheet.getRange('C3').setDataValidation(listRule(ws));
  sheet.setFrozenRows(2);
  sheet.setColumnWidth(1, 240);
  return { ss, sheet };
}

function listRule(ws: Workspace) {
  const app = ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.newDataValidation().requireValueInList(['Có', 'Không']).build();
}

describe('sheetToHtml', () => {
  const { sheet } = tab();
  const html = sheetToHtml(sheet, { rows: 4, columns: 3 });

  it('shows values as formatted, and text escaped', () => {
    expect(html).toContain('1.200.000');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('spans merged cells, sizes columns, marks the frozen line and dropdowns', () => {
    expect(html).toMatch(/<td colspan="3"[^>]*>Tiêu đề<\/td>/);
    expect(html).toContain('<col style="width:240px">');
    expect(html).toMatch(/<th class="rh" style="border-bottom:3px solid #c0c0c0;">2<\/th>/);
    expect(html.match(/class="dd"/g)).toHaveLength(1);
    expect(html.match(/<tr /g)).toHaveLength(5);
  });

  it('names every tab, the shown one marked', () => {
    expect(html).toContain('<span class="active">Đơn vị &#60;A&#62;</span><span>Tổng hợp</span>');
  });
});
