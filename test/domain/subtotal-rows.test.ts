// A unit's subtotal row (issue 14, case 4): numbers that are formulas adding up other rows of the tab
// are not counted (they would count those rows twice); a formula of the row's own cells, another tab's
// cells or plain numbers is not a subtotal.
import { consolidate } from '../../src/domain/consolidate';
import { isSubtotalRow } from '../../src/domain/subtotal-rows';
import { buildTab, CATALOGUE, ND09_HALF_2023, settingsWith, sheetDate, TZ, unit } from './tab-fixture';

describe('a row whose one number is a formula', () => {
  it.each([
    ['=SUM(F10:F15)', 16, true],
    ['=sum(H10:H12)', 13, true],
    ['=SUM($H$10:$H$12)', 20, true],
    ['=H10+H11+H12', 13, true],
    ['=SUBTOTAL(9,I10:I12)', 13, true],
    ['=SUM(F10:F16)', 16, false], // takes in its own row: not a sum of other rows
    ['=F12*2', 12, false],
    ['=H10', 12, false], // one cell, no adding up
    ["='Thôn Đồng Tâm'!H10+'Thôn Đồng Tâm'!H11", 12, false],
    ['=1000000*3', 12, false],
    ['=LOG10(100)', 12, false],
    ['', 12, false],
  ])('%s on row %i is a subtotal: %s', (formula, row, expected) => {
    expect(isSubtotalRow([{ value: 100, formula }], row)).toBe(expected);
  });
});

describe('isSubtotalRow', () => {
  const sum = (f: string) => ({ value: 100, formula: f });
  const blank = { value: '', formula: '' };
  it('needs every filled number cell to be such a formula', () => {
    expect(isSubtotalRow([sum('=SUM(F10:F12)'), sum('=SUM(H10:H12)'), blank, blank, blank], 13)).toBe(true);
    expect(isSubtotalRow([{ value: 2, formula: '' }, sum('=SUM(H10:H12)'), blank, blank, blank], 13)).toBe(false);
    expect(isSubtotalRow([blank, blank, blank, blank, blank], 13)).toBe(false);
  });
});

describe('consolidate with a unit’s subtotal row', () => {
  const U = unit('T01', 'Thôn Đồng Tâm');
  const row = (q: unknown, people: unknown, money: unknown) => [
    sheetDate(2023, 3, 15),
    CATALOGUE.forms[0],
    CATALOGUE.topics[0],
    '',
    'Họp',
    q,
    'Buổi',
    people,
    money,
    '',
    '',
    '',
    '',
  ];
  const values = buildTab({
    unitName: U.name,
    rows: [row(1, 30, 100000), row(2, 40, 200000), row(3, 50, 300000), row(6, 120, 600000)],
  });
  const formulas = values.map((r) => r.map(() => ''));
  // Row 13 adds up rows 10-12, as a unit's "Cộng" row does; Sheets returns the results as values.
  formulas[12][5] = '=SUM(F10:F12)';
  formulas[12][7] = '=SUM(H10:H12)';
  formulas[12][8] = '=SUM(I10:I12)';
  const c = consolidate({
    settings: settingsWith([U]),
    catalogue: CATALOGUE,
    period: ND09_HALF_2023,
    timeZone: TZ,
    tabs: [{ unit: U, values, formulas }],
  });

  it('counts the three activities once', () => {
    expect(c.activities).toBe(3);
    expect(c.participants).toBe(120);
    expect(c.money.total).toBe(600000);
    expect(c.units[0].rejected).toBe(1);
  });

  it('lists the subtotal row as not counted, once, at its first formula', () => {
    const on13 = c.findings.filter((f) => f.row === 13);
    expect(on13.map((f) => [f.severity, f.column])).toEqual([['error', 'F (Số lượng)']]);
    expect(on13[0].message).toMatch(/cộng các dòng khác của tab/);
    expect(on13[0].message).toMatch(/Dòng này chưa được tính\./);
  });
});
