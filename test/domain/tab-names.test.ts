import { blankStarterTabs, isReservedTabName, PRODUCT_TAB_NAMES, TAB } from '../../src/domain/tab-names';

describe('tab names', () => {
  it('names the nine product tabs', () => {
    expect([...PRODUCT_TAB_NAMES].sort()).toEqual(
      [
        'Hướng dẫn',
        'Cấu hình',
        'Danh mục',
        'Tổng hợp',
        'Kiểm tra',
        'Kế hoạch',
        'Nhật ký gửi',
        'Nhật ký báo cáo',
        'Lưu trữ tự đánh giá',
      ].sort(),
    );
    expect(TAB.settings).toBe('Cấu hình');
  });

  it('reserves them whatever the case or Unicode form, and their rebuild names', () => {
    expect(isReservedTabName('cấu hình')).toBe(true);
    expect(isReservedTabName('  DANH MỤC ')).toBe(true);
    expect(isReservedTabName('Kế hoạch'.normalize('NFD'))).toBe(true);
    expect(isReservedTabName('Tổng hợp (đang tạo)')).toBe(true);
    expect(isReservedTabName('Thôn Đồng Tâm (bản cũ)')).toBe(true);
  });

  it('leaves other names free', () => {
    expect(isReservedTabName('Thôn Đồng Tâm')).toBe(false);
    expect(isReservedTabName('Kế hoạch thôn')).toBe(false);
    expect(isReservedTabName('Tổng hợp thôn')).toBe(false);
  });
});

describe('blankStarterTabs: the empty tabs of a new spreadsheet that a first setup deletes', () => {
  const tab = (name: string, empty = true) => ({ name, empty });

  it('deletes "Trang tính1" and "Sheet1" (any case, with or without a space) when empty', () => {
    expect(
      blankStarterTabs([tab('Trang tính1'), tab('Cấu hình', false), tab('sheet 2'), tab('Danh mục', false)]),
    ).toEqual([0, 2]);
  });

  it('keeps a starter tab someone typed in, and tabs of any other name', () => {
    expect(blankStarterTabs([tab('Trang tính1', false), tab('Ghi chú'), tab('Trang tính'), tab('Sheet1 cũ')])).toEqual(
      [],
    );
  });

  it('never deletes the last tab left', () => {
    expect(blankStarterTabs([tab('Trang tính1'), tab('Trang tính2')])).toEqual([0]);
    expect(blankStarterTabs([tab('Sheet1')])).toEqual([]);
  });
});
