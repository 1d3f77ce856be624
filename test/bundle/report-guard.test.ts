// Tạo báo cáo never sends the superior office a report of a broken Sheet (issue 14, case 2): an
// emptied forms list in Danh mục is refused before anything is written or shared; a report in which
// no unit has a counted row is made only after the secretary, told why, answers yes.
import { newScenario, type Scenario, setUpSample, typeSampleData } from '../../local/tools/scenario';
import type { Settings } from '../../src/domain/types';

type Answer = {
  report: { name: string; url: string; sharedWith: string[] } | null;
  question: string | null;
  run: { total: { counted: number; notCounted: number } };
};
type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const NOW = new Date('2023-06-20T09:00:00+07:00');

function commune(): { s: Scenario; settings: Settings } {
  const s = newScenario({ now: NOW });
  const settings = setUpSample(s, 2023);
  return { s, settings };
}

function logRows(s: Scenario): number {
  const sheet = s.ss.getSheetByName('Nhật ký báo cáo');
  return sheet ? sheet.getLastRow() : 0;
}

describe('Tạo báo cáo with an emptied catalogue', () => {
  it('is refused, naming Danh mục, with no Doc, no sharing, no log line and no new Tổng hợp', () => {
    const { s, settings } = commune();
    typeSampleData(s, settings);
    const danhMuc = s.ss.sheet('Danh mục');
    danhMuc.getRange(2, 1, danhMuc.getMaxRows() - 1, 5).clearContent();
    const tabs = s.ss.getSheets().map((t) => t.getName());
    const o = s.app.call<Outcome<Answer>>('createReportFromDialog', 'half', 2023);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.message).toMatch(/^Chưa tạo báo cáo: cột "Hình thức" của tab Danh mục không có mục nào/);
    expect(o.message).toContain('Chưa thay đổi gì, chưa chia sẻ gì.');
    expect(s.ws.documents.all()).toHaveLength(0);
    expect(logRows(s)).toBe(0);
    expect(s.ss.getSheets().map((t) => t.getName())).toEqual(tabs);
  });

  it('is refused when only the forms column is empty', () => {
    const { s, settings } = commune();
    typeSampleData(s, settings);
    const danhMuc = s.ss.sheet('Danh mục');
    danhMuc.getRange(2, 1, danhMuc.getMaxRows() - 1, 1).clearContent();
    const o = s.app.call<Outcome<Answer>>('createReportFromDialog', 'year', 2023);
    expect(o.ok).toBe(false);
    expect(s.ws.documents.all()).toHaveLength(0);
  });
});

describe('Tạo báo cáo when no unit has a counted row', () => {
  it('asks first, naming the reason (no rows at all), and makes nothing until the answer is yes', () => {
    const { s, settings } = commune();
    const o = s.app.call<Outcome<Answer>>('createReportFromDialog', 'half', 2023);
    if (!o.ok) throw new Error(o.message);
    expect(o.value.report).toBeNull();
    expect(o.value.question).toBe(
      `Không đơn vị nào có dòng hoạt động được tính cho kỳ 6 tháng đầu năm 2023 (0/${settings.units.length} đơn vị): ` +
        'các tab đơn vị chưa có dòng hoạt động nào. Báo cáo tạo bây giờ sẽ ghi là các đơn vị không có hoạt động nào ' +
        'và được chia sẻ ngay với cơ quan cấp trên. Vẫn tạo và chia sẻ báo cáo?',
    );
    expect(s.ws.documents.all()).toHaveLength(0);
    expect(logRows(s)).toBe(0);

    const yes = s.app.call<Outcome<Answer>>('createReportFromDialog', 'half', 2023, true);
    if (!yes.ok) throw new Error(yes.message);
    expect(yes.value.question).toBeNull();
    expect(yes.value.report?.name).toBe('Báo cáo tuyên truyền NTM 6 tháng đầu năm 2023 - xã Minh Tiến');
    expect(s.ws.documents.all()).toHaveLength(1);
  });

  it('says the rows are outside the period when the wrong year is chosen', () => {
    const { s, settings } = commune();
    typeSampleData(s, settings);
    const o = s.app.call<Outcome<Answer>>('createReportFromDialog', 'half', 2021);
    if (!o.ok) throw new Error(o.message);
    expect(o.value.report).toBeNull();
    expect(o.value.question).toMatch(/^Không đơn vị nào có dòng hoạt động được tính cho kỳ 6 tháng đầu năm 2021/);
    expect(o.value.question).toMatch(
      /\d+ dòng có ngày ngoài kỳ 6 tháng đầu năm 2021 \(có thể đã chọn nhầm kỳ hoặc năm/,
    );
    expect(s.ws.documents.all()).toHaveLength(0);
  });

  it('does not ask when some unit has a counted row', () => {
    const { s, settings } = commune();
    typeSampleData(s, settings);
    const o = s.app.call<Outcome<Answer>>('createReportFromDialog', 'half', 2023);
    if (!o.ok) throw new Error(o.message);
    expect(o.value.question).toBeNull();
    expect(o.value.report).not.toBeNull();
  });
});
