// The Nghị định 30/2020/NĐ-CP (Phụ lục I) rules, as DESIGN.md §5 lists them, checked on the model
// that both the Doc and the .docx are drawn from.
import { documentHeader, documentTitle, recipientsAndSignature } from '../../src/domain/doc-parts';
import { textLines } from '../../src/domain/doc-text';
import {
  officialDocument,
  RULE_GLYPH_SIZE,
  type Rule,
  TEXT_WIDTH_PT,
  underscoreRule,
} from '../../src/domain/official-doc';
import { buildReport } from '../../src/domain/report-doc';
import type { Settings } from '../../src/domain/types';
import { consolidation, settings } from './official-doc.fixtures';
import { byRole, mm, one, paragraphs, text } from './official-doc.helpers';

const report = buildReport(consolidation(), settings(), { number: '15', date: { y: 2023, m: 6, d: 5 }, version: 1 });

describe('page and font', () => {
  test('A4 portrait with margins inside the ND30 ranges', () => {
    const p = report.page;
    expect(p.widthPt).toBeCloseTo(595.28, 2);
    expect(p.heightPt).toBeCloseTo(841.89, 2);
    for (const m of [p.marginTopPt, p.marginBottomPt]) {
      expect(mm(m)).toBeGreaterThanOrEqual(20);
      expect(mm(m)).toBeLessThanOrEqual(25);
    }
    expect(mm(p.marginLeftPt)).toBeGreaterThanOrEqual(30);
    expect(mm(p.marginLeftPt)).toBeLessThanOrEqual(35);
    expect(mm(p.marginRightPt)).toBeGreaterThanOrEqual(15);
    expect(mm(p.marginRightPt)).toBeLessThanOrEqual(20);
  });

  test('Times New Roman, black, body 13–14 pt', () => {
    expect(report.font.family).toBe('Times New Roman');
    expect(report.font.color).toBe('#000000');
    for (const p of byRole(report, 'body')) {
      expect(p.format.size).toBeGreaterThanOrEqual(13);
      expect(p.format.size).toBeLessThanOrEqual(14);
    }
  });

  test('body paragraphs: justified, first-line indent 1.27 cm, ≥ 6 pt apart, line spacing 1–1.5', () => {
    const body = [...byRole(report, 'body'), ...byRole(report, 'bullet')];
    expect(body.length).toBeGreaterThan(10);
    for (const p of body) {
      expect(p.format.align).toBe('justify');
      expect(p.format.size).toBe(14);
      expect(mm(p.format.firstLineIndentPt) / 10).toBeCloseTo(1.27, 2);
      expect(p.format.spaceBeforePt + p.format.spaceAfterPt).toBeGreaterThanOrEqual(6);
      expect(p.format.lineSpacing).toBeGreaterThanOrEqual(1);
      expect(p.format.lineSpacing).toBeLessThanOrEqual(1.5);
    }
  });

  test('section headings "I. ..." in capitals and bold; sub-headings "1. ..." bold', () => {
    const h1 = byRole(report, 'heading1');
    expect(h1.map(text)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    for (const h of h1) {
      expect(h.format.bold).toBe(true);
      expect(text(h)).toBe(text(h).toUpperCase());
    }
    const h2 = byRole(report, 'heading2');
    expect(h2.length).toBeGreaterThanOrEqual(5);
    for (const h of h2) {
      expect(h.format.bold).toBe(true);
      expect(text(h)).toMatch(/^\d+\. \S/);
    }
  });

  test('no paragraph holds a line break', () => {
    for (const p of paragraphs(report)) expect(text(p)).not.toMatch(/[\r\n\u000B]/);
  });
});

describe('header', () => {
  const header = documentHeader(settings(), { number: '15', symbol: 'BC-BCĐ', date: { y: 2023, m: 6, d: 5 } });
  /** The "Số" line of a report numbered `number`. */
  const numberOf = (number: string) =>
    text(one([documentHeader(settings(), { number, symbol: 'BC-BCĐ', date: null })], 'number'));

  test('is a borderless two-column table within the text width', () => {
    expect(header.kind).toBe('layout');
    expect(header.borderWidthPt).toBe(0);
    expect(header.columnWidthsPt).toHaveLength(2);
    const total = header.columnWidthsPt[0] + header.columnWidthsPt[1];
    expect(total).toBeLessThanOrEqual(TEXT_WIDTH_PT + 0.01);
    expect(total).toBeGreaterThan(TEXT_WIDTH_PT - 1);
    expect(report.blocks[0]).toEqual(header);
  });

  test('left: parent body 13 pt not bold, issuing body 13 pt bold, a rule, then the number 13 pt', () => {
    const [left] = header.rows[0];
    const parent = one([header], 'parentBody');
    const issuing = one([header], 'issuingBody');
    expect(text(parent)).toBe('UBND XÃ MINH TIẾN');
    expect(parent.format).toMatchObject({ size: 13, bold: false, align: 'center' });
    expect(text(issuing)).toBe('BAN CHỈ ĐẠO CÁC CTMTQG');
    expect(issuing.format).toMatchObject({ size: 13, bold: true, align: 'center' });
    expect(left.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'rule']);
    // Width of "BAN CHỈ ĐẠO CÁC CTMTQG" in Times New Roman Bold 13 pt from the font's advance widths
    // (B 667, A/N/C/Đ/Ạ/Á 722, H/O/Q/G 778, Ỉ 389, T 667, M 944, space 250 per 1000): 13 944 units.
    const width = (13944 * 13) / 1000;
    const r = left[2] as Rule;
    expect(r.lengthPt).toBeGreaterThanOrEqual(width / 3);
    expect(r.lengthPt).toBeLessThanOrEqual(width / 2);
    const number = one([header], 'number');
    expect(text(number)).toBe('Số: 15/BC-BCĐ');
    expect(number.format.size).toBe(13);
  });

  test('right: national title 13 pt bold, motto 14 pt bold with a rule its length, date line italic 14 pt', () => {
    const [, right] = header.rows[0];
    const title = one([header], 'nationalTitle');
    const motto = one([header], 'motto');
    expect(text(title)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(title.format).toMatchObject({ size: 13, bold: true });
    expect(text(motto)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(motto.format).toMatchObject({ size: 14, bold: true });
    expect(right.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'rule']);
    // The motto in Times New Roman Bold 14 pt: 11 947 units by the font's advance widths.
    const mottoWidth = (11947 * 14) / 1000;
    expect(Math.abs((right[2] as Rule).lengthPt - mottoWidth) / mottoWidth).toBeLessThan(0.05);
    const date = one([header], 'dateLine');
    expect(text(date)).toBe('Minh Tiến, ngày 05 tháng 6 năm 2023');
    expect(date.format).toMatchObject({ size: 14, italic: true, bold: false });
  });

  test('the number and the date line share a row, so they sit on one line', () => {
    expect(header.rows[1].map((cell) => cell.map((b) => (b.kind === 'paragraph' ? b.role : b.kind)))).toEqual([
      ['number'],
      ['dateLine'],
    ]);
  });

  test.each([
    [{ y: 2023, m: 6, d: 5 }, 'Minh Tiến, ngày 05 tháng 6 năm 2023'],
    [{ y: 2024, m: 2, d: 20 }, 'Minh Tiến, ngày 20 tháng 02 năm 2024'],
    [{ y: 2024, m: 1, d: 9 }, 'Minh Tiến, ngày 09 tháng 01 năm 2024'],
    [{ y: 2023, m: 3, d: 10 }, 'Minh Tiến, ngày 10 tháng 3 năm 2023'],
    [{ y: 2023, m: 12, d: 15 }, 'Minh Tiến, ngày 15 tháng 12 năm 2023'],
    [{ y: 2023, m: 11, d: 1 }, 'Minh Tiến, ngày 01 tháng 11 năm 2023'],
  ])('date line for %o: a leading zero only for days under 10 and months 1 and 2', (date, expected) => {
    const h = documentHeader(settings(), { number: '1', symbol: 'BC-BCĐ', date });
    expect(text(one([h], 'dateLine'))).toBe(expected);
  });

  test('a date not set yet leaves day and month blank for the pen', () => {
    const h = documentHeader(settings(), { number: '', symbol: 'KH-BCĐ', date: null });
    expect(text(one([h], 'dateLine'))).toMatch(/^Minh Tiến, ngày +tháng +năm 2023$/);
  });

  test.each([
    ['5', 'Số: 05/BC-BCĐ'],
    ['15', 'Số: 15/BC-BCĐ'],
    ['123', 'Số: 123/BC-BCĐ'],
  ])('number %s is written %s (numbers under 10 with a leading zero)', (n, expected) => {
    expect(numberOf(n)).toBe(expected);
  });

  test('an empty number leaves room to write it by hand', () => {
    expect(numberOf('')).toMatch(/^Số: {3,}\/BC-BCĐ$/);
  });

  test('body names typed in lower case are set in capitals; no parent body gives no empty line', () => {
    const h = documentHeader(settings({ parentBody: '', issuingBody: 'Ban chỉ đạo các CTMTQG' }), {
      number: '1',
      symbol: 'BC-BCĐ',
      date: null,
    });
    expect(byRole([h], 'parentBody')).toHaveLength(0);
    expect(text(one([h], 'issuingBody'))).toBe('BAN CHỈ ĐẠO CÁC CTMTQG');
  });
});

describe('title', () => {
  test('type in capitals bold centred, subject bold centred, a short rule under it', () => {
    const blocks = documentTitle('Báo cáo', 'Kết quả thực hiện công tác tuyên truyền');
    const [type, subject, r] = blocks;
    expect(type).toMatchObject({ kind: 'paragraph', role: 'docType' });
    expect(subject).toMatchObject({ kind: 'paragraph', role: 'subject' });
    if (type.kind !== 'paragraph' || subject.kind !== 'paragraph' || r.kind !== 'rule') throw new Error('shape');
    expect(text(type)).toBe('BÁO CÁO');
    expect(type.format).toMatchObject({ bold: true, align: 'center', size: 14 });
    expect(subject.format).toMatchObject({ bold: true, align: 'center', size: 14, italic: false });
    expect(text(subject)).toBe('Kết quả thực hiện công tác tuyên truyền');
    expect(r.lengthPt).toBeGreaterThan(0);
    expect(r.lengthPt).toBeLessThan(TEXT_WIDTH_PT / 2);
  });
});

/** The "Nơi nhận" list of the signature block, as the Doc shows it. */
function recipientLines(s: Settings, leading: readonly string[] = []): string[] {
  return byRole([recipientsAndSignature(s, leading)], 'recipient').map(text);
}

describe('recipients and signature', () => {
  const s = settings();

  test('leading names first, then Kính gửi, then Để biết, each "- ...;", last "- Lưu: VT, BQLNTM."', () => {
    expect(recipientLines(s, ['Văn phòng Điều phối NTM huyện'])).toEqual([
      '- Văn phòng Điều phối NTM huyện;',
      '- TT ĐU, TT HĐND xã;',
      '- CT, các PCT UBND xã;',
      '- Các thành viên BCĐ xã;',
      '- Lưu: VT, BQLNTM.',
    ]);
  });

  test('a recipient named like a leading one is listed once; without a Lưu entry, VT, BQLNTM', () => {
    const t = settings({
      recipients: [
        { name: 'Văn phòng Điều phối NTM huyện;', email: 'a@x.org', role: 'Kính gửi' },
        { name: 'UBND các xã', email: 'b@x.org', role: 'Để biết' },
      ],
    });
    expect(recipientLines(t, ['Văn phòng Điều phối NTM huyện'])).toEqual([
      '- Văn phòng Điều phối NTM huyện;',
      '- UBND các xã;',
      '- Lưu: VT, BQLNTM.',
    ]);
  });

  test('"Nơi nhận:" 12 pt bold italic, the list 11 pt; signer in capitals bold 14 pt; borderless', () => {
    const t = recipientsAndSignature(settings({ signerAuthority: 'tm. ban chỉ đạo' }), []);
    expect(t.borderWidthPt).toBe(0);
    const title = one([t], 'recipientsTitle');
    expect(text(title)).toBe('Nơi nhận:');
    expect(title.format).toMatchObject({ size: 12, bold: true, italic: true, align: 'left' });
    const list = byRole([t], 'recipient');
    expect(list.length).toBe(4);
    for (const p of list) expect(p.format).toMatchObject({ size: 11, bold: false, italic: false });
    expect(text(list[list.length - 1])).toBe('- Lưu: VT, BQLNTM.');
    const right = t.rows[0][1].map((b) => (b.kind === 'paragraph' ? [b.role, text(b)] : [b.kind, '']));
    expect(right).toEqual([
      ['signerAuthority', 'TM. BAN CHỈ ĐẠO'],
      ['signerPosition', 'TRƯỞNG BAN'],
      ['signerSecondLine', 'CHỦ TỊCH UBND XÃ'],
      ['signatureSpace', ''],
      ['signatureSpace', ''],
      ['signatureSpace', ''],
      ['signatureSpace', ''],
      ['signerName', 'Hoàng Văn Tài'],
    ]);
    for (const role of ['signerAuthority', 'signerPosition', 'signerSecondLine', 'signerName'] as const) {
      const p = one([t], role);
      expect(p.format).toMatchObject({ bold: true, align: 'center' });
      expect(p.format.size).toBeGreaterThanOrEqual(13);
      expect(p.format.size).toBeLessThanOrEqual(14);
    }
  });

  test('no second line and no authority when the settings leave them empty', () => {
    const t = recipientsAndSignature(settings({ signerSecondLine: '', signerAuthority: '' }));
    expect(byRole([t], 'signerSecondLine')).toHaveLength(0);
    expect(byRole([t], 'signerAuthority')).toHaveLength(0);
  });
});

describe('rules and user text', () => {
  test('a rule drawn with underscores is as long as the rule (an underscore is half an em)', () => {
    const r: Rule = { kind: 'rule', lengthPt: 72, spaceAfterPt: 0 };
    const line = underscoreRule(r);
    expect(line).toMatch(/^_+$/);
    expect(line.length * RULE_GLYPH_SIZE * 0.5).toBeCloseTo(72, 0);
  });

  test('textLines splits on every kind of line break and drops blank lines, keeping the rest as typed', () => {
    expect(textLines(' a <b>x</b> \r\n\r\nb\u000Bc\n  =1+1  ')).toEqual(['a <b>x</b>', 'b', 'c', '=1+1']);
    expect(textLines('bell\u0007 here')).toEqual(['bell here']);
  });

  test('officialDocument carries the blocks as given', () => {
    const d = officialDocument('Tên', []);
    expect(d.fileName).toBe('Tên');
    expect(d.blocks).toEqual([]);
  });
});

describe('the Lưu line', () => {
  it('keeps only what follows "Lưu:" when the secretary typed the whole line as a recipient', () => {
    const typed = { ...settings(), recipients: [{ name: 'Lưu: VT, BQLNTM.', email: '', role: 'Lưu' as const }] };
    expect(recipientLines(typed).at(-1)).toBe('- Lưu: VT, BQLNTM.');
  });
});
