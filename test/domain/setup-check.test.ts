// Kiểm tra cài đặt: the reading of the scopes granted (what is missing, and which menu items will ask
// for it, named as the menu names them), and the order of the findings.
import { findingsByLevel, type SetupFinding, scopeFinding, setupCheckLayout } from '../../src/domain/setup-check';

const AUTH = 'https://www.googleapis.com/auth/';
const ALL = [
  'spreadsheets.currentonly',
  'script.container.ui',
  'userinfo.email',
  'documents',
  'script.send_mail',
  'script.scriptapp',
].map((s) => AUTH + s);

describe('scopeFinding', () => {
  it('is fine when every scope was granted', () => {
    expect(scopeFinding(ALL).level).toBe('ok');
  });

  it('names the menu items that will ask for what is missing', () => {
    const f = scopeFinding(ALL.filter((s) => !s.endsWith('/documents') && !s.endsWith('/script.scriptapp')));
    expect(f.level).toBe('info');
    expect(f.detail).toBe(
      'Chưa cấp: tạo và sửa Google Docs – dùng cho Tạo báo cáo (Google Doc), Tạo kế hoạch (Google Doc), Gửi kế hoạch qua Gmail; ' +
        'chạy khi bạn vắng mặt (trình kích hoạt) – dùng cho Bật/tắt nhắc tự động.',
    );
  });
});

const finding = (area: string, level: SetupFinding['level']): SetupFinding => ({ area, level, detail: '', todo: '' });

/** In the order the checks ran. */
const CHECKED: SetupFinding[] = [
  finding('Múi giờ và ngôn ngữ', 'ok'),
  finding('Tab Thôn Đông', 'error'),
  finding('Nhắc tự động', 'info'),
  finding('Hạn mức gửi thư', 'warn'),
  finding('Tab Thôn Tây', 'ok'),
  finding('Báo cáo mới nhất', 'error'),
  finding('Kế hoạch mới nhất', 'info'),
];

describe('findingsByLevel', () => {
  it('puts what to fix first, then what to look at, then information, then what passed, each as checked', () => {
    expect(findingsByLevel(CHECKED).map((f) => f.area)).toEqual([
      'Tab Thôn Đông',
      'Báo cáo mới nhất',
      'Hạn mức gửi thư',
      'Nhắc tự động',
      'Kế hoạch mới nhất',
      'Múi giờ và ngôn ngữ',
      'Tab Thôn Tây',
    ]);
  });

  it('the Kiểm tra tab lists the findings in that order under its header', () => {
    const { values } = setupCheckLayout(CHECKED, { readAt: '05/06/2023 08:00', readBy: 'thuky@x.vn' });
    const header = values.findIndex((row) => row[0] === 'Mục');
    expect(values.slice(header + 1).map((row) => [row[0], row[1]])).toEqual([
      ['Tab Thôn Đông', 'Cần sửa'],
      ['Báo cáo mới nhất', 'Cần sửa'],
      ['Hạn mức gửi thư', 'Nên xem'],
      ['Nhắc tự động', 'Thông tin'],
      ['Kế hoạch mới nhất', 'Thông tin'],
      ['Múi giờ và ngôn ngữ', 'Đạt'],
      ['Tab Thôn Tây', 'Đạt'],
    ]);
  });
});
