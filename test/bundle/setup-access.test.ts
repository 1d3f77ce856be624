// Who may write where once the Sheet is set up and shared: a unit's editor only in its own tab,
// never in another unit's tab, Cấu hình or Danh mục, whether typing, pasting, or through a script;
// the owner everywhere. A unit's editor who clicks Thiết lập bảng tính is told, and nothing changes.

import { newScenario, type Scenario, shareWithUnits, writeCatalogue, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import {
  activityLetter,
  CATALOGUE_TAB,
  lastAlert,
  PROTECTED,
  protectionOf,
  rowStarting,
  SETTINGS_TAB,
  setUpSample,
  snapshotAll,
  unitOf,
} from './setup-helpers';

describe('after setup, for a unit’s editor', () => {
  let s: Scenario;
  const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
  const mttq = unitOf(SAMPLE_SETTINGS, 'MTTQ');
  let header: number;

  beforeAll(() => {
    s = setUpSample();
    header = rowStarting(s.ss.sheet(mttq.tabName), 'Ngày');
  });

  it('may type and paste in the unit’s own tab', () => {
    const row = header + 1;
    s.ws.asUser(hnd.editors[0], () => {
      s.ws.spreadsheets.typeInto(hnd.tabName, `${activityLetter('Mô tả')}${row}`, 'Hội nghị chi hội');
      s.ss
        .sheet(hnd.tabName)
        .getRange(row + 1, 5, 1, 2)
        .setValues([['Phát tờ rơi', 200]]);
    });
    expect(s.ss.sheet(hnd.tabName).getRange(row, 5, 2, 2).getValues()).toEqual([
      ['Hội nghị chi hội', ''],
      ['Phát tờ rơi', 200],
    ]);
  });

  it('may not type, paste or clear in another unit’s tab, nor in Cấu hình or Danh mục', () => {
    const before = snapshotAll(s.ss);
    s.ws.asUser(hnd.editors[0], () => {
      const targets: [string, string][] = [
        [mttq.tabName, `${activityLetter('Mô tả')}${header + 1}`],
        [mttq.tabName, 'B2'],
        [SETTINGS_TAB, 'B4'],
        [SETTINGS_TAB, 'E30'],
        [CATALOGUE_TAB, 'A40'],
      ];
      for (const [tab, a1] of targets) {
        expect(() => s.ws.spreadsheets.typeInto(tab, a1, 'Hội Nông dân sửa')).toThrow(PROTECTED);
        expect(() =>
          s.ss
            .sheet(tab)
            .getRange(a1)
            .setValues([['Hội Nông dân dán']]),
        ).toThrow(PROTECTED);
        expect(() => s.ss.sheet(tab).getRange(a1).clearContent()).toThrow(PROTECTED);
      }
      expect(() => s.ss.sheet(mttq.tabName).insertRowsAfter(header, 1)).toThrow(PROTECTED);
    });
    expect(snapshotAll(s.ss)).toEqual(before);
  });

  it('is refused the same way through a script running as that editor', () => {
    s.ws.asUser(hnd.editors[0], () => {
      for (const tab of [mttq.tabName, SETTINGS_TAB, CATALOGUE_TAB]) {
        const write = `SpreadsheetApp.getActiveSpreadsheet().getSheetByName(${JSON.stringify(tab)}).getRange(12, 5).setValue('x')`;
        expect(() => s.app.evaluate(write)).toThrow(PROTECTED);
      }
    });
  });

  it('the owner may write in every tab', () => {
    for (const tab of [mttq.tabName, SETTINGS_TAB, CATALOGUE_TAB]) {
      s.ws.spreadsheets.typeInto(tab, 'Z50', 'thư ký');
      expect(s.ss.sheet(tab).getRange('Z50').getValue()).toBe('thư ký');
      s.ss.sheet(tab).getRange('Z50').clearContent();
    }
  });

  it('clicking Thiết lập bảng tính tells the editor only the owner may, and changes nothing', () => {
    const before = snapshotAll(s.ss);
    s.ws.asUser(hnd.editors[0], () => s.app.call('menuSetup'));
    const { message } = lastAlert(s);
    expect(message).toMatch(/chủ bảng tính/i);
    expect(message).toMatch(/[Cc]hưa thay đổi gì/);
    expect(message).not.toMatch(/\bat \S+ \(|Error:/);
    expect(snapshotAll(s.ss)).toEqual(before);
  });
});

describe('on a Sheet owned by a Google Workspace account', () => {
  it('a colleague of the same domain who edits the file still cannot write in a unit’s tab', () => {
    const owner = 'bqlntm@minhtien.gov.vn';
    const colleague = 'vanphong@minhtien.gov.vn';
    const s = newScenario({ owner });
    s.app.call('menuSetup');
    writeSettings(s, SAMPLE_SETTINGS);
    writeCatalogue(s, SAMPLE_CATALOGUE);
    s.app.call('menuSetup');
    shareWithUnits(s, SAMPLE_SETTINGS);
    s.ss.addEditor(colleague);
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    const row = rowStarting(s.ss.sheet(hnd.tabName), 'Ngày') + 1;
    s.ws.asUser(colleague, () => {
      expect(() => s.ws.spreadsheets.typeInto(hnd.tabName, `E${row}`, 'đồng nghiệp sửa')).toThrow(PROTECTED);
      expect(() => s.ws.spreadsheets.typeInto(SETTINGS_TAB, 'B4', 'đồng nghiệp sửa')).toThrow(PROTECTED);
    });
    s.ws.asUser(hnd.editors[0], () => s.ws.spreadsheets.typeInto(hnd.tabName, `E${row}`, 'Hội sửa'));
    expect(s.ss.sheet(hnd.tabName).getRange(`E${row}`).getValue()).toBe('Hội sửa');
  });
});

describe('protections lifted or loosened by hand', () => {
  it('are put back by the next run of setup', () => {
    const s = setUpSample();
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    const mttq = unitOf(SAMPLE_SETTINGS, 'MTTQ');
    for (const tab of [SETTINGS_TAB, CATALOGUE_TAB, hnd.tabName]) s.ss.sheet(tab).getProtections('SHEET')[0].remove();
    s.ss.sheet(mttq.tabName).getProtections('SHEET')[0].setWarningOnly(true);
    s.ws.asUser(hnd.editors[0], () => s.ws.spreadsheets.typeInto(CATALOGUE_TAB, 'A40', 'Hình thức tự thêm'));
    s.ss.sheet(CATALOGUE_TAB).getRange('A40').clearContent();
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    const owner = s.ws.owner;
    expect(protectionOf(s.ss.sheet(SETTINGS_TAB))).toEqual({ editors: [owner], warningOnly: false });
    expect(protectionOf(s.ss.sheet(CATALOGUE_TAB))).toEqual({ editors: [owner], warningOnly: false });
    for (const u of [hnd, mttq]) {
      expect(protectionOf(s.ss.sheet(u.tabName))).toEqual({
        editors: [owner, ...u.editors].sort(),
        warningOnly: false,
      });
    }
    s.ws.asUser(mttq.editors[0], () => {
      expect(() => s.ws.spreadsheets.typeInto(CATALOGUE_TAB, 'A40', 'Hình thức tự thêm')).toThrow(PROTECTED);
      expect(() => s.ws.spreadsheets.typeInto(hnd.tabName, 'E20', 'sửa hộ')).toThrow(PROTECTED);
    });
  });
});
