// What a real Sheet needs that a lenient emulator would hide: runs that insert tabs give the person
// back the tab they were on (insertSheet activates each new tab), and every run that writes under
// the document lock flushes before releasing it (Google batches writes; the next holder must see them).
import { writeSettings } from '../../local/tools/scenario';
import { makeUnits, mustConsolidate, SUMMARY, setUpCommune } from './consolidation.fixture';

const YEAR = 2023;

function activeTab(c: ReturnType<typeof setUpCommune>): string {
  return c.s.ss.getActiveSheet().getName();
}

describe('the active tab', () => {
  it('stays the one the person was on after setup adds a unit’s tab and after Tổng hợp', () => {
    const units = makeUnits(4);
    const c = setUpCommune({ units: units.slice(0, 3), year: YEAR });
    const onTab = c.units[1].tabName;
    c.s.ss.setActiveSheet(c.s.ss.sheet(onTab));
    writeSettings(c.s, { ...c.settings, units });
    c.s.app.call('menuSetup');
    c.s.ss.sheet(units[3].tabName); // setup made the new unit's tab
    expect(activeTab(c)).toBe(onTab);
    mustConsolidate(c.s, 'half', YEAR);
    expect(activeTab(c)).toBe(onTab);
  });

  it('is the new Tổng hợp when the person was looking at the one it replaced', () => {
    const c = setUpCommune({ units: makeUnits(2), year: YEAR });
    mustConsolidate(c.s, 'half', YEAR);
    const old = c.s.ss.sheet(SUMMARY);
    c.s.ss.setActiveSheet(old);
    mustConsolidate(c.s, 'year', YEAR);
    expect(activeTab(c)).toBe(SUMMARY);
    expect(c.s.ss.getActiveSheet().getSheetId()).not.toBe(old.getSheetId());
  });
});

describe('the document lock', () => {
  it('is released only after the writes are flushed, in setup and Tổng hợp', () => {
    const c = setUpCommune({ units: makeUnits(3), year: YEAR });
    mustConsolidate(c.s, 'half', YEAR);
    c.s.app.call('menuSetup');
    expect(c.s.ws.locks.unflushedReleases).toEqual([]);
  });
});
