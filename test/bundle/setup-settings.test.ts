// What Cấu hình may hold when setup runs: mistakes are all listed in one message and nothing in the
// Sheet changes; a Vietnamese name typed in combining form (NFD) is the same name as its NFC form.

import { pasteActivities, type Scenario, sampleRows, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings, UnitSetting } from '../../src/domain/types';
import { lastAlert, protectionOf, rowStarting, setUpSample, snapshotAll, unitOf, vnDate } from './setup-helpers';

function withUnits(units: UnitSetting[], extra: Partial<Settings> = {}): Settings {
  return { ...SAMPLE_SETTINGS, ...extra, units };
}

/** Everything setup could change: values, names, sizes, protections, tab colours, validation. */
function state(s: Scenario) {
  return {
    tabs: snapshotAll(s.ss),
    protections: s.ss.getSheets().map((x) => protectionOf(x)),
    colors: s.ss.getSheets().map((x) => x.getTabColor()),
    frozen: s.ss.getSheets().map((x) => x.getFrozenRows()),
    rules: s.ss.getSheets().map((x) =>
      x
        .getRange(1, 1, Math.min(x.getMaxRows(), 30), x.getMaxColumns())
        .getDataValidations()
        .flat()
        .map((r) => r?.getCriteriaType() ?? null),
    ),
    locale: s.ss.getSpreadsheetLocale(),
    timeZone: s.ss.getSpreadsheetTimeZone(),
  };
}

describe('wrong settings', () => {
  it('are listed together in one message, and nothing in the Sheet changes', () => {
    const s = setUpSample();
    const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
    pasteActivities(s, hnd, sampleRows(0, 2023, 4, vnDate));
    const units = SAMPLE_SETTINGS.units.map((u) => {
      if (u.code === 'MTTQ') return { ...u, editors: ['mttq.minhtien@example', 'mttq2.minhtien@example.com'] };
      // Two units, one tab name (the new one differs only in case).
      if (u.code === 'T-TL') return { ...u, tabName: 'thôn hòa bình' };
      return u;
    });
    // A unit added at the same time must not get its tab either.
    units.push({ ...unitOf(SAMPLE_SETTINGS, 'T-DT'), code: 'T-NB', name: 'Thôn Nà Bó', tabName: 'Thôn Nà Bó' });
    writeSettings(s, withUnits(units, { communeName: '' }));
    const before = state(s);
    const alerts = s.ws.ui.shown.length;

    s.app.call('menuSetup');

    expect(s.ws.ui.shown).toHaveLength(alerts + 1);
    const { message } = lastAlert(s);
    expect(message).toContain('mttq.minhtien@example');
    expect(message).toMatch(/[Ee]mail/);
    expect(message).toMatch(/thôn hòa bình/i);
    expect(message).toMatch(/trùng/);
    expect(message).toMatch(/tên xã/i);
    expect(message).toMatch(/[Cc]hưa thay đổi gì/);
    expect(message).not.toMatch(/\bat \S+ \(|Error:/);
    expect(state(s)).toEqual(before);
    expect(s.ss.getSheetByName('Thôn Nà Bó')).toBeNull();
  });

  it('on a first setup, create no unit tab at all', () => {
    const s = setUpSample({ ...SAMPLE_SETTINGS, units: [] });
    const names = s.ss.getSheets().map((x) => x.getName());
    writeSettings(
      s,
      withUnits(
        SAMPLE_SETTINGS.units.map((u) => (u.code === 'HND' ? { ...u, tabName: 'MTTQ' } : u)),
        { communeName: '' },
      ),
    );
    s.app.call('menuSetup');
    expect(s.ss.getSheets().map((x) => x.getName())).toEqual(names);
    expect(lastAlert(s).message).toMatch(/tên xã/i);
  });
});

describe('names typed in combining form (NFD)', () => {
  const nfd = (u: UnitSetting): UnitSetting => ({
    ...u,
    code: u.code.normalize('NFD'),
    name: u.name.normalize('NFD'),
    tabName: u.tabName.normalize('NFD'),
  });
  const dt = unitOf(SAMPLE_SETTINGS, 'T-DT');

  it('still match the unit’s tab: no second tab, the data stays', () => {
    const s = setUpSample();
    pasteActivities(s, dt, sampleRows(4, 2023, 5, vnDate));
    const id = s.ss.sheet(dt.tabName).getSheetId();
    const count = s.ss.getSheets().length;
    expect(dt.tabName.normalize('NFD')).not.toBe(dt.tabName);
    writeSettings(s, withUnits(SAMPLE_SETTINGS.units.map((u) => (u.code === dt.code ? nfd(u) : u))));
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    expect(s.ss.getSheets()).toHaveLength(count);
    const tab = s.ss.getSheetById(id)!;
    expect(tab.getName().normalize('NFC')).toBe(dt.tabName);
    const header = rowStarting(tab, 'Ngày');
    expect(tab.getRange(header + 1, 5).getValue()).not.toBe('');
    s.app.call('menuSetup');
    expect(s.ss.getSheets()).toHaveLength(count);
  });

  it('on a first setup, make the same tabs as NFC names, and a re-run in NFC makes none', () => {
    const s = setUpSample({ ...SAMPLE_SETTINGS, units: SAMPLE_SETTINGS.units.map(nfd) });
    const count = s.ss.getSheets().length;
    // Hướng dẫn, Cấu hình, Danh mục and one per unit (the blank starter tab was removed by the first run).
    expect(count).toBe(SAMPLE_SETTINGS.units.length + 3);
    writeSettings(s, SAMPLE_SETTINGS);
    s.app.call('menuSetup');
    expect(s.ss.getSheets()).toHaveLength(count);
    for (const u of SAMPLE_SETTINGS.units) expect(s.ss.getSheetByName(u.tabName)).not.toBeNull();
  });

  it('a tab renamed by hand in NFD is found by its code and given back its name', () => {
    const s = setUpSample();
    const id = s.ss.sheet(dt.tabName).getSheetId();
    s.ws.asUser(dt.editors[0], () => s.ss.getSheetById(id)!.setName(dt.tabName.normalize('NFD')));
    s.app.call('menuSetup');
    expect(s.ss.getSheetById(id)!.getName()).toBe(dt.tabName);
    expect(s.ss.getSheets()).toHaveLength(SAMPLE_SETTINGS.units.length + 3);
  });
});
