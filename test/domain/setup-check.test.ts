// Kiểm tra cài đặt's reading of the scopes granted: what is missing, and which menu items will ask
// for it, named as the menu names them.
import { scopeFinding } from '../../src/domain/setup-check';

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
      'Chưa cấp: tạo và sửa Google Docs (dùng cho Tạo báo cáo (Google Doc), Tạo kế hoạch (Google Doc), Gửi kế hoạch qua Gmail); ' +
        'chạy khi bạn vắng mặt (trình kích hoạt) (dùng cho Bật/tắt nhắc tự động).',
    );
  });
});
