// A commune gets the product by copying the template Sheet (README, "Cho một xã mới"). The copy
// keeps the tabs, values and the bound script, but not the owner, the sharing, the document
// properties, the triggers, nor the protections' editors: every step a new secretary takes must
// work from what the copy keeps.
import { makeCopy } from '../../local/emulator';
import type { SpreadsheetImpl } from '../../local/emulator/spreadsheet';
import { loadBundle } from '../../local/tools/load';
import {
  inviteUnits,
  lastAlert,
  newScenario,
  pasteActivities,
  type Scenario,
  sampleRows,
  setUpSample,
  shareWithUnits,
  vnDate,
  writeCatalogue,
  writeSettings,
} from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import { PROTECTED, snapshotAll, unitOf } from './setup-helpers';

const MAINTAINER = 'mau.baocaontm@gmail.com';
const NEW_SECRETARY = 'bqlntm.xamoi@gmail.com';

function copyOf(template: Scenario, name: string): Scenario {
  const { ws, ss } = makeCopy(template.ss, name, { owner: NEW_SECRETARY });
  return { ws, ss, app: loadBundle(ws) };
}

function cellOf(ss: SpreadsheetImpl, tab: string, a1: string): unknown {
  return ss.sheet(tab).getRange(a1).getValue();
}

describe('the emulated copy', () => {
  it('keeps tabs, their ids and values; drops owner, sharing, properties, triggers and protection editors', () => {
    const template = newScenario({ owner: MAINTAINER });
    setUpSample(template, 2023);
    template.ws.properties.document.set('x', '1');
    const copy = copyOf(template, 'Bản sao');
    expect(copy.ss.getSheets().map((t) => [t.getName(), t.getSheetId()])).toEqual(
      template.ss.getSheets().map((t) => [t.getName(), t.getSheetId()]),
    );
    expect(snapshotAll(copy.ss)).toEqual(snapshotAll(template.ss));
    expect(copy.ss.owner).toBe(NEW_SECRETARY);
    expect(copy.ss.getEditors().map((u) => u.getEmail())).toEqual([NEW_SECRETARY]);
    expect(copy.ws.properties.document.size).toBe(0);
    expect(copy.ws.triggers.list).toEqual([]);
    const protections = copy.ss.getProtections('SHEET');
    expect(protections.length).toBe(template.ss.getProtections('SHEET').length);
    for (const p of protections) expect(p.getEditors().map((u) => u.getEmail())).toEqual([NEW_SECRETARY]);
  });
});

describe('a new commune from a copy of the template', () => {
  // The template as its maintainer leaves it: the script pushed and setup run once (Cấu hình and
  // Danh mục with their defaults), no unit yet.
  const template = newScenario({ owner: MAINTAINER, sheetName: 'Mẫu Báo cáo NTM' });
  template.app.call('onOpen');
  template.app.call('menuSetup');

  it('goes through setup, Cấu hình, setup again, sharing, typing and Tổng hợp as the new secretary', () => {
    const s = copyOf(template, 'Báo cáo NTM xã mới');
    const settings = { ...SAMPLE_SETTINGS, year: 2023 };
    s.app.call('onOpen');
    expect(s.ws.ui.menus.at(-1)?.title).toBe('Báo cáo NTM');
    s.app.call('menuSetup');
    writeSettings(s, settings);
    writeCatalogue(s, SAMPLE_CATALOGUE);
    shareWithUnits(s, settings);
    s.app.call('menuSetup');
    expect(lastAlert(s)).toMatch(/Đã thiết lập xong bảng tính/);
    for (const unit of settings.units) expect(s.ss.getSheetByName(unit.tabName)).not.toBeNull();

    // Each unit can type in its own tab, and only there.
    const hnd = unitOf(settings, 'HND');
    const mttq = unitOf(settings, 'MTTQ');
    pasteActivities(s, hnd, sampleRows(0, 2023, 3, vnDate));
    s.ws.asUser(hnd.editors[0], () => {
      expect(() => s.ws.spreadsheets.typeInto(mttq.tabName, 'E12', 'nhầm tab')).toThrow(PROTECTED);
    });

    // The invitations link to the copy's own tabs, and Hướng dẫn was made in the copy.
    const invitations = inviteUnits(s, s.ws.now());
    expect(invitations).toHaveLength(settings.units.length);
    const link = `${s.ss.getUrl()}#gid=${s.ss.sheet(hnd.tabName).getSheetId()}`;
    expect(invitations.find((m) => m.subject.endsWith(`– ${hnd.name}`))?.body).toContain(link);
    expect(s.ss.getSheets()[0].getName()).toBe('Hướng dẫn');

    const run = s.app.call<{ ok: boolean; value: { run: { total: { counted: number } } } }>(
      'consolidateFromDialog',
      'year',
      2023,
    );
    expect(run.ok).toBe(true);
    // The three rows fall in January, April and August: all inside the year (15/12/2022–14/12/2023).
    expect(run.value.run.total.counted).toBe(3);
  });

  it('a copy of a Sheet already in use gives each unit its tab back on the first setup', () => {
    const used = newScenario({ owner: MAINTAINER });
    const settings = setUpSample(used, 2023);
    const hnd = unitOf(settings, 'HND');
    pasteActivities(used, hnd, sampleRows(0, 2023, 2, vnDate));
    const s = copyOf(used, 'Bản sao năm sau');
    shareWithUnits(s, settings);
    const row = 10;
    // Right after the copy the protections name only the new owner: the unit is locked out.
    s.ws.asUser(hnd.editors[0], () => {
      expect(() => s.ws.spreadsheets.typeInto(hnd.tabName, `M${row}`, 'ghi chú')).toThrow(PROTECTED);
    });
    const typed = s.ss.sheet(hnd.tabName).getRange(10, 1, 2, 13).getValues();
    s.app.call('menuSetup');
    s.ws.asUser(hnd.editors[0], () => s.ws.spreadsheets.typeInto(hnd.tabName, `M${row}`, 'ghi chú'));
    expect(cellOf(s.ss, hnd.tabName, `M${row}`)).toBe('ghi chú');
    expect(s.ss.sheet(hnd.tabName).getRange(10, 1, 2, 12).getValues()).toEqual(typed.map((r) => r.slice(0, 12)));
  });
});
