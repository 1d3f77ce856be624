// The mails' words: Vietnamese, polite, the same in plain text and HTML, every inserted value
// escaped in the HTML, and a subject that stays one line within MailApp's 250 characters.

import { planReference } from '../../src/domain/doc-text';
import { planAudience, unitAddress } from '../../src/domain/mail-recipients';
import { planMail, reminderMail } from '../../src/domain/mail-text';
import { periodOf } from '../../src/domain/periods';
import type { UnitSetting } from '../../src/domain/types';
import { deadlineNote } from '../../src/domain/vn-format';

const settings = {
  planNumber: '42',
  planSymbol: 'KH-BCĐ',
  planDate: { y: 2023, m: 3, d: 10 },
  planTitle: 'Tuyên truyền thực hiện xây dựng nông thôn mới năm 2023',
  parentBody: 'UBND XÃ MINH TIẾN',
  issuingBody: 'BAN CHỈ ĐẠO CÁC CTMTQG',
};
const DOC = { name: 'Kế hoạch tuyên truyền NTM 2023', url: 'https://docs.google.com/document/d/1abcdefghijk/edit' };

describe('the HTML body', () => {
  it('escapes the five characters that matter in text and in a quoted attribute', () => {
    expect(planMail(settings, `<a href="x">Tôm & 'Cá'</a>`, DOC).htmlBody).toContain(
      'Kính gửi: &lt;a href=&quot;x&quot;&gt;Tôm &amp; &#39;Cá&#39;&lt;/a&gt;.',
    );
  });
});

describe('planMail', () => {
  const mail = planMail(settings, 'Văn phòng Điều phối NTM huyện', DOC);

  it('names the plan by number, date and subject in the subject line', () => {
    expect(mail.subject).toBe(
      'Kế hoạch số 42/KH-BCĐ ngày 10/03/2023 về tuyên truyền thực hiện xây dựng nông thôn mới năm 2023',
    );
  });

  it('greets the recipient, gives the link and the attachment name, and closes politely', () => {
    expect(mail.body.startsWith('Kính gửi: Văn phòng Điều phối NTM huyện.')).toBe(true);
    expect(mail.body).toContain(DOC.url);
    expect(mail.body).toContain('Kế hoạch tuyên truyền NTM 2023.pdf');
    expect(mail.body).toContain('Trân trọng./.');
    expect(mail.body).toContain('UBND XÃ MINH TIẾN\nBAN CHỈ ĐẠO CÁC CTMTQG');
    expect(mail.htmlBody).toContain(`<a href="${DOC.url}">${DOC.url}</a>`);
  });

  it('escapes every inserted value in the HTML and keeps it as typed in the plain text', () => {
    const evil = planMail(
      { ...settings, planTitle: 'Kế hoạch <b>"A" & B</b>', parentBody: 'UBND <i>X</i>' },
      '<script>alert(1)</script> Hội "Nông dân" & Cựu chiến binh',
      { name: 'Tệp <x>', url: 'https://docs.google.com/document/d/1abc"onmouseover="x/edit' },
    );
    expect(evil.htmlBody).not.toContain('<script>');
    expect(evil.htmlBody).not.toContain('<b>"A"');
    expect(evil.htmlBody).not.toContain('<i>X</i>');
    expect(evil.htmlBody).not.toContain('"onmouseover="');
    expect(evil.htmlBody).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; Hội &quot;Nông dân&quot; &amp; Cựu chiến binh',
    );
    expect(evil.body).toContain('<script>alert(1)</script> Hội "Nông dân" & Cựu chiến binh');
  });

  it('makes names and subjects with line breaks one line', () => {
    const m = planMail({ ...settings, planTitle: 'Dòng một\nDòng hai\r\nBcc: x@y.vn' }, 'Tên\nhai dòng', DOC);
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.subject).toContain('về dòng một Dòng hai Bcc: x@y.vn');
    expect(m.body.split('\n')[0]).toBe('Kính gửi: Tên hai dòng.');
  });

  it('leaves out what is blank in the settings', () => {
    expect(planReference({ planNumber: '', planSymbol: 'KH-BCĐ', planDate: null })).toBe('Kế hoạch');
    expect(planMail({ ...settings, planTitle: '' }, 'A', DOC).subject).toBe('Kế hoạch số 42/KH-BCĐ ngày 10/03/2023');
  });
});

describe('the subject line', () => {
  it('cuts a long subject at a word to at most 250 characters, with an ellipsis', () => {
    const long = 'tuyên truyền '.repeat(40);
    const s = planMail({ ...settings, planTitle: long }, 'A', DOC).subject;
    expect(s.startsWith('Kế hoạch số 42/KH-BCĐ ngày 10/03/2023 về tuyên truyền tuyên truyền')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(250);
    expect(s.endsWith('truyền…') || s.endsWith('tuyên…')).toBe(true);
  });
});

describe('reminderMail', () => {
  const period = periodOf('half', 2023, 'nd09');
  const base = {
    settings,
    unit: { name: 'Hội Nông dân xã', tabName: 'Hội Nông dân' },
    contactName: 'Lăng Văn Sơn',
    period,
    deadline: { y: 2023, m: 6, d: 17 },
    today: { y: 2023, m: 6, d: 15 },
    sheetUrl: 'https://docs.google.com/spreadsheets/d/1xyz/edit',
    automatic: false,
  };

  it('says which period, its dates, the deadline and how many days are left, and where to type', () => {
    const m = reminderMail(base);
    expect(m.subject).toBe(
      'Nhắc nộp báo cáo kết quả tuyên truyền xây dựng nông thôn mới 6 tháng đầu năm 2023 (hạn 17/06/2023) – Hội Nông dân xã',
    );
    expect(m.body.startsWith('Kính gửi: Hội Nông dân xã (đồng chí Lăng Văn Sơn).')).toBe(true);
    expect(m.body).toContain('từ ngày 15/12/2022 đến ngày 14/06/2023');
    expect(m.body).toContain('Hạn nộp là ngày 17/06/2023 (còn 2 ngày)');
    expect(m.body).toContain('tab "Hội Nông dân"');
    expect(m.body).toContain(base.sheetUrl);
    expect(m.body).toContain('Theo Kế hoạch số 42/KH-BCĐ ngày 10/03/2023');
  });

  it('greets only the unit when the mail goes to its editors, and says when it was sent automatically', () => {
    const m = reminderMail({ ...base, contactName: '', automatic: true });
    expect(m.body.split('\n')[0]).toBe('Kính gửi: Hội Nông dân xã.');
    expect(m.body).toContain('Thư nhắc được gửi tự động từ bảng tính Báo cáo NTM.');
  });

  it('tells a unit whose rows could not be counted to fix them, instead of "ignore this mail"', () => {
    const m = reminderMail({ ...base, rowsWithErrors: 4 });
    expect(m.body).toContain('Tab của đơn vị có 4 dòng chưa được tính vì có lỗi.');
    expect(m.body).toContain('Kiểm tra dữ liệu');
    expect(m.body).not.toContain('xin bỏ qua thư này');
    expect(reminderMail(base).body).toContain('Nếu đơn vị đã nhập đủ, xin bỏ qua thư này.');
  });

  it('escapes the unit name and tab in the HTML', () => {
    const m = reminderMail({ ...base, unit: { name: 'Thôn <Đồng> & Tâm', tabName: 'Thôn "ĐT"' } });
    expect(m.htmlBody).toContain('Thôn &lt;Đồng&gt; &amp; Tâm');
    expect(m.htmlBody).toContain('tab &quot;Thôn &quot;ĐT&quot;&quot;');
    expect(m.htmlBody).not.toContain('<Đồng>');
  });
});

describe('deadlineNote', () => {
  it('counts the days left, the last day, and the days late', () => {
    expect(deadlineNote({ y: 2023, m: 6, d: 14 }, { y: 2023, m: 6, d: 17 })).toBe('còn 3 ngày');
    expect(deadlineNote({ y: 2023, m: 6, d: 17 }, { y: 2023, m: 6, d: 17 })).toBe('hôm nay là hạn cuối');
    expect(deadlineNote({ y: 2023, m: 6, d: 20 }, { y: 2023, m: 6, d: 17 })).toBe('đã quá hạn 3 ngày');
  });
});

describe('planAudience', () => {
  it('sends once per address, in the order of Nơi nhận, and names those without an address except Lưu', () => {
    const a = planAudience({
      recipients: [
        { name: 'Văn phòng Điều phối NTM huyện', email: 'vpdp@example.com', role: 'Kính gửi' },
        { name: 'TT ĐU, TT HĐND xã', email: '', role: 'Để biết' },
        { name: 'Văn phòng Điều phối (bản sao)', email: 'VPDP@example.com', role: 'Để biết' },
        { name: 'UBND xã', email: 'ubnd@example.com', role: 'Để biết' },
        { name: 'Lưu: VT, BQLNTM', email: '', role: 'Lưu' },
        { name: 'Thôn\nSai', email: 'khong-phai-email', role: 'Để biết' },
      ],
    });
    expect(a.addressees).toEqual([
      {
        name: 'Văn phòng Điều phối NTM huyện; Văn phòng Điều phối (bản sao)',
        email: 'vpdp@example.com',
        role: 'Kính gửi',
      },
      { name: 'UBND xã', email: 'ubnd@example.com', role: 'Để biết' },
    ]);
    expect(a.withoutEmail).toEqual(['TT ĐU, TT HĐND xã']);
    expect(a.invalid).toEqual(['Thôn Sai: "khong-phai-email"']);
  });
});

describe('unitAddress', () => {
  const unit: UnitSetting = {
    code: 'HND',
    name: 'Hội Nông dân xã',
    kind: 'Tổ chức chính trị - xã hội',
    tabName: 'Hội Nông dân',
    editors: ['a@example.com', 'b@example.com'],
    contactName: 'Lăng Văn Sơn',
    contactEmail: 'son@example.com',
  };

  it('is the contact when there is one', () => {
    expect(unitAddress(unit)).toEqual({ emails: ['son@example.com'], contactName: 'Lăng Văn Sơn', invalid: [] });
  });

  it('is the editors of the tab when there is no contact address', () => {
    expect(unitAddress({ ...unit, contactEmail: '' })).toEqual({
      emails: ['a@example.com', 'b@example.com'],
      contactName: '',
      invalid: [],
    });
  });

  it('refuses a contact address that is not one', () => {
    expect(unitAddress({ ...unit, contactEmail: 'son at example' }).emails).toEqual([]);
  });
});
