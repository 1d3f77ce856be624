// Nhắc nộp báo cáo: who is mailed, who is not and why, and what the log says of each reminder.
import { reminderLogRow, reminderPlan, stillToRemind } from '../../src/domain/reminder-plan';
import { bac, dong, hnd, logRow, nam, target, tay, today } from './reminder-fixture';

describe('reminderPlan: who is reminded', () => {
  const plan = reminderPlan({
    target,
    today,
    units: [dong, tay, bac, nam, hnd],
    reports: [
      { unitCode: 't1', reported: false, rejected: 2 },
      { unitCode: 'T2', reported: false, rejected: 0 },
      { unitCode: 'T3', reported: false, rejected: 0 },
      { unitCode: 'T4', reported: false, rejected: 0 },
      { unitCode: 'HND', reported: true, rejected: 1 },
    ],
    // Thôn Nam was reminded today; Thôn Đông yesterday (it may be reminded again).
    log: [logRow('T4', today, 'sent'), logRow('T1', { y: 2023, m: 6, d: 16 }, 'sent')],
    quota: 40,
  });

  it('mails the late units with an address not reminded today, with their rows not counted', () => {
    expect(plan.toSend.map((l) => [l.unit.code, l.address.emails, l.rowsWithErrors])).toEqual([
      ['T1', ['dong@gmail.com'], 2],
      ['T2', ['tay1@gmail.com', 'tay2@gmail.com'], 0],
    ]);
  });

  it('sets apart those reminded today, those without an address and those that reported', () => {
    expect(plan.remindedToday.map((l) => l.unit.code)).toEqual(['T4']);
    expect(plan.noAddress.map((l) => l.unit.code)).toEqual(['T3']);
    expect(plan.reported.map((u) => u.code)).toEqual(['HND']);
    expect([plan.target, plan.today, plan.quota]).toEqual([target, today, 40]);
  });

  it('counts a unit the consolidation did not list as late, with no rows in error', () => {
    const p = reminderPlan({ target, today, units: [dong], reports: [], log: [], quota: 10 });
    expect(p.toSend.map((l) => [l.unit.code, l.rowsWithErrors])).toEqual([['T1', 0]]);
  });

  it('under the lock, leaves out a unit someone reminded meanwhile (even one still "đang gửi")', () => {
    const { still, again } = stillToRemind(plan, [logRow('T2', today, 'sending')]);
    expect(still.map((l) => l.unit.code)).toEqual(['T1']);
    expect(again.map((l) => l.unit.code)).toEqual(['T2']);
  });
});

it('the log names the period and its deadline, the addresses, and marks the trigger’s reminders as automatic', () => {
  const send = {
    target,
    unit: tay,
    to: ['tay1@gmail.com', 'tay2@gmail.com'],
    time: '17/06/2023 07:05',
    user: 'tk@gmail.com',
  };
  expect(reminderLogRow({ ...send, automatic: true })).toEqual({
    time: '17/06/2023 07:05',
    kind: 'reminder',
    document: 'Nhắc nộp báo cáo 6 tháng đầu năm 2023 (hạn 20/06/2023)',
    link: '',
    period: '6 tháng đầu năm 2023',
    name: 'Thôn Tây',
    unitCode: 'T2',
    email: 'tay1@gmail.com, tay2@gmail.com',
    by: 'tk@gmail.com (tự động)',
  });
  expect(reminderLogRow({ ...send, automatic: false }).by).toBe('tk@gmail.com');
});
