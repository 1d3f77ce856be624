// The status sidebar's "Nhắc" button: one unit, what it answers before and after sending.

import { remindOneUnitAnswer, remindOneUnitFirst, unitOfCode } from '../../src/domain/remind-unit';
import { reminderPlan } from '../../src/domain/reminder-plan';
import type { ReminderResult } from '../../src/domain/reminder-text';
import type { SendLogEntry } from '../../src/domain/send-log';
import type { UnitSetting } from '../../src/domain/types';
import { bac, dong, hnd, logRow, nam, target, tay, today } from './reminder-fixture';

describe('the "Nhắc" button of the status sidebar (one unit)', () => {
  it('finds the unit by its code in any case, or says there is none', () => {
    expect(unitOfCode([dong, tay], 't2')).toBe(tay);
    expect(unitOfCode([dong, tay], 'X9')).toEqual({ refusal: 'Không có đơn vị mã "X9" trong tab Cấu hình.' });
  });

  const planFor = (u: UnitSetting, report: { reported: boolean }, log: SendLogEntry[] = []) =>
    reminderPlan({ target, today, units: [u], reports: [{ unitCode: u.code, rejected: 0, ...report }], log, quota: 5 });

  it('sends to a late unit with an address not reminded today', () => {
    expect(remindOneUnitFirst(planFor(dong, { reported: false }), dong)).toBeNull();
  });

  it('answers without mailing a unit that reported or was reminded today, and refuses one without an address', () => {
    expect(remindOneUnitFirst(planFor(hnd, { reported: true }), hnd)).toEqual({
      sent: false,
      to: [],
      message: 'Hội Nông dân đã có báo cáo 6 tháng đầu năm 2023: không cần nhắc.',
    });
    expect(remindOneUnitFirst(planFor(nam, { reported: false }, [logRow('T4', today, 'sent')]), nam)).toEqual({
      sent: false,
      to: [],
      message: 'Thôn Nam đã được nhắc hôm nay (xem tab Nhật ký gửi); mỗi đơn vị chỉ được nhắc một lần mỗi ngày.',
    });
    expect(remindOneUnitFirst(planFor(bac, { reported: false }), bac)).toEqual({
      refusal:
        'Thôn Bắc chưa có email người liên hệ hay người nhập hợp lệ trong tab Cấu hình: không gửi được thư nhắc.',
    });
  });

  const late = {
    unit: tay,
    address: { emails: ['tay1@gmail.com', 'tay2@gmail.com'], contactName: '', invalid: [] },
    rowsWithErrors: 0,
  };
  const none: ReminderResult = {
    target,
    sent: [],
    failed: [],
    later: [],
    remindedToday: [],
    noAddress: [],
    reported: [],
  };

  it('after sending, says to whom, or why not', () => {
    expect(remindOneUnitAnswer({ ...none, sent: [late] }, tay)).toEqual({
      sent: true,
      to: ['tay1@gmail.com', 'tay2@gmail.com'],
      message: 'Đã gửi thư nhắc Thôn Tây nộp báo cáo 6 tháng đầu năm 2023 tới tay1@gmail.com, tay2@gmail.com.',
    });
    expect(
      remindOneUnitAnswer({ ...none, failed: [{ recipient: late, message: 'Địa chỉ không hợp lệ.' }] }, tay),
    ).toEqual({
      refusal: 'Chưa gửi được thư nhắc Thôn Tây: Địa chỉ không hợp lệ.',
    });
    expect(remindOneUnitAnswer({ ...none, later: [late] }, tay)).toEqual({
      refusal: 'Đã hết hạn mức gửi thư của tài khoản trong ngày hôm nay. Vui lòng gửi lại vào ngày mai.',
    });
    expect(remindOneUnitAnswer({ ...none, remindedToday: [late] }, tay)).toEqual({
      sent: false,
      to: [],
      message: 'Thôn Tây đã được nhắc hôm nay (xem tab Nhật ký gửi).',
    });
  });
});
