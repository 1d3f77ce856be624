// Kiểm tra cài đặt on the sample commune: a sound installation passes every check; each kind of
// fault a real deployment meets is found and said in Vietnamese with what to do; the check changes
// nothing but the Kiểm tra tab, and asks for no scope beyond the Sheet, the Ui and the address.
import type { SheetImpl } from '../../local/emulator/spreadsheet';
import { typeSampleData } from '../../local/tools/scenario';
import { answer, type Outcome, setUp, tabValues } from './mail-helpers';
import { snapshotTab } from './setup-helpers';

const NOW = '2023-06-15T09:00:00+07:00';
const AUTH = 'https://www.googleapis.com/auth/';

/** The Kiểm tra tab's findings as [area, result, detail, todo], from row 6 on. */
function findings(sheet: SheetImpl): string[][] {
  return tabValues(sheet)
    .slice(5)
    .map((r) => r.map(String));
}

function run(s: ReturnType<typeof setUp>['s'], who?: string) {
  const go = () => s.app.call('menuCheckSetup');
  if (who) s.ws.asUser(who, go);
  else go();
  const rows = findings(s.ss.sheet('Kiểm tra'));
  const byArea = (area: string) => rows.find((r) => r[0] === area);
  return { rows, byArea };
}

describe('a sound installation', () => {
  const { s, settings } = setUp(NOW);
  typeSampleData(s, settings);
  const others = () =>
    JSON.stringify(
      s.ss
        .getSheets()
        .filter((t) => t.getName() !== 'Kiểm tra')
        .map(snapshotTab),
    );
  const before = others();
  const { rows, byArea } = run(s);

  it('every check passes; the dialog and the tab say so', () => {
    const units = settings.units.length;
    expect(rows.filter((r) => r[1] === 'Cần sửa')).toEqual([]);
    for (const u of settings.units) expect(byArea(`Tab ${u.name}`)?.[1]).toBe('Đạt');
    expect(byArea('Múi giờ và ngôn ngữ')?.[2]).toBe('Múi giờ Asia/Ho_Chi_Minh, ngôn ngữ và vùng vi_VN.');
    expect(byArea('Quyền sửa bảng tính')?.[1]).toBe('Đạt');
    expect(byArea('Nhắc tự động')?.[2]).toBe('Đang tắt. Bạn có 0 trình kích hoạt nhắc hằng ngày.');
    expect(byArea('Hạn mức gửi thư hôm nay')?.[2]).toMatch(/^Còn gửi được tới 100 người nhận hôm nay/);
    expect(byArea('Quyền đã cấp cho tiện ích')?.[2]).toBe('Bạn đã cấp đủ mọi quyền.');
    expect(byArea('Báo cáo mới nhất')?.[2]).toBe('Chưa tạo văn bản báo cáo nào.');
    const summary = `Kiểm tra cài đặt: ${units + 4} mục đạt, 0 mục cần sửa, 0 mục nên xem, 3 mục thông tin.`;
    expect(tabValues(s.ss.sheet('Kiểm tra'))[2][0]).toBe(summary);
    const dialog = s.ws.ui.dialogs[s.ws.ui.dialogs.length - 1];
    expect(dialog.title).toBe('Kiểm tra cài đặt');
    expect(dialog.html).toContain('<title>Kiểm tra cài đặt</title>');
    expect(dialog.html).toContain(summary);
  });

  it('changes nothing but the Kiểm tra tab', () => {
    expect(others()).toBe(before);
  });
});

describe('what a real deployment gets wrong', () => {
  const B = 'thuky.b.minhtien@gmail.com';
  const { s, settings } = setUp(NOW, (x) => ({ ...x, secretaryEmails: [B] }));
  s.ss.addEditors([B]);
  s.app.call('menuSetup');
  typeSampleData(s, settings);
  const report = s.app.call<Outcome<{ report: { url: string } }>>('createReportFromDialog', 'half', 2023);
  s.app.call('menuCreatePlan'); // the Kế hoạch tab
  s.app.call('menuCreatePlan'); // the plan Doc
  answer(s, 'YES');
  s.ws.asUser(B, () => s.app.call('menuToggleAutoReminders'));

  const [first, second, third] = settings.units;
  // A protection someone widened, one taken off, an editor who lost access, the Sheet in another zone.
  const stranger = 'nguoi.la@gmail.com';
  s.ss.addEditors([stranger]);
  s.ss.sheet(first.tabName).getProtections('SHEET')[0].addEditor(stranger);
  s.ss.sheet(second.tabName).getProtections('SHEET')[0].remove();
  s.ss.removeEditor(third.editors[0]);
  s.ss.setSpreadsheetTimeZone('Asia/Bangkok');
  // The report Doc deleted in Drive; the owner declined mail.
  const id = /\/d\/([^/]+)/.exec(report.ok ? report.value.report.url : '')?.[1] ?? '';
  s.ws.documents.trash(id);
  s.ws.consent.grant(s.ws.owner, [
    `${AUTH}spreadsheets.currentonly`,
    `${AUTH}script.container.ui`,
    `${AUTH}userinfo.email`,
    `${AUTH}documents`,
    `${AUTH}script.scriptapp`,
  ]);
  const { byArea } = run(s);

  it('names each problem and what to do', () => {
    expect(byArea(`Tab ${first.name}`)?.slice(1, 3)).toEqual([
      'Cần sửa',
      `Tab "${first.tabName}": có quyền sửa nhưng không có trong Cấu hình: ${stranger}.`,
    ]);
    expect(byArea(`Tab ${second.name}`)?.[2]).toBe(
      `Tab "${second.tabName}" không được bảo vệ: mọi người có quyền sửa bảng tính đều sửa được.`,
    );
    expect(byArea(`Tab ${second.name}`)?.[3]).toBe('Chạy Báo cáo NTM → Thiết lập bảng tính.');
    expect(byArea('Quyền sửa bảng tính')?.[2]).toContain(third.editors[0].toLowerCase());
    expect(byArea('Múi giờ và ngôn ngữ')?.[1]).toBe('Cần sửa');
    expect(byArea('Múi giờ và ngôn ngữ')?.[2]).toContain('múi giờ là "Asia/Bangkok"');
  });

  it('the reminders were turned on by the other secretary, whose trigger this user cannot see', () => {
    const row = byArea('Nhắc tự động');
    expect(row?.[2]).toMatch(new RegExp(`^Đang bật \\(do ${B.replace(/\./g, '\\.')} bật lúc 15/06/2023 09:00\\)`));
    expect(row?.[2]).toContain('bạn không xem được trình kích hoạt đó');
  });

  it('mail not granted: no quota read, and no prompt; the Docs checked', () => {
    expect(byArea('Hạn mức gửi thư hôm nay')?.[2]).toBe('Bạn chưa cấp quyền gửi thư nên không xem được hạn mức.');
    expect(byArea('Quyền đã cấp cho tiện ích')?.[2]).toContain('Chưa cấp: gửi thư bằng tài khoản của bạn');
    expect(s.ws.consent.prompts).toEqual([]);
    expect(byArea('Báo cáo mới nhất')?.[1]).toBe('Cần sửa');
    expect(byArea('Báo cáo mới nhất')?.[3]).toMatch(/^Văn bản có thể đã bị xoá/);
    expect(byArea('Kế hoạch')?.[1]).toBe('Đạt');
  });

  it('a unit editor is refused', () => {
    const before = s.ws.ui.shown.length;
    s.ws.asUser(first.editors[0], () => s.app.call('menuCheckSetup'));
    expect(s.ws.ui.shown.slice(before).map((a) => a.message)).toEqual([
      expect.stringMatching(/^Chỉ thư ký BQL NTM xã chạy được "Kiểm tra cài đặt"/),
    ]);
  });
});
