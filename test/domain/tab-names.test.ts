import { isReservedTabName, PRODUCT_TAB_NAMES, TAB } from '../../src/domain/tab-names';

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
