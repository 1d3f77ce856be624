// Gửi thư mời nhập liệu: one mail per unit with an address, linking to that unit's own tab, after a
// question that names who gets it, who has no address and whose link would not open; logged in
// Nhật ký gửi so that a second click sends nothing unless the secretary asks for it again.
import { lastAlert } from '../../local/tools/scenario';
import type { Settings, UnitSetting } from '../../src/domain/types';
import { sendLog, setUp } from './mail-helpers';

const EARLY_JUNE = '2023-06-05T09:00:00+07:00';

function expectedRecipients(unit: UnitSetting): string[] {
  return [...new Set([...unit.editors, unit.contactEmail].filter(Boolean).map((e) => e.toLowerCase()))];
}

function invite(s: ReturnType<typeof setUp>['s'], answer: 'YES' | 'NO') {
  const before = s.ws.mail.sent.length;
  s.ws.ui.answers.push({ button: answer });
  s.app.call('menuInvite');
  s.ws.ui.answers.length = 0;
  return s.ws.mail.sent.slice(before);
}

describe('Gửi thư mời nhập liệu', () => {
  it('sends each unit one mail to its editors and contact, linking to its own tab, after asking', () => {
    const { s, settings } = setUp(EARLY_JUNE);
    const mails = invite(s, 'YES');
    expect(mails).toHaveLength(settings.units.length);
    const question = s.ws.ui.shown.at(-2)!;
    expect(String(question.message)).toContain('Kỳ 6 tháng đầu năm 2023, hạn nhập ngày 17/06/2023.');
    for (const unit of settings.units) {
      expect(String(question.message)).toContain(`- ${unit.name}: ${expectedRecipients(unit).join(', ')}`);
      const mail = mails.find((m) => m.subject.endsWith(`– ${unit.name}`));
      expect(mail).toBeDefined();
      expect(mail!.to).toEqual(expectedRecipients(unit));
      const link = `https://docs.google.com/spreadsheets/d/${s.ss.getId()}/edit#gid=${s.ss.sheet(unit.tabName).getSheetId()}`;
      expect(mail!.body).toContain(link);
      expect(mail!.htmlBody).toContain(`<a href="${link}">`);
      expect(mail!.body).toContain('Hạn nhập: ngày 17/06/2023.');
      expect(mail!.body).toContain(`"${unit.tabName}"`);
    }
    expect(lastAlert(s)).toMatch(
      new RegExp(`Đã gửi thư mời nhập liệu kỳ 6 tháng đầu năm 2023 cho ${settings.units.length} đơn vị`),
    );
    const rows = sendLog(s).filter((r) => r['Loại'] === 'Thư mời nhập liệu');
    expect(rows.map((r) => [r['Mã đơn vị'], r['Kỳ'], r['Trạng thái']])).toEqual(
      settings.units.map((u) => [u.code, '6 tháng đầu năm 2023', 'đã gửi']),
    );
  });

  it('tells the five steps, the lists of Danh mục, whom to ask, and that nothing typed is changed', () => {
    const { s, settings } = setUp(EARLY_JUNE);
    const [mail] = invite(s, 'YES');
    const text = mail.body;
    for (const n of [1, 2, 3, 4, 5]) expect(text).toMatch(new RegExp(`\\n${n}\\. \\S`));
    expect(text).toContain('Phát thanh trên hệ thống loa truyền thanh');
    expect(text).toContain('- Chương trình OCOP');
    const board = settings.units.find((u) => u.kind === 'BQL')!;
    expect(text).toContain(`đồng chí ${board.contactName}: ${board.contactEmail}`);
    expect(text).toMatch(/không sửa, không xóa những gì đơn vị đã nhập/);
    expect(mail.htmlBody).toContain('<ol');
  });

  it('escapes a unit name in the HTML body', () => {
    const { s } = setUp(EARLY_JUNE, (st: Settings) => ({
      ...st,
      units: st.units.map((u, i) => (i === 0 ? { ...u, name: 'Ban <b>"A" & B</b>' } : u)),
    }));
    const mails = invite(s, 'YES');
    const mail = mails.find((m) => m.body.includes('Ban <b>"A" & B</b>'))!;
    expect(mail.htmlBody).toContain('Ban &lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;');
    expect(mail.htmlBody).not.toContain('<b>"A"');
  });

  it('sends nothing twice; sends all again when asked; one unit again when its row says "gửi lại"', () => {
    const { s, settings } = setUp(EARLY_JUNE);
    invite(s, 'YES');
    expect(invite(s, 'NO')).toEqual([]);
    expect(String(s.ws.ui.shown.at(-2)!.message)).toMatch(/Gửi lại thư mời cho cả 13 đơn vị\?/);
    expect(lastAlert(s)).toBe('Chưa gửi thư mời nào.');

    const log = s.ss.sheet('Nhật ký gửi');
    const header = log.getRange(1, 1, 1, log.getLastColumn()).getValues()[0];
    const status = header.indexOf('Trạng thái') + 1;
    const hnd = settings.units.find((u) => u.code === 'HND')!;
    const row = sendLog(s).findIndex((r) => r['Mã đơn vị'] === 'HND') + 2;
    log.getRange(row, status).setValue('gửi lại');
    const again = invite(s, 'YES');
    expect(again.map((m) => m.to)).toEqual([expectedRecipients(hnd)]);

    expect(invite(s, 'YES')).toHaveLength(settings.units.length);
  });

  it('never resends to a unit whose row may mean it was sent ("đang gửi", or a note typed over it)', () => {
    const { s, settings } = setUp(EARLY_JUNE);
    invite(s, 'YES');
    const log = s.ss.sheet('Nhật ký gửi');
    const status = log.getRange(1, 1, 1, log.getLastColumn()).getValues()[0].indexOf('Trạng thái') + 1;
    const rowOf = (code: string) => sendLog(s).findIndex((r) => r['Mã đơn vị'] === code) + 2;
    log.getRange(rowOf('HND'), status).setValue('đang gửi');
    log.getRange(rowOf('MTTQ'), status).setValue('đã gọi điện báo');
    const again = invite(s, 'YES');
    const hnd = settings.units.find((u) => u.code === 'HND')!;
    const mttq = settings.units.find((u) => u.code === 'MTTQ')!;
    const uncertain = String(s.ws.ui.shown.at(-2)!.message)
      .split('\n')
      .find((l) => l.startsWith('Có thể đã nhận'));
    expect(uncertain).toContain(hnd.name);
    expect(uncertain).toContain(mttq.name);
    expect(again).toHaveLength(settings.units.length - 2);
    expect(again.some((m) => m.subject.endsWith(`– ${hnd.name}`) || m.subject.endsWith(`– ${mttq.name}`))).toBe(false);
  });

  it('names units without an address and editors who cannot open the Sheet, before sending', () => {
    const { s, settings } = setUp(EARLY_JUNE, (st: Settings) => ({
      ...st,
      units: st.units.map((u) =>
        u.code === 'MTTQ'
          ? { ...u, editors: [], contactEmail: '' }
          : u.code === 'DTN'
            ? { ...u, editors: [...u.editors, 'chua.chia.se@example.com'] }
            : u,
      ),
    }));
    // The owner stops sharing with one of them (or never shared).
    s.ss.removeEditor('chua.chia.se@example.com');
    const mails = invite(s, 'NO');
    expect(mails).toEqual([]);
    const question = String(s.ws.ui.shown.at(-2)!.message);
    const mttq = settings.units.find((u) => u.code === 'MTTQ')!;
    const dtn = settings.units.find((u) => u.code === 'DTN')!;
    expect(question).toContain(
      `Chưa có email trong tab Cấu hình (không gửi, hãy báo cách khác hoặc bổ sung email): ${mttq.name}.`,
    );
    expect(question).toContain(`${dtn.name} (chua.chia.se@example.com)`);
    expect(question).not.toContain(`- ${mttq.name}:`);
  });

  it('sends what today’s quota allows and names the rest for tomorrow', () => {
    const { s, settings } = setUp(EARLY_JUNE);
    const costs = settings.units.map((u) => expectedRecipients(u).length);
    // Enough for the first three units only.
    s.ws.mail.remaining = costs[0] + costs[1] + costs[2];
    const mails = invite(s, 'YES');
    expect(mails).toHaveLength(3);
    const rest = settings.units.slice(3).map((u) => u.name);
    expect(String(s.ws.ui.shown.at(-2)!.message)).toContain(`còn lại ${rest.join(', ')} gửi vào ngày mai`);
    expect(lastAlert(s)).toContain(`Còn ${rest.length} đơn vị chưa gửi vì đã hết hạn mức gửi thư hôm nay`);
  });

  it('after the half-year deadline invites for the whole year', () => {
    const { s } = setUp('2023-06-20T09:00:00+07:00');
    const [mail] = invite(s, 'YES');
    expect(mail.subject).toContain('Cả năm 2023 (hạn 17/12/2023)');
  });
});
