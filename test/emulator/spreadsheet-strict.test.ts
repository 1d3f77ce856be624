// The SpreadsheetApp emulator fails where Google fails: 1-based coordinates, a fixed grid, exact
// size checks on setValues, unique sheet names, and Google's own messages.
import { openSpreadsheet as setup } from './spreadsheet-fixture';

describe('coordinates', () => {
  it('rejects row or column 0 and empty sizes with Google messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  it('does not grow the grid: a new sheet is 1000 × 26 and ranges past it throw', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange('A1001')).toThrow('Range not found');
    expect(sheet.getMaxRows()).toBe(1000);
    // The last cell of the grid is fine.
    sheet.getRange(1000, 26).setValue('z');
    expect(sheet.getRange('Z1000').getValue()).toBe('z');
  });

  it('grows only when rows or columns are inserted', () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 500);
    sheet.insertColumnsAfter(26, 4);
    expect(sheet.getMaxRows()).toBe(1500);
    expect(sheet.getMaxColumns()).toBe(30);
    sheet.getRange(1500, 30).setValue(1);
    expect(sheet.getLastRow()).toBe(1500);
    expect(sheet.getLastColumn()).toBe(30);
  });

  it('rejects a missing argument with the signature message', () => {
    const { sheet } = setup();
    const getRange = sheet.getRange as unknown as (...a: unknown[]) => unknown;
    expect(() => getRange.call(sheet, undefined, 1)).toThrow(
      "The parameters (null,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it('reads A1 notation, open ranges and other sheets', () => {
    const { ss, sheet } = setup();
    expect(sheet.getRange('B2:D5').getA1Notation()).toBe('B2:D5');
    const open = sheet.getRange('A10:M');
    expect([open.getRow(), open.getColumn(), open.getNumRows(), open.getNumColumns()]).toEqual([10, 1, 991, 13]);
    const col = sheet.getRange('C:C');
    expect([col.getRow(), col.getNumRows(), col.getColumn(), col.getNumColumns()]).toEqual([1, 1000, 3, 1]);
    ss.insertSheet('Danh mục');
    const other = ss.getRange("'Danh mục'!$A$2:$A$200");
    expect(other.getSheet().getName()).toBe('Danh mục');
    expect(other.getNumRows()).toBe(199);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('offsets stay inside the grid', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(() => r.offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });
});

describe('setValues sizes', () => {
  it('throws the rows message when the data has the wrong number of rows', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('throws the columns message when a row has the wrong length', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 3).setValues([[1, 2]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });

  it('throws on a ragged array and writes nothing', () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4, 5],
        [6, 7],
      ]),
    ).toThrow('The data has 3 but the range has 2.');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('applies the same checks to format and validation grids', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setBackgrounds([['#ff0000', '#ff0000']])).toThrow(
      'The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B1').setNumberFormats([['0']])).toThrow('The data has 1 but the range has 2.');
  });
});

describe('50,000 characters in one cell', () => {
  const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

  it('takes 50,000 characters and refuses one more, through setValue, setValues and setFormula, writing nothing', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1).setValue('a'.repeat(50_000));
    expect(String(sheet.getRange(1, 1).getValue())).toHaveLength(50_000);
    expect(() => sheet.getRange(2, 1).setValue('b'.repeat(50_001))).toThrow(TOO_LONG);
    expect(() => sheet.getRange(2, 1, 1, 2).setValues([['ok', 'c'.repeat(50_001)]])).toThrow(TOO_LONG);
    expect(() => sheet.getRange(3, 1).setFormula(`="${'d'.repeat(50_000)}"`)).toThrow(TOO_LONG);
    expect(sheet.getRange(2, 1, 2, 2).getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });
});

describe('sheets', () => {
  it('refuses a duplicate name on insert and rename, ignoring case as Sheets does', () => {
    const { ss } = setup();
    ss.insertSheet('Cấu hình');
    expect(() => ss.insertSheet('Cấu hình')).toThrow(
      'A sheet with the name "Cấu hình" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('CẤU HÌNH')).toThrow('A sheet with the name "CẤU HÌNH" already exists.');
    const other = ss.insertSheet('Khác');
    expect(() => other.setName('cấu hình')).toThrow('already exists');
    expect(ss.getSheetByName('cấu hình')?.getName()).toBe('Cấu hình');
    expect(ss.getSheetByName('Không có')).toBeNull();
  });

  it('inserts after the active sheet unless given a 0-based index, and activates the new sheet', () => {
    const { ss } = setup();
    const a = ss.insertSheet('A');
    ss.insertSheet('B');
    a.activate();
    ss.insertSheet('C');
    ss.insertSheet('D', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['D', 'Trang tính1', 'A', 'C', 'B']);
    expect(ss.getActiveSheet().getName()).toBe('D');
    expect(ss.getSheetByName('A')?.getIndex()).toBe(3);
    ss.setActiveSheet(ss.getSheetByName('B')!);
    ss.moveActiveSheet(1);
    expect(ss.getSheets()[0].getName()).toBe('B');
  });

  it('never deletes the last sheet', () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    const extra = ss.insertSheet('Tạm');
    ss.deleteSheet(extra);
    expect(ss.getNumSheets()).toBe(1);
  });

  it('deleteRows checks bounds and keeps one non-frozen row', () => {
    const { sheet } = setup();
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    sheet.setFrozenRows(2);
    expect(() => sheet.deleteRows(3, 998)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.getRange('A10').setValue('x');
    sheet.deleteRows(2, 3);
    expect(sheet.getMaxRows()).toBe(997);
    expect(sheet.getRange('A7').getValue()).toBe('x');
  });

  it('appendRow writes after the last row and does not grow a full sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A3').setValue('đầu');
    sheet.appendRow(['a', 1]);
    expect(sheet.getRange('A4:B4').getValues()).toEqual([['a', 1]]);
    sheet.getRange('A1000').setValue('cuối');
    expect(() => sheet.appendRow(['x'])).toThrow('Those rows are out of bounds.');
  });

  it('keeps frozen panes, widths, heights, tab colour and visibility', () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(9);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(2, 240);
    sheet.setColumnWidths(3, 2, 80);
    sheet.setRowHeight(1, 40);
    sheet.setTabColor('#FF0000');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([9, 1]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(4)]).toEqual([100, 240, 80]);
    expect(sheet.getRowHeight(1)).toBe(40);
    expect(sheet.getTabColor()).toBe('#ff0000');
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    ss.insertSheet('Khác');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
  });

  it('inserted rows take the formats and validation of the row above and move what is below', () => {
    const { app, sheet } = setup();
    sheet.getRange('A2:B2').setFontWeight('bold').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('A3').setValue('dưới');
    sheet.getRange('C2:D3').merge();
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange('A3:B4').getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['bold', 'bold'],
    ]);
    expect(sheet.getRange('A4').getDataValidation()?.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
    expect(sheet.getRange('A5').getValue()).toBe('dưới');
    // The merge spanned rows 2–3; rows inserted inside it stretch it.
    expect(sheet.getRange('C2').getMergedRanges()[0].getA1Notation()).toBe('C2:D5');
  });
});

describe('merges', () => {
  it('keeps only the top-left value and refuses partial overlaps', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['giữ', 'mất']]);
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['giữ', '']]);
    expect(() => sheet.getRange('B1:C1').merge()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
    sheet.getRange('A3:C4').mergeAcross();
    expect(
      sheet
        .getRange('A3:C4')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A3:C3', 'A4:C4']);
    sheet.getRange('A3:C4').breakApart();
    expect(sheet.getRange('A3:C4').getMergedRanges()).toEqual([]);
  });
});

describe('spreadsheet', () => {
  it('has Google defaults for a Vietnamese commune and a URL from its id', () => {
    const { ss, file } = setup();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(ss.getId()).toBe(file.getId());
    expect(ss.getId()).toHaveLength(44);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${file.getId()}/edit`);
    expect(ss.getOwner()?.getEmail()).toBe('thuky.bqlntm@gmail.com');
    ss.rename('Báo cáo 2023');
    expect(ss.getName()).toBe('Báo cáo 2023');
  });

  it('records toasts', () => {
    const { ss, file } = setup();
    ss.toast('Đã tổng hợp 12 đơn vị', 'Báo cáo NTM');
    expect(file.toasts).toEqual([{ message: 'Đã tổng hợp 12 đơn vị', title: 'Báo cáo NTM' }]);
  });

  it('returns enum names that compare equal to the SpreadsheetApp enums', () => {
    const { app, sheet } = setup();
    const p = sheet.protect();
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(sheet.getRange('A1').getWrapStrategy()).toBe(app.WrapStrategy.OVERFLOW);
  });
});

describe('merged cells', () => {
  it('drop values written under a merge, keeping the top-left one', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').merge().setValue('TIÊU ĐỀ');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['TIÊU ĐỀ', '', '']]);
  });
});

describe('ui', () => {
  it('puts toasts where the Ui emulator shows them, and returns its Ui', () => {
    const { ws, app, ss } = setup();
    ss.toast('Đang tổng hợp…', 'Báo cáo NTM', 5);
    expect(ws.ui.toasts).toEqual([{ message: 'Đang tổng hợp…', title: 'Báo cáo NTM', timeoutSeconds: 5 }]);
    expect(app.getUi()).toBeTruthy();
  });
});
