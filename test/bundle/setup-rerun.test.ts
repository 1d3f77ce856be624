// Running Thiết lập bảng tính again after the units typed their data loses nothing: every value,
// formula and displayed text of every tab is the same before and after, narratives included.

import { pasteActivities, type Scenario, sampleRows, writeNarrative } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import {
  activityLetter,
  lastAlert,
  rowStarting,
  SETTINGS_TAB,
  setUpSample,
  snapshotAll,
  snapshotTab,
  unitOf,
  vnDate,
} from './setup-helpers';

describe('re-running setup after the units typed data', () => {
  let s: Scenario;
  const settings = SAMPLE_SETTINGS;
  const hnd = unitOf(settings, 'HND');
  const mttq = unitOf(settings, 'MTTQ');

  beforeAll(() => {
    s = setUpSample(settings);
    settings.units.slice(0, 8).forEach((u, i) => {
      pasteActivities(s, u, sampleRows(i, 2023, 5 + i, vnDate));
    });
    writeNarrative(s, hnd, 0, ['Kết quả của Hội', 'Còn chậm', 'Thiếu kinh phí', "'=không phải công thức"]);
    writeNarrative(s, mttq, 1, ['Cả năm tốt', '', '', 'Đề nghị khen thưởng']);
    // What a unit types by hand: a formula, a text that starts like one, a note in the blank row,
    // a cell typed outside the table, a value pasted after row 1000.
    const header = rowStarting(s.ss.sheet(hnd.tabName), 'Ngày');
    s.ws.asUser(hnd.editors[0], () => {
      const type = (a1: string, text: string) => s.ws.spreadsheets.typeInto(hnd.tabName, a1, text);
      type(`${activityLetter('Ghi chú')}${header + 1}`, `=${activityLetter('Số lượng')}${header + 1}*2`);
      type(`${activityLetter('Mô tả')}${header + 2}`, "'+84 912 345 678 gọi trước khi đến");
      type(`A${header - 1}`, 'Ghi chú của Hội: số liệu đến 14/6');
      type(`O${header + 3}`, 'nháp');
    });
    pasteActivities(s, mttq, sampleRows(20, 2023, 1000, vnDate));
  });

  it('keeps every value, formula and displayed text of every tab, byte for byte', () => {
    const before = snapshotAll(s.ss);
    expect(before.find((t) => t.name === mttq.tabName)?.size[0]).toBeGreaterThan(1000);
    s.app.call('menuSetup');
    expect(lastAlert(s).title).not.toMatch(/chưa thực hiện/);
    const after = snapshotAll(s.ss);
    expect(after.map((t) => t.name)).toEqual(before.map((t) => t.name));
    for (let i = 0; i < before.length; i++) {
      expect({ name: after[i].name, values: after[i].values }).toEqual({
        name: before[i].name,
        values: before[i].values,
      });
      expect(after[i].formulas).toEqual(before[i].formulas);
      expect(after[i].display).toEqual(before[i].display);
      expect(after[i].id).toBe(before[i].id);
      expect(after[i].size).toEqual(before[i].size);
    }
  });

  it('keeps the narratives and the formula the unit typed', () => {
    const tab = s.ss.sheet(hnd.tabName);
    const narrative = rowStarting(tab, 'Kỳ báo cáo');
    expect(tab.getRange(narrative + 1, 2, 1, 4).getValues()[0]).toEqual([
      'Kết quả của Hội',
      'Còn chậm',
      'Thiếu kinh phí',
      '=không phải công thức',
    ]);
    const header = rowStarting(tab, 'Ngày');
    expect(tab.getRange(`${activityLetter('Ghi chú')}${header + 1}`).getFormula()).toBe(
      `=${activityLetter('Số lượng')}${header + 1}*2`,
    );
    expect(tab.getRange(`${activityLetter('Mô tả')}${header + 2}`).getValue()).toBe(
      '+84 912 345 678 gọi trước khi đến',
    );
  });

  it('extends the validation to the rows a unit added below row 1000', () => {
    const tab = s.ss.sheet(mttq.tabName);
    const last = tab.getMaxRows();
    expect(last).toBeGreaterThan(1000);
    expect(
      tab
        .getRange(`${activityLetter('Ngày')}${last}`)
        .getDataValidation()
        ?.getCriteriaType(),
    ).toBe('DATE_IS_VALID_DATE');
    expect(
      tab
        .getRange(`${activityLetter('Hình thức')}${last}`)
        .getDataValidation()
        ?.getCriteriaType(),
    ).toBe('VALUE_IN_RANGE');
  });

  it('a third run is as lossless as the second, and leaves Cấu hình as the secretary typed it', () => {
    const before = snapshotAll(s.ss);
    const settingsBefore = snapshotTab(s.ss.sheet(SETTINGS_TAB));
    s.app.call('menuSetup');
    expect(snapshotAll(s.ss)).toEqual(before);
    expect(snapshotTab(s.ss.sheet(SETTINGS_TAB))).toEqual(settingsBefore);
  });
});
