// Values as Sheets stores and shows them: typed text is read with the locale's separators and
// day/month order, dates come back as Dates at midnight in the spreadsheet's zone, formulas are
// computed (or are errors, never their own text), and display follows the number format.
import { openSpreadsheet as setup } from './spreadsheet-fixture';

/** Midnight of a day in Asia/Ho_Chi_Minh (UTC+7, no DST since 1975), computed by hand. */
function hcmMidnight(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) - 7 * 3_600_000;
}

describe('typed text in vi_VN', () => {
  it('reads Vietnamese numbers, dates, booleans and the apostrophe', () => {
    const { sheet } = setup();
    sheet.getRange('A1:H1').setValues([['1.200.000', '2,5', '15/3/2023', 'TRUE', "'0123", '0123', '50%', '1,200']]);
    const [row] = sheet.getRange('A1:H1').getValues();
    expect(row.slice(0, 2)).toEqual([1200000, 2.5]);
    expect(row[2]).toBeInstanceOf(Date);
    expect((row[2] as Date).getTime()).toBe(hcmMidnight(2023, 3, 15));
    expect(row.slice(3)).toEqual([true, '0123', 123, 0.5, 1.2]);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('15/03/2023');
  });

  it('keeps text that is not a number in this locale', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['1.2', '31/2/2023', 'Hội nghị', '3/15/2023']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['1.2', '31/2/2023', 'Hội nghị', '3/15/2023']]);
  });

  it('turns "=" and a non-numeric leading "+" or "-" into formulas (the injection the product must avoid)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['- Lưu: VT', '=1+1', '-5']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#ERROR!', 2, -5]]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=- Lưu: VT', '=1+1', '']]);
  });

  it('leaves text alone in a plain-text (@) cell, except a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setNumberFormat('@');
    sheet.getRange('A1:D1').setValues([['1.200.000', '15/3/2023', '- Lưu: VT', '=1+1']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['1.200.000', '15/3/2023', '- Lưu: VT', 2]]);
  });
});

describe('typed text in en_US', () => {
  it('reads US separators and month-first dates', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('A1:D1').setValues([['1,200,000', '2.5', '3/15/2023', '15/3/2023']]);
    const [row] = sheet.getRange('A1:D1').getValues();
    expect(row[0]).toBe(1200000);
    expect(row[1]).toBe(2.5);
    expect((row[2] as Date).getTime()).toBe(hcmMidnight(2023, 3, 15));
    expect(row[3]).toBe('15/3/2023');
  });
});

describe('dates', () => {
  it('stores a Date as a day serial and returns midnight in the spreadsheet zone', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date(hcmMidnight(2023, 3, 15)));
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(hcmMidnight(2023, 3, 15));
    // 15/03/2023 is serial 45000 (days since 30/12/1899), visible once the cell is a number.
    sheet.getRange('A1').setNumberFormat('0');
    expect(sheet.getRange('A1').getValue()).toBe(45000);
  });

  it('keeps the time of day and shows it', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date(Date.UTC(2023, 2, 14, 20, 0, 0)));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/03/2023 03:00:00');
  });

  it('follows the spreadsheet time zone', () => {
    const { ss, sheet } = setup();
    ss.setSpreadsheetTimeZone('Europe/London');
    sheet.getRange('A1').setValue('1/7/2023');
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(Date.UTC(2023, 6, 1) - 3_600_000);
  });
});

describe('display values', () => {
  it('formats numbers with the cell format and the locale', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:E1');
    r.setValue(1234567.891);
    r.setNumberFormats([['#,##0', '#,##0.00', '0', '0.###############', '@']]);
    expect(r.getDisplayValues()).toEqual([['1.234.568', '1.234.567,89', '1234568', '1234567,891', '1234567,891']]);
    expect(r.getValues()).toEqual([[1234567.891, 1234567.891, 1234567.891, 1234567.891, 1234567.891]]);
  });

  it('formats dates with dd/MM/yyyy and dd/MM/yyyy HH:mm', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setValue(new Date(hcmMidnight(2023, 3, 5) + (9 * 60 + 7) * 60_000));
    r.setNumberFormats([['dd/MM/yyyy', 'dd/MM/yyyy HH:mm']]);
    expect(r.getDisplayValues()).toEqual([['05/03/2023', '05/03/2023 09:07']]);
  });

  it('uses US separators in en_US', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('A1').setValue(1234567.891).setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1,234,567.89');
  });

  it('shows booleans and blanks as Sheets does', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(true);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['TRUE', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[true, '']]);
  });
});

describe('formulas', () => {
  it('computes SUM, arithmetic with references and HYPERLINK with either separator', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:A3').setValues([[2], [3], ['chữ']]);
    sheet
      .getRange('B1:B5')
      .setFormulas([
        ['=SUM(A1:A3)'],
        ['=A1*A2+1'],
        ['=HYPERLINK("https://docs.google.com/document/d/x"; "Báo cáo")'],
        ['=HYPERLINK("https://docs.google.com/document/d/x", "Báo cáo")'],
        ['=(A1+A2)/2-A9'],
      ]);
    const other = ss.insertSheet('Khác');
    other.getRange('A1').setFormula("='Trang tính1'!A1+1");
    expect(sheet.getRange('B1:B5').getValues()).toEqual([[5], [7], ['Báo cáo'], ['Báo cáo'], [2.5]]);
    expect(other.getRange('A1').getValue()).toBe(3);
    expect(sheet.getRange('B2').getFormula()).toBe('=A1*A2+1');
  });

  it('recomputes after an edit of a referenced cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A2').setFormula('=A1*10');
    sheet.getRange('A1').setValue(4);
    expect(sheet.getRange('A2').getValue()).toBe(40);
  });

  it('returns an error, never the formula text, for what it does not compute', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setFormulas([['=VLOOKUP(1,D1:E5,2,FALSE)', '=1/0', '=A2+"chữ"']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#ERROR!', '#DIV/0!', '#VALUE!']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=VLOOKUP(1,D1:E5,2,FALSE)');
  });
});

describe('formats', () => {
  it('reads back what was set, with Google defaults elsewhere', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setFontWeight('bold').setFontStyle('italic').setFontSize(13).setFontColor('#C00000');
    r.setBackground('#D9EAD3').setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true);
    sheet.getRange('A1').setFontFamily('Times New Roman');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontStyles()).toEqual([['italic', 'italic']]);
    expect(r.getFontSizes()).toEqual([[13, 13]]);
    expect(r.getFontColors()).toEqual([['#c00000', '#c00000']]);
    expect(r.getBackgrounds()).toEqual([['#d9ead3', '#d9ead3']]);
    expect(r.getHorizontalAlignments()).toEqual([['center', 'center']]);
    expect(r.getVerticalAlignments()).toEqual([['middle', 'middle']]);
    expect(r.getWraps()).toEqual([[true, true]]);
    expect(r.getFontFamilies()).toEqual([['Times New Roman', 'Arial']]);
    const blank = sheet.getRange('C1');
    expect([blank.getFontWeight(), blank.getFontSize(), blank.getBackground(), blank.getNumberFormat()]).toEqual([
      'normal',
      10,
      '#ffffff',
      '0.###############',
    ]);
  });

  it('clears contents, formats and notes separately', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(5).setFontWeight('bold').setNote('ghi chú');
    r.clearContent();
    expect([r.getValue(), r.getFontWeight(), r.getNote()]).toEqual(['', 'bold', 'ghi chú']);
    r.setValue(5);
    r.clear();
    expect([r.getValue(), r.getFontWeight()]).toEqual(['', 'normal']);
  });

  it('applies batch formats through a RangeList', () => {
    const { sheet } = setup();
    const list = sheet.getRangeList(['A1:B1', 'D4']);
    list.setFontWeight('bold').setBackground('#ffff00').setNumberFormat('#,##0');
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B1', 'D4']);
    expect(sheet.getRange('D4').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('#,##0');
    expect(sheet.getRange('C1').getBackground()).toBe('#ffffff');
  });

  it("has no setDataValidation on a RangeList, as Apps Script's RangeList has none", () => {
    const { ws, sheet } = setup();
    const list = sheet.getRangeList(['A1:B1', 'D4']) as unknown as Record<string, unknown>;
    expect(list.setDataValidation).toBeUndefined();
    // One batch call is counted once, whatever the number of ranges.
    (list.setFontWeight as (w: string) => unknown)('bold');
    expect(ws.calls.count('RangeList.setFontWeight')).toBe(1);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
  });

  it('counts only values and formulas for the last row and the data range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C3').setValue('x');
    sheet.getRange('A50:Z50').setBackground('#eeeeee');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
  });
});
