// Gửi thư mời nhập liệu: which units would be invited now, and which not and why.
import { inviteLogDocument, invitePreview } from '../../src/domain/invite-plan';
import { periodOf } from '../../src/domain/periods';
import type { SendLogEntry } from '../../src/domain/send-log';
import type { UnitSetting } from '../../src/domain/types';
import { logEntry, unit } from './tab-fixture';

const target = { period: periodOf('half', 2023, 'nd09'), deadline: { y: 2023, m: 6, d: 20 } };

const dong: UnitSetting = { ...unit('T1', 'Thôn Đông'), editors: ['dong@gmail.com', 'dong2@gmail.com'] };
const tay: UnitSetting = { ...unit('T2', 'Thôn Tây'), editors: ['tay@gmail.com'] };
const bac: UnitSetting = unit('T3', 'Thôn Bắc');
const nam: UnitSetting = { ...unit('T4', 'Thôn Nam'), contactEmail: 'nam@gmail.com' };
const hnd: UnitSetting = { ...unit('HND', 'Hội Nông dân'), editors: ['hnd@gmail.com'] };
const cb: UnitSetting = { ...unit('CB', 'Hội Cựu chiến binh'), editors: ['cb@gmail.com'] };

function invited(unitCode: string, status: SendLogEntry['status'], period = '6 tháng đầu năm 2023'): SendLogEntry {
  return logEntry({ kind: 'invite', unitCode, status, period, day: { y: 2023, m: 6, d: 1 } });
}

describe('invitePreview', () => {
  const preview = invitePreview({
    target,
    units: [
      { unit: dong, tabName: 'Thôn Đông' },
      { unit: tay, tabName: 'Tây (đổi tên)' },
      { unit: bac, tabName: 'Thôn Bắc' },
      { unit: nam, tabName: null },
      { unit: hnd, tabName: 'Hội Nông dân' },
      { unit: cb, tabName: 'Hội Cựu chiến binh' },
    ],
    owner: 'chu@gmail.com',
    sheetEditors: ['dong@gmail.com', 'tay@gmail.com', 'hnd@gmail.com', 'cb@gmail.com'],
    // Hội Nông dân was invited for this period, Hội Cựu chiến binh maybe (the run stopped while
    // sending), Thôn Tây for last year's only.
    log: [invited('HND', 'sent'), invited('cb', 'sending'), invited('T2', 'sent', 'Cả năm 2022')],
    quota: 90,
  });

  it('invites the units with an address and a tab not yet invited for the period, under their tab’s name now', () => {
    expect(preview.toSend.map((i) => [i.unit.code, i.tabName, i.address.emails])).toEqual([
      ['T1', 'Thôn Đông', ['dong@gmail.com', 'dong2@gmail.com']],
      ['T2', 'Tây (đổi tên)', ['tay@gmail.com']],
    ]);
  });

  it('names the editors who could not open the link (the Sheet is not shared with them)', () => {
    expect(preview.toSend.map((i) => i.noAccess)).toEqual([['dong2@gmail.com'], []]);
  });

  it('sets apart the units invited already, those that may have been, those without address or tab', () => {
    expect(preview.alreadySent.map((i) => i.unit.code)).toEqual(['HND']);
    expect(preview.uncertain.map((i) => i.unit.code)).toEqual(['CB']);
    expect(preview.noAddress.map((i) => i.unit.code)).toEqual(['T3']);
    expect(preview.noTab.map((i) => [i.unit.code, i.tabName, i.address.emails])).toEqual([
      ['T4', null, ['nam@gmail.com']],
    ]);
    expect([preview.target, preview.quota]).toEqual([target, 90]);
  });
});

it('the log names the tab the invitation links to', () => {
  expect(inviteLogDocument('Thôn Đông')).toBe('Thư mời nhập liệu – tab "Thôn Đông"');
});
