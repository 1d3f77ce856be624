// What Thiết lập bảng tính tells the secretary beyond "done", and what it must not touch: the cells a
// unit typed beside the header block; the locale and time zone it changed, and why; the units'
// editors who cannot open the Sheet yet; the problems of Danh mục; and that it runs alone, so that
// Tổng hợp never reads tabs while they are being renamed.

import { anotherExecution, type Scenario, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings } from '../../src/domain/types';
import {
  ACTIVITY_HEADER,
  CATALOGUE_TAB,
  lastAlert,
  NARRATIVE_HEADER,
  setUpSample,
  snapshotAll,
  snapshotTab,
  unitOf,
} from './setup-helpers';

const hnd = unitOf(SAMPLE_SETTINGS, 'HND');
const TITLE = 'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN XÂY DỰNG NÔNG THÔN MỚI';

describe('the header block of a unit tab on a re-run', () => {
  // Rows 1–3 as issue 3 lays them out: A1 title; A2 "Đơn vị:" B2 name, E2 "Người liên hệ:" F2
  // contact, H2 "Mã đơn vị:" I2 code; A3 "Cập nhật lần cuối:" B3 (the unit's last change), E3
  // "Trạng thái:" F3 status. Every other cell around them is the unit's to use.
  const free = ['B1', 'E1', 'I1', 'M1', 'C2', 'D2', 'G2', 'J2', 'M2', 'C3', 'G3', 'I3', 'A4', 'F4', 'F5', 'J8'];
  let s: Scenario;

  beforeAll(() => {
    s = setUpSample();
    s.ws.asUser(hnd.editors[0], () => {
      for (const a1 of free) s.ws.spreadsheets.typeInto(hnd.tabName, a1, `ghi chú ${a1}`);
      // The unit also overwrites cells the product owns.
      s.ws.spreadsheets.typeInto(hnd.tabName, 'B2', 'Hội ND');
      s.ws.spreadsheets.typeInto(hnd.tabName, 'B9', 'Loại hình');
    });
    s.app.call('menuSetup');
  });

  it('keeps what the unit typed in the cells the product does not own', () => {
    const tab = s.ss.sheet(hnd.tabName);
    for (const a1 of free) expect([a1, tab.getRange(a1).getValue()]).toEqual([a1, `ghi chú ${a1}`]);
  });

  it('puts back the cells the product owns', () => {
    const tab = s.ss.sheet(hnd.tabName);
    expect(tab.getRange('A1').getValue()).toBe(TITLE);
    expect(tab.getRange('A2:B2').getValues()[0]).toEqual(['Đơn vị:', hnd.name]);
    expect(tab.getRange('H2:I2').getValues()[0]).toEqual(['Mã đơn vị:', hnd.code]);
    expect(tab.getRange(9, 1, 1, 13).getValues()[0]).toEqual(ACTIVITY_HEADER);
    expect(tab.getRange(5, 1, 1, 5).getValues()[0]).toEqual(NARRATIVE_HEADER);
  });

  it('writes no cell value at all when every tab is already as it should be', () => {
    s.ws.calls.reset();
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    expect(s.ws.calls.count('Range.setValues') + s.ws.calls.count('Range.setValue')).toBe(0);
  });
});

describe('the spreadsheet’s locale and time zone', () => {
  function changedBy(locale: string, zone: string): { message: string; s: Scenario } {
    const s = setUpSample();
    s.ss.setSpreadsheetLocale(locale);
    s.ss.setSpreadsheetTimeZone(zone);
    s.app.call('menuSetup');
    return { message: lastAlert(s).message, s };
  }

  it('when both were changed, says from what to what and why, in one line', () => {
    const { message, s } = changedBy('en_US', 'America/New_York');
    expect(s.ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(s.ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    const line = message.split('\n').find((l) => l.includes('en_US'));
    expect(line).toBeDefined();
    for (const text of ['vi_VN', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Tệp → Cài đặt']) {
      expect(line).toContain(text);
    }
    // Why: numbers and dates the units type, periods in Vietnam time.
    expect(line).toMatch(/1\.200\.000/);
    expect(line).toMatch(/15\/3\/2023/);
    expect(line).toMatch(/giờ Việt Nam/);
    // Once right, the next run says nothing about them.
    s.app.call('menuSetup');
    expect(lastAlert(s).message).not.toMatch(/en_US|America\/New_York|Tệp → Cài đặt/);
  });

  it('when only the time zone was changed, does not claim to have changed the locale', () => {
    const { message } = changedBy('vi_VN', 'Asia/Bangkok');
    expect(message).toContain('Asia/Bangkok');
    expect(message).not.toMatch(/ngôn ngữ/);
  });

  it('says nothing when they were already Vietnamese', () => {
    const s = setUpSample();
    s.app.call('menuSetup');
    expect(lastAlert(s).message).not.toMatch(/Tệp → Cài đặt/);
  });
});

describe('units’ editors who cannot open the Sheet yet', () => {
  it('are listed with what to do, until the Sheet is shared with them', () => {
    const s = setUpSample({ ...SAMPLE_SETTINGS, units: [] });
    // The secretary is also the editor of one unit; two units share one editor.
    const owner = s.ws.owner;
    const units = SAMPLE_SETTINGS.units.map((u, i) =>
      i === 0 ? { ...u, editors: [owner] } : i === 2 ? { ...u, editors: [...u.editors, 'chung@example.com'] } : u,
    );
    units[3] = { ...units[3], editors: [...units[3].editors, 'chung@example.com'] };
    const settings: Settings = { ...SAMPLE_SETTINGS, units };
    writeSettings(s, settings);
    const shared = [units[1].editors[0], units[4].editors[0]];
    const viewer = units[5].editors[0];
    s.ss.addEditors(shared);
    s.ss.addViewer(viewer);
    s.app.call('menuSetup');

    const all = [...new Set(units.flatMap((u) => u.editors))];
    const expected = all.filter((e) => e !== owner && !shared.includes(e));
    expect(expected).toContain(viewer); // a viewer cannot type either
    const { message } = lastAlert(s);
    const line = message.split('\n').find((l) => l.includes('Chia sẻ → Người chỉnh sửa'));
    expect(line).toBeDefined();
    for (const e of expected) expect(line).toContain(e);
    for (const e of [owner, ...shared]) expect(line).not.toContain(e);
    expect(line?.split('chung@example.com')).toHaveLength(2);

    s.ss.addEditors(expected);
    s.app.call('menuSetup');
    expect(lastAlert(s).message).not.toContain('Chia sẻ → Người chỉnh sửa');
  });
});

describe('problems in Danh mục', () => {
  it('are listed by setup with the row and what to do', () => {
    const s = setUpSample();
    const catalogue = s.ss.sheet(CATALOGUE_TAB);
    const headers = catalogue.getRange(1, 1, 1, 5).getValues()[0];
    const formsCol = headers.indexOf('Hình thức') + 1;
    const measuresCol = headers.indexOf('Đơn vị tính') + 1;
    // A form typed twice, under the last one.
    const duplicateRow = SAMPLE_CATALOGUE.forms.length + 2;
    catalogue.getRange(duplicateRow, formsCol).setValue(SAMPLE_CATALOGUE.forms[1]);
    // A column header renamed.
    catalogue.getRange(1, measuresCol).setValue('ĐVT');
    // A measure typed far below the lists (the tab reads 200 items, rows 2–201).
    catalogue.insertRowsAfter(catalogue.getMaxRows(), 10);
    catalogue.getRange(205, measuresCol).setValue('chuyên mục');
    const before = snapshotTab(catalogue);

    s.app.call('menuSetup');
    const lines = lastAlert(s).message.split('\n');
    const duplicate = lines.find((l) => l.includes(CATALOGUE_TAB) && l.includes(`dòng ${duplicateRow}`));
    expect(duplicate).toBeDefined();
    expect(duplicate).toContain(SAMPLE_CATALOGUE.forms[1]);
    expect(lines.find((l) => l.includes(CATALOGUE_TAB) && l.includes('"ĐVT"'))).toBeDefined();
    expect(lines.find((l) => l.includes(CATALOGUE_TAB) && l.includes('201'))).toBeDefined();
    // Setup reports them; the secretary's list is hers to fix.
    expect(snapshotTab(catalogue)).toEqual(before);
  });

  it('none when Danh mục is as the plan made it', () => {
    const s = setUpSample();
    s.app.call('menuSetup');
    expect(lastAlert(s).message).not.toContain(CATALOGUE_TAB);
  });
});

describe('setup runs alone', () => {
  it('tells the secretary to wait while another run holds the Sheet, and changes nothing', () => {
    const s = setUpSample();
    writeSettings(s, { ...SAMPLE_SETTINGS, units: SAMPLE_SETTINGS.units.slice(1) });
    const before = snapshotAll(s.ss);
    const hold = s.ws.locks.occupy('document');
    try {
      s.app.call('menuSetup');
    } finally {
      hold.release();
    }
    expect(lastAlert(s).message).toMatch(/^Đang có người khác chạy "Thiết lập bảng tính"/);
    expect(snapshotAll(s.ss)).toEqual(before);
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
  });

  it('a Tổng hợp clicked while setup renames a tab is refused, and setup completes', () => {
    const s = setUpSample();
    const renamed = { ...hnd, tabName: 'Hội Nông dân xã' };
    writeSettings(s, { ...SAMPLE_SETTINGS, units: SAMPLE_SETTINGS.units.map((u) => (u === hnd ? renamed : u)) });
    const sheet = s.ss.sheet(hnd.tabName) as unknown as { setName: (name: string) => unknown };
    const setName = sheet.setName;
    const other = anotherExecution(s);
    let second: { ok: boolean; message?: string } | null = null;
    sheet.setName = function (this: unknown, name: string) {
      second ??= JSON.parse(JSON.stringify(other.call('consolidateFromDialog', 'half', SAMPLE_SETTINGS.year)));
      return setName.call(this, name);
    };
    try {
      s.app.call('menuSetup');
    } finally {
      delete (sheet as { setName?: unknown }).setName;
    }
    expect(second).not.toBeNull();
    const refused = second as unknown as { ok: boolean; message?: string };
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/Đang có người khác chạy/);
    expect(s.ss.getSheetByName(renamed.tabName)).not.toBeNull();
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
  });
});
