// Nhắc nộp báo cáo through the real bundle: only units that have not reported are mailed, at their
// contact address, at most once a day; the daily trigger runs without any Ui and only in the days
// before a deadline; turning it on leaves exactly one trigger, turning it off leaves none.
import {
  pasteActivities,
  type Scenario,
  sampleRows,
  typeSampleData,
  vnDate,
  writeNarrative,
} from '../../local/tools/scenario';
import type { Settings, UnitSetting } from '../../src/domain/types';
import { alertsSince, answer, type Outcome, recipientsOf, sendLog, setUp } from './mail-helpers';

// ND09, sample deadlines 17/06 and 17/12, reminderDaysBefore 3: the window is 14/06–17/06.
const IN_WINDOW = '2023-06-15T09:00:00+07:00';

/** The sample data: every unit but the last two (Thôn Hòa Bình, Thôn Tân Lập) reports for 2023. */
function withData(now = IN_WINDOW): { s: Scenario; settings: Settings; late: UnitSetting[] } {
  const { s, settings } = setUp(now);
  typeSampleData(s, settings);
  return { s, settings, late: settings.units.slice(-2) };
}

function remind(s: Scenario, reply: 'YES' | 'NO' | null = 'YES'): string[] {
  const from = s.ws.ui.shown.length;
  if (reply) answer(s, reply);
  s.app.call('menuRemind');
  expect(s.ws.ui.unanswered).toEqual([]);
  return alertsSince(s, from);
}

function toggle(s: Scenario, reply: 'YES' | 'NO'): string[] {
  const from = s.ws.ui.shown.length;
  answer(s, reply);
  s.app.call('menuToggleAutoReminders');
  expect(s.ws.ui.unanswered).toEqual([]);
  return alertsSince(s, from);
}

function reminderTriggers(s: Scenario) {
  return s.ws.triggers.list.filter((t) => t.handler === 'remindersTrigger');
}

/** Fires the daily trigger as Google would: as its owner, without a Ui. */
function fireTrigger(s: Scenario): void {
  s.ws.triggers.fire('remindersTrigger', (handler) => {
    expect(() => s.ws.ui.ui()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    s.app.call(handler);
  });
}

describe('Nhắc nộp báo cáo (by hand)', () => {
  it('mails only the units that have not reported, at their contact address, after asking', () => {
    const { s, late } = withData();
    const [question, result] = remind(s);
    expect(question).toContain('6 tháng đầu năm 2023');
    expect(question).toContain('hạn nộp ngày 17/06/2023');
    for (const u of late) expect(question).toContain(u.contactEmail);
    expect(s.ws.mail.sent.map(recipientsOf)).toEqual(late.map((u) => [u.contactEmail]));
    for (const [i, mail] of s.ws.mail.sent.entries()) {
      expect(mail.subject).toContain('Nhắc nộp báo cáo');
      expect(mail.body).toContain(`Kính gửi: ${late[i].name} (đồng chí ${late[i].contactName}).`);
      expect(mail.body).toContain('còn 2 ngày');
      expect(mail.body).toContain(`tab "${late[i].tabName}"`);
      expect(mail.body).toContain(s.ss.getUrl());
    }
    expect(result).toContain(`Đã gửi thư nhắc cho 2 đơn vị: ${late.map((u) => u.name).join(', ')}.`);
    expect(sendLog(s).map((r) => [r.Loại, r['Mã đơn vị'], r['Trạng thái']])).toEqual(
      late.map((u) => ['Nhắc nộp báo cáo', u.code, 'đã gửi']),
    );
  });

  it('a unit that wrote only its narrative for the period has reported and gets no reminder', () => {
    const { s, settings } = setUp(IN_WINDOW);
    const [first, ...others] = settings.units;
    writeNarrative(s, first, 0, ['Đã tuyên truyền trên loa truyền thanh.', '', '', '']);
    const [question] = remind(s, 'NO');
    expect(question).toContain(`cho ${others.length} đơn vị chưa có báo cáo:`);
    expect(question).not.toContain(`- ${first.name} <`);
    for (const u of others) expect(question).toContain(`- ${u.name} <${u.contactEmail}>`);
    expect(s.ws.mail.sent).toHaveLength(0);
  });

  it('a second click the same day sends nothing and asks nothing', () => {
    const { s } = withData();
    remind(s);
    const alerts = remind(s, null);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/Đã được nhắc hôm nay \(không nhắc lại\): Thôn Hòa Bình, Thôn Tân Lập/);
    expect(s.ws.mail.sent).toHaveLength(2);
  });

  it('says so when every unit has reported', () => {
    const { s, settings } = setUp(IN_WINDOW);
    typeSampleData(s, settings);
    // The last two units report too.
    settings.units.slice(-2).forEach((u, i) => {
      pasteActivities(s, u, sampleRows(20 + i, 2023, 3, vnDate));
    });
    const alerts = remind(s, null);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('Tất cả các đơn vị đã có báo cáo: không cần nhắc.');
    expect(s.ws.mail.sent).toHaveLength(0);
  });
});

describe('remindUnit (the status sidebar button)', () => {
  it('reminds one late unit, refuses a second reminder the same day, and does not remind a unit that reported', () => {
    const { s, settings, late } = withData();
    const first = s.app.call<Outcome<{ sent: boolean; to: string[]; message: string }>>('remindUnit', late[0].code);
    expect(first).toEqual({
      ok: true,
      value: {
        sent: true,
        to: [late[0].contactEmail],
        message: `Đã gửi thư nhắc ${late[0].name} nộp báo cáo 6 tháng đầu năm 2023 tới ${late[0].contactEmail}.`,
      },
    });
    const again = s.app.call<Outcome<{ sent: boolean }>>('remindUnit', late[0].code);
    expect(again.ok && again.value.sent).toBe(false);
    const reported = s.app.call<Outcome<{ sent: boolean; message: string }>>('remindUnit', settings.units[0].code);
    expect(reported.ok && reported.value.sent).toBe(false);
    expect(s.ws.mail.sent.map(recipientsOf)).toEqual([[late[0].contactEmail]]);
    const unknown = s.app.call<Outcome<unknown>>('remindUnit', 'KHONG-CO');
    expect(unknown).toEqual({ ok: false, message: 'Không có đơn vị mã "KHONG-CO" trong tab Cấu hình.' });
  });
});

describe('Bật/tắt nhắc tự động', () => {
  it('on leaves one daily 7 am trigger; answering No keeps it one, even over a duplicate; off leaves none', () => {
    const { s } = setUp(IN_WINDOW);
    expect(toggle(s, 'YES')[1]).toMatch(/^Đã bật nhắc tự động/);
    expect(reminderTriggers(s)).toHaveLength(1);
    expect(reminderTriggers(s)[0].schedule).toMatchObject({ everyDays: 1, atHour: 7 });
    expect(reminderTriggers(s)[0].eventType).toBe('CLOCK');

    const [question] = toggle(s, 'NO');
    expect(question).toMatch(/đang BẬT/);
    expect(reminderTriggers(s)).toHaveLength(1);

    // A duplicate (a double click on another device): turning on again leaves one.
    s.app.evaluate("ScriptApp.newTrigger('remindersTrigger').timeBased().everyDays(1).atHour(7).create()");
    expect(reminderTriggers(s)).toHaveLength(2);
    toggle(s, 'NO');
    expect(reminderTriggers(s)).toHaveLength(1);

    expect(toggle(s, 'YES')[1]).toMatch(/^Đã tắt nhắc tự động/);
    expect(reminderTriggers(s)).toHaveLength(0);
    const [offQuestion] = toggle(s, 'NO');
    expect(offQuestion).toMatch(/đang TẮT/);
    expect(reminderTriggers(s)).toHaveLength(0);
  });
});

describe('the daily trigger', () => {
  it('outside the days before a deadline sends nothing', () => {
    const { s } = withData('2023-06-10T07:05:00+07:00');
    toggle(s, 'YES');
    fireTrigger(s);
    expect(s.ws.mail.sent).toHaveLength(0);
  });

  it('in the window reminds the late units once a day, with no Ui, and again the next day', () => {
    const { s, late } = withData('2023-06-14T07:05:00+07:00');
    toggle(s, 'YES');
    const shown = s.ws.ui.shown.length;
    fireTrigger(s);
    expect(s.ws.ui.shown.length).toBe(shown);
    expect(s.ws.mail.sent.map(recipientsOf)).toEqual(late.map((u) => [u.contactEmail]));
    expect(s.ws.mail.sent[0].body).toContain('Thư nhắc được gửi tự động');
    expect(s.ws.mail.sent[0].body).toContain('còn 3 ngày');

    // Fired twice the same day (or after a reminder by hand): nothing more.
    fireTrigger(s);
    expect(s.ws.mail.sent).toHaveLength(2);

    s.ws.setNow(new Date('2023-06-15T07:05:00+07:00'));
    fireTrigger(s);
    expect(s.ws.mail.sent).toHaveLength(4);
    expect(sendLog(s).map((r) => r['Người gửi'])).toEqual(new Array(4).fill(`${s.ws.owner} (tự động)`));

    // After the deadline the trigger stops.
    s.ws.setNow(new Date('2023-06-18T07:05:00+07:00'));
    fireTrigger(s);
    expect(s.ws.mail.sent).toHaveLength(4);
  });

  it('does not remind a unit already reminded by hand that day', () => {
    const { s, late } = withData('2023-06-16T07:05:00+07:00');
    s.app.call('remindUnit', late[0].code);
    toggle(s, 'YES');
    fireTrigger(s);
    expect(s.ws.mail.sent.map(recipientsOf)).toEqual([[late[0].contactEmail], [late[1].contactEmail]]);
  });
});
