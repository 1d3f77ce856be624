// Plausibility limits per row (issue 14, case 1): a phone number typed as participants, an ID number
// as money, 1e300 as a quantity are not counted, are listed with the value and the limit, and never
// reach the report. Expected numbers are written out by hand.
import { consolidate } from '../../src/domain/consolidate';
import { buildReport } from '../../src/domain/report-doc';
import type { Finding, Settings } from '../../src/domain/types';
import { texts } from './official-doc.helpers';
import { buildTab, CATALOGUE, ND09_HALF_2023, settingsWith, sheetDate, TZ, unit } from './tab-fixture';

const U = unit('HND', 'Hội Nông dân');
const FORM = CATALOGUE.forms[3];

/** A valid row of 15/03/2023: 2 Buổi, `people` participants, money by source. */
function row(people: unknown, quantity: unknown = 2, money: unknown[] = [1_000_000, 0, 0]): unknown[] {
  return [
    sheetDate(2023, 3, 15),
    FORM,
    CATALOGUE.topics[0],
    '',
    'Hội nghị',
    quantity,
    'Buổi',
    people,
    ...money,
    '',
    '',
  ];
}

function run(rows: unknown[][], settings: Settings = settingsWith([U])) {
  const values = buildTab({ unitName: U.name, rows });
  return consolidate({
    settings,
    catalogue: CATALOGUE,
    period: ND09_HALF_2023,
    timeZone: TZ,
    tabs: [{ unit: U, values }],
  });
}

function errorsOf(findings: readonly Finding[]) {
  return findings.filter((f) => f.severity === 'error');
}

describe('rows over a plausibility limit', () => {
  it('a phone number as participants is not counted, and Kiểm tra names the value and the default limit', () => {
    const c = run([row(80), row(912345678), row(120)]);
    expect(c.activities).toBe(2);
    expect(c.participants).toBe(200);
    expect(c.units[0].rejected).toBe(1);
    const [e] = errorsOf(c.findings);
    expect(errorsOf(c.findings)).toHaveLength(1);
    expect(e.tab).toBe('Hội Nông dân');
    expect(e.row).toBe(11);
    expect(e.column).toBe('H (Số người tham dự)');
    expect(e.message).toContain('912.345.678 người');
    expect(e.message).toContain('giới hạn 20.000 người');
    expect(e.message).toContain('Giới hạn số người tham dự một dòng');
    expect(e.message).toMatch(/Dòng này chưa được tính\.$/);
  });

  it('an ID number as money is not counted, whichever source column it is in', () => {
    const c = run([row(50, 1, [0, 123456789012, 0]), row(50, 1, [0, 0, 600_000_000]), row(40)]);
    expect(c.activities).toBe(1);
    expect(c.money.total).toBe(1_000_000);
    const e = errorsOf(c.findings);
    expect(e.map((f) => [f.row, f.column])).toEqual([
      [10, 'J (Kinh phí lồng ghép (đồng))'],
      [11, 'K (Kinh phí xã hội hóa (đồng))'],
    ]);
    expect(e[0].message).toContain('123.456.789.012 đồng');
    expect(e[0].message).toContain('500.000.000 đồng');
    expect(e[1].message).toContain('600.000.000 đồng');
  });

  it('1e300 as a quantity is not counted and its message stays short', () => {
    const c = run([row(30, 1e300), row(30, 3)]);
    expect(c.byForm.reduce((n, f) => n + f.quantity, 0)).toBe(3);
    const [e] = errorsOf(c.findings);
    expect(e.column).toBe('F (Số lượng)');
    expect(e.message).toContain('giới hạn 10.000');
    expect(e.message).not.toMatch(/\d{20}|e\+/);
  });

  it('follows the limits of Cấu hình: a value at the limit counts, one above does not', () => {
    const settings: Settings = { ...settingsWith([U]), limitParticipants: 500, limitMoneyUnit: 2_000_000_000 };
    const c = run([row(500, 2, [1_500_000_000, 0, 0]), row(501)], settings);
    expect(c.activities).toBe(1);
    expect(c.participants).toBe(500);
    expect(c.money.unit).toBe(1_500_000_000);
    const [e] = errorsOf(c.findings);
    expect([e.row, e.column]).toEqual([11, 'H (Số người tham dự)']);
    expect(e.message).toContain('501 người lớn hơn giới hạn 500 người');
  });

  it('never reach the report Doc', () => {
    const c = run([row(80), row(912345678, 1e300, [123456789012, 0, 0])]);
    const all = texts(buildReport(c, settingsWith([U]), { number: '', date: { y: 2023, m: 6, d: 20 }, version: 1 }));
    const joined = all.join('\n');
    expect(joined).not.toContain('912');
    expect(joined).not.toContain('123.456');
    expect(joined).not.toMatch(/\d{16}|\de\+?\d/);
    expect(joined).toContain('80');
  });
});
