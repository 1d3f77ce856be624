import {
  CATALOGUE_A1,
  CATALOGUE_KEYS,
  catalogueRange,
  catalogueToRows,
  DEFAULT_CATALOGUE,
  parseCatalogue,
} from '../../src/domain/catalogue';
import type { Catalogue } from '../../src/domain/types';

// Quyết định 318/QĐ-TTg, Phụ lục I, in its order (typed from the decision, not from the code).
const CRITERIA_318 = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Trường học',
  'Cơ sở vật chất văn hóa',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Nghèo đa chiều',
  'Lao động',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa',
  'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Quốc phòng và An ninh',
];

describe('DEFAULT_CATALOGUE', () => {
  it('holds the 19 NTM criteria of Quyết định 318/QĐ-TTg, numbered in their order', () => {
    expect(DEFAULT_CATALOGUE.criteria).toHaveLength(19);
    expect(DEFAULT_CATALOGUE.criteria).toEqual(CRITERIA_318.map((c, i) => `${i + 1}. ${c}`));
  });

  it('has the three funding sources of plan III', () => {
    expect(DEFAULT_CATALOGUE.funding).toHaveLength(3);
    expect(DEFAULT_CATALOGUE.funding.join('|')).toMatch(/của đơn vị.*lồng ghép.*xã hội hóa/);
  });

  it('covers every form of plan II.2', () => {
    const forms = DEFAULT_CATALOGUE.forms.join('\n');
    for (const word of [
      'loa truyền thanh',
      'thông tin đại chúng',
      'Băng zôn, khẩu hiệu, panô, áp phích',
      'Zalo, Facebook',
      'Hội nghị tuyên truyền trực tiếp tại xã, thôn',
      'hội nghị của tổ chức đảng, chính quyền',
      'cuộc họp thôn',
      'đoàn thể',
      'tập huấn',
      'mô hình điển hình tiên tiến',
      'thi đua',
      'Tham quan, học tập kinh nghiệm',
    ]) {
      expect(forms).toContain(word);
    }
  });

  it('covers the topics of plan II.1', () => {
    const topics = DEFAULT_CATALOGUE.topics.join('\n');
    for (const word of [
      'chủ trương của Đảng',
      'tiêu chí xã nông thôn mới',
      'doanh nghiệp đầu tư',
      'nâng cao thu nhập',
      'OCOP',
      'thương mại điện tử, địa chỉ số',
      'Vận động Nhân dân',
      'điển hình',
      'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
      'gia đình 5 không 3 sạch 3 an toàn',
      'chia sẻ kinh nghiệm',
    ]) {
      expect(topics.toLowerCase()).toContain(word.toLowerCase());
    }
  });

  it('offers the usual units of measure', () => {
    for (const m of [
      'buổi',
      'cuộc',
      'hội nghị',
      'tin',
      'bài',
      'tin/bài',
      'lượt phát',
      'giờ phát',
      'băng zôn',
      'khẩu hiệu',
    ]) {
      expect(DEFAULT_CATALOGUE.measures).toContain(m);
    }
    for (const m of ['panô', 'áp phích', 'tờ rơi', 'bài đăng', 'mô hình', 'đoàn', 'lớp', 'lượt người', 'hộ']) {
      expect(DEFAULT_CATALOGUE.measures).toContain(m);
    }
  });

  it('keeps every item short enough for a dropdown, clean, NFC and unique in its list', () => {
    for (const key of CATALOGUE_KEYS) {
      const items = DEFAULT_CATALOGUE[key];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.length).toBeLessThanOrEqual(90);
        expect(item).toBe(item.normalize('NFC').trim());
        expect(item).not.toMatch(/^[=+\-@]/);
      }
      expect(new Set(items.map((s) => s.toLowerCase())).size).toBe(items.length);
    }
  });
});

describe('the Danh mục layout', () => {
  it('gives each list a fixed A1 range from row 2 to row 201', () => {
    expect(catalogueRange('forms')).toBe('A2:A201');
    expect(catalogueRange('topics')).toBe('B2:B201');
    expect(catalogueRange('funding')).toBe('C2:C201');
    expect(catalogueRange('criteria')).toBe('D2:D201');
    expect(catalogueRange('measures')).toBe('E2:E201');
    expect(CATALOGUE_A1).toBe('A1:E201');
  });

  it('catalogueToRows takes a list of 200 items and refuses 201, naming the list', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `Hình thức ${i + 1}`);
    expect(catalogueToRows({ ...DEFAULT_CATALOGUE, forms: items(200) })[200][0]).toBe('Hình thức 200');
    expect(() => catalogueToRows({ ...DEFAULT_CATALOGUE, forms: items(201) })).toThrow(
      'Danh mục "Hình thức" có 201 mục, tối đa 200.',
    );
  });

  it('catalogueToRows writes headers and each list down its column, padded to 201 × 5', () => {
    const rows = catalogueToRows(DEFAULT_CATALOGUE);
    expect(rows).toHaveLength(201);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows[0]).toEqual(['Hình thức', 'Nội dung', 'Nguồn kinh phí', 'Tiêu chí NTM', 'Đơn vị tính']);
    expect(rows[1][3]).toBe('1. Quy hoạch');
    expect(rows[19][3]).toBe('19. Quốc phòng và An ninh');
    expect(rows[20][3]).toBe('');
    expect(rows[3][2]).toBe(DEFAULT_CATALOGUE.funding[2]);
    expect(rows[4][2]).toBe('');
    expect(rows[200]).toEqual(['', '', '', '', '']);
  });

  it('refuses a list longer than the tab holds', () => {
    const tooLong: Catalogue = { ...DEFAULT_CATALOGUE, measures: Array.from({ length: 201 }, (_, i) => `m${i}`) };
    expect(() => catalogueToRows(tooLong)).toThrow(/201/);
  });
});

describe('parseCatalogue', () => {
  it('reads back what catalogueToRows wrote, without findings', () => {
    expect(parseCatalogue(catalogueToRows(DEFAULT_CATALOGUE))).toEqual({ catalogue: DEFAULT_CATALOGUE, findings: [] });
  });

  it('skips blanks, trims, composes NFD, keeps numbers as text', () => {
    const values = [
      ['Hình thức', 'Nội dung', 'Nguồn kinh phí', 'Tiêu chí NTM', 'Đơn vị tính'],
      ['  Loa   truyền thanh ', 'Chủ trương', 'Đơn vị', '1. Quy hoạch', 'buổi'],
      ['', '', '', '', ''],
      ['Hội nghị'.normalize('NFD'), '', 'Lồng ghép', 2023, 'tin'],
    ];
    const { catalogue, findings } = parseCatalogue(values);
    expect(catalogue).toEqual({
      forms: ['Loa truyền thanh', 'Hội nghị'],
      topics: ['Chủ trương'],
      funding: ['Đơn vị', 'Lồng ghép'],
      criteria: ['1. Quy hoạch', '2023'],
      measures: ['buổi', 'tin'],
    });
    expect(catalogue.forms[1]).toHaveLength('Hội nghị'.length);
    expect(findings).toEqual([]);
  });

  it('keeps a repeated item once and says where', () => {
    const values = [
      ['Hình thức', 'Nội dung', 'Nguồn kinh phí', 'Tiêu chí NTM', 'Đơn vị tính'],
      ['a', 'x', 'f', 'c', 'buổi'],
      ['b', 'y', 'g', 'd', 'tin'],
      ['c', 'z', 'h', 'e', 'BUỔI'],
      ['A ', 'w', 'i', 'f', 'bài'],
    ];
    const { catalogue, findings } = parseCatalogue(values);
    expect(catalogue.forms).toEqual(['a', 'b', 'c']);
    expect(catalogue.measures).toEqual(['buổi', 'tin', 'bài']);
    expect(findings.map((f) => [f.tab, f.row, f.column, f.severity])).toEqual([
      ['Danh mục', 5, 'A (Hình thức)', 'warning'],
      ['Danh mục', 4, 'E (Đơn vị tính)', 'warning'],
    ]);
    expect(findings[0].message).toContain('dòng 2');
    expect(findings[1].message).toContain('dòng 2');
  });

  it('reports an empty list', () => {
    const values = [
      ['Hình thức', 'Nội dung', 'Nguồn kinh phí', 'Tiêu chí NTM', 'Đơn vị tính'],
      ['a', 'x', '', 'c', 'buổi'],
    ];
    const { catalogue, findings } = parseCatalogue(values);
    expect(catalogue.funding).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      tab: 'Danh mục',
      row: null,
      column: 'C (Nguồn kinh phí)',
      severity: 'warning',
    });
  });

  it('reports a changed header but still reads the column', () => {
    const values = [
      ['Hình thức', 'Chủ đề', 'Nguồn kinh phí', 'Tiêu chí NTM', 'Đơn vị tính'],
      ['a', 'x', 'f', 'c', 'buổi'],
    ];
    const { catalogue, findings } = parseCatalogue(values);
    expect(catalogue.topics).toEqual(['x']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ row: 1, column: 'B (Nội dung)', severity: 'warning' });
  });

  it('ignores items below row 201 and says so', () => {
    const values = catalogueToRows(DEFAULT_CATALOGUE).map((r) => [...r]);
    values.push(['Hình thức mới', '', '', '', '']);
    const { catalogue, findings } = parseCatalogue(values);
    expect(catalogue.forms).toEqual(DEFAULT_CATALOGUE.forms);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ row: 202, severity: 'warning' });
  });
});
