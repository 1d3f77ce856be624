// Who is running, on a real account: Session.getActiveUser() may tell '' (some consumer accounts,
// triggers run for someone else) while getEffectiveUser() still names the account whose authority
// the run uses. The secretary's check falls back to the effective user and, when Google tells no
// address at all, refuses: a withheld address is never let through.
import { type Outcome, setUp } from './mail-helpers';
import { lastAlert, snapshotAll } from './setup-helpers';

const NOW = '2023-06-15T09:00:00+07:00';
const UNKNOWN =
  'Google không cho tiện ích biết email của tài khoản đang chạy, nên không xác định được bạn có phải thư ký BQL NTM xã hay không: "Tổng hợp báo cáo" chưa được chạy. ' +
  'Hãy đăng nhập Google bằng đúng tài khoản thư ký (nếu trình duyệt đang mở nhiều tài khoản Google, hãy đăng xuất các tài khoản khác hoặc mở bảng tính trong cửa sổ ẩn danh) rồi chạy lại. ' +
  'Chưa thay đổi gì trong bảng tính.';

describe('the secretary check when Google withholds the active user', () => {
  it('the owner whose address is withheld is recognised through the effective user', () => {
    const { s } = setUp(NOW);
    s.ws.withholdActiveUser(s.ws.owner);
    const result = s.app.call<Outcome<unknown>>('consolidateFromDialog', 'half', 2023);
    expect(result.ok).toBe(true);
    expect(s.ss.getSheetByName('Tổng hợp')).not.toBeNull();
  });

  it('a unit editor whose address is withheld is still refused (by the effective user)', () => {
    const { s, settings } = setUp(NOW);
    const editor = settings.units[0].editors[0].toLowerCase();
    const before = JSON.stringify(snapshotAll(s.ss));
    s.ws.withholdActiveUser(editor);
    const result = s.ws.asUser(editor, () => s.app.call<Outcome<unknown>>('consolidateFromDialog', 'half', 2023));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(`ghi email ${editor} vào mục`);
    expect(JSON.stringify(snapshotAll(s.ss))).toBe(before);
  });

  it('no address at all (active and effective both withheld): refused, nothing changed', () => {
    const { s } = setUp(NOW);
    const before = JSON.stringify(snapshotAll(s.ss));
    const docs = s.ws.documents.all().length;
    const result = s.ws.withIdentity({ active: '', effective: '' }, () =>
      s.app.call<Outcome<unknown>>('consolidateFromDialog', 'half', 2023),
    );
    expect(result).toEqual({ ok: false, message: UNKNOWN });
    s.ws.withIdentity({ active: '', effective: '' }, () => s.app.call('menuConsolidate'));
    expect(lastAlert(s).message).toBe(UNKNOWN);
    expect(s.ws.ui.dialogs).toHaveLength(0);
    expect(JSON.stringify(snapshotAll(s.ss))).toBe(before);
    expect(s.ws.documents.all()).toHaveLength(docs);
  });
});
