// Tabs that are neither the product's nor a unit's (issue 14, case 3): a unit's copy of its own tab,
// carrying its code, typed into; a tab the secretary made. Tổng hợp's Kiểm tra and Kiểm tra dữ liệu
// name each with the rows it holds and what to do, and nothing in them is counted, once or twice.
import {
  checkLines,
  fillAsOwner,
  makeUnits,
  mustConsolidate,
  setUpCommune,
  typedRow,
  vnDate,
} from './consolidation.fixture';

import { lastAlert } from './setup-helpers';

function activity(day: number, people: number): unknown[] {
  return typedRow({ 0: vnDate(2023, 3, day), 7: people });
}

/** What Sheets' "Duplicate" makes: a new tab with the same cells, named "Bản sao của …". */
function duplicate(c: ReturnType<typeof setUpCommune>, tab: string): string {
  const from = c.s.ss.sheet(tab);
  const values = from.getDataRange().getValues();
  const name = `Bản sao của ${tab}`;
  const copy = c.s.ss.insertSheet(name);
  copy.getRange(1, 1, values.length, values[0].length).setValues(values);
  return name;
}

describe('tabs that are neither the product’s nor a unit’s', () => {
  const c = setUpCommune({ units: makeUnits(3) });
  const [first, second] = c.units;
  fillAsOwner(c, 0, [activity(10, 30), activity(11, 40)]);
  const copyName = duplicate(c, first.tabName);
  // The unit types two more rows into its copy, below the two copied ones.
  c.s.ss
    .sheet(copyName)
    .getRange(12, 1, 2, 13)
    .setValues([activity(20, 50), activity(21, 60)]);
  const emptyCopy = duplicate(c, second.tabName);
  const notes = c.s.ss.insertSheet('Ghi chú của thư ký');
  notes.getRange(1, 1, 3, 2).setValues([
    ['Việc cần làm', ''],
    ['Gọi thôn Tân Lập', 'thứ Hai'],
    ['', 'in báo cáo'],
  ]);
  const run = mustConsolidate(c.s, 'half', 2023);

  it('counts the unit’s own tab once and nothing of the copy', () => {
    expect(run.total.counted).toBe(2);
    expect(run.units.map((u) => u.counted)).toEqual([2, 0, 0]);
  });

  it('names each such tab in Tổng hợp’s Kiểm tra with its rows and what to do', () => {
    const lines = checkLines(c.s).filter((l) => [copyName, emptyCopy, 'Ghi chú của thư ký'].includes(l.tab));
    expect(lines.map((l) => l.tab)).toEqual([copyName, emptyCopy, 'Ghi chú của thư ký']);
    expect(lines[0].message).toBe(
      `Tab "${copyName}" mang mã đơn vị ${first.code} của ${first.name} (cạnh ô "Mã đơn vị:") nhưng không phải tab ` +
        `của đơn vị (tab của đơn vị là "${first.tabName}"): có lẽ là bản sao. 4 dòng hoạt động ở tab này không được tổng hợp. ` +
        `Hãy chép sang tab "${first.tabName}" những dòng còn thiếu ở đó (không chép trùng), rồi xóa tab "${copyName}".`,
    );
    expect(lines[1].message).toContain('Tab này không có dòng hoạt động nào.');
    expect(lines[2].message).toContain('3 dòng có nội dung, không được tổng hợp');
  });

  it('names them in Kiểm tra dữ liệu too', () => {
    c.s.ss.setActiveSheet(c.s.ss.sheet('Cấu hình'));
    c.s.app.call('menuCheckData');
    const alert = lastAlert(c.s).message;
    expect(alert).toContain(`- ${copyName}: Tab "${copyName}" mang mã đơn vị ${first.code}`);
    expect(alert).toContain('- Ghi chú của thư ký: Tab "Ghi chú của thư ký" không phải tab của chương trình');
  });
});
