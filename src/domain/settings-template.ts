// What a new, empty Sheet's Cấu hình starts with: the standard structure of plan section IV
// (the board, the civil servants, MTTQ and the four mass organisations) with nothing that belongs
// to one commune: the secretary fills in the names, e-mails and villages, then runs setup again.
import { defaultSettings } from './settings-layout';
import type { Recipient, Settings, UnitKind, UnitSetting } from './types';

function unit(code: string, name: string, kind: UnitKind, tabName: string): UnitSetting {
  return { code, name, kind, tabName, editors: [], contactName: '', contactEmail: '' };
}

function recipient(name: string, role: Recipient['role']): Recipient {
  return { name, email: '', role };
}

/**
 * `secretaryEmails`: who may run the secretary's actions besides the owner; given on a shared
 * drive, where the Sheet has no owner and the person who starts it must be listed.
 */
export function templateSettings(year: number, secretaryEmails: readonly string[] = []): Settings {
  return {
    ...defaultSettings(year),
    secretaryEmails: [...secretaryEmails],
    units: [
      unit('BQL', 'Ban quản lý xây dựng nông thôn mới xã', 'BQL', 'BQL NTM'),
      unit('CC-VHXH', 'Công chức Văn hóa - Xã hội', 'Công chức', 'CC Văn hóa - Xã hội'),
      unit('MTTQ', 'Ủy ban MTTQ Việt Nam xã', 'Tổ chức chính trị - xã hội', 'MTTQ'),
      unit('DTN', 'Đoàn Thanh niên xã', 'Tổ chức chính trị - xã hội', 'Đoàn TN'),
      unit('HPN', 'Hội Liên hiệp Phụ nữ xã', 'Tổ chức chính trị - xã hội', 'Hội LHPN'),
      unit('HND', 'Hội Nông dân xã', 'Tổ chức chính trị - xã hội', 'Hội Nông dân'),
      unit('HCCB', 'Hội Cựu chiến binh xã', 'Tổ chức chính trị - xã hội', 'Hội CCB'),
    ],
    recipients: [
      recipient('TT ĐU, TT HĐND xã', 'Để biết'),
      recipient('CT, các PCT UBND xã', 'Để biết'),
      recipient('Các thành viên BCĐ xã', 'Để biết'),
      recipient('VT, BQLNTM', 'Lưu'),
    ],
  };
}
