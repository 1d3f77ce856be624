import { invitationMail, inviteAddress, inviteTarget } from '../../src/domain/invitation';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings } from '../../src/domain/types';

const rule = { periodRule: 'nd09' as const, deadlineHalf: { d: 17, m: 6 }, deadlineYear: { d: 17, m: 12 } };

describe('inviteTarget: the period still open on the day', () => {
  it.each([
    ['in January', { y: 2024, m: 1, d: 5 }, '6 tháng đầu năm 2024', { y: 2024, m: 6, d: 17 }],
    ['on the half-year deadline', { y: 2024, m: 6, d: 17 }, '6 tháng đầu năm 2024', { y: 2024, m: 6, d: 17 }],
    ['the day after it', { y: 2024, m: 6, d: 18 }, 'Cả năm 2024', { y: 2024, m: 12, d: 17 }],
    ['after the year deadline', { y: 2024, m: 12, d: 20 }, '6 tháng đầu năm 2025', { y: 2025, m: 6, d: 17 }],
  ])('%s', (_what, today, label, deadline) => {
    const t = inviteTarget(today, rule);
    expect(t.period.label).toBe(label);
    expect(t.deadline).toEqual(deadline);
  });
});

describe('inviteAddress', () => {
  it('writes to the editors and the contact, each once, and names what is not an address', () => {
    expect(inviteAddress({ editors: ['a@x.vn', 'B@x.vn'], contactEmail: 'b@x.vn, khong-phai-email' })).toEqual({
      emails: ['a@x.vn', 'b@x.vn'],
      invalid: ['khong-phai-email'],
    });
    expect(inviteAddress({ editors: [], contactEmail: '' })).toEqual({ emails: [], invalid: [] });
  });
});

describe('whom the invitation says to ask', () => {
  const body = (settings: Settings, senderEmail: string) =>
    invitationMail({
      settings,
      unit: settings.units[0],
      target: inviteTarget({ y: 2024, m: 1, d: 5 }, rule),
      tabUrl: 'https://docs.google.com/spreadsheets/d/x/edit#gid=1',
      catalogue: SAMPLE_CATALOGUE,
      senderEmail,
    }).body;

  it('is the contact of the management board’s unit', () => {
    const board = SAMPLE_SETTINGS.units.find((u) => u.kind === 'BQL')!;
    expect(body(SAMPLE_SETTINGS, 'thuky@x.vn')).toContain(
      `liên hệ thư ký BQL nông thôn mới xã, đồng chí ${board.contactName}: ${board.contactEmail}, hoặc trả lời thư này.`,
    );
  });

  it('else the sender, in lower case', () => {
    const noBoard = { ...SAMPLE_SETTINGS, units: SAMPLE_SETTINGS.units.filter((u) => u.kind !== 'BQL') };
    expect(body(noBoard, 'ThuKy@x.vn')).toContain(
      'liên hệ thư ký BQL nông thôn mới xã: thuky@x.vn, hoặc trả lời thư này.',
    );
  });
});
