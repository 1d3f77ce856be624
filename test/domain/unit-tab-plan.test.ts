import { planUnitTabs, type TabFacts, unitTabPlanRefusal } from '../../src/domain/unit-tab-plan';
import { unit } from './tab-fixture';

const dong = unit('T1', 'Thôn Đông', 'Thôn Đông');
const tay = unit('T2', 'Thôn Tây', 'Thôn Tây');
const hnd = unit('HND', 'Hội Nông dân xã', 'Hội ND');

function tab(name: string, code = '', holdsData = false): TabFacts {
  return { name, code, holdsData };
}

/** The plan as (unit code → tab name or null, rename) pairs, easier to read in a failure. */
function steps(list: readonly { unit: { code: string }; tab: TabFacts | null; rename: boolean }[]) {
  return list.map((s) => [s.unit.code, s.tab?.name ?? null, s.rename]);
}

describe('planUnitTabs: which tab serves each unit', () => {
  it('makes a tab for every unit of a Sheet without unit tabs, in the order of Cấu hình', () => {
    const plan = planUnitTabs([dong, tay, hnd], [tab('Ghi chú của thư ký', '', true)]);
    expect(steps(plan.toMake)).toEqual([
      ['T1', null, false],
      ['T2', null, false],
      ['HND', null, false],
    ]);
    expect(plan.toRefresh).toEqual([]);
    expect(plan.toRetire).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('keeps a tab found by its code, renaming it when Cấu hình names it otherwise', () => {
    const old = tab('Thôn Đông cũ', 'T1');
    const same = tab('Thôn Tây', 'T2');
    const plan = planUnitTabs([dong, tay], [same, old]);
    expect(steps(plan.toRefresh)).toEqual([
      ['T1', 'Thôn Đông cũ', true],
      ['T2', 'Thôn Tây', false],
    ]);
    expect(plan.toRefresh[0].tab).toBe(old);
    expect(plan.toMake).toEqual([]);
  });

  it('matches codes whatever their case', () => {
    const plan = planUnitTabs([hnd], [tab('Hội ND', 'hnd')]);
    expect(steps(plan.toRefresh)).toEqual([['HND', 'Hội ND', false]]);
  });

  it('lists the units to make before those to refresh, each in the order of Cấu hình', () => {
    const plan = planUnitTabs([dong, tay, hnd], [tab('Hội ND', 'HND'), tab('Thôn Đông', 'T1')]);
    expect(steps(plan.toMake)).toEqual([['T2', null, false]]);
    expect(steps(plan.toRefresh)).toEqual([
      ['T1', 'Thôn Đông', false],
      ['HND', 'Hội ND', false],
    ]);
  });

  it('takes over an empty tab of the unit name, laid out as a new one (renamed to the exact spelling)', () => {
    const blank = tab('thôn đông');
    const plan = planUnitTabs([dong], [blank]);
    expect(steps(plan.toMake)).toEqual([['T1', 'thôn đông', true]]);
    expect(plan.toMake[0].tab).toBe(blank);
    expect(plan.toRefresh).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('retires the unit tabs whose code no unit has any more, and only those', () => {
    const gone = tab('Thôn Bắc', 'T9');
    const plan = planUnitTabs([dong], [tab('Thôn Đông', 'T1'), gone, tab('Ghi chú')]);
    expect(plan.toRetire).toEqual([gone]);
  });
});

describe('planUnitTabs: what stops the whole setup before it changes anything', () => {
  it('two tabs with the same code (a duplicated tab)', () => {
    const plan = planUnitTabs([dong], [tab('Thôn Đông', 'T1'), tab('Thôn Đông (bản sao)', 'T1')]);
    expect(plan.problems).toEqual([
      '- Các tab "Thôn Đông", "Thôn Đông (bản sao)" cùng mang mã đơn vị T1 (ô I2), có thể do nhân bản tab. Hãy xóa tab thừa (sau khi chép số liệu sang tab đúng) rồi chạy lại.',
    ]);
  });

  it("a unit's tab name taken by another unit's tab", () => {
    const renamedTay = unit('T2', 'Thôn Tây', 'Thôn Đông');
    const plan = planUnitTabs([renamedTay], [tab('Thôn Đông', 'T1')]);
    expect(plan.problems).toEqual([
      '- Tên tab "Thôn Đông" của đơn vị T2 đang là tab của đơn vị T1. Hãy đặt tên tab khác trong Cấu hình.',
    ]);
  });

  it('a rename onto the name of another tab the product did not make', () => {
    const plan = planUnitTabs([dong], [tab('Thôn Đông cũ', 'T1'), tab('Thôn Đông')]);
    expect(plan.problems).toEqual([
      '- Không đổi được tên tab "Thôn Đông cũ" của đơn vị T1 thành "Thôn Đông" vì đã có một tab khác tên như vậy. Hãy đổi tên tab đó, hoặc đặt tên khác trong Cấu hình.',
    ]);
  });

  it("a tab of the unit's name that the product did not make and that holds data", () => {
    const plan = planUnitTabs([dong, hnd], [tab('Thôn Đông', '', true)]);
    expect(plan.problems).toEqual([
      '- Đã có tab "Thôn Đông" không do tiện ích tạo và đang có dữ liệu. Hãy đổi tên tab đó, hoặc đặt tên tab khác cho đơn vị T1 trong Cấu hình.',
    ]);
  });

  it('every problem at once, duplicates first', () => {
    const plan = planUnitTabs(
      [dong, tay, hnd],
      [tab('A', 'T9'), tab('B', 'T9'), tab('Thôn Tây', 'T1'), tab('Hội ND', '', true)],
    );
    // Thôn Đông's tab (code T1) bears Thôn Tây's name: a rename to "Thôn Đông" is free, but Thôn Tây
    // cannot have its name; Hội ND's name is held by a tab with someone's data.
    expect(plan.problems.map((p) => p.slice(0, 20))).toEqual([
      '- Các tab "A", "B" c',
      '- Tên tab "Thôn Tây"',
      '- Đã có tab "Hội ND"',
    ]);
  });
});

it('unitTabPlanRefusal says that nothing was changed, then each problem on its line', () => {
  expect(unitTabPlanRefusal(['- Một.', '- Hai.'])).toBe('Chưa thay đổi gì trong bảng tính vì:\n- Một.\n- Hai.');
});
