// A unit's very long entry (issue 14, case 5): a finding quotes at most a couple of hundred of its
// characters, so Kiểm tra never needs a cell over Google's 50,000 (which the emulator refuses, as
// Google does) and Tổng hợp báo cáo runs through.
import { checkLines, fillAsOwner, makeUnits, mustConsolidate, setUpCommune, typedRow } from './consolidation.fixture';

describe('a 49,950-character entry in a unit’s tab', () => {
  const c = setUpCommune({ units: makeUnits(1) });
  const tab = c.s.ss.sheet(c.units[0].tabName);
  // Typed (pasted) by the unit into cells without a dropdown rule: the topic and the narrative label.
  const long = `Tuyên truyền 🌾 ${'rất dài 🌾 '.repeat(5_000)}`.slice(0, 49_950);
  tab.getRange(10, 3).clearDataValidations();
  fillAsOwner(c, 0, [typedRow({ 2: long, 7: 20 })]);
  tab.getRange(6, 1).setValue(long);
  const run = mustConsolidate(c.s, 'half', 2023);

  it('is still counted, and Tổng hợp báo cáo runs', () => {
    expect(run.total.counted).toBe(1);
  });

  it('is quoted by its first 200 characters in Kiểm tra', () => {
    const lines = checkLines(c.s).filter((l) => l.message.includes('Tuyên truyền 🌾'));
    expect(lines.map((l) => [l.row, l.column])).toEqual([
      [6, 'A (Kỳ báo cáo)'],
      [10, 'C (Nội dung)'],
    ]);
    const quoted = `"${Array.from(long).slice(0, 200).join('')}…"`;
    for (const l of lines) {
      expect(l.message).toContain(quoted);
      expect(l.message.length).toBeLessThan(600);
    }
  });
});
