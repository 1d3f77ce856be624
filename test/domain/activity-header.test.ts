import { activityHeaderChanged, headerKeptFinding } from '../../src/domain/activity-header';
import { HEADER } from './tab-fixture';

describe('activityHeaderChanged: whether a unit shifted the columns of row 9', () => {
  it('is false for the template header, and for one typed in other case or spacing', () => {
    expect(activityHeaderChanged(HEADER)).toBe(false);
    expect(activityHeaderChanged(HEADER.map((h) => ` ${h.toUpperCase()} `))).toBe(false);
  });

  it('is false for a header cleared or retyped in its own column (setup writes it back)', () => {
    const retyped = [...HEADER];
    retyped[4] = '';
    retyped[5] = 'SL';
    expect(activityHeaderChanged(retyped)).toBe(false);
    expect(activityHeaderChanged([])).toBe(false);
  });

  it('is true when a column was inserted in the table (every later header moves right)', () => {
    const inserted = [...HEADER.slice(0, 2), 'Cột thêm', ...HEADER.slice(2)];
    expect(activityHeaderChanged(inserted)).toBe(true);
  });

  it('is true when two headers swapped places', () => {
    const swapped = [...HEADER];
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(activityHeaderChanged(swapped)).toBe(true);
  });

  it('is true when something was typed right of the table, and false for blanks there', () => {
    expect(activityHeaderChanged([...HEADER, 'Ghi chú thêm'])).toBe(true);
    expect(activityHeaderChanged([...HEADER, '', null, '  '])).toBe(false);
  });
});

it('headerKeptFinding says, on row 9 of the tab, that setup left the header alone and what to do', () => {
  expect(headerKeptFinding('Thôn Đông')).toEqual({
    tab: 'Thôn Đông',
    row: 9,
    column: null,
    severity: 'warning',
    message:
      'Dòng tiêu đề của bảng hoạt động đã bị sửa hoặc có cột chèn thêm: Thiết lập bảng tính không ghi đè dòng này và không đặt lại danh sách chọn của bảng, để số liệu không bị lệch cột. Hãy xóa cột chèn thêm (hoặc gõ lại đúng tiêu đề) rồi chạy lại.',
  });
});
