// Nhắc nộp báo cáo: the question before reminders by hand (who, for which period, what today's
// quota allows), what to say when nobody needs one, what was sent, and the daily trigger's rule.

import { periodOf } from '../../src/domain/periods';
import {
  autoReminderLine,
  autoReminderStateText,
  autoRemindersQuestion,
  describeAutoReminders,
  describeNoReminder,
  describeReminderPlan,
  describeReminders,
  type LateUnit,
  type ReminderPlan,
  remindersFitToday,
  triggerGate,
} from '../../src/domain/reminder-text';
import type { UnitSetting } from '../../src/domain/types';

const PERIOD = periodOf('half', 2023, 'nd09');
const TARGET_LINE = 'Kỳ 6 tháng đầu năm 2023 (từ ngày 15/12/2022 đến ngày 14/06/2023), hạn nộp ngày 20/06/2023.';

function unit(code: string, name: string): UnitSetting {
  return { code, name, kind: 'Thôn', tabName: name, editors: [], contactName: '', contactEmail: '' };
}

function late(name: string, emails: string[]): LateUnit {
  return { unit: unit(name.toUpperCase(), name), address: { emails, contactName: '', invalid: [] }, rowsWithErrors: 0 };
}

const THON1 = late('Thôn 1', ['a@gmail.com', 'b@gmail.com']);
const THON2 = late('Thôn 2', ['c@gmail.com']);
const THON3 = late('Thôn 3', []);

function plan(part: Partial<ReminderPlan>): ReminderPlan {
  return {
    toSend: [],
    quota: 100,
    remindedToday: [],
    noAddress: [],
    reported: [],
    target: { period: PERIOD, deadline: { y: 2023, m: 6, d: 20 } },
    today: { y: 2023, m: 6, d: 17 },
    ...part,
  };
}

describe('remindersFitToday', () => {
  it('each unit costs its addresses, at most 50 (MailApp’s limit per message), in order', () => {
    // Thôn 1 has two addresses, Thôn 2 one: both fit in 3, only Thôn 1 in 2, neither in 1.
    expect([3, 2, 1].map((quota) => remindersFitToday(plan({ toSend: [THON1, THON2], quota })))).toEqual([2, 1, 0]);
    const many = late(
      'Thôn lớn',
      Array.from({ length: 60 }, (_, i) => `u${i}@gmail.com`),
    );
    expect(remindersFitToday(plan({ toSend: [many], quota: 50 }))).toBe(1);
  });
});

describe('describeReminderPlan', () => {
  it('names the period and deadline, each unit with its addresses, the units left out, and asks', () => {
    const text = describeReminderPlan(
      plan({ toSend: [THON1, THON2], remindedToday: [THON3], reported: [unit('X', 'X'), unit('Y', 'Y')] }),
    );
    expect(text).toBe(
      [
        TARGET_LINE,
        'Gửi thư nhắc nộp báo cáo cho 2 đơn vị chưa có báo cáo:',
        '- Thôn 1 <a@gmail.com, b@gmail.com>\n- Thôn 2 <c@gmail.com>',
        'Đã được nhắc hôm nay (không nhắc lại): Thôn 3.',
        'Đã có báo cáo: 2 đơn vị.',
        'Gửi ngay?',
      ].join('\n'),
    );
  });

  it('says what today’s quota allows', () => {
    expect(describeReminderPlan(plan({ toSend: [THON1, THON2], quota: 2 }))).toContain(
      'Hạn mức gửi thư hôm nay của tài khoản chỉ còn 2 người nhận: lần này gửi 1 đơn vị, số còn lại gửi vào ngày mai.',
    );
  });
});

describe('describeNoReminder', () => {
  it('everybody reported', () => {
    expect(describeNoReminder(plan({ reported: [unit('X', 'X')] }))).toBe(
      `${TARGET_LINE}\nTất cả các đơn vị đã có báo cáo: không cần nhắc.\nĐã có báo cáo: 1 đơn vị.`,
    );
  });

  it('late units, but none to mail: says why for each', () => {
    expect(describeNoReminder(plan({ remindedToday: [THON1], noAddress: [THON3] }))).toBe(
      [
        TARGET_LINE,
        'Không có đơn vị nào cần gửi thư nhắc lúc này.',
        'Đã được nhắc hôm nay (không nhắc lại): Thôn 1.',
        'Chưa có báo cáo nhưng không có email hợp lệ trong tab Cấu hình (không gửi được): Thôn 3.',
      ].join('\n'),
    );
  });

  it('units to mail but no quota left: run it again tomorrow', () => {
    expect(describeNoReminder(plan({ toSend: [THON2], quota: 0 })).split('\n')[1]).toBe(
      'Hạn mức gửi thư hôm nay của tài khoản đã hết. Hãy chạy lại chức năng này vào ngày mai.',
    );
  });
});

describe('describeReminders', () => {
  it('says who was reminded, what failed (first line of the message), who is left for tomorrow', () => {
    const text = describeReminders({
      target: plan({}).target,
      sent: [THON1],
      failed: [{ recipient: THON2, message: 'Invalid email: c@gmail.com\nstack' }],
      later: [THON3],
      remindedToday: [],
      noAddress: [],
      reported: [],
    });
    expect(text).toBe(
      [
        'Đã gửi thư nhắc cho 1 đơn vị: Thôn 1.',
        'Gửi lỗi (có thể nhắc lại khi chạy lại chức năng này):\n- Thôn 2: Invalid email: c@gmail.com',
        'Còn 1 đơn vị chưa được nhắc vì đã hết hạn mức gửi thư hôm nay: Thôn 3.',
        'Chi tiết ở tab Nhật ký gửi.',
      ].join('\n'),
    );
  });

  it('says so when none went', () => {
    const none = { target: plan({}).target, sent: [], failed: [], later: [], remindedToday: [], noAddress: [] };
    expect(describeReminders({ ...none, reported: [] })).toBe(
      'Chưa gửi được thư nhắc nào.\nChi tiết ở tab Nhật ký gửi.',
    );
  });
});

describe('the automatic reminders’ words', () => {
  const rule =
    'mỗi ngày khoảng 7–8 giờ sáng, từ 5 ngày trước hạn nộp đến ngày hết hạn, tiện ích gửi thư nhắc các đơn vị chưa có báo cáo (mỗi đơn vị nhiều nhất một thư mỗi ngày). Số ngày nhắc trước hạn sửa ở tab Cấu hình.';
  const TZ = 'Asia/Ho_Chi_Minh';
  // 01:00 UTC is 08:00 in Hà Nội.
  const on = { on: true, by: 'a@gmail.com', since: '2023-06-14T01:00:00.000Z' };
  const off = { on: false, by: 'b@gmail.com', since: '2023-06-15T02:30:00.000Z' };
  const never = { on: false, by: '', since: '' };
  const lead = { reminderDaysBefore: 5 };

  it('the state says who changed it and when, in the Sheet’s time', () => {
    expect(autoReminderStateText(on, TZ)).toBe('đang BẬT (do a@gmail.com bật từ 14/06/2023 08:00)');
    expect(autoReminderStateText(off, TZ)).toBe('đang TẮT (do b@gmail.com tắt từ 15/06/2023 09:30)');
    expect(autoReminderStateText(never, TZ)).toBe('đang TẮT');
  });

  it('the question names the current state, the rule, and whose account would send', () => {
    expect(autoRemindersQuestion(never, lead, TZ)).toBe(
      `Nhắc tự động đang TẮT. Nếu bật: ${rule} Thư gửi từ tài khoản của bạn.\nBật nhắc tự động?`,
    );
    expect(autoRemindersQuestion(on, lead, TZ)).toBe(
      `Nhắc tự động đang BẬT (do a@gmail.com bật từ 14/06/2023 08:00): ${rule}\nTắt nhắc tự động cho cả bảng tính?`,
    );
  });

  it('the answer names the new state', () => {
    expect(describeAutoReminders(on, lead, TZ)).toBe(`Đã bật nhắc tự động (thư gửi từ tài khoản a@gmail.com): ${rule}`);
    expect(describeAutoReminders(off, lead, TZ)).toBe(
      'Đã tắt nhắc tự động cho cả bảng tính: không còn thư nhắc tự động nào được gửi, kể cả từ tài khoản của thư ký khác đã bật trước đó. (đang TẮT (do b@gmail.com tắt từ 15/06/2023 09:30))',
    );
  });

  it('the sidebar’s line is one sentence', () => {
    expect(autoReminderLine(on, TZ)).toBe('Nhắc tự động đang BẬT (do a@gmail.com bật từ 14/06/2023 08:00).');
    expect(autoReminderLine(never, TZ)).toBe('Nhắc tự động đang TẮT.');
  });

  it('the daily trigger sends only for the one who turned reminders on', () => {
    expect(triggerGate(on, 'a@gmail.com')).toEqual({ run: true });
    expect(triggerGate(on, 'c@gmail.com')).toEqual({
      run: false,
      why: 'Nhắc tự động đang do a@gmail.com phụ trách: bỏ trình kích hoạt cũ của c@gmail.com.',
    });
    expect(triggerGate(off, 'b@gmail.com')).toEqual({
      run: false,
      why: 'Nhắc tự động đang tắt: không gửi thư, bỏ trình kích hoạt.',
    });
  });

  it('the daily trigger fails closed when Google names neither its owner nor who turned reminders on', () => {
    expect(triggerGate(on, '')).toEqual({
      run: false,
      why: 'Nhắc tự động đang do a@gmail.com phụ trách: bỏ trình kích hoạt cũ của tài khoản này.',
    });
    expect(triggerGate({ on: true, by: '', since: '2023-06-14T01:00:00.000Z' }, '').run).toBe(false);
  });

  it('a lead that is not a positive number means the deadline day itself', () => {
    expect(describeAutoReminders(on, { reminderDaysBefore: -2 }, TZ)).toContain('từ 0 ngày trước hạn nộp');
  });
});
