// Plausibility limits through the menu (issue 14, case 1): the limit typed in Cấu hình decides, a row
// over it is left out of Tổng hợp and listed in Kiểm tra with the value and the limit; a Cấu hình made
// before the limits existed gets their rows from the next setup, nothing else changed.

import { writeSettings } from '../../local/tools/scenario';
import { checkLines, fillAsOwner, makeUnits, mustConsolidate, setUpCommune, typedRow } from './consolidation.fixture';
import { lastAlert, rowStarting } from './setup-helpers';

const LIMIT_LABELS = [
  'Giới hạn số người tham dự một dòng',
  'Giới hạn số lượng một dòng',
  'Giới hạn kinh phí đơn vị một dòng (đồng)',
  'Giới hạn kinh phí lồng ghép một dòng (đồng)',
  'Giới hạn kinh phí xã hội hóa một dòng (đồng)',
];

/** A row of 15/03/2023 as a unit types it. */
function activity(participants: number, moneyUnit = 0): unknown[] {
  return typedRow({ 7: participants, 8: moneyUnit });
}

describe('plausibility limits in the Sheet', () => {
  it('a row over the limit typed in Cấu hình is not counted and is listed with the value and the limit', () => {
    const c = setUpCommune({ units: makeUnits(2) });
    writeSettings(c.s, { ...c.settings, limitParticipants: 300 });
    fillAsOwner(c, 0, [activity(250), activity(301), activity(912345678)]);
    fillAsOwner(c, 1, [activity(40, 123456789012), activity(60, 2_000_000)]);
    const run = mustConsolidate(c.s, 'half', 2023);
    expect(run.total.counted).toBe(2);
    expect(run.units.map((u) => [u.counted, u.notCounted])).toEqual([
      [1, 2],
      [1, 1],
    ]);
    const errors = checkLines(c.s).filter((l) => l.severity !== 'Cảnh báo' && /giới hạn/.test(l.message));
    expect(errors.map((l) => [l.tab, l.row, l.column])).toEqual([
      ['Thôn Đồng Tâm', 11, 'H (Số người tham dự)'],
      ['Thôn Đồng Tâm', 12, 'H (Số người tham dự)'],
      ['Thôn Hòa Bình', 10, 'I (Kinh phí đơn vị (đồng))'],
    ]);
    expect(errors[0].message).toContain('301 người lớn hơn giới hạn 300 người');
    expect(errors[1].message).toContain('912.345.678 người');
    expect(errors[2].message).toContain('123.456.789.012 đồng lớn hơn giới hạn 500.000.000 đồng');
  });

  it('a Cấu hình made before the limits gets their rows, with the defaults, from the next setup', () => {
    const c = setUpCommune({ units: makeUnits(1) });
    const sheet = c.s.ss.sheet('Cấu hình');
    for (const label of LIMIT_LABELS) sheet.deleteRow(rowStarting(sheet, label));
    const before = sheet.getDataRange().getValues();
    c.s.app.call('menuSetup');
    expect(lastAlert(c.s).message).toContain(
      `Đã thêm vào tab Cấu hình các dòng còn thiếu: ${LIMIT_LABELS.map((l) => `"${l}"`).join(', ')}`,
    );
    const rows = LIMIT_LABELS.map((l) => rowStarting(sheet, l));
    expect(rows.map((r) => sheet.getRange(r, 2).getValue())).toEqual([20000, 10000, 500000000, 500000000, 500000000]);
    // Everything that was there is still there, where it was.
    const after = sheet.getRange(1, 1, before.length, before[0].length).getValues();
    expect(after).toEqual(before);
  });
});
