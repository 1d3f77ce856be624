// Units, a period and Nhật ký gửi rows for the reminder tests.
import { periodOf } from '../../src/domain/periods';
import type { SendLogEntry } from '../../src/domain/send-log';
import type { UnitSetting } from '../../src/domain/types';
import { logEntry, unit } from './tab-fixture';

export const target = { period: periodOf('half', 2023, 'nd09'), deadline: { y: 2023, m: 6, d: 20 } };
export const today = { y: 2023, m: 6, d: 17 };

function withMail(u: UnitSetting, contactEmail: string, editors: string[] = []): UnitSetting {
  return { ...u, contactEmail, editors };
}

export const dong = withMail(unit('T1', 'Thôn Đông'), 'dong@gmail.com');
export const tay = withMail(unit('T2', 'Thôn Tây'), '', ['tay1@gmail.com', 'tay2@gmail.com']);
export const bac = withMail(unit('T3', 'Thôn Bắc'), '');
export const nam = withMail(unit('T4', 'Thôn Nam'), 'nam@gmail.com');
export const hnd = withMail(unit('HND', 'Hội Nông dân'), 'hnd@gmail.com');

export function logRow(
  unitCode: string,
  day: { y: number; m: number; d: number },
  status: SendLogEntry['status'],
): SendLogEntry {
  return logEntry({ kind: 'reminder', unitCode, day, status, period: '6 tháng đầu năm 2023' });
}
