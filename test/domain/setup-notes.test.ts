import { firstRunOutcome, type SetupOutcome, setupNotes } from '../../src/domain/setup-notes';

/** A complete run over three unit tabs that changed nothing worth a note. */
const QUIET: SetupOutcome = { ...firstRunOutcome(2024), unitTabs: { done: 3, total: 3, ready: 3, units: 3 } };

describe('setupNotes', () => {
  it('says nothing of a complete run that changed nothing else', () => {
    expect(setupNotes(QUIET)).toEqual([]);
  });

  it('says nothing of a first run (only Cấu hình, Danh mục and Hướng dẫn made)', () => {
    const first = firstRunOutcome(2024);
    expect(first.complete).toBe(true);
    expect(first.unitTabs).toEqual({ done: 0, total: 0, ready: 0, units: 0 });
    expect(setupNotes(first)).toEqual([]);
  });

  it('a run stopped at its time budget before every unit had its tab', () => {
    const notes = setupNotes({
      ...QUIET,
      complete: false,
      unitTabs: { done: 7, total: 20, ready: 7, units: 20 },
    });
    expect(notes).toEqual([
      'Đã thiết lập xong 7/20 tab đơn vị; hãy chạy lại Thiết lập bảng tính để hoàn tất (dữ liệu đã nhập được giữ nguyên).',
    ]);
  });

  it('a run stopped while refreshing, every unit already having its tab', () => {
    const notes = setupNotes({
      ...QUIET,
      complete: false,
      unitTabs: { done: 12, total: 21, ready: 20, units: 20 },
    });
    expect(notes).toEqual([
      'Đã có đủ 20 tab đơn vị và đã cập nhật 12/21 tab; hãy chạy lại Thiết lập bảng tính để cập nhật nốt (dữ liệu đã nhập được giữ nguyên).',
    ]);
  });

  it('the locale and the time zone it changed, in one sentence', () => {
    const both = setupNotes({
      ...QUIET,
      changed: {
        locale: { from: 'en_US', to: 'vi_VN' },
        timeZone: { from: 'America/New_York', to: 'Asia/Ho_Chi_Minh' },
      },
    });
    expect(both).toEqual([
      'Đã đổi cài đặt của bảng tính (Tệp → Cài đặt): ngôn ngữ và vùng từ "en_US" sang "vi_VN" (Việt Nam), múi giờ từ "America/New_York" sang "Asia/Ho_Chi_Minh" (giờ Việt Nam), để số và ngày các đơn vị gõ (như 1.200.000 và 15/3/2023) được hiểu đúng và các kỳ báo cáo được tính theo giờ Việt Nam.',
    ]);
    const zoneOnly = setupNotes({
      ...QUIET,
      changed: { locale: null, timeZone: { from: 'Etc/GMT', to: 'Asia/Ho_Chi_Minh' } },
    });
    expect(zoneOnly).toEqual([
      'Đã đổi cài đặt của bảng tính (Tệp → Cài đặt): múi giờ từ "Etc/GMT" sang "Asia/Ho_Chi_Minh" (giờ Việt Nam), để số và ngày các đơn vị gõ (như 1.200.000 và 15/3/2023) được hiểu đúng và các kỳ báo cáo được tính theo giờ Việt Nam.',
    ]);
  });

  it('narratives archived on a change of year, or only the labels changed', () => {
    const moved = setupNotes({
      ...QUIET,
      narrativesMoved: { units: 4, years: [2022, 2023], relabelled: 11, year: 2024 },
    });
    expect(moved).toEqual([
      'Đã chuyển tự đánh giá năm 2022, 2023 của 4 đơn vị sang tab "Lưu trữ tự đánh giá" (Tổng hợp các kỳ năm 2022, 2023 vẫn đọc được ở đó); dòng 6–7 của 11 tab đơn vị nay là kỳ báo cáo năm 2024, để trống cho các đơn vị ghi tự đánh giá năm mới.',
    ]);
    const relabelled = setupNotes({ ...QUIET, narrativesMoved: { units: 0, years: [], relabelled: 3, year: 2024 } });
    expect(relabelled).toEqual([
      'Đã đổi kỳ báo cáo ở dòng 6–7 của 3 tab đơn vị sang năm 2024 (các dòng này chưa có nội dung tự đánh giá).',
    ]);
  });

  it('fields added to Cấu hình and the people who cannot edit the Sheet yet, in that order', () => {
    const notes = setupNotes({
      ...QUIET,
      fieldsAdded: ['Email thư ký'],
      secretariesNotShared: ['thuky2@example.com'],
      notShared: ['thon1@example.com', 'hnd@example.com'],
    });
    expect(notes).toEqual([
      'Đã thêm vào tab Cấu hình các dòng còn thiếu: "Email thư ký". Hãy xem và điền nếu cần.',
      'Các email thư ký sau chưa có quyền chỉnh sửa bảng tính nên chưa làm được việc của thư ký: thuky2@example.com. Hãy chia sẻ bảng tính với các email này (Chia sẻ → Người chỉnh sửa).',
      'Các email người nhập sau chưa có quyền chỉnh sửa bảng tính nên chưa nhập được vào tab của đơn vị mình: thon1@example.com, hnd@example.com. Hãy chia sẻ bảng tính với các email này (Chia sẻ → Người chỉnh sửa); mỗi đơn vị vẫn chỉ sửa được tab của mình.',
    ]);
  });

  it('an unfinished run comes first, before the other notes', () => {
    const notes = setupNotes({
      ...QUIET,
      complete: false,
      unitTabs: { ...QUIET.unitTabs, ready: 1 },
      fieldsAdded: ['Email thư ký'],
    });
    expect(notes[0]).toMatch(/^Đã thiết lập xong 1\/3 tab đơn vị/);
    expect(notes).toHaveLength(2);
  });
});
