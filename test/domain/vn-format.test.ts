import { civil } from '../../src/domain/civil-date';
import {
  cleanText,
  dateLine,
  foldVi,
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatMoney,
  formatNumber,
  sameName,
  upperVi,
} from '../../src/domain/vn-format';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [1250, '1.250'],
    [12_500_000, '12.500.000'],
    [1_234_567_890, '1.234.567.890'],
    [2.5, '2,5'],
    [0.05, '0,05'],
    [100.1, '100,1'],
    [1_234_567.891, '1.234.567,89'],
    [-1250, '-1.250'],
    [-2.5, '-2,5'],
    [-12_500_000.75, '-12.500.000,75'],
  ])('%p -> %p', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  it('rounds to at most two decimals, half away from zero, as the number was typed', () => {
    expect(formatNumber(1.005)).toBe('1,01');
    expect(formatNumber(2.675)).toBe('2,68');
    expect(formatNumber(-1.005)).toBe('-1,01');
    expect(formatNumber(1.004)).toBe('1');
    expect(formatNumber(999.999)).toBe('1.000');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
  });

  it('never shows a minus sign on zero', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.004)).toBe('0');
  });

  it('shows huge numbers in "nghìn tỷ", never with an exponent or 300 digits, and nothing for non-numbers', () => {
    expect(formatNumber(999_999_999_999_999)).toBe('999.999.999.999.999');
    expect(formatNumber(1e15)).toBe('1.000 nghìn tỷ');
    expect(formatNumber(1e21)).toBe('1.000.000.000 nghìn tỷ');
    expect(formatNumber(-1_234_567e12)).toBe('-1.234.567 nghìn tỷ');
    expect(formatNumber(1e300)).toBe('(số quá lớn)');
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('formatMoney, formatDate, formatDayMonth', () => {
  it('writes money in đồng', () => {
    expect(formatMoney(12_500_000)).toBe('12.500.000 đồng');
    expect(formatMoney(0)).toBe('0 đồng');
  });

  it('writes dd/MM/yyyy and dd/MM', () => {
    expect(formatDate(civil(2023, 6, 5))).toBe('05/06/2023');
    expect(formatDate(civil(2023, 12, 14))).toBe('14/12/2023');
    expect(formatDayMonth({ d: 17, m: 6 })).toBe('17/06');
    expect(formatDayMonth({ d: 3, m: 12 })).toBe('03/12');
  });
});

describe('dateLine (Nghị định 30/2020)', () => {
  it('matches the examples of the decree', () => {
    expect(dateLine('Minh Tiến', civil(2023, 6, 5))).toBe('Minh Tiến, ngày 05 tháng 6 năm 2023');
    expect(dateLine('Minh Tiến', civil(2024, 2, 20))).toBe('Minh Tiến, ngày 20 tháng 02 năm 2024');
    expect(dateLine('Minh Tiến', civil(2023, 3, 10))).toBe('Minh Tiến, ngày 10 tháng 3 năm 2023');
  });

  it('pads the month only for January and February', () => {
    const months = ['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
    months.forEach((text, i) => {
      expect(dateLine('Minh Tiến', civil(2023, i + 1, 15))).toBe(`Minh Tiến, ngày 15 tháng ${text} năm 2023`);
    });
  });

  it('pads the day only under 10', () => {
    expect(dateLine('Minh Tiến', civil(2023, 5, 1))).toBe('Minh Tiến, ngày 01 tháng 5 năm 2023');
    expect(dateLine('Minh Tiến', civil(2023, 5, 9))).toBe('Minh Tiến, ngày 09 tháng 5 năm 2023');
    expect(dateLine('Minh Tiến', civil(2023, 5, 10))).toBe('Minh Tiến, ngày 10 tháng 5 năm 2023');
    expect(dateLine('Minh Tiến', civil(2023, 5, 31))).toBe('Minh Tiến, ngày 31 tháng 5 năm 2023');
  });

  it('starts with a capital when there is no place, and cleans the place', () => {
    expect(dateLine('', civil(2023, 6, 5))).toBe('Ngày 05 tháng 6 năm 2023');
    expect(dateLine('  Minh   Tiến ', civil(2023, 6, 5))).toBe('Minh Tiến, ngày 05 tháng 6 năm 2023');
  });
});

describe('formatDateTime', () => {
  it('shows the wall clock of the given zone (Việt Nam is UTC+7, no summer time)', () => {
    expect(formatDateTime(new Date(Date.UTC(2023, 5, 20, 2, 5)), 'Asia/Ho_Chi_Minh')).toBe('20/06/2023 09:05');
    expect(formatDateTime(new Date(Date.UTC(2023, 5, 20, 2, 5)), 'UTC')).toBe('20/06/2023 02:05');
  });

  it('writes midnight as 00 and crosses the year boundary', () => {
    expect(formatDateTime(new Date(Date.UTC(2023, 5, 19, 17, 0)), 'Asia/Ho_Chi_Minh')).toBe('20/06/2023 00:00');
    expect(formatDateTime(new Date(Date.UTC(2023, 11, 31, 17, 30)), 'Asia/Ho_Chi_Minh')).toBe('01/01/2024 00:30');
  });
});

describe('names', () => {
  const nfdDongTam = 'Thôn Đồng Tâm'.normalize('NFD');

  it('cleanText composes what was typed decomposed', () => {
    expect(nfdDongTam).not.toBe('Thôn Đồng Tâm');
    expect(cleanText(nfdDongTam)).toBe('Thôn Đồng Tâm');
  });

  it('upperVi gives composed capitals with Đ', () => {
    expect(upperVi('Minh Tiến')).toBe('MINH TIẾN');
    expect(upperVi('đồng tâm')).toBe('ĐỒNG TÂM');
    expect(upperVi('Tiến'.normalize('NFD'))).toBe('TIẾN');
    expect(upperVi('Tiến'.normalize('NFD'))).toHaveLength(4);
  });

  it('cleanText trims, collapses spaces (also no-break) and drops zero-width characters', () => {
    expect(cleanText('  Hội\u00a0 Nông   dân\u200b ')).toBe('Hội Nông dân');
  });

  it('sameName ignores NFD, case, outer and repeated spaces', () => {
    expect(sameName(nfdDongTam, 'Thôn Đồng Tâm')).toBe(true);
    expect(sameName('  thôn   đồng tâm ', 'THÔN ĐỒNG TÂM')).toBe(true);
    expect(sameName('Thôn\u00a0Đồng Tâm', 'Thôn Đồng Tâm')).toBe(true);
  });

  it('sameName accepts the old and the new tone placement', () => {
    expect(sameName('Thôn Hoà Bình', 'Thôn Hòa Bình')).toBe(true);
    expect(sameName('Công chức Văn hoá - Xã hội', 'Công chức Văn hóa - Xã hội')).toBe(true);
    expect(sameName('Thuỷ lợi', 'Thủy lợi')).toBe(true);
  });

  it('sameName keeps different letters and tones apart', () => {
    expect(sameName('Hòa', 'Hóa')).toBe(false);
    expect(sameName('Đồng Tâm', 'Dong Tam')).toBe(false);
    expect(sameName('Tân Lập', 'Tấn Lập')).toBe(false);
    expect(sameName('Thôn 1', 'Thôn 2')).toBe(false);
  });

  it('foldVi drops diacritics and punctuation for matching short choices', () => {
    expect(foldVi('Tổ chức chính trị - xã hội')).toBe('to chuc chinh tri xa hoi');
    expect(foldVi('ĐỂ BIẾT')).toBe('de biet');
  });
});
