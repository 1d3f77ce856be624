// What is wrong in Danh mục (a changed column header, an item typed twice) reaches the secretary:
// in the alert and the Kiểm tra tab of Kiểm tra dữ liệu, and in the Kiểm tra tab of Tổng hợp. A
// unit checking its own tab is not told about Danh mục, which only the secretary can change.
import { SAMPLE_CATALOGUE } from '../../src/domain/sample';
import { type Commune, checkLines, makeUnits, mustConsolidate, setUpCommune } from './consolidation.fixture';

const YEAR = 2023;
const FORMS = SAMPLE_CATALOGUE.forms;
/** Row of Danh mục under the last form: items start on row 2. */
const DUPLICATE_ROW = FORMS.length + 2;

function lastAlert(c: Commune): string {
  const shown = c.s.ws.ui.shown;
  return String(shown[shown.length - 1]?.message ?? '');
}

describe('Danh mục findings', () => {
  let c: Commune;
  beforeAll(() => {
    c = setUpCommune({ units: makeUnits(2), year: YEAR, rule: 'nd09' });
    const catalogue = c.s.ss.sheet('Danh mục');
    // The secretary retitles column B and types the first form again under the last one.
    catalogue.getRange('B1').setValue('Chủ đề');
    catalogue.getRange(DUPLICATE_ROW, 1).setValue(FORMS[0]);
  });

  it("are listed by the secretary's Kiểm tra dữ liệu, in the alert and in the Kiểm tra tab", () => {
    c.s.ss.setActiveSheet(c.s.ss.sheet('Cấu hình'));
    c.s.app.call('menuCheckData');
    const message = lastAlert(c);
    expect(message.split('\n')[0]).toMatch(
      /^Đã kiểm tra 2 đơn vị và tab Danh mục: 0 lỗi \(dòng không được tính\), 2 cảnh báo/,
    );
    expect(message).toContain(`- Danh mục (dòng ${DUPLICATE_ROW}, cột A (Hình thức)): "${FORMS[0]}" trùng với dòng 2`);
    expect(message).toContain('- Danh mục (dòng 1, cột B (Nội dung)): ');
    expect(message).toContain('"Chủ đề"');

    const lines = checkLines(c.s).filter((l) => l.tab === 'Danh mục');
    expect(lines.map((l) => [l.row, l.column, l.severity])).toEqual(
      expect.arrayContaining([
        [1, 'B (Nội dung)', 'Cảnh báo'],
        [DUPLICATE_ROW, 'A (Hình thức)', 'Cảnh báo'],
      ]),
    );
    expect(lines).toHaveLength(2);
  });

  it('are listed in the Kiểm tra tab of Tổng hợp', () => {
    mustConsolidate(c.s, 'half', YEAR);
    const lines = checkLines(c.s).filter((l) => l.tab === 'Danh mục');
    expect(lines.map((l) => [l.row, l.column])).toEqual(
      expect.arrayContaining([
        [1, 'B (Nội dung)'],
        [DUPLICATE_ROW, 'A (Hình thức)'],
      ]),
    );
    expect(lines).toHaveLength(2);
  });

  it("are not in a unit's check of its own tab", () => {
    const unit = c.units[0];
    c.s.ws.asUser(unit.editors[0], () => {
      c.s.ss.setActiveSheet(c.s.ss.sheet(unit.tabName));
      c.s.app.call('menuCheckData');
    });
    const message = lastAlert(c);
    expect(message).toBe(`Đã kiểm tra tab của ${unit.name}: không thấy vấn đề nào. Dữ liệu không bị thay đổi.`);
  });
});
