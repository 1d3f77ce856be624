// Gửi kế hoạch qua Gmail through the real bundle: who receives it, what is attached, and the log
// that keeps a second click, a short quota, a refused message or a run that died in the middle from
// ever sending the plan twice to anyone.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../local/emulator';
import { renderPdf } from '../../local/emulator/document';
import { exportXlsx, importXlsx } from '../../local/export/xlsx';
import { loadBundle } from '../../local/tools/load';
import type { Scenario } from '../../local/tools/scenario';
import {
  alertsSince,
  answer,
  mailsPerAddress,
  PLAN_TAB,
  recipientsOf,
  SAMPLE_RECIPIENT_EMAILS,
  SEND_LOG_TAB,
  sendLog,
  setUp,
} from './mail-helpers';

const NOW = '2023-06-20T09:00:00+07:00';

/** Setup, then the Kế hoạch tab and the plan Doc made from the menu; returns the Doc's URL. */
function withPlan(s: Scenario): string {
  s.app.call('menuCreatePlan');
  s.app.call('menuCreatePlan');
  const m = /Liên kết: (\S+)/.exec(s.ws.ui.shown[s.ws.ui.shown.length - 1].message);
  if (!m) throw new Error('no plan link');
  return m[1];
}

function sendPlan(s: Scenario, reply: 'YES' | 'NO' | null = 'YES'): string[] {
  const from = s.ws.ui.shown.length;
  if (reply) answer(s, reply);
  s.app.call('menuSendPlan');
  expect(s.ws.ui.unanswered).toEqual([]);
  return alertsSince(s, from);
}

describe('Gửi kế hoạch qua Gmail', () => {
  it('asks first, naming every recipient, then sends one mail to each with the PDF and the link', () => {
    const { s } = setUp(NOW);
    const url = withPlan(s);
    const [question, result] = sendPlan(s);
    for (const email of SAMPLE_RECIPIENT_EMAILS) expect(question).toContain(email);
    expect(question).toMatch(/Gửi ngay\?$/);
    expect(s.ws.ui.shown[s.ws.ui.shown.length - 2].buttons).toBe('YES_NO');
    expect(result).toMatch(/Đã gửi kế hoạch .* cho 5 nơi nhận/);

    const sent = s.ws.mail.sent;
    expect(sent.map(recipientsOf)).toEqual(SAMPLE_RECIPIENT_EMAILS.map((e) => [e]));
    const stored = s.ws.documents.all().find((d) => d.url === url)!;
    const expectedPdf = renderPdf(stored.savedView());
    for (const mail of sent) {
      expect(mail.subject).toBe(
        'Kế hoạch số 42/KH-BCĐ ngày 10/03/2023 về tuyên truyền thực hiện xây dựng nông thôn mới năm 2023 trên địa bàn xã Minh Tiến',
      );
      expect(mail.attachments).toHaveLength(1);
      const [pdf] = mail.attachments;
      expect(pdf.getContentType()).toBe('application/pdf');
      expect(pdf.getName()).toBe(`${stored.name}.pdf`);
      expect(pdf.buffer().equals(expectedPdf)).toBe(true);
      expect(mail.body).toContain(url);
      expect(mail.htmlBody).toContain(`<a href="${url}">`);
      expect(mail.body).toMatch(/^Kính gửi: /);
      expect(mail.body).toContain('Trân trọng./.');
    }
  });

  it('shares the Doc view-only with the recipients, so the link opens', () => {
    const { s } = setUp(NOW);
    const url = withPlan(s);
    sendPlan(s);
    const view = s.ws.documents
      .all()
      .find((d) => d.url === url)!
      .view();
    expect([...view.viewers].sort()).toEqual([...SAMPLE_RECIPIENT_EMAILS].sort());
    expect(view.editors).toEqual([s.ws.owner]);
  });

  it('logs each send as "đã gửi" with time, document, period, recipient and kind', () => {
    const { s } = setUp(NOW);
    const url = withPlan(s);
    sendPlan(s);
    const log = sendLog(s);
    expect(log.map((r) => r.Email)).toEqual(SAMPLE_RECIPIENT_EMAILS);
    for (const r of log) {
      expect(r['Thời gian']).toBe('20/06/2023 09:00');
      expect(r.Loại).toBe('Kế hoạch');
      expect(r['Liên kết']).toBe(url);
      expect(r.Kỳ).toBe('Năm 2023');
      expect(r['Trạng thái']).toBe('đã gửi');
    }
    const [p] = s.ss.sheet(SEND_LOG_TAB).getProtections('SHEET');
    expect(p.editorEmails()).toEqual([s.ws.owner]);
  });

  it('sends nothing when the secretary answers No', () => {
    const { s } = setUp(NOW);
    withPlan(s);
    const alerts = sendPlan(s, 'NO');
    expect(alerts[alerts.length - 1]).toBe('Chưa gửi thư nào.');
    expect(s.ws.mail.sent).toHaveLength(0);
    expect(sendLog(s)).toHaveLength(0);
  });

  it('a second click sends nothing and asks nothing', () => {
    const { s } = setUp(NOW);
    withPlan(s);
    sendPlan(s);
    const alerts = sendPlan(s, null);
    expect(s.ws.mail.sent).toHaveLength(5);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/đã được gửi cho mọi nơi nhận có email/);
    expect(sendLog(s)).toHaveLength(5);
  });

  it('makes the plan Doc first when there is none, then sends that Doc', () => {
    const { s } = setUp(NOW);
    s.app.call('menuCreatePlan'); // the Kế hoạch tab only
    const docs = s.ws.documents.all().length;
    const [question] = sendPlan(s);
    expect(s.ws.documents.all().length).toBe(docs + 1);
    expect(question).toMatch(/Chưa có bản Google Doc của kế hoạch: đã tạo/);
    const made = s.ws.documents.all()[docs];
    expect(s.ws.mail.sent.map((m) => m.attachments[0].getName())).toEqual(
      SAMPLE_RECIPIENT_EMAILS.map(() => `${made.name}.pdf`),
    );
  });

  it('without a Kế hoạch tab, creates it, says so and sends nothing', () => {
    const { s } = setUp(NOW);
    const alerts = sendPlan(s, null);
    expect(s.ss.getSheetByName(PLAN_TAB)).not.toBeNull();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/đã tạo tab này/);
    expect(s.ws.mail.sent).toHaveLength(0);
  });

  it('with a quota of 3 for 5 recipients sends 3, says 2 are left for tomorrow, and sends those 2 the next day', () => {
    const { s } = setUp(NOW);
    withPlan(s);
    s.ws.mail.remaining = 3;
    const [question, result] = sendPlan(s);
    expect(question).toMatch(/chỉ còn 3 người nhận: lần này gửi 3, 2 nơi nhận còn lại gửi vào ngày mai/);
    expect(s.ws.mail.sent.map(recipientsOf)).toEqual(SAMPLE_RECIPIENT_EMAILS.slice(0, 3).map((e) => [e]));
    expect(result).toMatch(/Còn 2 nơi nhận chưa gửi vì đã hết hạn mức gửi thư hôm nay/);
    expect(result).toContain(SAMPLE_RECIPIENT_EMAILS[3]);
    expect(result).toContain(SAMPLE_RECIPIENT_EMAILS[4]);

    // The same day, nothing fits: no question, a clear message.
    const [sameDay] = sendPlan(s, null);
    expect(sameDay).toMatch(/Hạn mức gửi thư hôm nay của tài khoản đã hết: chưa gửi cho 2 nơi nhận/);

    s.ws.advance(24 * 3600 * 1000);
    s.ws.mail.remaining = 100;
    sendPlan(s);
    expect(s.ws.mail.sent.slice(3).map(recipientsOf)).toEqual(SAMPLE_RECIPIENT_EMAILS.slice(3).map((e) => [e]));
    expect(Object.values(mailsPerAddress(s))).toEqual([1, 1, 1, 1, 1]);
  });

  it('a message refused after the first send is logged as an error, and the next run sends only that one', () => {
    const { s } = setUp(NOW);
    withPlan(s);
    s.ws.faults.failOn('MailApp.sendEmail', { nth: 2, message: 'Service error: Gmail' });
    const [, result] = sendPlan(s);
    expect(s.ws.mail.sent.flatMap(recipientsOf)).toEqual(
      SAMPLE_RECIPIENT_EMAILS.filter((e) => e !== SAMPLE_RECIPIENT_EMAILS[1]),
    );
    expect(result).toMatch(/Gửi lỗi 1 thư/);
    const statuses = sendLog(s).map((r) => [r.Email, r['Trạng thái'].startsWith('lỗi: ') ? 'lỗi' : r['Trạng thái']]);
    expect(statuses).toEqual(
      SAMPLE_RECIPIENT_EMAILS.map((e) => [e, e === SAMPLE_RECIPIENT_EMAILS[1] ? 'lỗi' : 'đã gửi']),
    );

    const [question] = sendPlan(s);
    expect(question).toMatch(/cho 1 nơi nhận:/);
    expect(mailsPerAddress(s)).toEqual(Object.fromEntries(SAMPLE_RECIPIENT_EMAILS.map((e) => [e, 1])));
  });

  it('a run that dies right after a mail left leaves it "đang gửi": never resent, shown to the secretary', () => {
    const { s } = setUp(NOW);
    withPlan(s);
    // The execution dies between MailApp.sendEmail and the next write to the Sheet.
    const sent = s.ws.mail.sent;
    const push = sent.push.bind(sent);
    let armed = true;
    sent.push = (...mails) => {
      const n = push(...mails);
      if (armed) {
        armed = false;
        s.ws.faults.failOn('Range.setValues', { message: 'Exceeded maximum execution time' });
      }
      return n;
    };
    const alerts = sendPlan(s);
    expect(alerts[alerts.length - 1]).toMatch(/quá thời gian/);
    expect(sent.map(recipientsOf)).toEqual([[SAMPLE_RECIPIENT_EMAILS[0]]]);
    expect(sendLog(s).map((r) => [r.Email, r['Trạng thái']])).toEqual([[SAMPLE_RECIPIENT_EMAILS[0], 'đang gửi']]);

    const [question, result] = sendPlan(s);
    expect(question).toContain(
      `Có 1 người nhận mà tab Nhật ký gửi ghi trạng thái không phải "đã gửi" và cũng không báo lỗi: ` +
        `Văn phòng Điều phối NTM huyện Hữu Lũng <${SAMPLE_RECIPIENT_EMAILS[0]}> ("đang gửi"). Có thể họ đã nhận`,
    );
    expect(question).toContain(SAMPLE_RECIPIENT_EMAILS[0]);
    expect(question).toMatch(/cho 4 nơi nhận:/);
    expect(result).toContain(`<${SAMPLE_RECIPIENT_EMAILS[0]}> ("đang gửi"). Có thể họ đã nhận, nên không gửi lại.`);
    expect(mailsPerAddress(s)).toEqual(Object.fromEntries(SAMPLE_RECIPIENT_EMAILS.map((e) => [e, 1])));

    // A third click still does not resend it.
    const [third] = sendPlan(s, null);
    expect(third).toContain(`<${SAMPLE_RECIPIENT_EMAILS[0]}> ("đang gửi"). Có thể họ đã nhận, nên không gửi lại.`);
    expect(s.ws.mail.sent).toHaveLength(5);

    // The secretary checks and marks it "gửi lại": the next run sends it.
    const log = s.ss.sheet(SEND_LOG_TAB);
    s.ws.spreadsheets.typeInto(SEND_LOG_TAB, 'I2', 'gửi lại');
    expect(log.getRange('I2').getValue()).toBe('gửi lại');
    sendPlan(s);
    expect(mailsPerAddress(s)[SAMPLE_RECIPIENT_EMAILS[0]]).toBe(2);
    expect(s.ws.mail.sent).toHaveLength(6);
  });

  it('escapes recipient names in the HTML body', () => {
    const { s } = setUp(NOW, (settings) => ({
      ...settings,
      recipients: [{ name: 'Hội <b>Nông dân</b> & "CCB"', email: 'hoi@example.com', role: 'Để biết' }],
    }));
    withPlan(s);
    sendPlan(s);
    const [mail] = s.ws.mail.sent;
    expect(mail.htmlBody).toContain('Kính gửi: Hội &lt;b&gt;Nông dân&lt;/b&gt; &amp; &quot;CCB&quot;.');
    expect(mail.htmlBody).not.toContain('<b>Nông dân</b>');
    expect(mail.body).toContain('Kính gửi: Hội <b>Nông dân</b> & "CCB".');
  });

  it('names the Nơi nhận without an address, and sends to the others', () => {
    const { s } = setUp(NOW, (settings) => ({
      ...settings,
      recipients: [
        { name: 'Đảng ủy xã', email: '', role: 'Để biết' },
        { name: 'UBND xã', email: 'ubnd@example.com', role: 'Kính gửi' },
        { name: 'Lưu: VT, BQLNTM', email: '', role: 'Lưu' },
      ],
    }));
    withPlan(s);
    const [question] = sendPlan(s);
    expect(question).toContain('Nơi nhận chưa có email trong tab Cấu hình (không gửi): Đảng ủy xã.');
    expect(question).not.toContain('Lưu: VT');
    expect(s.ws.mail.sent.map(recipientsOf)).toEqual([['ubnd@example.com']]);
  });

  it('the log travels in the workbook: reopened from .xlsx in another workspace, nothing is sent again', async () => {
    const { s } = setUp(NOW);
    withPlan(s);
    sendPlan(s);
    const file = join(mkdtempSync(join(tmpdir(), 'plan-log-')), 'workbook.xlsx');
    await exportXlsx(s.ss, file);

    const ws = new Workspace({ now: new Date(NOW), htmlDir: 'dist' });
    const ss = await importXlsx(ws, file);
    ws.spreadsheets.setActive(ss);
    const again: Scenario = { ws, ss, app: loadBundle(ws) };
    const alerts = sendPlan(again, null);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/đã được gửi cho mọi nơi nhận có email/);
    expect(ws.mail.sent).toHaveLength(0);
  });

  it('writes two small log cells per mail and reads each tab a fixed number of times, whatever the count', () => {
    const measure = (n: number) => {
      const { s } = setUp(NOW, (settings) => ({
        ...settings,
        recipients: Array.from({ length: n }, (_, i) => ({
          name: `Nơi nhận ${i + 1}`,
          email: `nn${i + 1}@example.com`,
          role: 'Để biết' as const,
        })),
      }));
      withPlan(s);
      s.ws.calls.reset();
      sendPlan(s);
      expect(s.ws.mail.sent).toHaveLength(n);
      return { writes: s.ws.calls.count('Range.setValues'), reads: s.ws.calls.count('Range.getValues') };
    };
    const five = measure(5);
    const ten = measure(10);
    // "đang gửi" before each mail, "đã gửi" after it: 2 more writes per mail, nothing else grows.
    expect(ten.writes - five.writes).toBe(10);
    expect(ten.reads).toBe(five.reads);
  });

  it('refuses an invalid address in Nơi nhận with a message naming its row, and sends nothing', () => {
    const { s } = setUp(NOW);
    withPlan(s);
    // The first Nơi nhận is on row 4; its e-mail is in column N.
    s.ws.spreadsheets.typeInto('Cấu hình', 'N4', 'vpdp.huuluong@example');
    const alerts = sendPlan(s, null);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('dòng 4');
    expect(alerts[0]).toContain('vpdp.huuluong@example');
    expect(s.ws.mail.sent).toHaveLength(0);
  });
});
