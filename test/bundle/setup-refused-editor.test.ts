// A unit's editor whose address Google refuses (no Google account) must not leave the unit's tab
// open to every editor of the Sheet: a new protection mirrors the Sheet's editors until its list is
// set, so the list is narrowed first and the refused address skipped and named in the message.
import { newScenario, shareWithUnits, writeCatalogue, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings } from '../../src/domain/types';
import { lastAlert, protectionOf, unitOf } from './setup-helpers';

const REFUSED = 'khong.co.tai.khoan@example.com';

describe('a unit editor Google refuses as an editor of the tab', () => {
  const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
  const settings: Settings = {
    ...SAMPLE_SETTINGS,
    units: SAMPLE_SETTINGS.units.map((u) => (u.code === 'HND' ? { ...u, editors: [...u.editors, REFUSED] } : u)),
  };
  const s = newScenario();
  s.ws.documents.refuseAccount(REFUSED);
  s.app.call('menuSetup');
  writeSettings(s, settings);
  writeCatalogue(s, SAMPLE_CATALOGUE);
  // Shared first: every unit's editor can edit the Sheet, so a new protection would mirror them all.
  shareWithUnits(s, SAMPLE_SETTINGS); // Google would not share the Sheet with the refused address either
  s.app.call('menuSetup');
  const message = lastAlert(s).message;

  it('the tab is editable by the owner and the unit’s other editors only', () => {
    const expected = [s.ws.owner, ...hnd.editors.map((e) => e.toLowerCase())].sort();
    expect(protectionOf(s.ss.sheet(hnd.tabName))?.editors).toEqual(expected);
    const other = unitOf(SAMPLE_SETTINGS, 'MTTQ').editors[0];
    expect(() => s.ws.asUser(other, () => s.ss.sheet(hnd.tabName).getRange('A20').setValue('x'))).toThrow();
  });

  it('the other units’ tabs are set up as usual', () => {
    const mttq = unitOf(SAMPLE_SETTINGS, 'MTTQ');
    expect(protectionOf(s.ss.sheet(mttq.tabName))?.editors).toEqual(
      [s.ws.owner, ...mttq.editors.map((e) => e.toLowerCase())].sort(),
    );
  });

  it('the message names the address and the tab, and what to do', () => {
    expect(message).toContain(
      `Google không nhận các email sau nên chưa thêm được vào danh sách người được sửa tab "${hnd.tabName}": ${REFUSED}.`,
    );
    expect(message).toContain('rồi chạy lại Thiết lập bảng tính');
  });

  it('the next setup tries the address again and says so again', () => {
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toContain(`tab "${hnd.tabName}": ${REFUSED}.`);
    expect(protectionOf(s.ss.sheet(hnd.tabName))?.editors).not.toContain(REFUSED);
  });
});
