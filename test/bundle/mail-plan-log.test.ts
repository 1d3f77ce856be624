// Nhật ký gửi fails safe (issue 14, case 6): only a blank status or an explicit failure means "not
// sent"; a status the secretary typed ("OK", "đã nhận", "đã gửi (đã gọi điện xác nhận)") means "sent
// or unknown" and is listed, never mailed again; and the log knows the plan by its number and date,
// so a new Doc of the same plan (its row deleted from Nhật ký báo cáo) is not mailed to everyone again.
import type { Scenario } from '../../local/tools/scenario';
import {
  alertsSince,
  answer,
  mailsPerAddress,
  recipientsOf,
  SAMPLE_RECIPIENT_EMAILS,
  SEND_LOG_TAB,
  setUp,
} from './mail-helpers';

const NOW = '2023-06-20T09:00:00+07:00';
const STATUS_COL = 9;

function sendPlan(s: Scenario): string[] {
  const from = s.ws.ui.shown.length;
  answer(s, 'YES');
  s.app.call('menuSendPlan');
  return alertsSince(s, from);
}

/** The secretary types `status` over the status of the log row of `email`. */
function typeStatus(s: Scenario, email: string, status: string): void {
  const sheet = s.ss.sheet(SEND_LOG_TAB);
  const rows = sheet.getDataRange().getValues();
  const i = rows.findIndex((r) => r[7] === email);
  if (i < 0) throw new Error(`no log row for ${email}`);
  sheet.getRange(i + 1, STATUS_COL).setValue(status);
}

describe('Nhật ký gửi, read fail-safe', () => {
  it('mails again only the recipients whose status is blank or a failure, and lists the others with what they say', () => {
    const { s } = setUp(NOW);
    s.app.call('menuCreatePlan');
    s.app.call('menuCreatePlan');
    sendPlan(s);
    const [a, b, c, d, e] = SAMPLE_RECIPIENT_EMAILS;
    typeStatus(s, a, 'OK');
    typeStatus(s, b, 'đã nhận');
    typeStatus(s, c, 'đã gửi (đã gọi điện xác nhận)');
    typeStatus(s, d, '');
    typeStatus(s, e, 'lỗi: hộp thư đầy');
    const before = s.ws.mail.sent.length;
    const alerts = sendPlan(s);
    expect(
      s.ws.mail.sent
        .slice(before)
        .flatMap((m) => recipientsOf(m))
        .sort(),
    ).toEqual([d, e].sort());
    const question = alerts[0];
    expect(question).toContain(`<${a}> ("OK")`);
    expect(question).toContain(`<${b}> ("đã nhận")`);
    expect(question).toContain(`<${c}> ("đã gửi (đã gọi điện xác nhận)")`);
    expect(question).toContain('Có thể họ đã nhận, nên không gửi lại.');
  });

  it('does not mail the plan again when its row was deleted from Nhật ký báo cáo and a new Doc is made', () => {
    const { s } = setUp(NOW);
    s.app.call('menuCreatePlan');
    s.app.call('menuCreatePlan');
    sendPlan(s);
    const once = mailsPerAddress(s);
    const docLog = s.ss.sheet('Nhật ký báo cáo');
    docLog.deleteRows(2, docLog.getLastRow() - 1);
    const docsBefore = s.ws.documents.all().length;
    const alerts = sendPlan(s);
    expect(s.ws.documents.all().length).toBe(docsBefore + 1); // a new plan Doc, same plan
    expect(mailsPerAddress(s)).toEqual(once);
    expect(alerts.join('\n')).not.toMatch(/Đã gửi kế hoạch .* cho \d+ nơi nhận/);
  });
});
