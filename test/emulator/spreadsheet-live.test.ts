// Where the SpreadsheetApp emulator follows what live Apps Script was seen to do (issue 10 §1): the
// active tab after insertSheet, number formats, wrapping, protections' editors and ranges, A1 forms,
// and one formula written over many cells.
import { openSpreadsheet as setup } from './spreadsheet-fixture';

describe('sheets', () => {
  it('insertSheet makes the new tab the active one, whatever was active before', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Tổng hợp');
    expect(ss.getActiveSheet().getName()).toBe('Tổng hợp');
    ss.setActiveSheet(sheet);
    ss.insertSheet('Kiểm tra', 0);
    expect(ss.getActiveSheet().getName()).toBe('Kiểm tra');
    expect(other.getIndex()).toBe(3);
  });
});

describe('number formats', () => {
  it('#,##0.## shows a whole number with a trailing decimal separator, as Sheets and Excel do', () => {
    const { file, sheet } = setup();
    // The Sheet's locale decides the separators: Vietnamese groups with "." and marks decimals with ",".
    expect(file.getSpreadsheetLocale()).toBe('vi_VN');
    sheet.getRange('A1:A3').setValues([[3], [1234], [2.5]]);
    sheet.getRange('A1:A3').setNumberFormat('#,##0.##');
    expect(sheet.getRange('A1:A3').getDisplayValues()).toEqual([['3,'], ['1.234,'], ['2,5']]);
    sheet.getRange('A1:A3').setNumberFormat('#,##0');
    expect(sheet.getRange('A1:A3').getDisplayValues()).toEqual([['3'], ['1.234'], ['3']]);
  });

  it("after setNumberFormat('general') the cell reads the automatic format '0.###############'", () => {
    const { sheet } = setup();
    const cell = sheet.getRange('B2');
    cell.setNumberFormat('#,##0');
    cell.setNumberFormat('general');
    expect(cell.getNumberFormat()).toBe('0.###############');
    cell.setNumberFormat('@');
    sheet.getRange('B2:C2').setNumberFormats([['General', '0.00']]);
    expect(sheet.getRange('B2:C2').getNumberFormats()).toEqual([['0.###############', '0.00']]);
  });
});

describe('wrapping', () => {
  it('a new cell reads getWrap() true although it overflows; setWrap(false) and OVERFLOW read false', () => {
    const { app, sheet } = setup();
    expect(sheet.getRange('C3').getWrap()).toBe(true);
    expect(String(sheet.getRange('C3').getWrapStrategy())).toBe('OVERFLOW');
    sheet.getRange('C3').setWrap(false);
    sheet.getRange('C4').setWrapStrategy(app.WrapStrategy.OVERFLOW);
    sheet.getRange('C5').setWrapStrategy(app.WrapStrategy.CLIP);
    sheet.getRange('C6').setWrap(true);
    expect(sheet.getRange('C3:C7').getWraps()).toEqual([[false], [false], [false], [true], [true]]);
  });
});

describe('protections', () => {
  it('a warning-only protection has no editors; leaving warning-only gives it all the Sheet’s editors', () => {
    const { file, sheet } = setup();
    file.addEditor('mttq@gmail.com');
    const emails = (p: GoogleAppsScript.Spreadsheet.Protection) => p.getEditors().map((u) => u.getEmail());
    const warning = sheet.getRange('A1:B2').protect();
    warning.removeEditor('mttq@gmail.com');
    warning.setWarningOnly(true);
    expect(warning.getEditors()).toEqual([]);
    warning.setWarningOnly(false);
    expect(emails(warning)).toEqual(['thuky.bqlntm@gmail.com', 'mttq@gmail.com']);
    const strict = sheet.getRange('D1').protect().removeEditor('mttq@gmail.com');
    expect(emails(strict)).toEqual(['thuky.bqlntm@gmail.com']);
  });

  it("a sheet protection's range reads '' in A1 notation; a range protection's reads its cells", () => {
    const { sheet } = setup();
    const whole = sheet.protect();
    expect(whole.getRange().getA1Notation()).toBe('');
    expect(whole.getRange().getNumRows()).toBe(sheet.getMaxRows());
    expect(sheet.getRange('B2:C3').protect().getRange().getA1Notation()).toBe('B2:C3');
  });
});

describe('A1 notation', () => {
  it('whole rows and whole columns keep their form; a range by numbers reads by its cells', () => {
    const { sheet } = setup();
    expect(sheet.getRange('5:7').getA1Notation()).toBe('5:7');
    expect(sheet.getRange('D:F').getA1Notation()).toBe('D:F');
    expect(sheet.getRange('B:B').getNumRows()).toBe(1000);
    expect(sheet.getRange(5, 1, 3, 26).getA1Notation()).toBe('A5:Z7');
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
  });
});

describe('setFormula on many cells', () => {
  it('moves relative references cell by cell; $-anchored parts, text and sheet names stay', () => {
    const { sheet } = setup();
    sheet.getRange('C2:D3').setFormula(`=A2+$B$1+B$1+$A2+SUM(A2:B2)&"A1"&'Danh mục'!A1+LOG10(A2)`);
    expect(sheet.getRange('C2:D3').getFormulas()).toEqual([
      [
        `=A2+$B$1+B$1+$A2+SUM(A2:B2)&"A1"&'Danh mục'!A1+LOG10(A2)`,
        `=B2+$B$1+C$1+$A2+SUM(B2:C2)&"A1"&'Danh mục'!B1+LOG10(B2)`,
      ],
      [
        `=A3+$B$1+B$1+$A3+SUM(A3:B3)&"A1"&'Danh mục'!A2+LOG10(A3)`,
        `=B3+$B$1+C$1+$A3+SUM(B3:C3)&"A1"&'Danh mục'!B2+LOG10(B3)`,
      ],
    ]);
    sheet.getRange('A2:B3').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('E2:E3').setFormula('=A2*2');
    expect(sheet.getRange('E2:E3').getValues()).toEqual([[2], [6]]);
  });
});
