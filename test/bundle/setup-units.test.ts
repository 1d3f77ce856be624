// Units change between runs of Thiết lập bảng tính: one is added, one removed, one renamed in Cấu
// hình, and a unit's editor renames its own tab by hand. Tabs are found again by the unit's code,
// so no data is ever lost and no tab is deleted.

import { pasteActivities, type Scenario, sampleRows, shareWithUnits, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings, UnitSetting } from '../../src/domain/types';
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

const OWNER = 'thuky.bqlntm@gmail.com';

function withUnits(units: UnitSetting[]): Settings {
  return { ...SAMPLE_SETTINGS, units };
}

/** The data area (activity rows) of a tab, as values. */
function dataOf(s: Scenario, tabName: string): unknown[][] {
  const sheet = s.ss.sheet(tabName);
  const header = rowStarting(sheet, 'Ngày');
  return sheet.getRange(header + 1, 1, sheet.getMaxRows() - header, ACTIVITY_HEADER.length).getValues();
}

/** The texts of a tab's header block that do not name its unit (labels, status). */
function statusOf(s: Scenario, tabName: string, unit: UnitSetting): string[] {
  const sheet = s.ss.sheet(tabName);
  return (
    sheet
      .getRange(1, 1, rowStarting(sheet, 'Kỳ báo cáo') - 1, 13)
      .getValues()
      .flat()
      .map(String)
      .filter((v) => v !== '' && v !== unit.code && !v.includes(unit.name) && !v.includes(unit.contactName))
      // The "Cập nhật lần cuối" stamp is the unit's own (onEdit), not a status the setup writes.
      .filter((v) => !/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(v))
  );
}

describe('a unit added in Cấu hình', () => {
  it('gets its own protected tab; the others are untouched', () => {
    const s = setUpSample();
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    pasteActivities(s, hnd, sampleRows(1, 2023, 6, vnDate));
    const before = snapshotTab(s.ss.sheet(hnd.tabName));
    const added: UnitSetting = {
      code: 'T-NB',
      name: 'Thôn Nà Bó',
      kind: 'Thôn',
      tabName: 'Thôn Nà Bó',
      editors: ['thonnabo.minhtien@example.com'],
      contactName: 'Hoàng Thị Lan',
      contactEmail: 'thonnabo.minhtien@example.com',
    };
    const settings = withUnits([...SAMPLE_SETTINGS.units, added]);
    writeSettings(s, settings);
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toContain(added.tabName);
    const tab = s.ss.sheet(added.tabName);
    expect(tab.getRange(rowStarting(tab, 'Ngày'), 1, 1, 13).getValues()[0]).toEqual(ACTIVITY_HEADER);
    expect(protectionOf(tab)).toEqual({ editors: [...added.editors, OWNER].sort(), warningOnly: false });
    expect(snapshotTab(s.ss.sheet(hnd.tabName))).toEqual(before);
    expect(s.ss.getSheets().filter((x) => x.getName() === added.tabName)).toHaveLength(1);
  });
});

describe('a unit removed from Cấu hình', () => {
  const hcbb = unitOf(SAMPLE_SETTINGS, 'HCCB');
  let s: Scenario;
  let before: unknown[][];
  let id: number;

  beforeAll(() => {
    s = setUpSample();
    pasteActivities(s, hcbb, sampleRows(2, 2023, 7, vnDate));
    before = dataOf(s, hcbb.tabName);
    id = s.ss.sheet(hcbb.tabName).getSheetId();
    writeSettings(s, withUnits(SAMPLE_SETTINGS.units.filter((u) => u.code !== hcbb.code)));
    s.app.call('menuSetup');
  });

  it('keeps its tab and every row the unit typed', () => {
    const tab = s.ss.getSheetById(id);
    expect(tab).not.toBeNull();
    expect(dataOf(s, tab!.getName())).toEqual(before);
    expect(lastAlert(s).message).toContain(tab!.getName());
  });

  it('marks the tab, unlike the tab of a unit still reporting', () => {
    const tab = s.ss.getSheetById(id)!;
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    expect(statusOf(s, tab.getName(), hcbb)).not.toEqual(statusOf(s, hnd.tabName, hnd));
  });

  it('closes the tab to the unit: only the owner may edit it', () => {
    const tab = s.ss.getSheetById(id)!;
    expect(protectionOf(tab)).toEqual({ editors: [OWNER], warningOnly: false });
    const header = rowStarting(tab, 'Ngày');
    s.ws.asUser(hcbb.editors[0], () => {
      expect(() => s.ws.spreadsheets.typeInto(tab.getName(), `E${header + 1}`, 'sửa sau khi bị bỏ')).toThrow(PROTECTED);
    });
  });

  it('opens it again, data intact, when the unit comes back', () => {
    writeSettings(s, SAMPLE_SETTINGS);
    s.app.call('menuSetup');
    const tab = s.ss.getSheetById(id)!;
    expect(tab.getName()).toBe(hcbb.tabName);
    expect(dataOf(s, hcbb.tabName)).toEqual(before);
    expect(protectionOf(tab)?.editors).toEqual([OWNER, ...hcbb.editors].sort());
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    expect(statusOf(s, hcbb.tabName, hcbb)).toEqual(statusOf(s, hnd.tabName, hnd));
    expect(tab.getTabColor()).toBe(s.ss.sheet(hnd.tabName).getTabColor());
  });
});

describe('a unit’s tab renamed', () => {
  const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
  let s: Scenario;
  let id: number;
  let before: unknown[][];

  beforeAll(() => {
    s = setUpSample();
    pasteActivities(s, hnd, sampleRows(3, 2023, 5, vnDate));
    id = s.ss.sheet(hnd.tabName).getSheetId();
    before = dataOf(s, hnd.tabName);
  });

  it('in Cấu hình: the same tab takes the new name and keeps its data', () => {
    const renamed = { ...hnd, tabName: 'Hội ND xã', name: 'Hội Nông dân xã Minh Tiến' };
    writeSettings(s, withUnits(SAMPLE_SETTINGS.units.map((u) => (u.code === hnd.code ? renamed : u))));
    s.app.call('menuSetup');
    const tab = s.ss.getSheetById(id)!;
    expect(tab.getName()).toBe('Hội ND xã');
    expect(s.ss.getSheetByName(hnd.tabName)).toBeNull();
    expect(dataOf(s, 'Hội ND xã')).toEqual(before);
    expect(s.ss.sheet('Hội ND xã').getRange(1, 1, 3, 13).getValues().flat()).toContain('Hội Nông dân xã Minh Tiến');
    expect(lastAlert(s).message).toContain('Hội ND xã');
  });

  it('by the unit’s editor by hand: setup finds it by the code and gives it back its name', () => {
    writeSettings(s, SAMPLE_SETTINGS);
    s.app.call('menuSetup');
    expect(s.ss.getSheetById(id)!.getName()).toBe(hnd.tabName);
    s.ws.asUser(hnd.editors[0], () => s.ss.getSheetById(id)!.setName('Tab của Hội ND'));
    s.app.call('menuSetup');
    const tab = s.ss.getSheetById(id)!;
    expect(tab.getName()).toBe(hnd.tabName);
    expect(dataOf(s, hnd.tabName)).toEqual(before);
    expect(
      s.ss.getSheets().filter((x) => x.getName() === hnd.tabName || x.getName() === 'Tab của Hội ND'),
    ).toHaveLength(1);
  });

  it('another unit cannot rename a unit’s tab', () => {
    const other = unitOf(SAMPLE_SETTINGS, 'MTTQ');
    shareWithUnits(s, SAMPLE_SETTINGS);
    s.ws.asUser(other.editors[0], () => {
      expect(() => s.ss.getSheetById(id)!.setName('Tab lạ')).toThrow(PROTECTED);
    });
  });
});

describe('tabs the secretary made', () => {
  it('are left exactly as they were, even with something where unit tabs keep their code', () => {
    const s = setUpSample();
    const rows = (code: string) => [
      ['Việc cần làm', '', '', '', '', '', '', 'Người', 'Mã', 'Hạn'],
      ['Nhắc Hội Nông dân', '', '', '', '', '', '', 'Sơn', code, '14/6'],
      ['Gọi thôn Tân Lập', '', '', '', '', '', '', 'Hải', '', '15/6'],
    ];
    // One holds a code of no unit in the cell, the other the code of a unit that has its tab.
    const mine = ['Ghi chú thư ký', 'Việc tuần này'];
    s.ss.insertSheet(mine[0]).getRange(1, 1, 3, 10).setValues(rows('Gấp'));
    s.ss
      .insertSheet(mine[1])
      .getRange(1, 1, 3, 10)
      .setValues(rows(unitOf(SAMPLE_SETTINGS, 'HCCB').code));
    const before = mine.map((name) => snapshotTab(s.ss.sheet(name)));
    s.app.call('menuSetup');
    expect(lastAlert(s).title).not.toMatch(/chưa thực hiện/);
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    for (const [i, name] of mine.entries()) {
      const tab = s.ss.sheet(name);
      expect(snapshotTab(tab)).toEqual(before[i]);
      expect(protectionOf(tab)).toBeNull();
      expect(tab.getTabColor()).toBeNull();
      expect(lastAlert(s).message).not.toContain(name);
    }
  });
});

describe('renames that cannot all be done', () => {
  it('a unit tab duplicated by hand: both named in one message, nothing changed', () => {
    const s = setUpSample();
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    // What "Nhân bản" does: a copy of every cell, the unit's code included, under another name.
    const copy = s.ss.insertSheet('Bản sao của Hội Nông dân');
    const source = s.ss.sheet(hnd.tabName);
    const header = rowStarting(source, 'Ngày');
    copy.getRange(1, 1, header, 13).setValues(source.getRange(1, 1, header, 13).getValues());
    const before = s.ss.getSheets().map(snapshotTab);
    s.app.call('menuSetup');
    const { message } = lastAlert(s);
    expect(message).toContain('Bản sao của Hội Nông dân');
    expect(message).toContain(`"${hnd.tabName}"`);
    expect(message).toMatch(/[Cc]hưa thay đổi gì/);
    expect(s.ss.getSheets().map(snapshotTab)).toEqual(before);
  });

  it('a new tab name already taken by another tab: told before anything changes', () => {
    const s = setUpSample();
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    s.ss.insertSheet('Hội ND xã');
    writeSettings(
      s,
      withUnits(SAMPLE_SETTINGS.units.map((u) => (u.code === hnd.code ? { ...u, tabName: 'Hội ND xã' } : u))),
    );
    const before = s.ss.getSheets().map(snapshotTab);
    s.app.call('menuSetup');
    const { message } = lastAlert(s);
    expect(message).toContain('Hội ND xã');
    expect(message).toMatch(/[Cc]hưa thay đổi gì/);
    expect(s.ss.getSheets().map(snapshotTab)).toEqual(before);
  });

  it('two units swapping tab names: told before anything changes', () => {
    const s = setUpSample();
    const [a, b] = [unitOf(SAMPLE_SETTINGS, 'HND'), unitOf(SAMPLE_SETTINGS, 'MTTQ')];
    writeSettings(
      s,
      withUnits(
        SAMPLE_SETTINGS.units.map((u) =>
          u.code === a.code ? { ...u, tabName: b.tabName } : u.code === b.code ? { ...u, tabName: a.tabName } : u,
        ),
      ),
    );
    const before = s.ss.getSheets().map(snapshotTab);
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/[Cc]hưa thay đổi gì/);
    expect(s.ss.getSheets().map(snapshotTab)).toEqual(before);
  });
});
