// onEdit (a simple trigger, running as the person who edited): an edit in a unit's table or
// narrative stamps "Cập nhật lần cuối" on that unit's tab with the time in Vietnam; an edit
// anywhere else writes nothing.

import type { SheetImpl } from '../../local/emulator/spreadsheet';
import type { Scenario } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import {
  CATALOGUE_TAB,
  rowStarting,
  SETTINGS_TAB,
  setUpSample,
  snapshotAll,
  snapshotTab,
  unitOf,
} from './setup-helpers';

/** The edit event Sheets hands to onEdit, made inside the bundle's realm. */
function edit(s: Scenario, tab: string, row: number, col: number): unknown {
  return s.app.evaluate(
    `(function () {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var range = ss.getSheetByName(${JSON.stringify(tab)}).getRange(${row}, ${col});
      return { range: range, source: ss, value: range.getValue(), authMode: 'LIMITED' };
    })()`,
  );
}

/** "dd/MM/yyyy HH:mm" in Vietnam, computed here with Intl. */
function vnTime(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('day')}/${p('month')}/${p('year')} ${p('hour')}:${p('minute')}`;
}

/** The cell right of the "Cập nhật lần cuối" label. */
function stampOf(tab: SheetImpl): unknown {
  const block = tab.getRange(1, 1, 4, 13).getValues();
  for (const [r, row] of block.entries()) {
    const c = row.findIndex((v) => /^Cập nhật lần cuối/.test(String(v)));
    if (c >= 0) return block[r][c + 1];
  }
  throw new Error('No "Cập nhật lần cuối" label');
}

describe('onEdit', () => {
  const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
  let s: Scenario;
  let tab: SheetImpl;
  let header: number;

  beforeAll(() => {
    s = setUpSample();
    tab = s.ss.sheet(hnd.tabName);
    header = rowStarting(tab, 'Ngày');
    s.ws.setNow(new Date('2023-06-10T23:30:00Z'));
  });

  it('stamps the unit’s tab when its editor changes an activity row, in Vietnam time', () => {
    expect(stampOf(tab)).toBe('');
    s.ws.asUser(hnd.editors[0], () => {
      tab.getRange(header + 1, 5).setValue('Hội nghị');
      s.app.call('onEdit', edit(s, hnd.tabName, header + 1, 5));
    });
    // 23:30 UTC on 10/06 is 06:30 on 11/06 in Vietnam.
    expect(vnTime(s.ws.now())).toBe('11/06/2023 06:30');
    expect(stampOf(tab)).toBe('11/06/2023 06:30');
  });

  it('stamps again, later, for an edit in the narrative', () => {
    s.ws.advance(90 * 60 * 1000);
    const narrative = rowStarting(tab, 'Kỳ báo cáo');
    s.ws.asUser(hnd.editors[0], () => s.app.call('onEdit', edit(s, hnd.tabName, narrative + 1, 2)));
    expect(stampOf(tab)).toBe(vnTime(s.ws.now()));
    expect(stampOf(tab)).toBe('11/06/2023 08:00');
  });

  it('does not stamp for an edit of the header block itself', () => {
    const before = snapshotTab(tab);
    s.ws.advance(60 * 1000);
    s.ws.asUser(hnd.editors[0], () => s.app.call('onEdit', edit(s, hnd.tabName, 2, 2)));
    expect(snapshotTab(tab)).toEqual(before);
  });

  it('writes nothing for an edit in Cấu hình, Danh mục, or a tab the secretary made', () => {
    const own = s.ss.insertSheet('Ghi chú thư ký');
    own.getRange(1, 1, 3, 10).setValues([
      ['Việc', '', '', '', '', '', '', 'Người', 'Mã', ''],
      ['Nhắc Hội', '', '', '', '', '', '', 'Sơn', 'HND', ''],
      ['', '', '', '', '', '', '', '', '', ''],
    ]);
    const before = snapshotAll(s.ss);
    s.ws.advance(60 * 1000);
    for (const name of [SETTINGS_TAB, CATALOGUE_TAB, 'Ghi chú thư ký']) {
      s.app.call('onEdit', edit(s, name, 12, 2));
    }
    expect(snapshotAll(s.ss)).toEqual(before);
  });
});
