// Formula results in a unit's tab through Tổng hợp báo cáo (issue 14, case 4): its Kiểm tra warns
// about formulas as Kiểm tra dữ liệu does, and a subtotal row (=SUM of the rows above) is not counted.
import { checkLines, fillAsOwner, makeUnits, mustConsolidate, setUpCommune, typedRow } from './consolidation.fixture';

function activity(people: number | string, money: number | string, quantity: number | string = 1): unknown[] {
  return typedRow({ 5: quantity, 7: people, 8: money });
}

describe('formulas in a unit’s tab', () => {
  const c = setUpCommune({ units: makeUnits(2) });
  fillAsOwner(c, 0, [
    activity(30, 100000),
    activity('=10*4', 200000),
    activity(50, 300000),
    activity('=SUM(H10:H12)', '=SUM(I10:I12)', '=SUM(F10:F12)'),
  ]);
  const run = mustConsolidate(c.s, 'half', 2023);
  const tab = c.units[0].tabName;

  it('does not count the subtotal row', () => {
    expect(run.units[0]).toMatchObject({ counted: 3, notCounted: 1 });
  });

  it('warns about the formula of an activity in Tổng hợp’s Kiểm tra, and lists the subtotal row', () => {
    const lines = checkLines(c.s).filter((l) => l.tab === tab);
    expect(lines.map((l) => [l.row, l.column])).toEqual([
      [11, 'H (Số người tham dự)'],
      [13, 'F (Số lượng)'],
    ]);
    expect(lines[0].message).toMatch(/^Ô có công thức =10\*4; kết quả của công thức vẫn được đọc/);
    expect(lines[1].message).toMatch(/đều là công thức cộng các dòng khác của tab/);
  });
});
