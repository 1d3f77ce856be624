// The Hướng dẫn tab: first in the Sheet, says who does what, the deadlines of Cấu hình, links every
// unit's tab by its id, lists the secretary's steps in menu order; a re-run leaves it byte for byte
// as it was (and what the secretary wrote from column F on), and it follows Cấu hình when it changes.
import type { SheetImpl } from '../../local/emulator/spreadsheet';
import { writeSettings } from '../../local/tools/scenario';
import type { Settings } from '../../src/domain/types';
import { setUp } from './mail-helpers';
import { GUIDE_TAB, protectionOf } from './setup-helpers';

const DAY = '2023-06-05T09:00:00+07:00';

/** Everything stored in the tab: every cell (value, formula, format, validation, note), sizes, frozen rows. */
function bytes(sheet: SheetImpl): string {
  return JSON.stringify({
    cells: [...sheet.grid.entries()],
    widths: [...sheet.colWidths],
    heights: [...sheet.rowHeights],
    frozen: [sheet.frozenRows, sheet.frozenCols],
    size: [sheet.getMaxRows(), sheet.getMaxColumns()],
    protection: protectionOf(sheet),
  });
}

function lines(sheet: SheetImpl): string[] {
  return sheet
    .getRange(1, 1, sheet.getLastRow(), 4)
    .getDisplayValues()
    .map((r) => r.join(' | '));
}

describe('Hướng dẫn', () => {
  it('is the first tab, with the deadlines and a link to each unit tab by its id', () => {
    const { s, settings } = setUp(DAY);
    const guide = s.ss.getSheets()[0];
    expect(guide.getName()).toBe(GUIDE_TAB);
    const shown = lines(guide);
    expect(shown).toContain('6 tháng đầu năm 2023 | từ ngày 15/12/2022 đến ngày 14/06/2023 | 17/06/2023 | ');
    expect(shown).toContain('Cả năm 2023 | từ ngày 15/12/2022 đến ngày 14/12/2023 | 17/12/2023 | ');
    const formulas = guide.getRange(1, 1, guide.getLastRow(), 4).getFormulas();
    for (const unit of settings.units) {
      const row = shown.findIndex((l) => l.startsWith(`${unit.name} | ${unit.tabName} | `));
      expect(row).toBeGreaterThan(0);
      const gid = s.ss.sheet(unit.tabName).getSheetId();
      expect(formulas[row][2]).toBe(`=HYPERLINK("#gid=${gid}","Mở tab →")`);
      expect(shown[row]).toBe(`${unit.name} | ${unit.tabName} | Mở tab → | ${unit.editors.join(', ')}`);
    }
    expect(shown.filter((l) => /^\d+\. /.test(l)).map((l) => l.split(' | ')[0])).toEqual(
      s.ws.ui.menus
        .at(-1)!
        .items.filter((i) => 'label' in i)
        .map((i, n) => `${n + 1}. ${(i as { label: string }).label}`),
    );
  });

  it('keeps names that look like formulas as text: the only formulas are the links', () => {
    const { s } = setUp(DAY, (st: Settings) => ({
      ...st,
      units: st.units.map((u, i) => (i === 0 ? { ...u, name: '=IMPORTXML("http://x","//a")' } : u)),
    }));
    const guide = s.ss.sheet(GUIDE_TAB);
    const formulas = guide.getRange(1, 1, guide.getLastRow(), 4).getFormulas().flat().filter(Boolean);
    expect(formulas.every((f) => /^=HYPERLINK\("#gid=\d+","Mở tab →"\)$/.test(f))).toBe(true);
    expect(lines(guide).some((l) => l.startsWith('=IMPORTXML("http://x","//a") | '))).toBe(true);
  });

  it('survives a re-run byte for byte, with what the secretary wrote from column F', () => {
    const { s } = setUp(DAY);
    const guide = s.ss.sheet(GUIDE_TAB);
    s.ws.spreadsheets.typeInto(GUIDE_TAB, 'F5', 'Ghi chú của thư ký');
    const before = bytes(guide);
    s.app.call('menuSetup');
    expect(bytes(guide)).toBe(before);
    expect(guide.getRange('F5').getValue()).toBe('Ghi chú của thư ký');
  });

  it('follows Cấu hình: a new deadline and a unit removed', () => {
    const { s, settings } = setUp(DAY);
    const gone = settings.units.at(-1)!;
    writeSettings(s, { ...settings, deadlineHalf: { d: 20, m: 6 }, units: settings.units.slice(0, -1) });
    s.app.call('menuSetup');
    const shown = lines(s.ss.sheet(GUIDE_TAB));
    expect(shown).toContain('6 tháng đầu năm 2023 | từ ngày 15/12/2022 đến ngày 14/06/2023 | 20/06/2023 | ');
    expect(shown.some((l) => l.startsWith(`${gone.name} | `))).toBe(false);
    expect(shown.at(-1)).toMatch(/^\d+\. Bật\/tắt nhắc tự động/);
  });

  it('only the owner and the secretaries may change it', () => {
    const { s, settings } = setUp(DAY);
    expect(protectionOf(s.ss.sheet(GUIDE_TAB))?.editors).toEqual([s.ws.owner]);
    s.ws.asUser(settings.units[0].editors[0], () => {
      expect(() => s.ws.spreadsheets.typeInto(GUIDE_TAB, 'A1', 'x')).toThrow(/protected/);
    });
  });
});

describe('a unit tab’s header', () => {
  const HINT =
    'Cách nhập: mỗi hoạt động một dòng từ dòng 10; Hình thức, Nội dung, Tiêu chí NTM chọn trong danh sách (lấy từ tab Danh mục do thư ký cập nhật); số chỉ gõ chữ số; tự đánh giá ghi ở dòng 6–7; xong chọn Báo cáo NTM → Kiểm tra dữ liệu.';

  it('says in one line, row 4, what to do and where the lists come from', () => {
    const { s, settings } = setUp(DAY);
    for (const unit of settings.units) expect(s.ss.sheet(unit.tabName).getRange('A4').getValue()).toBe(HINT);
  });

  it('keeps what a unit typed in row 4 before the line existed', () => {
    const { s, settings } = setUp(DAY);
    const unit = settings.units[0];
    s.ws.asUser(unit.editors[0], () => s.ws.spreadsheets.typeInto(unit.tabName, 'A4', 'Ghi chú của thôn'));
    s.app.call('menuSetup');
    expect(s.ss.sheet(unit.tabName).getRange('A4').getValue()).toBe('Ghi chú của thôn');
    expect(s.ss.sheet(settings.units[1].tabName).getRange('A4').getValue()).toBe(HINT);
  });
});
