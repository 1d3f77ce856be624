import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue';
import { civil } from '../../src/domain/civil-date';
import { isEmail } from '../../src/domain/email';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import { parseSettings } from '../../src/domain/settings-sheet';
import { settingsToRows } from '../../src/domain/settings-write';
import { nameKey } from '../../src/domain/vn-format';

const s = SAMPLE_SETTINGS;

describe('SAMPLE_SETTINGS (Kế hoạch 42/KH-BCĐ, xã Minh Tiến)', () => {
  it('carries the plan header, number, date, title, basis and signer', () => {
    expect([s.parentBody, s.issuingBody, s.communeName, s.placeName]).toEqual([
      'UBND XÃ MINH TIẾN',
      'BAN CHỈ ĐẠO CÁC CTMTQG',
      'Minh Tiến',
      'Minh Tiến',
    ]);
    expect(`${s.planNumber}/${s.planSymbol}`).toBe('42/KH-BCĐ');
    expect(s.planDate).toEqual(civil(2023, 3, 10));
    expect(s.planTitle).toBe('Tuyên truyền thực hiện xây dựng nông thôn mới năm 2023 trên địa bàn xã Minh Tiến');
    expect(s.planBasis).toMatch(/^Kế hoạch số 76\/KH-BCĐ ngày 24\/02\/2023 .*huyện Hữu Lũng/);
    expect(s.year).toBe(2023);
    expect([s.signerPosition, s.signerSecondLine, s.signerName]).toEqual([
      'TRƯỞNG BAN',
      'CHỦ TỊCH UBND XÃ',
      'Hoàng Văn Tài',
    ]);
    expect(s.superiorName).toBe('Văn phòng Điều phối NTM huyện Hữu Lũng');
  });

  it('is marked as sample data', () => {
    expect(s.note).toBe('DỮ LIỆU MẪU – không phải số liệu thật');
  });

  it('uses only fake addresses in example.com', () => {
    const all = [
      ...s.superiorEmails,
      ...s.units.flatMap((u) => [...u.editors, u.contactEmail]),
      ...s.recipients.map((r) => r.email).filter((e) => e !== ''),
    ];
    expect(all.length).toBeGreaterThan(10);
    for (const e of all) {
      expect(isEmail(e)).toBe(true);
      expect(e).toMatch(/@example\.com$/);
    }
  });

  it('has the units of plan section IV: the board, civil servants, MTTQ and the four organisations, villages', () => {
    const byKind = (k: string) => s.units.filter((u) => u.kind === k).map((u) => u.name);
    expect(byKind('BQL')).toEqual(['Ban quản lý xây dựng nông thôn mới xã']);
    expect(byKind('Công chức')).toContain('Công chức Văn hóa - Xã hội');
    expect(byKind('Công chức')).toContain('Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường');
    const organisations = byKind('Tổ chức chính trị - xã hội').join('|');
    for (const word of ['MTTQ', 'Đoàn Thanh niên', 'Phụ nữ', 'Nông dân', 'Cựu chiến binh']) {
      expect(organisations).toContain(word);
    }
    expect(byKind('Thôn').length).toBeGreaterThanOrEqual(2);
  });

  it('has unique codes and tab names, and each unit an editor', () => {
    expect(new Set(s.units.map((u) => nameKey(u.code))).size).toBe(s.units.length);
    expect(new Set(s.units.map((u) => nameKey(u.tabName))).size).toBe(s.units.length);
    for (const u of s.units) expect(u.editors.length).toBeGreaterThan(0);
  });

  it('lists the plan Nơi nhận in order, ending with Lưu', () => {
    expect(s.recipients.map((r) => r.name)).toEqual([
      'Văn phòng Điều phối NTM huyện Hữu Lũng',
      'TT ĐU, TT HĐND xã',
      'CT, các PCT UBND xã',
      'Các thành viên BCĐ xã',
      'UBND các xã',
      'VT, BQLNTM',
    ]);
    expect(s.recipients[5]).toEqual({ name: 'VT, BQLNTM', email: '', role: 'Lưu' });
  });

  it('passes the settings validation without any remark', () => {
    expect(parseSettings(settingsToRows(s).values, 'Asia/Ho_Chi_Minh').problems).toEqual([]);
  });
});

describe('SAMPLE_CATALOGUE', () => {
  it('is the default catalogue with the district movement of the plan', () => {
    expect(SAMPLE_CATALOGUE.criteria).toHaveLength(19);
    expect(SAMPLE_CATALOGUE.forms).toEqual(DEFAULT_CATALOGUE.forms);
    expect(SAMPLE_CATALOGUE.topics).toHaveLength(DEFAULT_CATALOGUE.topics.length);
    expect(SAMPLE_CATALOGUE.topics.filter((t) => t.includes('Hữu Lũng cùng cả nước chung sức'))).toHaveLength(1);
    for (const t of SAMPLE_CATALOGUE.topics) expect(t.length).toBeLessThanOrEqual(90);
  });
});
