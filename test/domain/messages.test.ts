// Messages that say what is actually wrong (issue 14, case 7): a unit word typed with the number, a
// formula's error value, an emoji before a catalogue entry, a deleted header row in Danh mục.
import { readUnitTab } from '../../src/domain/activity-rows';
import { DEFAULT_CATALOGUE, parseCatalogue } from '../../src/domain/catalogue';
import { readDate, readNumber } from '../../src/domain/vn-parse';
import { buildTab, CATALOGUE, sheetDate, TZ, unit } from './tab-fixture';

function reasonOf(r: { ok: boolean } & { reason?: string }): string {
  if (r.ok) throw new Error('read as valid');
  return r.reason ?? '';
}

describe('numbers and dates', () => {
  it('"12 người" is a word typed with the number, not spaces between digits', () => {
    const reason = reasonOf(readNumber('12 người'));
    expect(reason).toBe('"12 người" có chữ kèm theo số; chỉ gõ số (tên cột đã nói đơn vị)');
  });

  it.each(['#DIV/0!', '#REF!', '#N/A', '#VALUE!'])('%s is a formula error, in a number or a date cell', (value) => {
    for (const reason of [reasonOf(readNumber(value)), reasonOf(readDate(value, TZ))]) {
      expect(reason).toContain(`ô báo lỗi công thức ${value}`);
      expect(reason).toContain('hãy sửa công thức hoặc gõ thẳng giá trị');
      expect(reason).not.toMatch(/chỉ được gõ chữ số|không phải là ngày/);
    }
  });

  it('still reads money with its currency word', () => {
    expect(readNumber('1.200.000 đồng')).toMatchObject({ ok: true, value: 1_200_000 });
  });
});

describe('a catalogue entry typed with an emoji before it', () => {
  const U = unit('T01', 'Thôn Đồng Tâm');
  const row = [sheetDate(2023, 3, 15), CATALOGUE.forms[0], CATALOGUE.topics[0], '🌾 Giao thông', 'Họp', 1, 'Buổi', 20];
  const read = readUnitTab({
    unit: U,
    tab: U.tabName,
    values: buildTab({ unitName: U.name, rows: [row, [...row.slice(0, 3), '🌾 Giao thong', ...row.slice(4)]] }),
    catalogue: CATALOGUE,
    timeZone: TZ,
    year: 2023,
  });

  it('is said to carry a symbol, not to miss accents', () => {
    const [first, second] = read.findings;
    expect(first.message).toBe(
      'Tiêu chí NTM ghi "🌾 Giao thông" (khác ở dấu câu, ký hiệu hoặc biểu tượng), đã hiểu là "Giao thông". Nên chọn lại trong danh sách.',
    );
    expect(second.message).toBe(
      'Tiêu chí NTM ghi "🌾 Giao thong" (thiếu hoặc sai dấu, có thêm biểu tượng), đã hiểu là "Giao thông". Nên chọn lại trong danh sách.',
    );
    expect(read.activities).toHaveLength(2);
  });
});

describe('Danh mục with its header row deleted', () => {
  const header = ['Hình thức', 'Nội dung', 'Nguồn kinh phí', 'Tiêu chí NTM', 'Đơn vị tính'];
  const keys = ['forms', 'topics', 'funding', 'criteria', 'measures'] as const;
  const rows: string[][] = [];
  const longest = Math.max(...keys.map((k) => DEFAULT_CATALOGUE[k].length));
  for (let r = 0; r < longest; r++) rows.push(keys.map((k) => DEFAULT_CATALOGUE[k][r] ?? ''));

  it('keeps the first item of every list and says the header row is gone', () => {
    expect(parseCatalogue([header, ...rows]).findings).toEqual([]);
    const { catalogue, findings } = parseCatalogue(rows);
    for (const k of keys) expect(catalogue[k]).toEqual(DEFAULT_CATALOGUE[k]);
    expect(findings).toHaveLength(1);
    expect(findings[0].row).toBe(1);
    expect(findings[0].message).toMatch(/^Dòng 1 không còn tiêu đề cột/);
    expect(findings[0].message).toContain('kể cả mục đầu tiên');
    expect(findings[0].message).not.toContain('Cột này vẫn được đọc');
  });
});
