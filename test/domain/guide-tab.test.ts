import { guideRows, LINK_LABEL } from '../../src/domain/guide-tab';
import { MENU_ITEMS } from '../../src/domain/menu-items';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';

const settings = { ...SAMPLE_SETTINGS, year: 2023 };
const menu = MENU_ITEMS.filter((m) => m !== null);

describe('the Hướng dẫn tab', () => {
  const units = [
    { unit: { name: 'Hội Nông dân xã', editors: ['a@x.vn', 'b@x.vn'] }, tab: { name: 'Hội Nông dân', gid: 42 } },
    { unit: { name: '=HYPERLINK("http://evil")', editors: [] }, tab: { name: '=1+1', gid: 7 } },
    { unit: { name: 'Thôn Mới', editors: ['c@x.vn'] }, tab: null },
  ];
  const { rows, headings } = guideRows(settings, units);
  const text = rows.map((r) => r.map((c) => (typeof c === 'string' ? c : `[gid ${c.gid}]`)).join(' | '));

  it('is four columns wide everywhere', () => {
    for (const r of rows) expect(r).toHaveLength(4);
  });

  it('names the Sheet’s purpose, who does what and the deadlines from Cấu hình', () => {
    expect(text[0]).toContain('XÃ MINH TIẾN');
    expect(text.join('\n')).toContain('Kế hoạch số 42/KH-BCĐ');
    expect(text).toContain('6 tháng đầu năm 2023 | từ ngày 15/12/2022 đến ngày 14/06/2023 | 17/06/2023 | ');
    expect(text).toContain('Cả năm 2023 | từ ngày 15/12/2022 đến ngày 14/12/2023 | 17/12/2023 | ');
    for (const who of ['Các đơn vị', 'Thư ký BQL NTM xã', 'Cơ quan cấp trên']) {
      expect(text.some((t) => t.startsWith(`${who} | `))).toBe(true);
    }
  });

  it('links every unit tab by id, the names kept as plain text', () => {
    expect(text).toContain('Hội Nông dân xã | Hội Nông dân | [gid 42] | a@x.vn, b@x.vn');
    expect(text).toContain('=HYPERLINK("http://evil") | =1+1 | [gid 7] | ');
    expect(text).toContain('Thôn Mới | (chưa có tab) |  | c@x.vn');
    expect(LINK_LABEL).not.toMatch(/["=]/);
  });

  it('lists the secretary’s steps in the order of the menu', () => {
    const steps = text.filter((t) => /^\d+\. /.test(t)).map((t) => t.split(' | ')[0]);
    expect(steps).toEqual(menu.map((m, i) => `${i + 1}. ${m.label}`));
    const described = rows.filter((r) => /^\d+\. /.test(String(r[0])));
    for (const r of described) expect(String(r[1]).length).toBeGreaterThan(20);
  });

  it('shades the section titles', () => {
    expect(headings.map((h) => String(rows[h][0]))).toEqual([
      'AI LÀM GÌ',
      'HẠN NỘP BÁO CÁO',
      'TAB CỦA CÁC ĐƠN VỊ',
      'VIỆC CỦA THƯ KÝ',
    ]);
  });
});
