// Automatic reminders are the Sheet's, not one person's: two secretaries share them. A trigger
// belongs to whoever made it and is invisible to the other, so the on/off state (who turned it on,
// since when) is kept in the document's properties and the daily trigger reads it at every run.
import { typeSampleData } from '../../local/tools/scenario';
import { alertsSince, answer, setUp } from './mail-helpers';

const SECRETARY_B = 'thuky.b.minhtien@gmail.com';
// ND09, sample deadline 17/06, reminderDaysBefore 3: reminders go out 14/06–17/06.
const DAY_1 = '2023-06-14T09:00:00+07:00';

function twoSecretaries() {
  const { s, settings } = setUp(DAY_1, (x) => ({ ...x, secretaryEmails: [SECRETARY_B] }));
  s.ss.addEditors([SECRETARY_B]);
  s.app.call('menuSetup'); // the owner writes B into the protections
  typeSampleData(s, settings);
  const A = s.ws.owner;
  const toggle = (who: string, reply: 'YES' | 'NO') => {
    const from = s.ws.ui.shown.length;
    answer(s, reply);
    s.ws.asUser(who, () => s.app.call('menuToggleAutoReminders'));
    expect(s.ws.ui.unanswered).toEqual([]);
    return alertsSince(s, from);
  };
  const triggersOf = (who: string) => s.ws.triggers.forUser(who).filter((t) => t.handler === 'remindersTrigger');
  const fire = (id: string) => s.ws.triggers.fire(id, (handler) => s.app.call(handler));
  const sidebar = (who: string) => {
    s.ws.asUser(who, () => s.app.call('menuStatusSidebar'));
    return s.ws.ui.dialogs[s.ws.ui.dialogs.length - 1].html;
  };
  return { s, A, toggle, triggersOf, fire, sidebar };
}

describe('two secretaries: A turns reminders on, B turns them off', () => {
  const { s, A, toggle, triggersOf, fire, sidebar } = twoSecretaries();

  it('A turns them on: one trigger of A, the state names A and the time', () => {
    const [question, done] = toggle(A, 'YES');
    expect(question).toMatch(/^Nhắc tự động đang TẮT\./);
    expect(done).toMatch(/^Đã bật nhắc tự động \(thư gửi từ tài khoản thuky\.bqlntm@gmail\.com\)/);
    expect(triggersOf(A)).toHaveLength(1);
    expect(sidebar(SECRETARY_B)).toContain(`Nhắc tự động đang BẬT (do ${A} bật từ 14/06/2023 09:00).`);
  });

  it('B sees that A turned them on, and turns them off for everyone', () => {
    s.ws.advance(3600_000);
    const [question, done] = toggle(SECRETARY_B, 'YES');
    expect(question).toMatch(
      new RegExp(`^Nhắc tự động đang BẬT \\(do ${A.replace(/\./g, '\\.')} bật từ 14/06/2023 09:00\\)`),
    );
    expect(question).toMatch(/Tắt nhắc tự động cho cả bảng tính\?$/);
    expect(done).toMatch(/^Đã tắt nhắc tự động cho cả bảng tính/);
    expect(triggersOf(SECRETARY_B)).toHaveLength(0);
    // B cannot see, let alone delete, A's trigger: it is still there.
    expect(triggersOf(A)).toHaveLength(1);
    expect(sidebar(A)).toContain(`Nhắc tự động đang TẮT (do ${SECRETARY_B} tắt từ 14/06/2023 10:00).`);
  });

  it("the next day A's trigger sends nothing and removes itself", () => {
    s.ws.setNow(new Date('2023-06-15T07:05:00+07:00'));
    const [trigger] = triggersOf(A);
    fire(trigger.id);
    expect(s.ws.mail.sent).toHaveLength(0);
    expect(triggersOf(A)).toHaveLength(0);
    expect(s.ws.logs).toContain('Nhắc tự động đang tắt: không gửi thư, bỏ trình kích hoạt.');
  });
});

describe('A turns on, B turns off, B turns on again', () => {
  const { s, A, toggle, triggersOf, fire } = twoSecretaries();

  it("only B's trigger sends; A's old one removes itself", () => {
    toggle(A, 'YES');
    toggle(SECRETARY_B, 'YES');
    const [question] = toggle(SECRETARY_B, 'YES');
    expect(question).toContain(`Nhắc tự động đang TẮT (do ${SECRETARY_B} tắt từ 14/06/2023 09:00)`);
    s.ws.setNow(new Date('2023-06-15T07:05:00+07:00'));
    fire(triggersOf(A)[0].id);
    expect(s.ws.mail.sent).toHaveLength(0);
    expect(triggersOf(A)).toHaveLength(0);
    fire(triggersOf(SECRETARY_B)[0].id);
    expect(s.ws.mail.sent.length).toBeGreaterThan(0);
    expect(s.ws.mail.sent.every((m) => m.from === SECRETARY_B)).toBe(true);
  });
});
