// Reading the Nhật ký gửi tab back: what it says was sent is never sent again, what it says was
// "đang gửi" is neither resent nor forgotten, and a unit is reminded at most once a day.
import {
  documentKey,
  errorStatus,
  parseSendLog,
  planDeliveryState,
  reminderOn,
  SEND_LOG_HEADERS,
  uncertainRows,
} from '../../src/domain/send-log';

const DOC = 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefgh/edit';
const OTHER_DOC = 'https://docs.google.com/document/d/1ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ/edit';

/** A log row in the tab's column order (typed here from the header list, not from the code's writer). */
function row(time: string, kind: string, link: string, email: string, status: string, unitCode = ''): string[] {
  return [
    time,
    kind,
    'Kế hoạch tuyên truyền',
    link,
    'Năm 2023',
    'Nơi nhận',
    unitCode,
    email,
    status,
    'thuky@example.com',
  ];
}

const HEADER = [...SEND_LOG_HEADERS];

/** A plan known only by its Doc (no number, no date): "Kế hoạch" names no particular plan. */
function byDoc(link: string) {
  return { reference: 'Kế hoạch', link };
}

describe('the log header', () => {
  it('names the columns the issue asks for: time, document, period, recipient, kind, status', () => {
    expect(HEADER).toEqual([
      'Thời gian',
      'Loại',
      'Văn bản',
      'Liên kết',
      'Kỳ',
      'Người nhận',
      'Mã đơn vị',
      'Email',
      'Trạng thái',
      'Người gửi',
    ]);
  });
});

describe('the status of a logged send', () => {
  it('reads the three statuses the product writes, whatever the case or accents', () => {
    const typed = ['đã gửi', 'Đã gửi', 'đang gửi', 'lỗi: Invalid email: x', 'gửi lại', ''];
    const log = parseSendLog(
      [HEADER, ...typed.map((status) => row('20/06/2023 09:00', 'Kế hoạch', DOC, 'a@example.com', status))],
      'Asia/Ho_Chi_Minh',
    );
    expect(log.map((e) => e.status)).toEqual(['sent', 'sent', 'sending', 'error', 'resend', 'empty']);
  });
});

describe('planDeliveryState', () => {
  const email = 'vpdp@example.com';

  it('is pending when nothing was logged for the address', () => {
    const log = parseSendLog(
      [HEADER, row('20/06/2023 09:00', 'Kế hoạch', DOC, 'other@example.com', 'đã gửi')],
      'Asia/Ho_Chi_Minh',
    );
    expect(planDeliveryState(log, byDoc(DOC), email)).toBe('pending');
  });

  it('is sent once a row says "đã gửi", even after an earlier error, and compares addresses without case', () => {
    const log = parseSendLog(
      [
        HEADER,
        row('20/06/2023 09:00', 'Kế hoạch', DOC, email, 'lỗi: Service error'),
        row('21/06/2023 08:00', 'Kế hoạch', DOC, 'VPDP@Example.com', 'đã gửi'),
      ],
      'Asia/Ho_Chi_Minh',
    );
    expect(planDeliveryState(log, byDoc(DOC), email)).toBe('sent');
  });

  it('is uncertain while a row still says "đang gửi"', () => {
    const log = parseSendLog([HEADER, row('20/06/2023 09:00', 'Kế hoạch', DOC, email, 'đang gửi')], 'Asia/Ho_Chi_Minh');
    expect(planDeliveryState(log, byDoc(DOC), email)).toBe('uncertain');
  });

  it('is pending again when the secretary changed "đang gửi" to "gửi lại", or every try failed', () => {
    const resend = parseSendLog(
      [HEADER, row('20/06/2023 09:00', 'Kế hoạch', DOC, email, 'gửi lại')],
      'Asia/Ho_Chi_Minh',
    );
    expect(planDeliveryState(resend, byDoc(DOC), email)).toBe('pending');
    const failed = parseSendLog(
      [HEADER, row('20/06/2023 09:00', 'Kế hoạch', DOC, email, 'lỗi: x')],
      'Asia/Ho_Chi_Minh',
    );
    expect(planDeliveryState(failed, byDoc(DOC), email)).toBe('pending');
  });

  it('counts only sends of the same Doc (a new plan Doc is a new document), matched by its id', () => {
    const log = parseSendLog(
      [HEADER, row('20/06/2023 09:00', 'Kế hoạch', OTHER_DOC, email, 'đã gửi')],
      'Asia/Ho_Chi_Minh',
    );
    expect(planDeliveryState(log, byDoc(DOC), email)).toBe('pending');
    const sameDocOtherSpelling = `https://docs.google.com/open?id=${DOC.split('/d/')[1].split('/')[0]}`;
    expect(planDeliveryState(log, byDoc(OTHER_DOC), email)).toBe('sent');
    const log2 = parseSendLog(
      [HEADER, row('20/06/2023 09:00', 'Kế hoạch', sameDocOtherSpelling, email, 'đã gửi')],
      'UTC',
    );
    expect(planDeliveryState(log2, byDoc(DOC), email)).toBe('sent');
  });

  it('treats a status typed by hand as "sent or unknown": never resent, listed with its text', () => {
    for (const status of ['OK', 'đã nhận', 'đã gửi (đã gọi điện xác nhận)', 'x']) {
      const log = parseSendLog([HEADER, row('20/06/2023 09:00', 'Kế hoạch', DOC, email, status)], 'UTC');
      expect([status, planDeliveryState(log, byDoc(DOC), email)]).toEqual([status, 'uncertain']);
      expect(uncertainRows(log, byDoc(DOC), email).map((e) => e.statusText)).toEqual([status]);
    }
  });

  it('is pending only for a blank status or an explicit failure', () => {
    for (const status of ['', 'lỗi: Invalid email', 'chưa gửi', 'Không gửi được', 'gửi lại']) {
      const log = parseSendLog([HEADER, row('20/06/2023 09:00', 'Kế hoạch', DOC, email, status)], 'UTC');
      expect([status, planDeliveryState(log, byDoc(DOC), email)]).toEqual([status, 'pending']);
    }
  });

  it('knows the plan by its number and date, whatever Doc carried it', () => {
    const plan = { reference: 'Kế hoạch số 42/KH-BCĐ ngày 10/03/2023', link: OTHER_DOC };
    const sent = (document: string) => {
      const r = row('20/06/2023 09:00', 'Kế hoạch', DOC, email, 'đã gửi');
      r[2] = document;
      return planDeliveryState(parseSendLog([HEADER, r], 'UTC'), plan, email);
    };
    expect(sent('Kế hoạch số 42/KH-BCĐ ngày 10/03/2023: Kế hoạch Tuyên truyền NTM năm 2023')).toBe('sent');
    expect(sent('Kế hoạch số 42/KH-BCĐ ngày 10/03/2023')).toBe('sent');
    expect(sent('Kế hoạch số 421/KH-BCĐ ngày 10/03/2023: Kế hoạch khác')).toBe('pending');
    expect(sent('Kế hoạch số 42/KH-BCĐ ngày 11/03/2023: Kế hoạch sửa đổi')).toBe('pending');
    expect(sent('Kế hoạch Tuyên truyền NTM năm 2023')).toBe('pending');
  });

  it('ignores reminder rows for the plan', () => {
    const log = parseSendLog([HEADER, row('20/06/2023 09:00', 'Nhắc nộp báo cáo', DOC, email, 'đã gửi')], 'UTC');
    expect(planDeliveryState(log, byDoc(DOC), email)).toBe('pending');
  });
});

describe('documentKey', () => {
  it('is the Doc id for both spellings of a Docs link', () => {
    expect(documentKey('https://docs.google.com/document/d/1abcDEF_ghi-JKL/edit')).toBe('1abcDEF_ghi-JKL');
    expect(documentKey('https://docs.google.com/open?id=1abcDEF_ghi-JKL')).toBe('1abcDEF_ghi-JKL');
  });
});

describe('reminderOn', () => {
  const tz = 'Asia/Ho_Chi_Minh';
  const log = parseSendLog(
    [
      HEADER,
      row('15/06/2023 07:12', 'Nhắc nộp báo cáo', '', 'thon@example.com', 'đã gửi', 'T-HB'),
      row('16/06/2023 07:10', 'Nhắc nộp báo cáo', '', 'thon@example.com', 'lỗi: quota', 'T-HB'),
      row('16/06/2023 07:10', 'Nhắc nộp báo cáo', '', 'tl@example.com', 'đang gửi', 'T-TL'),
    ],
    tz,
  );

  it('finds the reminder sent to the unit that day', () => {
    expect(reminderOn(log, 'T-HB', { y: 2023, m: 6, d: 15 })?.row).toBe(2);
    expect(reminderOn(log, 't-hb', { y: 2023, m: 6, d: 15 })?.row).toBe(2);
  });

  it('does not count a failed try, nor another day or another unit', () => {
    expect(reminderOn(log, 'T-HB', { y: 2023, m: 6, d: 16 })).toBeNull();
    expect(reminderOn(log, 'T-HB', { y: 2023, m: 6, d: 17 })).toBeNull();
    expect(reminderOn(log, 'HND', { y: 2023, m: 6, d: 15 })).toBeNull();
  });

  it('counts "đang gửi" as reminded: the mail may have left', () => {
    expect(reminderOn(log, 'T-TL', { y: 2023, m: 6, d: 16 })?.row).toBe(4);
  });

  it('reads a time cell that became a Date in the Sheet zone', () => {
    // 15/06/2023 23:30 in Vietnam is 16:30 UTC: the day is the 15th there.
    const dated = parseSendLog(
      [HEADER, [new Date('2023-06-15T16:30:00Z'), 'Nhắc nộp báo cáo', '', '', '', '', 'HND', 'a@b.vn', 'đã gửi', '']],
      tz,
    );
    expect(dated[0].day).toEqual({ y: 2023, m: 6, d: 15 });
  });
});

describe('parseSendLog', () => {
  it('skips blank rows and keeps the sheet row numbers', () => {
    const entries = parseSendLog(
      [HEADER, ['', '', '', '', '', '', '', '', '', ''], row('20/06/2023 09:00', 'Kế hoạch', DOC, 'a@b.vn', 'đã gửi')],
      'UTC',
    );
    expect(entries.map((e) => e.row)).toEqual([3]);
    expect(entries[0].day).toEqual({ y: 2023, m: 6, d: 20 });
  });
});

describe('errorStatus', () => {
  it('is one line starting "lỗi: " and short enough for a cell', () => {
    const s = errorStatus(`Có lỗi không mong muốn.\n(Chi tiết kỹ thuật: ${'x'.repeat(500)})`);
    expect(s.startsWith('lỗi: Có lỗi không mong muốn. (Chi tiết')).toBe(true);
    expect(s).not.toMatch(/[\r\n]/);
    expect(s.length).toBeLessThanOrEqual(205);
  });
});
