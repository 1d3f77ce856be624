// MailApp emulator: what is recorded, the per-recipient quota, and Google's refusals.
import { BlobImpl } from '../../local/emulator/blob';
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

function world(mailQuota = 100) {
  const ws = new Workspace({ mailQuota });
  return { ws, ...vmWorld(ws) };
}

/** Runs `code` in the bundle's realm and returns the message of what it threw (or null). */
function thrown(run: (code: string) => unknown, code: string): string | null {
  return run(`(function () { try { ${code}; return null; } catch (e) { return e.message; } })()`) as string | null;
}

describe('MailApp.sendEmail', () => {
  it('records the mail from the active user with its recipients, subject, body and send time', () => {
    const { ws, run } = world();
    ws.setActiveUser('thuky@xaminhtien.vn');
    run(`MailApp.sendEmail('doan.tn@gmail.com', 'Nhắc nộp báo cáo', 'Kính gửi Đoàn Thanh niên')`);
    expect(ws.mail.sent).toHaveLength(1);
    const mail = ws.mail.sent[0];
    expect(mail.from).toBe('thuky@xaminhtien.vn');
    expect(mail.to).toEqual(['doan.tn@gmail.com']);
    expect(mail.cc).toEqual([]);
    expect(mail.bcc).toEqual([]);
    expect(mail.subject).toBe('Nhắc nộp báo cáo');
    expect(mail.body).toBe('Kính gửi Đoàn Thanh niên');
    expect(mail.htmlBody).toBeNull();
    expect(mail.time.getTime()).toBe(new Date('2023-06-20T09:00:00+07:00').getTime());
  });

  it('takes the message-object form with cc, bcc, name, replyTo, htmlBody and noReply', () => {
    const { ws, run } = world();
    run(`MailApp.sendEmail({
      to: 'a@xa.vn, Hội Nông dân <hnd@xa.vn>', cc: 'b@xa.vn', bcc: 'c@xa.vn,d@xa.vn',
      subject: 'Kế hoạch', body: 'văn bản', htmlBody: '<p>văn bản</p>', name: 'Ban Chỉ đạo',
      replyTo: 'bqlntm@xa.vn', noReply: true })`);
    const mail = ws.mail.sent[0];
    expect(mail.to).toEqual(['a@xa.vn', 'Hội Nông dân <hnd@xa.vn>']);
    expect(mail.cc).toEqual(['b@xa.vn']);
    expect(mail.bcc).toEqual(['c@xa.vn', 'd@xa.vn']);
    expect(mail.name).toBe('Ban Chỉ đạo');
    expect(mail.replyTo).toBe('bqlntm@xa.vn');
    expect(mail.htmlBody).toBe('<p>văn bản</p>');
    expect(mail.noReply).toBe(true);
  });

  it('takes (recipient, subject, body, options) and the four-string (to, replyTo, subject, body) form', () => {
    const { ws, run } = world();
    run(`MailApp.sendEmail('a@xa.vn', 'S1', 'B1', { cc: 'b@xa.vn', name: 'BCĐ' })`);
    run(`MailApp.sendEmail('a@xa.vn', 'reply@xa.vn', 'S2', 'B2')`);
    expect(ws.mail.sent[0]).toMatchObject({ to: ['a@xa.vn'], cc: ['b@xa.vn'], subject: 'S1', body: 'B1', name: 'BCĐ' });
    expect(ws.mail.sent[1]).toMatchObject({ to: ['a@xa.vn'], replyTo: 'reply@xa.vn', subject: 'S2', body: 'B2' });
  });

  it('refuses arguments that match no overload, with Google’s message', () => {
    const { ws, run } = world();
    expect(thrown(run, `MailApp.sendEmail('a@xa.vn', 'chỉ có tiêu đề')`)).toBe(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
    expect(ws.mail.sent).toHaveLength(0);
  });

  it('charges one from the daily quota per recipient in to, cc and bcc', () => {
    const { ws, run } = world(100);
    run(`MailApp.sendEmail({ to: 'a@xa.vn, b@xa.vn', cc: 'c@xa.vn', bcc: 'd@xa.vn', subject: 's', body: 'b' })`);
    expect(run('MailApp.getRemainingDailyQuota()')).toBe(96);
    expect(ws.mail.remaining).toBe(96);
  });

  it('throws Google’s quota message and sends nothing when the recipients exceed what is left', () => {
    const { ws, run } = world(2);
    const quota = 'Service invoked too many times for one day: email.';
    expect(thrown(run, `MailApp.sendEmail({ to: 'a@xa.vn,b@xa.vn,c@xa.vn', subject: 's', body: 'b' })`)).toBe(quota);
    expect(ws.mail.sent).toHaveLength(0);
    expect(ws.mail.remaining).toBe(2);
    run(`MailApp.sendEmail({ to: 'a@xa.vn', cc: 'b@xa.vn', subject: 's', body: 'b' })`);
    expect(ws.mail.remaining).toBe(0);
    expect(thrown(run, `MailApp.sendEmail('a@xa.vn', 's', 'b')`)).toBe(quota);
    expect(ws.mail.sent).toHaveLength(1);
  });

  it('allows 50 recipients in one message and refuses 51', () => {
    const { ws, run } = world(500);
    const list = (n: number) =>
      Array.from({ length: n }, (_, i) => `u${i}@xa.vn`)
        .map((a) => `'${a}'`)
        .join(',');
    run(`MailApp.sendEmail({ to: [${list(40)}].join(','), bcc: [${list(10)}].join(','), subject: 's', body: 'b' })`);
    expect(ws.mail.sent).toHaveLength(1);
    expect(
      thrown(
        run,
        `MailApp.sendEmail({ to: [${list(41)}].join(','), bcc: [${list(10)}].join(','), subject: 's', body: 'b' })`,
      ),
    ).toBe('Limit Exceeded: Email Recipients Per Message.');
    expect(ws.mail.sent).toHaveLength(1);
    expect(ws.mail.remaining).toBe(450);
  });

  it('refuses an invalid address in any field, naming it', () => {
    const { ws, run } = world();
    expect(thrown(run, `MailApp.sendEmail('Nguyễn Văn A', 's', 'b')`)).toBe('Invalid email: Nguyễn Văn A');
    expect(thrown(run, `MailApp.sendEmail({ to: 'a@xa.vn', cc: 'b@@xa.vn', subject: 's', body: 'b' })`)).toBe(
      'Invalid email: b@@xa.vn',
    );
    expect(thrown(run, `MailApp.sendEmail({ to: 'a@xa.vn', bcc: 'thôn@xa.vn', subject: 's', body: 'b' })`)).toBe(
      'Invalid email: thôn@xa.vn',
    );
    expect(ws.mail.sent).toHaveLength(0);
    expect(ws.mail.remaining).toBe(100);
  });

  it('refuses a mail without any recipient', () => {
    const { run } = world();
    expect(thrown(run, `MailApp.sendEmail('', 's', 'b')`)).toBe('Failed to send email: no recipient');
  });

  it('allows a 250-character subject and refuses 251', () => {
    const { ws, run } = world();
    run(`MailApp.sendEmail('a@xa.vn', 'ă'.repeat(250), 'b')`);
    expect(thrown(run, `MailApp.sendEmail('a@xa.vn', 'ă'.repeat(251), 'b')`)).toBe('Argument too large: subject');
    expect(ws.mail.sent).toHaveLength(1);
  });

  it('refuses a body over 200 kB (text and HTML together)', () => {
    const { ws, run } = world();
    // 'ệ' is 3 bytes in UTF-8: 68,267 of them are 204,801 bytes, one over 200 × 1024.
    expect(thrown(run, `MailApp.sendEmail('a@xa.vn', 's', 'ệ'.repeat(68267))`)).toBe(
      'Limit Exceeded: Email Body Size.',
    );
    expect(
      thrown(
        run,
        `MailApp.sendEmail({ to: 'a@xa.vn', subject: 's', body: 'x'.repeat(102400), htmlBody: 'y'.repeat(102401) })`,
      ),
    ).toBe('Limit Exceeded: Email Body Size.');
    run(`MailApp.sendEmail({ to: 'a@xa.vn', subject: 's', body: 'x'.repeat(102400), htmlBody: 'y'.repeat(102400) })`);
    expect(ws.mail.sent).toHaveLength(1);
  });

  it('keeps a copy of each attachment as it was when sent, with its name and type', () => {
    const { ws, run } = world();
    run(`var blob = Utilities.newBlob([37, 80, 68, 70, -1], 'application/pdf', 'Kế hoạch 42.pdf');
      MailApp.sendEmail({ to: 'a@xa.vn', subject: 's', body: 'b', attachments: [blob] });
      blob.setName('đổi tên.pdf');`);
    const [att] = ws.mail.sent[0].attachments;
    expect(att).toBeInstanceOf(BlobImpl);
    expect(att.getName()).toBe('Kế hoạch 42.pdf');
    expect(att.getContentType()).toBe('application/pdf');
    expect([...att.buffer()]).toEqual([37, 80, 68, 70, 255]);
  });

  it('refuses attachments that are not blobs', () => {
    const { run } = world();
    expect(thrown(run, `MailApp.sendEmail({ to: 'a@xa.vn', subject: 's', body: 'b', attachments: ['tệp.pdf'] })`)).toBe(
      'Invalid argument: attachments',
    );
  });

  it('counts every call, failed or not, and can be made to fail like a Google outage', () => {
    const { ws, run, realm } = world();
    run(`MailApp.sendEmail('a@xa.vn', 's', 'b')`);
    thrown(run, `MailApp.sendEmail('sai', 's', 'b')`);
    expect(ws.calls.count('MailApp.sendEmail')).toBe(2);
    ws.faults.failOn('MailApp.sendEmail', { message: 'Service unavailable: Gmail' });
    const error = run(`(function () { try { MailApp.sendEmail('a@xa.vn', 's', 'b'); } catch (e) { return e; } })()`);
    expect(error).toBeInstanceOf(realm.Error);
    expect((error as Error).message).toBe('Service unavailable: Gmail');
    expect(ws.mail.sent).toHaveLength(1);
  });
});
