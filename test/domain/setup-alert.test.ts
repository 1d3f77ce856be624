// Thiết lập bảng tính: the first run says what to fill in Cấu hình; later runs list what changed,
// and say "xong" only when the run finished.
import { describeSetup, type SetupReport } from '../../src/domain/setup-notes';

const NOTHING: SetupReport = {
  firstRun: false,
  complete: true,
  notes: [],
  created: [],
  renamed: [],
  refreshed: [],
  retired: [],
  warnings: [],
};

describe('describeSetup', () => {
  it('after the first run, says which tabs were made and what to fill in before running again', () => {
    expect(describeSetup({ ...NOTHING, firstRun: true, created: ['ignored'] })).toBe(
      'Đã tạo tab "Cấu hình" và "Danh mục".\nHãy điền tên xã, người ký, cơ quan cấp trên, danh sách đơn vị (kèm email người nhập) và nơi nhận trong tab Cấu hình, rồi chạy lại Báo cáo NTM → Thiết lập bảng tính để tạo tab cho từng đơn vị.',
    );
  });

  it('a run with nothing to do says it is done and the units’ data are kept', () => {
    expect(describeSetup(NOTHING)).toBe('Đã thiết lập xong bảng tính. Dữ liệu các đơn vị đã nhập được giữ nguyên.');
  });

  it('lists notes, new, renamed, refreshed and retired tabs and the warnings, in that order', () => {
    const text = describeSetup({
      firstRun: false,
      complete: false,
      notes: ['Đã đổi múi giờ.'],
      created: ['Hội Nông dân', 'Đoàn Thanh niên'],
      renamed: [{ from: 'HND', to: 'Hội Nông dân' }],
      refreshed: ['a', 'b', 'c'],
      retired: ['Hội Cựu chiến binh'],
      warnings: [{ tab: 'Cấu hình', row: 8, column: 'B', severity: 'warning', message: 'Thiếu email.' }],
    });
    expect(text).toBe(
      [
        'Đã đổi múi giờ.',
        'Tab mới: Hội Nông dân, Đoàn Thanh niên.',
        'Đổi tên tab: HND → Hội Nông dân.',
        'Cập nhật định dạng, danh sách chọn và quyền sửa: 3 tab đơn vị.',
        'Tab của đơn vị không còn trong Cấu hình (giữ nguyên dữ liệu, không tổng hợp): Hội Cựu chiến binh.',
        'Lưu ý (Cấu hình, Danh mục):\n- Cấu hình (dòng 8, cột B): Thiếu email.',
      ].join('\n'),
    );
  });
});
