// Thiết lập bảng tính on a slow Google: Apps Script kills a run at 6 minutes without a word, so setup
// must stop by itself a little before, leave every tab it touched complete, tell the secretary how
// far it got, and let each new run get further. It also must not spend slow sharing (ACL) calls on
// protections that are already right, while a new protection always gets its editors set.

import { ProtectionImpl, SheetImpl } from '../../local/emulator/spreadsheet';
import { pasteActivities, type Scenario, sampleRows, shareWithUnits, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { UnitSetting } from '../../src/domain/types';
import {
  ACTIVITY_HEADER,
  lastAlert,
  PROTECTED,
  protectionOf,
  rowStarting,
  setUpSample,
  snapshotTab,
  unitOf,
  vnDate,
} from './setup-helpers';

const MINUTE = 60_000;
/** What one change of a protection's editors costs in this test: Drive ACL calls are the slow ones. */
const ACL_CALL_MS = 100_000;

/** Makes every Protection.addEditors take ACL_CALL_MS of the emulated clock, for the body's duration. */
function withSlowSharing<T>(s: Scenario, body: () => T): T {
  const original = ProtectionImpl.prototype.addEditors;
  ProtectionImpl.prototype.addEditors = function (this: ProtectionImpl, users: unknown) {
    s.ws.advance(ACL_CALL_MS);
    return original.call(this, users);
  };
  try {
    return body();
  } finally {
    ProtectionImpl.prototype.addEditors = original;
  }
}

/** Runs setup and returns how much emulated wall time it took. */
function timedSetup(s: Scenario): number {
  const start = s.ws.now().getTime();
  s.app.call('menuSetup');
  return s.ws.now().getTime() - start;
}

function expectCompleteTab(s: Scenario, u: UnitSetting): void {
  const tabs = s.ss.getSheets().filter((x) => x.getName() === u.tabName);
  expect(tabs).toHaveLength(1);
  const tab = tabs[0];
  const header = rowStarting(tab, 'Ngày');
  expect({ tab: u.tabName, header: tab.getRange(header, 1, 1, 13).getValues()[0] }).toEqual({
    tab: u.tabName,
    header: ACTIVITY_HEADER,
  });
  expect(tab.getRange(2, 9).getValue()).toBe(u.code);
  expect(tab.getRange(tab.getMaxRows(), 2).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_RANGE');
  expect(protectionOf(tab)).toEqual({ editors: [...new Set([s.ws.owner, ...u.editors])].sort(), warningOnly: false });
}

const stopNote = (done: number, total: number) =>
  `Đã thiết lập xong ${done}/${total} tab đơn vị; hãy chạy lại Thiết lập bảng tính để hoàn tất (dữ liệu đã nhập được giữ nguyên).`;

describe('setup on a Google so slow that the unit tabs do not fit in one run', () => {
  const units = SAMPLE_SETTINGS.units;
  let s: Scenario;
  let firstRun: number;
  let made: UnitSetting[];

  beforeAll(() => {
    s = setUpSample({ ...SAMPLE_SETTINGS, units: [] });
    writeSettings(s, SAMPLE_SETTINGS);
    shareWithUnits(s, SAMPLE_SETTINGS);
    firstRun = withSlowSharing(s, () => timedSetup(s));
    made = units.filter((u) => s.ss.getSheetByName(u.tabName) !== null);
  });

  it('stops by itself after about 4 to 5 minutes, before Apps Script’s 6-minute limit', () => {
    expect(firstRun).toBeGreaterThanOrEqual(4 * MINUTE);
    expect(firstRun).toBeLessThan(6 * MINUTE);
    expect(made.length).toBeGreaterThan(0);
    expect(made.length).toBeLessThan(units.length);
  });

  it('says how far it got and to run it again, in Vietnamese, without a failure title', () => {
    const { title, message } = lastAlert(s);
    expect(title).not.toMatch(/chưa thực hiện/);
    expect(message).toContain(stopNote(made.length, units.length));
  });

  it('leaves every tab it made complete: header, code, dropdowns, protection', () => {
    for (const u of made) expectCompleteTab(s, u);
  });

  it('gets further on each run, keeps what the units typed meanwhile, and then says nothing more', () => {
    const typed = made[0];
    pasteActivities(s, typed, sampleRows(3, 2023, 6, vnDate));
    const before = snapshotTab(s.ss.sheet(typed.tabName));
    let count = made.length;
    for (let run = 0; run < units.length && count < units.length; run++) {
      const took = withSlowSharing(s, () => timedSetup(s));
      expect(took).toBeLessThan(6 * MINUTE);
      const now = units.filter((u) => s.ss.getSheetByName(u.tabName) !== null).length;
      expect(now).toBeGreaterThan(count);
      count = now;
      if (count < units.length) expect(lastAlert(s).message).toContain(stopNote(count, units.length));
    }
    expect(count).toBe(units.length);
    // The run that made the last tabs did the whole job: nothing is left to finish.
    expect(lastAlert(s).message).not.toMatch(/chạy lại/);
    for (const u of units) expectCompleteTab(s, u);
    expect(snapshotTab(s.ss.sheet(typed.tabName))).toEqual(before);
  });
});

describe('a re-run so slow that refreshing every existing tab does not fit in one run', () => {
  it('says every unit has its tab, how many were refreshed, and to run it again', () => {
    const units = SAMPLE_SETTINGS.units;
    const s = setUpSample();
    // The owner spoils the unit name (a cell the product owns) in every tab: a refreshed tab has it back.
    for (const u of units) s.ws.spreadsheets.typeInto(u.tabName, 'B2', 'tên sai');
    const refreshed = () => units.filter((u) => s.ss.sheet(u.tabName).getRange('B2').getValue() === u.name);
    const tabNames = new Set(units.map((u) => u.tabName));
    const original = SheetImpl.prototype.setFrozenRows;
    SheetImpl.prototype.setFrozenRows = function (this: SheetImpl, rows: number) {
      if (tabNames.has(this.getName())) s.ws.advance(MINUTE);
      return original.call(this, rows);
    };
    let took: number;
    try {
      took = timedSetup(s);
    } finally {
      SheetImpl.prototype.setFrozenRows = original;
    }
    expect(took).toBeLessThan(6 * MINUTE);
    const done = refreshed().length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(units.length);
    const { message } = lastAlert(s);
    expect(message).toContain(`Đã có đủ ${units.length} tab đơn vị và đã cập nhật ${done}/${units.length} tab`);
    expect(message).toMatch(/chạy lại Thiết lập bảng tính/);
    s.app.call('menuSetup');
    expect(refreshed()).toHaveLength(units.length);
    expect(lastAlert(s).message).not.toMatch(/chạy lại/);
  });
});

describe('the protections of a set-up Sheet', () => {
  it('cost no sharing call when they are already right, and are put right when changed by hand', () => {
    const s = setUpSample();
    s.ws.calls.reset();
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    expect(s.ws.calls.count('Protection.addEditors') + s.ws.calls.count('Protection.removeEditors')).toBe(0);

    // The secretary loosens one tab's protection by hand: a stranger in, the unit's editor out.
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    const stranger = 'nguoila@example.com';
    s.ss.addEditor(stranger);
    const p = s.ss.sheet(hnd.tabName).getProtections('SHEET')[0];
    p.addEditor(stranger);
    p.removeEditors(hnd.editors);
    s.app.call('menuSetup');
    expect(protectionOf(s.ss.sheet(hnd.tabName))).toEqual({
      editors: [s.ws.owner, ...hnd.editors].sort(),
      warningOnly: false,
    });
    const row = rowStarting(s.ss.sheet(hnd.tabName), 'Ngày') + 1;
    s.ws.asUser(stranger, () => {
      expect(() => s.ws.spreadsheets.typeInto(hnd.tabName, `E${row}`, 'người lạ sửa')).toThrow(PROTECTED);
    });
    s.ws.asUser(hnd.editors[0], () => s.ws.spreadsheets.typeInto(hnd.tabName, `E${row}`, 'Hội sửa'));
  });

  it('a new tab’s protection gets its editors even when the Sheet is shared with exactly them', () => {
    // Until a script sets a new protection's editors, Google lets every editor of the Sheet edit:
    // a list that happens to equal the wanted one must still be set.
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    const settings = { ...SAMPLE_SETTINGS, units: [hnd] };
    const s = setUpSample({ ...SAMPLE_SETTINGS, units: [] });
    writeSettings(s, settings);
    shareWithUnits(s, settings);
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    const colleague = 'vanphong.minhtien@example.com';
    s.ss.addEditor(colleague);
    const row = rowStarting(s.ss.sheet(hnd.tabName), 'Ngày') + 1;
    s.ws.asUser(colleague, () => {
      expect(() => s.ws.spreadsheets.typeInto(hnd.tabName, `E${row}`, 'đồng nghiệp sửa')).toThrow(PROTECTED);
    });
  });

  it('a run stopped right after protecting a new tab leaves it to the next run to set its editors', () => {
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    const settings = { ...SAMPLE_SETTINGS, units: [hnd] };
    const s = setUpSample({ ...SAMPLE_SETTINGS, units: [] });
    writeSettings(s, settings);
    shareWithUnits(s, settings);
    // The protection exists, its editors were never set: it still mirrors the Sheet's editors.
    s.ws.faults.failOn('Protection.addEditors', { nth: 1 });
    s.app.call('menuSetup');
    expect(lastAlert(s).title).toMatch(/chưa thực hiện được/);
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    const colleague = 'vanphong.minhtien@example.com';
    s.ss.addEditor(colleague);
    const row = rowStarting(s.ss.sheet(hnd.tabName), 'Ngày') + 1;
    s.ws.asUser(colleague, () => {
      expect(() => s.ws.spreadsheets.typeInto(hnd.tabName, `E${row}`, 'đồng nghiệp sửa')).toThrow(PROTECTED);
    });
    s.ws.asUser(hnd.editors[0], () => s.ws.spreadsheets.typeInto(hnd.tabName, `E${row}`, 'Hội sửa'));
  });
});
