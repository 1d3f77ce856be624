// The report's content: every number comes from the Consolidation given (written out by hand in
// official-doc.fixtures.ts), unit text is quoted exactly as typed, the outline follows DESIGN §5.
import { formSentence } from '../../src/domain/form-phrases';
import { planMail } from '../../src/domain/mail-text';
import type { GridTable } from '../../src/domain/official-doc';
import { buildReport } from '../../src/domain/report-doc';
import type { Consolidation } from '../../src/domain/types';
import { consolidation, money, narrative, settings } from './official-doc.fixtures';
import { byRole, grid, one, paragraphs, text, texts } from './official-doc.helpers';

const meta = { number: '15', date: { y: 2023, m: 6, d: 5 }, version: 1 };

function build(over: Partial<Consolidation> = {}) {
  return buildReport(consolidation(over), settings(), meta);
}

function column(t: GridTable, title: string): string[] {
  const i = t.columns.findIndex((c) => c.title === title);
  if (i < 0) throw new Error(`no column ${title}`);
  return t.rows.map((r) => r[i]);
}

describe('title and opening', () => {
  const doc = build();

  test('BÁO CÁO with the subject naming the period and the commune', () => {
    expect(text(one(doc, 'docType'))).toBe('BÁO CÁO');
    expect(text(one(doc, 'subject'))).toBe(
      'Kết quả thực hiện công tác tuyên truyền xây dựng nông thôn mới 6 tháng đầu năm 2023 trên địa bàn xã Minh Tiến',
    );
    expect(text(one(doc, 'number'))).toBe('Số: 15/BC-BCĐ');
    expect(text(one(doc, 'dateLine'))).toBe('Minh Tiến, ngày 05 tháng 6 năm 2023');
  });

  test('opens with "Căn cứ" the plan, its number and date', () => {
    const first = byRole(doc, 'body')[0];
    expect(text(first)).toMatch(/^Căn cứ Kế hoạch số 42\/KH-BCĐ ngày 10\/03\/2023 về tuyên truyền thực hiện/);
    expect(text(first)).toMatch(/như sau:$/);
  });

  test('a plan without a number is referred to by its date, as the plan mail does', () => {
    const doc = buildReport(consolidation(), { ...settings(), planNumber: '' }, meta);
    const all = texts(doc);
    expect(all.find((t) => t.startsWith('Căn cứ '))).toMatch(/^Căn cứ Kế hoạch ngày 10\/03\/2023 về tuyên truyền/);
    expect(all.join('\n')).not.toContain('số /');
    const mail = planMail({ ...settings(), planNumber: '', planTitle: '' }, 'A', { name: 'KH', url: 'https://x.vn' });
    expect(mail.subject).toBe('Kế hoạch ngày 10/03/2023');
  });

  test('a year report says "năm 2023" and plans for the next year', () => {
    const year = buildReport(
      consolidation({
        period: {
          kind: 'year',
          year: 2023,
          rule: 'nd09',
          start: { y: 2022, m: 12, d: 15 },
          end: { y: 2023, m: 12, d: 14 },
          label: 'Cả năm 2023',
        },
      }),
      settings(),
      meta,
    );
    expect(text(one(year, 'subject'))).toBe(
      'Kết quả thực hiện công tác tuyên truyền xây dựng nông thôn mới năm 2023 trên địa bàn xã Minh Tiến',
    );
    expect(texts(year).some((t) => t.includes('năm 2024'))).toBe(true);
  });

  test('the file name says which version this is', () => {
    expect(doc.fileName).toBe('Báo cáo tuyên truyền NTM 6 tháng đầu năm 2023 - xã Minh Tiến');
    expect(buildReport(consolidation(), settings(), { ...meta, version: 3 }).fileName).toBe(
      'Báo cáo tuyên truyền NTM 6 tháng đầu năm 2023 - xã Minh Tiến (lần 3)',
    );
  });
});

describe('numbers from the consolidation', () => {
  const doc = build();
  const all = texts(doc);

  test('the table by form lists each form with its unit, quantity and participants, then the total', () => {
    const t = grid(doc, 'byForm');
    expect(t.columns.map((c) => c.title)).toEqual(['STT', 'Hình thức', 'Đơn vị tính', 'Số lượng', 'Số người tham dự']);
    expect(t.rows).toEqual([
      ['1', 'Hội nghị tuyên truyền trực tiếp tại xã, thôn', 'hội nghị', '12', '1.250'],
      ['2', 'Loa truyền thanh, thông tin đại chúng', 'tin, bài', '45', '-'],
      ['3', 'Tham quan, học tập kinh nghiệm', 'chuyến', '2', '-'],
      ['4', 'Văn nghệ cổ động', 'buổi', '3', '-'],
      ['', 'Tổng cộng', '', '', '1.250'],
    ]);
    expect(t.totalRows).toBe(1);
    for (const title of ['Số lượng', 'Số người tham dự']) {
      expect(t.columns.find((c) => c.title === title)?.align).toBe('right');
    }
  });

  test('prose reads the same numbers', () => {
    expect(all).toContain(
      'Trong kỳ, các đơn vị đã thực hiện 62 hoạt động tuyên truyền với 1.250 lượt người tham dự, cụ thể:',
    );
    expect(all).toContain('- Tổ chức 12 hội nghị tuyên truyền trực tiếp với 1.250 lượt người tham dự;');
    expect(all).toContain('- Phát 45 tin, bài trên hệ thống loa truyền thanh và các phương tiện thông tin đại chúng;');
    expect(all).toContain('- Văn nghệ cổ động: 3 buổi.');
  });

  test('two forms that would read alike are told apart by name', () => {
    const forms = ['Hội nghị tuyên truyền trực tiếp tại xã', 'Hội nghị tuyên truyền trực tiếp tại thôn'];
    const doc = build({
      byForm: [
        { form: forms[0], measure: 'hội nghị', quantity: 3, activities: 3, participants: 0 },
        { form: forms[1], measure: 'hội nghị', quantity: 9, activities: 9, participants: 0 },
      ],
    });
    const all = texts(doc);
    expect(all).toContain(
      '- Tổ chức 3 hội nghị tuyên truyền trực tiếp (hình thức: Hội nghị tuyên truyền trực tiếp tại xã);',
    );
    expect(all).toContain(
      '- Tổ chức 9 hội nghị tuyên truyền trực tiếp (hình thức: Hội nghị tuyên truyền trực tiếp tại thôn).',
    );
  });

  test('money by source and in total, in đồng with dots', () => {
    // 7 500 000 + 4 000 000 + 1 000 000
    expect(all).toContain('Tổng kinh phí thực hiện công tác tuyên truyền trong kỳ: 12.500.000 đồng, trong đó:');
    expect(all).toContain('- Kinh phí chủ động cân đối của đơn vị: 7.500.000 đồng;');
    expect(all).toContain('- Kinh phí lồng ghép: 4.000.000 đồng;');
    expect(all).toContain('- Kinh phí huy động xã hội hóa: 1.000.000 đồng.');
  });

  test('by topic, with the rows without a topic named in words, and by criterion', () => {
    expect(grid(doc, 'byTopic').rows).toEqual([
      ['1', 'Chủ trương của Đảng, chính sách của Nhà nước', '40', '700', '4.000.000'],
      ['2', 'Chưa ghi nội dung', '22', '550', '8.500.000'],
    ]);
    expect(grid(doc, 'byCriterion').rows).toEqual([['1', 'Giao thông', '5', '300']]);
  });

  test('the group consolidation labels "(không ghi)" reads "Chưa ghi nội dung" / "Chưa ghi tiêu chí"', () => {
    const none = (activities: number) => ({ key: '(không ghi)', activities, participants: 0, money: money(0, 0, 0) });
    const d = build({
      byTopic: [none(4)],
      byCriterion: [{ key: 'Giao thông', activities: 5, participants: 300, money: money(0, 0, 0) }, none(7)],
    });
    expect(grid(d, 'byTopic').rows).toEqual([['1', 'Chưa ghi nội dung', '4', '0', '0']]);
    expect(grid(d, 'byCriterion').rows).toEqual([
      ['1', 'Giao thông', '5', '300'],
      ['2', 'Chưa ghi tiêu chí', '7', '0'],
    ]);
    expect(texts(d).join('\n')).not.toContain('không ghi');
  });

  test('the appendix has one row per unit, notes for those that did not report, and the totals', () => {
    const t = grid(doc, 'byUnit');
    expect(t.columns.map((c) => c.title)).toEqual([
      'STT',
      'Đơn vị',
      'Số hoạt động',
      'Số người tham dự',
      'Kinh phí (đồng)',
      'Ghi chú',
    ]);
    expect(column(t, 'Đơn vị')).toEqual([
      'Ban quản lý NTM xã',
      'Hội Nông dân xã',
      'Đoàn Thanh niên xã',
      'Công chức Văn hóa - Xã hội',
      'Thôn Đồng Tâm',
      'Tổng cộng',
    ]);
    expect(column(t, 'Số hoạt động')).toEqual(['3', '14', '0', '45', '0', '62']);
    expect(column(t, 'Số người tham dự')).toEqual(['450', '800', '0', '0', '0', '1.250']);
    // 3 500 000 + 4 000 000 + 1 000 000 for the Hội Nông dân
    expect(column(t, 'Kinh phí (đồng)')).toEqual(['2.000.000', '8.500.000', '0', '2.000.000', '0', '12.500.000']);
    const notes = column(t, 'Ghi chú');
    expect(notes[0]).toBe('');
    expect(notes[1]).toContain('2 dòng không được tính');
    expect(notes[2]).toContain('Chưa báo cáo');
    expect(notes[4]).toBe('Chưa báo cáo');
    expect(text(one(doc, 'appendixNote'))).toBe('(Kèm theo Báo cáo số 15/BC-BCĐ ngày 05/06/2023)');
    // The new page belongs to the "Phụ lục" title, the first thing after the signature.
    const label = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.role === 'appendixLabel');
    expect(label).toBe(doc.blocks.findIndex((b) => b.kind === 'layout' && b.role === 'signature') + 1);
    const starts = doc.blocks.filter((b) => b.kind === 'paragraph' && b.format.pageBreakBefore);
    expect(starts).toEqual([doc.blocks[label]]);
  });

  test('leadership: units to report, how many did, and which did not', () => {
    expect(all).toContain(
      'Trong kỳ báo cáo (từ ngày 15/12/2022 đến ngày 14/06/2023), 3/5 đơn vị đã báo cáo kết quả; còn 2 đơn vị chưa báo cáo: Đoàn Thanh niên xã, Thôn Đồng Tâm.',
    );
    expect(
      all.some((t) =>
        t.includes(
          'đến 5 đơn vị thực hiện, gồm: Ban quản lý xây dựng nông thôn mới xã, 1 công chức chuyên môn, 2 tổ chức chính trị - xã hội và 1 thôn.',
        ),
      ),
    ).toBe(true);
  });

  test('an empty period says so instead of drawing empty tables', () => {
    const empty = build({
      byForm: [],
      byTopic: [],
      byCriterion: [],
      money: money(0, 0, 0),
      participants: 0,
      activities: 0,
      models: [],
      narratives: [],
    });
    const t = texts(empty);
    expect(t).toContain('Trong kỳ, chưa có đơn vị nào báo cáo hoạt động tuyên truyền.');
    expect(t).toContain('Trong kỳ, các đơn vị không báo cáo kinh phí chi cho công tác tuyên truyền.');
    expect(t).toContain('Không có đơn vị nào báo cáo tồn tại, hạn chế trong kỳ.');
    expect(t).toContain('Không có đơn vị nào đề xuất, kiến nghị trong kỳ.');
    expect(empty.blocks.filter((b) => b.kind === 'grid').map((b) => (b.kind === 'grid' ? b.role : ''))).toEqual([
      'byUnit',
    ]);
  });
});

describe('unit text', () => {
  const long = 'Tuyên truyền '.repeat(160).slice(0, 2000);
  const nfd = 'Hội viên tham gia đầy đủ'.normalize('NFD');
  const doc = build({
    narratives: [
      narrative('HND', 'Hội Nông dân xã', {
        shortcomings: '<b>Chưa</b> đều & <script>',
        causes: `${long}`,
        proposals: '=1+1',
        results: `${nfd}\nDòng thứ hai\n\n- dòng ba`,
      }),
      narrative('VH', 'Công chức Văn hóa - Xã hội', {}),
    ],
  });
  const all = texts(doc);

  test('is quoted as typed, attributed to its unit: markup, formulas, long lines, decomposed letters', () => {
    expect(all).toContain('- Hội Nông dân xã: <b>Chưa</b> đều & <script>');
    expect(all).toContain('- Hội Nông dân xã: =1+1');
    expect(long).toHaveLength(2000);
    expect(all).toContain(`- Hội Nông dân xã: ${long}`);
    expect(all).toContain(`- Hội Nông dân xã: ${nfd}`);
    expect(nfd).not.toBe(nfd.normalize('NFC'));
  });

  test('several lines become several paragraphs, in order', () => {
    const i = all.indexOf(`- Hội Nông dân xã: ${nfd}`);
    expect(all.slice(i, i + 3)).toEqual([`- Hội Nông dân xã: ${nfd}`, 'Dòng thứ hai', '- dòng ba']);
  });

  test('a unit that wrote nothing is not listed; shortcomings, causes and proposals go to II and IV', () => {
    expect(all.some((t) => t.startsWith('- Công chức Văn hóa - Xã hội:'))).toBe(false);
    const headings = paragraphs(doc).map((p) => (p.role === 'heading1' ? text(p) : p.role === 'bullet' ? text(p) : ''));
    const ii = headings.indexOf('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN');
    const iii = headings.indexOf('III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI');
    const iv = headings.indexOf('IV. ĐỀ XUẤT, KIẾN NGHỊ');
    const at = (s: string) => headings.indexOf(s);
    expect(at('- Hội Nông dân xã: <b>Chưa</b> đều & <script>')).toBeGreaterThan(ii);
    expect(at('- Hội Nông dân xã: <b>Chưa</b> đều & <script>')).toBeLessThan(iii);
    expect(at('- Hội Nông dân xã: =1+1')).toBeGreaterThan(iv);
  });
});

describe('recipients', () => {
  test('the superior office first, then the settings recipients, last "- Lưu: VT, BQLNTM."', () => {
    const doc = build();
    expect(byRole(doc, 'recipient').map(text)).toEqual([
      '- Văn phòng Điều phối NTM huyện;',
      '- TT ĐU, TT HĐND xã;',
      '- CT, các PCT UBND xã;',
      '- Các thành viên BCĐ xã;',
      '- Lưu: VT, BQLNTM.',
    ]);
    expect(text(one(doc, 'signerName'))).toBe('Hoàng Văn Tài');
  });
});

describe('form sentences', () => {
  const total = (form: string, measure: string, quantity: number, participants: number) => ({
    form,
    measure,
    quantity,
    activities: quantity,
    participants,
  });

  test.each([
    [
      total('Hội nghị tuyên truyền trực tiếp', 'cuộc', 3, 90),
      'Tổ chức 3 cuộc hội nghị tuyên truyền trực tiếp với 90 lượt người tham dự',
    ],
    [
      total('Tuyên truyền lồng ghép trong hội nghị, họp thôn', 'buổi', 20, 1500),
      'Lồng ghép tuyên truyền trong 20 buổi hội nghị, họp thôn với 1.500 lượt người tham dự',
    ],
    [total('Băng zôn, khẩu hiệu, pa nô, áp phích', 'băng zôn', 30, 0), 'Treo, dựng 30 băng zôn tuyên truyền'],
    [total('Zalo, Facebook', '', 8, 0), 'Đăng tải 8 tin, bài trên mạng xã hội Zalo, Facebook'],
    [
      total('Xây dựng, nhân rộng mô hình điển hình', 'mô hình', 2, 0),
      'Xây dựng, nhân rộng 2 mô hình điển hình tiên tiến',
    ],
    [
      total('Phát động phong trào thi đua', 'phong trào', 1, 0),
      'Phát động 1 phong trào thi đua xây dựng nông thôn mới',
    ],
    [total('Hình thức khác', 'lần', 1234, 0), 'Hình thức khác: 1.234 lần'],
  ])('form sentence %#', (t, expected) => {
    expect(formSentence(t)).toBe(expected);
  });
});
