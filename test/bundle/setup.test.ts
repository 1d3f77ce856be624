// Thiết lập bảng tính on an empty Sheet, through the real bundle: what the secretary sees after the
// first and the second run, and what a unit finds in its tab (header, dropdowns fed by Danh mục,
// validation with Vietnamese help, frozen header, sized columns, protection).

import type { RangeImpl, SheetImpl } from '../../local/emulator/spreadsheet';
import { newScenario, type Scenario, shareWithUnits, writeCatalogue, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import {
  ACTIVITY_HEADER,
  activityLetter,
  CATALOGUE_TAB,
  GUIDE_TAB,
  lastAlert,
  letter,
  NARRATIVE_HEADER,
  protectionOf,
  rowStarting,
  SETTINGS_TAB,
  unitOf,
} from './setup-helpers';

const OWNER = 'thuky.bqlntm@gmail.com';

describe('first run on an empty Sheet', () => {
  let s: Scenario;
  beforeAll(() => {
    s = newScenario({ owner: OWNER });
    s.app.call('menuSetup');
  });

  it('creates Hướng dẫn (first), Cấu hình and Danh mục only, and removes the blank tab the Sheet came with', () => {
    expect(
      s.ss
        .getSheets()
        .map((x) => x.getName())
        .sort(),
    ).toEqual([CATALOGUE_TAB, SETTINGS_TAB, GUIDE_TAB].sort());
    expect(s.ss.getSheets()[0].getName()).toBe(GUIDE_TAB);
  });

  it('keeps the starter tab when someone already typed in it', () => {
    const t = newScenario();
    t.ss.sheet('Trang tính1').getRange('C3').setValue('ghi chú của thư ký');
    t.app.call('menuSetup');
    expect(t.ss.sheet('Trang tính1').getRange('C3').getValue()).toBe('ghi chú của thư ký');
  });

  it('tells the secretary what to fill in and to run setup again', () => {
    const { message } = lastAlert(s);
    expect(message).toContain(SETTINGS_TAB);
    expect(message).toMatch(/tên xã/i);
    expect(message).toMatch(/email/i);
    expect(message).toMatch(/đơn vị/);
    expect(message).toMatch(/chạy lại/i);
    expect(s.ws.ui.shown).toHaveLength(1);
  });

  it('lays out Cấu hình with the fields and the units and recipients tables of the issue', () => {
    const text = s.ss
      .sheet(SETTINGS_TAB)
      .getDataRange()
      .getValues()
      .flat()
      .map((v) => String(v));
    const has = (re: RegExp) => expect(text.some((t) => re.test(t))).toBe(true);
    has(/^Tên xã$/);
    has(/chủ quản/i);
    has(/Số kế hoạch/);
    has(/Ngày ban hành/);
    has(/Năm báo cáo/);
    has(/người ký/i);
    has(/cấp trên/i);
    has(/kỳ báo cáo/i);
    has(/^Hạn/);
    has(/^Email người nhập/);
    has(/^Người liên hệ$/);
    has(/^Nơi nhận$/);
    has(/^Vai trò/);
  });

  it('fills Danh mục with the plan’s defaults (DESIGN §6)', () => {
    const values = s.ss.sheet(CATALOGUE_TAB).getDataRange().getValues();
    const column = (header: string) => {
      const c = values[0].indexOf(header);
      expect(c).toBeGreaterThanOrEqual(0);
      return values
        .slice(1)
        .map((r) => String(r[c]))
        .filter((v) => v !== '');
    };
    const criteria = column('Tiêu chí NTM');
    expect(criteria).toHaveLength(19);
    expect(criteria.some((c) => c.includes('Quy hoạch'))).toBe(true);
    expect(criteria.some((c) => c.includes('Quốc phòng và An ninh'))).toBe(true);
    expect(column('Nguồn kinh phí')).toHaveLength(3);
    expect(column('Hình thức').some((f) => /Zalo/.test(f))).toBe(true);
    expect(column('Nội dung').some((t) => /OCOP/.test(t))).toBe(true);
    const measures = column('Đơn vị tính');
    for (const m of [
      'buổi',
      'tin/bài',
      'lượt phát',
      'giờ phát',
      'băng zôn',
      'khẩu hiệu',
      'panô',
      'áp phích',
      'tờ rơi',
    ]) {
      expect(measures).toContain(m);
    }
    for (const m of ['bài đăng', 'mô hình', 'đoàn']) expect(measures).toContain(m);
  });

  it('protects Cấu hình and Danh mục for the owner alone', () => {
    for (const tab of [SETTINGS_TAB, CATALOGUE_TAB]) {
      expect(protectionOf(s.ss.sheet(tab))).toEqual({ editors: [OWNER], warningOnly: false });
    }
  });
});

describe('second run, after the settings were filled in', () => {
  let s: Scenario;
  const settings = SAMPLE_SETTINGS;
  const hnd = unitOf(settings, 'HND');
  let tab: SheetImpl;
  let header: number;

  beforeAll(() => {
    s = newScenario({ owner: OWNER });
    s.app.call('menuSetup');
    writeSettings(s, settings);
    writeCatalogue(s, SAMPLE_CATALOGUE);
    s.app.call('menuSetup');
    shareWithUnits(s, settings);
    tab = s.ss.sheet(hnd.tabName);
    header = rowStarting(tab, 'Ngày');
  });

  it('creates exactly one tab per unit, named as in Cấu hình', () => {
    const names = s.ss.getSheets().map((x) => x.getName());
    expect(names.sort()).toEqual(
      [GUIDE_TAB, SETTINGS_TAB, CATALOGUE_TAB, ...settings.units.map((u) => u.tabName)].sort(),
    );
    const { message } = lastAlert(s);
    for (const u of settings.units) expect(message).toContain(u.tabName);
  });

  it('writes the exact activity header row of the issue', () => {
    expect(header).toBeGreaterThan(1);
    for (const u of settings.units) {
      const sheet = s.ss.sheet(u.tabName);
      expect(sheet.getRange(header, 1, 1, 13).getValues()[0]).toEqual(ACTIVITY_HEADER);
      expect(sheet.getRange(header, 14).getValue()).toBe('');
    }
  });

  it('writes the header block (unit, contact, last change, status) and the narrative table', () => {
    const narrative = rowStarting(tab, 'Kỳ báo cáo');
    expect(narrative).toBeGreaterThan(1);
    expect(narrative).toBeLessThan(header);
    expect(tab.getRange(narrative, 1, 1, 5).getValues()[0]).toEqual(NARRATIVE_HEADER);
    const periods = tab
      .getRange(narrative + 1, 1, 2, 1)
      .getValues()
      .map((r) => String(r[0]));
    expect(periods[0]).toMatch(/6 tháng.*2023/);
    expect(periods[1]).toMatch(/năm 2023/);
    const block = tab
      .getRange(1, 1, narrative - 1, 13)
      .getValues()
      .flat()
      .map(String);
    expect(block.some((v) => v.includes(hnd.name))).toBe(true);
    expect(block.some((v) => v.includes(hnd.contactName))).toBe(true);
    expect(block.some((v) => /Cập nhật lần cuối/.test(v))).toBe(true);
    expect(block.some((v) => /Trạng thái/.test(v))).toBe(true);
  });

  it('freezes the rows down to the activity header and sizes the columns for their content', () => {
    expect(tab.getFrozenRows()).toBe(header);
    const width = (h: string) => tab.getColumnWidth(ACTIVITY_HEADER.indexOf(h) + 1);
    for (const wide of ['Hình thức', 'Nội dung', 'Mô tả', 'Mô hình, gương điển hình']) {
      expect(width(wide)).toBeGreaterThan(width('Số lượng'));
      expect(width(wide)).toBeGreaterThanOrEqual(180);
    }
  });

  it('feeds the four dropdowns from the Danh mục column of the same name, on every data row', () => {
    const catalogue = s.ss.sheet(CATALOGUE_TAB);
    const catalogueHeaders = catalogue.getRange(1, 1, 1, catalogue.getMaxColumns()).getValues()[0];
    for (const h of ['Hình thức', 'Nội dung', 'Tiêu chí NTM', 'Đơn vị tính']) {
      const col = activityLetter(h);
      const items = catalogueHeaders.indexOf(h) + 1;
      expect(items).toBeGreaterThan(0);
      const lastItem = catalogue
        .getRange(1, items, catalogue.getMaxRows(), 1)
        .getValues()
        .map((r) => r[0])
        .reduce<number>((last, v, i) => (v !== '' ? i + 1 : last), 0);
      for (const row of [header + 1, tab.getMaxRows()]) {
        const rule = tab.getRange(`${col}${row}`).getDataValidation();
        expect(rule?.getCriteriaType()).toBe('VALUE_IN_RANGE');
        const source = rule?.getCriteriaValues()[0] as RangeImpl;
        expect(source.getSheet().getName()).toBe(CATALOGUE_TAB);
        expect(source.getColumn()).toBe(items);
        expect(source.getNumColumns()).toBe(1);
        expect(source.getRow()).toBe(2);
        // Room below the defaults so that items added later are offered too.
        expect(source.getLastRow()).toBeGreaterThan(lastItem + 20);
        expect(rule?.getHelpText()).toMatch(/[Cc]họn/);
      }
    }
    expect(tab.getRange(`${activityLetter('Hình thức')}${header}`).getDataValidation()).toBeNull();
  });

  it('refuses a form that is not in Danh mục, and accepts it once the secretary adds it there', () => {
    const cell = `${activityLetter('Hình thức')}${header + 1}`;
    const newForm = 'Tọa đàm trực tuyến';
    const editor = hnd.editors[0];
    s.ws.asUser(editor, () => {
      expect(() => s.ws.spreadsheets.typeInto(hnd.tabName, cell, newForm)).toThrow(/violates the data validation/);
      s.ws.spreadsheets.typeInto(hnd.tabName, cell, SAMPLE_CATALOGUE.forms[2]);
    });
    expect(tab.getRange(cell).getValue()).toBe(SAMPLE_CATALOGUE.forms[2]);
    // The secretary types the new form under the last one in Danh mục.
    const catalogue = s.ss.sheet(CATALOGUE_TAB);
    const formsCol = catalogue.getRange(1, 1, 1, 10).getValues()[0].indexOf('Hình thức') + 1;
    const nextRow = SAMPLE_CATALOGUE.forms.length + 2;
    expect(catalogue.getRange(nextRow, formsCol).getValue()).toBe('');
    s.ws.spreadsheets.typeInto(CATALOGUE_TAB, `${letter(formsCol)}${nextRow}`, newForm);
    s.ws.asUser(editor, () => s.ws.spreadsheets.typeInto(hnd.tabName, cell, newForm));
    expect(tab.getRange(cell).getValue()).toBe(newForm);
    s.ws.asUser(editor, () => tab.getRange(cell).clearContent());
  });

  it('refuses what is not a date in Ngày, with a Vietnamese help text, and reads 15/3/2023 as a date', () => {
    const cell = `${activityLetter('Ngày')}${header + 2}`;
    s.ws.asUser(hnd.editors[0], () => {
      let message = '';
      try {
        s.ws.spreadsheets.typeInto(hnd.tabName, cell, 'tháng trước');
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/violates the data validation/);
      expect(message).toMatch(/[Nn]hập ngày/);
      expect(message).toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
      s.ws.spreadsheets.typeInto(hnd.tabName, cell, '15/3/2023');
    });
    const value = tab.getRange(cell).getValue();
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe('2023-03-14T17:00:00.000Z');
    expect(tab.getRange(cell).getDisplayValue()).toBe('15/03/2023');
  });

  it('refuses negative or non-numeric quantities, participants and money, with a Vietnamese help text', () => {
    const row = header + 3;
    for (const h of ACTIVITY_HEADER.filter((x) => /Số lượng|Số người|Kinh phí/.test(x))) {
      const cell = `${activityLetter(h)}${row}`;
      s.ws.asUser(hnd.editors[0], () => {
        for (const bad of ['-3', 'ba buổi']) {
          let message = '';
          try {
            s.ws.spreadsheets.typeInto(hnd.tabName, cell, bad);
          } catch (e) {
            message = (e as Error).message;
          }
          expect(message).toMatch(/violates the data validation/);
          expect(message).toMatch(/số/);
        }
        s.ws.spreadsheets.typeInto(hnd.tabName, cell, '1.200.000');
      });
      expect(tab.getRange(cell).getValue()).toBe(1_200_000);
      // Counts and money are grouped; a quantity shows as typed (it may have decimals).
      expect(tab.getRange(cell).getDisplayValue()).toBe(/Số lượng/.test(h) ? '1200000' : '1.200.000');
    }
  });

  it('shows whole numbers without a trailing decimal separator, and a quantity’s decimals', () => {
    const row = header + 4;
    const typed: [string, string, string][] = [
      ['Số lượng', '3', '3'],
      ['Số lượng', '2,5', '2,5'],
      ['Số người', '120', '120'],
      ['Kinh phí', '1500000', '1.500.000'],
    ];
    for (const [column, text, shown] of typed) {
      const h = ACTIVITY_HEADER.find((x) => x.startsWith(column)) as string;
      const cell = `${activityLetter(h)}${row}`;
      s.ws.asUser(hnd.editors[0], () => s.ws.spreadsheets.typeInto(hnd.tabName, cell, text));
      expect([h, tab.getRange(cell).getDisplayValue()]).toEqual([h, shown]);
    }
  });

  it('protects each unit tab for its editors and the owner, not warning-only', () => {
    for (const u of settings.units) {
      expect(protectionOf(s.ss.sheet(u.tabName))).toEqual({
        editors: [...new Set([OWNER, ...u.editors])].sort(),
        warningOnly: false,
      });
    }
  });

  it('sets the Sheet to Vietnamese locale and Vietnam time', () => {
    expect(s.ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(s.ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });
});
