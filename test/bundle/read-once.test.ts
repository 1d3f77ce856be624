// Each run reads each thing once, on a slow connection every service call costs: the sample
// commune (13 units, the last two not reported) with two tabs that are nobody's (a unit's copy of
// its tab, the secretary's notes). A reminder or the status sidebar reads no tab it does not show;
// Tổng hợp still reads the others for Kiểm tra.
import type { Scenario } from '../../local/tools/scenario';
import { sampleInviteDay, typeSampleData } from '../../local/tools/scenario';
import type { Settings, UnitSetting } from '../../src/domain/types';
import { readsByTab } from './consolidation.fixture';
import { answer, REPORT_LOG_TAB, setUp } from './mail-helpers';

const IN_WINDOW = '2023-06-15T09:00:00+07:00';
const NOTES = 'Ghi chú của thư ký';

interface Sample {
  s: Scenario;
  settings: Settings;
  late: UnitSetting[];
  /** The tabs that are neither the product's nor a unit's. */
  others: string[];
}

function sample(now = IN_WINDOW): Sample {
  const { s, settings } = setUp(now);
  typeSampleData(s, settings);
  const first = s.ss.sheet(settings.units[0].tabName);
  const values = first.getRange(1, 1, first.getLastRow(), first.getLastColumn()).getValues();
  const copyName = `Bản sao của ${settings.units[0].tabName}`;
  s.ss.insertSheet(copyName).getRange(1, 1, values.length, values[0].length).setValues(values);
  s.ss.insertSheet(NOTES).getRange(1, 1).setValue('Nhắc các thôn nộp trước ngày 17/6.');
  return { s, settings, late: settings.units.slice(-2), others: [copyName, NOTES] };
}

/** The unit and other tabs among those read, with how many values reads each. */
function tabsRead(reads: Map<string, number>, x: Sample): [string, number][] {
  const tabs = new Set([...x.settings.units.map((u) => u.tabName), ...x.others]);
  return [...reads].filter(([name]) => tabs.has(name)).sort(([a], [b]) => a.localeCompare(b));
}

describe('reading each thing once', () => {
  it("the sidebar's Nhắc button reads its own unit's tab (values, formulas) and no other", () => {
    const x = sample();
    const unit = x.late[0];
    const reads = readsByTab(() => x.s.app.call('remindUnit', unit.code));
    expect(tabsRead(reads, x)).toEqual([[unit.tabName, 2]]);
    expect(x.s.ws.mail.sent.map((m) => m.to)).toEqual([[unit.contactEmail]]);
    expect(x.s.ws.locks.unflushedReleases).toEqual([]);
  });

  it("Nhắc nộp báo cáo reads every unit's tab and none of the tabs that are nobody's", () => {
    const x = sample();
    answer(x.s, 'NO');
    const reads = readsByTab(() => x.s.app.call('menuRemind'));
    const expected: [string, number][] = x.settings.units.map((u) => [u.tabName, 2]);
    expect(tabsRead(reads, x)).toEqual(expected.sort(([a], [b]) => a.localeCompare(b)));
  });

  it('the status sidebar reads no tab that is nobody’s and the Sheet’s address once for its 13 links', () => {
    const x = sample();
    const reads = readsByTab(() => x.s.app.call('menuStatusSidebar'));
    expect(tabsRead(reads, x).filter(([name]) => x.others.includes(name))).toEqual([]);
    x.s.ws.calls.reset();
    x.s.app.call('menuStatusSidebar');
    expect(x.s.ws.calls.count('Spreadsheet.getUrl')).toBe(1);
    const html = x.s.ws.ui.dialogs[x.s.ws.ui.dialogs.length - 1].html;
    for (const u of x.settings.units) {
      expect(html).toContain(`href="${x.s.ss.getUrl()}#gid=${x.s.ss.sheet(u.tabName).getSheetId()}"`);
    }
  });

  it('Tổng hợp still reads each tab that is nobody’s, once, for Kiểm tra', () => {
    const x = sample();
    const reads = readsByTab(() => x.s.app.call('consolidateFromDialog', 'half', 2023));
    expect(tabsRead(reads, x).filter(([name]) => x.others.includes(name))).toEqual(x.others.sort().map((n) => [n, 1]));
  });

  it('Tạo báo cáo reads Danh mục once', () => {
    const x = sample();
    const reads = readsByTab(() => x.s.app.call('createReportFromDialog', 'half', 2023));
    expect(reads.get('Danh mục')).toBe(1);
    expect(x.s.ss.getSheetByName(REPORT_LOG_TAB)).not.toBeNull();
  });

  it('Kiểm tra cài đặt reads Nhật ký báo cáo once for the report and the plan', () => {
    const x = sample();
    x.s.app.call('createReportFromDialog', 'half', 2023);
    const reads = readsByTab(() => x.s.app.call('menuCheckSetup'));
    expect(reads.get(REPORT_LOG_TAB)).toBe(1);
  });

  it('the invitations read the Sheet’s address once for 13 links, and every run leaves nothing unflushed', () => {
    const x = sample(sampleInviteDay(2023).toISOString());
    answer(x.s, 'YES');
    x.s.ws.calls.reset();
    x.s.app.call('menuInvite');
    expect(x.s.ws.mail.sent).toHaveLength(x.settings.units.length);
    expect(x.s.ws.calls.count('Spreadsheet.getUrl')).toBe(1);
    expect(x.s.ws.locks.unflushedReleases).toEqual([]);
  });
});
