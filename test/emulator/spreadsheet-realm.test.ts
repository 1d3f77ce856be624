// The emulator as the bundle meets it: inside a vm context with its own Date and Array, every
// call counted, faults injectable, and a 60,000-row tab read in one fast call.
import vm from 'node:vm';
import { type Realm, Workspace } from '../../local/emulator';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** A fresh context with the emulator's globals bound to its realm, as local/tools/load.ts builds it. */
function context(ws: Workspace) {
  const ctx = vm.createContext({}) as Record<string, unknown>;
  const realm = vm.runInContext('({ Date, Array, Object, Error })', ctx) as Realm;
  Object.assign(ctx, ws.globals(realm));
  return { run: <T>(code: string) => vm.runInContext(code, ctx) as T };
}

describe('realm', () => {
  it('hands the bundle Dates and arrays of its own realm', () => {
    const ws = new Workspace();
    const file = ws.spreadsheets.create('Báo cáo NTM');
    file
      .getActiveSheet()
      .getRange('A1:B1')
      .setValues([['15/3/2023', 'chữ']]);
    const { run } = context(ws);
    const checks = run<boolean[]>(`
      var values = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1:B1').getValues();
      [values[0][0] instanceof Date, Array.isArray(values) && values instanceof Array, values[0] instanceof Array]
    `);
    expect(checks).toEqual([true, true, true]);
    // The Node side sees a Node Date: the realms are really different.
    expect(file.getActiveSheet().getRange('A1').getValue()).toBeInstanceOf(Date);
  });

  it('accepts Dates made inside the context', () => {
    const ws = new Workspace();
    const file = ws.spreadsheets.create('Báo cáo NTM');
    const { run } = context(ws);
    run(`
      var d = new Date(Date.UTC(2023, 2, 14, 17, 0, 0));
      SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1:A2').setValues([[d], [new Date(NaN)]]);
      SpreadsheetApp.newDataValidation().requireDateAfter(d).build();
    `);
    const value = file.getActiveSheet().getRange('A1').getValue() as Date;
    expect(value.getTime()).toBe(Date.UTC(2023, 2, 14, 17, 0, 0));
    expect(file.getActiveSheet().getRange('A1').getDisplayValue()).toBe('15/03/2023');
  });

  it('throws errors of the context realm with Google text', () => {
    const ws = new Workspace();
    ws.spreadsheets.create('Báo cáo NTM');
    const { run } = context(ws);
    const [isError, message] = run<[boolean, string]>(`
      var out;
      try { SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(0, 1); }
      catch (e) { out = [e instanceof Error, e.message]; }
      out
    `);
    expect(isError).toBe(true);
    expect(message).toBe('The starting row of the range is too small.');
  });

  it('passes emulated objects back in without counting the emulator’s own calls', () => {
    const ws = new Workspace();
    ws.spreadsheets.create('Báo cáo NTM');
    const { run } = context(ws);
    run(`
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var dm = ss.insertSheet('Danh mục');
      dm.getRange('A2:A3').setValues([['Loa'], ['Zalo']]);
      var rule = SpreadsheetApp.newDataValidation().requireValueInRange(dm.getRange('A2:A200'), true).setAllowInvalid(false).build();
      ss.getSheets()[0].getRange('B2').setDataValidation(rule);
    `);
    expect(ws.calls.count('Range.getValues')).toBe(0);
    expect(() => ws.spreadsheets.typeInto('Trang tính1', 'B2', 'Loa')).not.toThrow();
    expect(() => ws.spreadsheets.typeInto('Trang tính1', 'B2', 'Tivi')).toThrow('violates');
  });
});

describe('call counting and faults', () => {
  it('counts one getValues as one Range.getValues, whatever its size', () => {
    const ws = new Workspace();
    ws.spreadsheets.create('Báo cáo NTM');
    const app = ws.globals().SpreadsheetApp as App;
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange(1, 1, 1000, 26).getValues();
    expect(ws.calls.count('Range.getValues')).toBe(1);
    expect(ws.calls.count('Sheet.getRange')).toBe(1);
    expect(ws.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
    // Node-side use through the store is not the bundle's and is not counted.
    ws.spreadsheets.active()!.getActiveSheet().getRange('A1').getValues();
    expect(ws.calls.count('Range.getValues')).toBe(1);
  });

  it('makes the nth setValues fail and leaves the others done', () => {
    const ws = new Workspace();
    ws.spreadsheets.create('Báo cáo NTM');
    const app = ws.globals().SpreadsheetApp as App;
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    ws.faults.failOn('Range.setValues', { nth: 2 });
    sheet.getRange('A1').setValues([[1]]);
    expect(() => sheet.getRange('A2').setValues([[2]])).toThrow('Service error: Spreadsheets');
    sheet.getRange('A3').setValues([[3]]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [''], [3]]);
    expect(ws.calls.count('Range.setValues')).toBe(3);
  });
});

describe('size', () => {
  it('holds 60,000 rows × 19 columns and reads them back whole (speed: npm run bench -- --only emulator-read)', () => {
    const ws = new Workspace();
    const file = ws.spreadsheets.create('Báo cáo NTM');
    const sheet = file.getActiveSheet();
    sheet.insertRowsAfter(1000, 59_000);
    const rows = 60_000;
    const data = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: 19 }, (_, j) =>
        j === 0 ? new Date(Date.UTC(2023, 0, 1 + (i % 365))) : j % 2 ? i * j : `ô ${i}`,
      ),
    );
    sheet.getRange(1, 1, rows, 19).setValues(data);
    expect(sheet.getLastRow()).toBe(rows);
    const range = sheet.getRange(1, 1, rows, 19);
    const values = range.getValues();
    expect(values).toHaveLength(rows);
    expect(values[59_999][3]).toBe(59_999 * 3);
    expect(values[59_999][4]).toBe('ô 59999');
  });
});
