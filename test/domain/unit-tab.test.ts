// The unit code is found beside its label wherever a unit's inserted columns moved them.
import { unitCodeOf } from '../../src/domain/unit-tab';

describe('unitCodeOf', () => {
  it('reads the code beside "Mã đơn vị:" as setup writes it (H2, I2)', () => {
    expect(unitCodeOf(['Đơn vị:', 'Hội Nông dân xã', '', '', 'Người liên hệ:', '', '', 'Mã đơn vị:', 'HND'])).toBe(
      'HND',
    );
  });

  it('finds it after columns were inserted before the label, or between the label and the code', () => {
    expect(
      unitCodeOf(['Đơn vị:', '', 'x', 'Hội Nông dân xã', '', '', 'Người liên hệ:', '', '', 'Mã đơn vị:', 'HND']),
    ).toBe('HND');
    expect(unitCodeOf(['', '', '', '', '', '', '', 'Mã đơn vị:', '', ' HND '])).toBe('HND');
  });

  it('gives "" for a tab without the label, or with nothing after it', () => {
    expect(unitCodeOf(['', '', '', '', '', '', '', 'Ghi chú', 'HND'])).toBe('');
    expect(unitCodeOf(['Mã đơn vị:'])).toBe('');
  });
});
