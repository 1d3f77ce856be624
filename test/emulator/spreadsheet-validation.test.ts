// Data validation: dropdowns from the catalogue follow its edits, reject-input rules refuse what a
// person types (and what a script writes), and the rule reads back as Apps Script returns it.
import { Workspace } from '../../local/emulator';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const OWNER = 'thuky.bqlntm@gmail.com';
const DOAN = 'doantn.minhtien@gmail.com';
const VIEWER = 'vanphong.dieuphoi@gmail.com';

function setup() {
  const ws = new Workspace({ owner: OWNER });
  ws.spreadsheets.create('Báo cáo NTM');
  const app = ws.globals().SpreadsheetApp as App;
  const ss = app.getActiveSpreadsheet();
  const catalogue = ss.insertSheet('Danh mục');
  catalogue.getRange('A1:A4').setValues([['Hình thức'], ['Loa truyền thanh'], ['Pano, áp phích'], ['Zalo']]);
  const unit = ss.insertSheet('Đoàn TN');
  const rule = app
    .newDataValidation()
    .requireValueInRange(catalogue.getRange('A2:A200'), true)
    .setAllowInvalid(false)
    .setHelpText('Chọn hình thức trong Danh mục')
    .build();
  unit.getRange('B10:B20').setDataValidation(rule);
  return { ws, app, ss, catalogue, unit, rule };
}

describe('list from a range', () => {
  it('accepts catalogue items, refuses others with the help text, and follows catalogue edits', () => {
    const { ws, catalogue, unit } = setup();
    ws.spreadsheets.typeInto('Đoàn TN', 'B10', 'Zalo');
    expect(unit.getRange('B10').getValue()).toBe('Zalo');
    expect(() => ws.spreadsheets.typeInto('Đoàn TN', 'B11', 'Facebook')).toThrow(
      'The data you entered in cell B11 violates the data validation rules set on this cell. Chọn hình thức trong Danh mục',
    );
    catalogue.getRange('A5').setValue('Facebook');
    ws.spreadsheets.typeInto('Đoàn TN', 'B11', 'Facebook');
    expect(unit.getRange('B11').getValue()).toBe('Facebook');
  });

  it('refuses a script write of an invalid value too, and writes nothing of the batch', () => {
    const { unit } = setup();
    expect(() => unit.getRange('B10:B11').setValues([['Zalo'], ['Khác']])).toThrow(
      'The data you entered in cell B11 violates the data validation rules set on this cell.',
    );
    expect(unit.getRange('B10').getValue()).toBe('');
    unit.getRange('B10:B11').setValues([['Zalo'], ['']]);
    expect(unit.getRange('B10:B11').getValues()).toEqual([['Zalo'], ['']]);
  });

  it('reads back criteria, source range, dropdown flag and help text', () => {
    const { app, unit } = setup();
    const rule = unit.getRange('B15').getDataValidation()!;
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    const [source, dropdown] = rule.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(source.getA1Notation()).toBe('A2:A200');
    expect(source.getSheet().getName()).toBe('Danh mục');
    expect(dropdown).toBe(true);
    expect(rule.getHelpText()).toBe('Chọn hình thức trong Danh mục');
    expect(rule.getAllowInvalid()).toBe(false);
    const grid = unit.getRange('B9:B10').getDataValidations();
    expect(grid[0][0]).toBeNull();
    expect(grid[1][0]?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    unit.getRange('B10:B20').clearDataValidations();
    expect(unit.getRange('B15').getDataValidation()).toBeNull();
  });
});

describe('other rules', () => {
  it('lets anything in unless setAllowInvalid(false): the default only warns', () => {
    const { ws, app, unit } = setup();
    unit.getRange('C10').setDataValidation(app.newDataValidation().requireValueInList(['a', 'b']).build());
    ws.spreadsheets.typeInto('Đoàn TN', 'C10', 'c');
    expect(unit.getRange('C10').getValue()).toBe('c');
    expect(unit.getRange('C10').getDataValidation()?.getCriteriaValues()).toEqual([['a', 'b'], true]);
  });

  it('checks numbers as parsed from Vietnamese text', () => {
    const { ws, app, unit } = setup();
    const rule = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    unit.getRange('F10:F20').setDataValidation(rule);
    ws.spreadsheets.typeInto('Đoàn TN', 'F10', '1.500.000');
    expect(unit.getRange('F10').getValue()).toBe(1500000);
    expect(() => ws.spreadsheets.typeInto('Đoàn TN', 'F11', '-5')).toThrow('violates the data validation rules');
    expect(() => ws.spreadsheets.typeInto('Đoàn TN', 'F11', 'nhiều')).toThrow('violates the data validation rules');
    const between = app.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).build();
    unit.getRange('G10').setDataValidation(between);
    expect(() => unit.getRange('G10').setValue(11)).toThrow('violates');
    unit.getRange('G10').setValue(10);
  });

  it('checks dates by day in the spreadsheet zone', () => {
    const { ws, app, unit } = setup();
    const from = new Date(Date.UTC(2022, 11, 15) - 7 * 3_600_000);
    const to = new Date(Date.UTC(2023, 5, 14) - 7 * 3_600_000);
    const rule = app.newDataValidation().requireDateBetween(from, to).setAllowInvalid(false).build();
    unit.getRange('A10:A20').setDataValidation(rule);
    ws.spreadsheets.typeInto('Đoàn TN', 'A10', '14/6/2023');
    expect(() => ws.spreadsheets.typeInto('Đoàn TN', 'A11', '15/6/2023')).toThrow('violates');
    expect(() => ws.spreadsheets.typeInto('Đoàn TN', 'A11', 'hôm qua')).toThrow('violates');
    const valid = app.newDataValidation().requireDate().setAllowInvalid(false).build();
    unit.getRange('A12:A13').setDataValidation(valid);
    ws.spreadsheets.typeInto('Đoàn TN', 'A12', '1/1/2023');
    // A number typed into a cell not yet formatted as a date is no date.
    expect(() => ws.spreadsheets.typeInto('Đoàn TN', 'A13', '2023')).toThrow('violates');
    const [a, b] = rule.getCriteriaValues() as Date[];
    expect([a.getTime(), b.getTime()]).toEqual([from.getTime(), to.getTime()]);
  });

  it('checkbox rules take booleans only', () => {
    const { ws, app, unit } = setup();
    unit.getRange('D10').setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    ws.spreadsheets.typeInto('Đoàn TN', 'D10', 'TRUE');
    expect(unit.getRange('D10').getValue()).toBe(true);
    expect(() => ws.spreadsheets.typeInto('Đoàn TN', 'D10', 'có')).toThrow('violates');
  });

  it('copies a rule into a builder that can change it', () => {
    const { app, rule } = setup();
    const copy = rule.copy().setAllowInvalid(true).build();
    expect(copy.getAllowInvalid()).toBe(true);
    expect(copy.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    expect(rule.getAllowInvalid()).toBe(false);
  });
});

describe('typing as a person', () => {
  it('meets the same protections as a script', () => {
    const { ws, ss, unit } = setup();
    ss.addEditor(DOAN);
    ss.addViewer(VIEWER);
    const p = unit.protect();
    p.removeEditors(p.getEditors());
    p.addEditor(DOAN);
    ws.asUser(DOAN, () => ws.spreadsheets.typeInto('Đoàn TN', 'E10', 'Ra quân'));
    ws.asUser(VIEWER, () =>
      expect(() => ws.spreadsheets.typeInto('Đoàn TN', 'E11', 'x')).toThrow('You do not have permission'),
    );
    expect(unit.getRange('E10:E11').getValues()).toEqual([['Ra quân'], ['']]);
  });
});
