// Google fails a call in the middle of Thiết lập bảng tính (a quota, a timeout, a server error):
// the secretary reads a Vietnamese message, no stack trace, and running setup again finishes the job
// without duplicating a tab or losing a row.

import { pasteActivities, sampleRows, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import {
  ACTIVITY_HEADER,
  lastAlert,
  protectionOf,
  rowStarting,
  setUpSample,
  snapshotTab,
  vnDate,
} from './setup-helpers';

const OWNER = 'thuky.bqlntm@gmail.com';

function expectComplete(s: ReturnType<typeof setUpSample>): void {
  for (const u of SAMPLE_SETTINGS.units) {
    const tabs = s.ss.getSheets().filter((x) => x.getName() === u.tabName);
    expect(tabs).toHaveLength(1);
    const tab = tabs[0];
    const header = rowStarting(tab, 'Ngày');
    expect(tab.getRange(header, 1, 1, 13).getValues()[0]).toEqual(ACTIVITY_HEADER);
    expect(tab.getFrozenRows()).toBe(header);
    expect(
      tab
        .getRange(header + 1, 2)
        .getDataValidation()
        ?.getCriteriaType(),
    ).toBe('VALUE_IN_RANGE');
    expect(protectionOf(tab)).toEqual({ editors: [...new Set([OWNER, ...u.editors])].sort(), warningOnly: false });
  }
}

function expectVietnameseFailure(message: string, title: string): void {
  expect(title).toMatch(/chưa thực hiện được/);
  expect(message).toMatch(/Google/);
  expect(message).toMatch(/chạy lại/i);
  expect(message).not.toMatch(/\n\s+at /);
}

describe('a fault in the middle of setup', () => {
  it('while creating the unit tabs: a Vietnamese message, and a re-run completes', () => {
    const s = setUpSample({ ...SAMPLE_SETTINGS, units: [] });
    writeSettings(s, SAMPLE_SETTINGS);
    // Cấu hình is refreshed first (1), then one call per unit tab: the third fails.
    s.ws.faults.failOn('Sheet.setFrozenRows', { nth: 3 });
    s.app.call('menuSetup');
    const failed = lastAlert(s);
    expectVietnameseFailure(failed.message, failed.title);
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    expectComplete(s);
  });

  it('at every step of a unit tab’s layout, the re-run completes it', () => {
    const steps: [string, number][] = [
      ['Range.setValues', 1],
      ['Range.setValues', 2],
      ['Spreadsheet.insertSheet', 2],
      ['Protection.addEditors', 2],
      ['Range.setDataValidations', 2],
    ];
    for (const [key, nth] of steps) {
      const s = setUpSample({ ...SAMPLE_SETTINGS, units: [] });
      writeSettings(s, SAMPLE_SETTINGS);
      s.ws.faults.failOn(key, { nth, message: 'Service Spreadsheets timed out while accessing document' });
      s.app.call('menuSetup');
      const failed = lastAlert(s);
      expect({ key, title: failed.title }).toEqual({ key, title: expect.stringMatching(/chưa thực hiện được/) });
      expect(failed.message).not.toMatch(/\n\s+at /);
      s.app.call('menuSetup');
      expect({ key, message: lastAlert(s).message }).toEqual({
        key,
        message: expect.stringMatching(/Đã thiết lập xong/),
      });
      expectComplete(s);
    }
  });

  it('on a re-run over typed data: nothing is lost, and the next run completes', () => {
    const s = setUpSample();
    const units = SAMPLE_SETTINGS.units.slice(0, 5);
    units.forEach((u, i) => {
      pasteActivities(s, u, sampleRows(i, 2023, 4, vnDate));
    });
    const before = units.map((u) => snapshotTab(s.ss.sheet(u.tabName)));
    s.ws.faults.failOn('Range.setDataValidations', { nth: 3 });
    s.app.call('menuSetup');
    expectVietnameseFailure(lastAlert(s).message, lastAlert(s).title);
    s.app.call('menuSetup');
    expectComplete(s);
    units.forEach((u, i) => {
      expect(snapshotTab(s.ss.sheet(u.tabName))).toEqual(before[i]);
    });
  });
});
