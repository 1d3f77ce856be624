// The plan as rows of the "Kế hoạch" tab and as a document.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildPlan,
  DEFAULT_PLAN_ROWS,
  type PlanRow,
  planRowsFromValues,
  planRowsToValues,
} from '../../src/domain/plan-doc';
import { settings } from './official-doc.fixtures';
import { byRole, one, paragraphs, text, texts } from './official-doc.helpers';

// shared/ stands beside the repository (here and on CI).
const SEED = join(__dirname, '..', '..', '..', 'shared', 'seeds', '000_8da8b501ced88e45.txt');

describe('default rows', () => {
  test('sections I–IV in the order of plan 42/KH-BCĐ, each with its items', () => {
    const outline = DEFAULT_PLAN_ROWS.filter((r) => /^[IV]+$|^\d+$/.test(r.level)).map((r) => `${r.level}. ${r.text}`);
    expect(outline).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      'II. NỘI DUNG THỰC HIỆN VÀ HÌNH THỨC TUYÊN TRUYỀN',
      '1. Nội dung tuyên truyền',
      '2. Hình thức tuyên truyền',
      '3. Thời gian tuyên truyền',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Ban quản lý xây dựng nông thôn mới xã',
      '2. Các công chức chuyên môn, các tổ chức chính trị - xã hội xã',
      '3. Các Thôn',
      '4. Báo cáo kết quả thực hiện',
    ]);
    expect(DEFAULT_PLAN_ROWS[0].text).toMatch(/^Căn cứ Kế hoạch số 76\/KH-BCĐ ngày 24\/02\/2023/);
    expect(DEFAULT_PLAN_ROWS[DEFAULT_PLAN_ROWS.length - 1].text).toMatch(/kế hoạch này\.\/\.$/);
    expect(DEFAULT_PLAN_ROWS.filter((r) => r.level === '-')).toHaveLength(20);
  });

  test('the text is composed Unicode (NFC)', () => {
    for (const r of DEFAULT_PLAN_ROWS) expect(r.text).toBe(r.text.normalize('NFC'));
  });

  const seedTest = existsSync(SEED) ? test : test.skip;
  seedTest('hold the whole body of the sample plan, word for word', () => {
    const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
    let rest = squash(readFileSync(SEED, 'utf8'));
    for (const r of DEFAULT_PLAN_ROWS) {
      expect(rest).toContain(r.text);
      rest = rest.replace(r.text, '§');
    }
    // What remains of the body between the subject and "Nơi nhận" is only numbering and dashes.
    const body = rest.slice(rest.indexOf('Minh Tiến §'), rest.indexOf('Nơi nhận'));
    expect(body.replace(/Minh Tiến|§|[IV]+\.|\d+\.|[-:\s]/g, '')).toBe('');
  });
});

describe('rows and the tab', () => {
  test('values written and read back give the same rows, header first', () => {
    const values = planRowsToValues(DEFAULT_PLAN_ROWS);
    expect(values[0]).toEqual(['Cấp', 'Nội dung']);
    expect(values).toHaveLength(DEFAULT_PLAN_ROWS.length + 1);
    expect(planRowsFromValues(values)).toEqual(DEFAULT_PLAN_ROWS);
  });

  test('levels as a person types them, numbers as the Sheet returns them, blank rows skipped', () => {
    const rows = planRowsFromValues([
      ['Cấp', 'Nội dung'],
      ['ii.', 'NỘI DUNG'],
      [1, 'Nội dung tuyên truyền'],
      ['', ''],
      [' - ', 'Tuyên truyền'],
      ['', '   '],
      ['', 'Đoạn văn'],
      ['a)', 'Mục nhỏ'],
      ['c.', 'Mục nhỏ c'],
      ['V', 'PHẦN V'],
    ]);
    expect(rows).toEqual<PlanRow[]>([
      { level: 'II', text: 'NỘI DUNG' },
      { level: '1', text: 'Nội dung tuyên truyền' },
      { level: '-', text: 'Tuyên truyền' },
      { level: '', text: 'Đoạn văn' },
      { level: 'a', text: 'Mục nhỏ' },
      { level: 'c', text: 'Mục nhỏ c' },
      { level: 'V', text: 'PHẦN V' },
    ]);
    expect(planRowsFromValues([[null, 'Đoạn không cấp']])).toEqual([{ level: '', text: 'Đoạn không cấp' }]);
  });

  test('without a header row the first row is content', () => {
    expect(planRowsFromValues([['I', 'MỤC ĐÍCH']])).toEqual([{ level: 'I', text: 'MỤC ĐÍCH' }]);
  });
});

describe('the plan document', () => {
  const doc = buildPlan(DEFAULT_PLAN_ROWS, settings(), { number: '42', date: { y: 2023, m: 3, d: 10 } });

  test('KẾ HOẠCH, the plan title as subject, the plan number and the date line', () => {
    expect(text(one(doc, 'docType'))).toBe('KẾ HOẠCH');
    expect(text(one(doc, 'subject'))).toBe(
      'Tuyên truyền thực hiện xây dựng nông thôn mới năm 2023 trên địa bàn xã Minh Tiến',
    );
    expect(text(one(doc, 'number'))).toBe('Số: 42/KH-BCĐ');
    expect(text(one(doc, 'dateLine'))).toBe('Minh Tiến, ngày 10 tháng 3 năm 2023');
  });

  test('levels become headings, dashes and paragraphs with the ND30 look', () => {
    const h1 = byRole(doc, 'heading1');
    expect(h1.map(text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THỰC HIỆN VÀ HÌNH THỨC TUYÊN TRUYỀN',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    for (const h of h1) expect(h.format.bold).toBe(true);
    const bullets = byRole(doc, 'bullet');
    expect(bullets).toHaveLength(20);
    for (const b of bullets) {
      expect(text(b)).toMatch(/^- \S/);
      expect(b.format.align).toBe('justify');
    }
    expect(texts(doc)).toContain('1. Mục đích');
  });

  test('Nơi nhận from the settings, in role order, last "- Lưu: VT, BQLNTM."; signer as set', () => {
    expect(byRole(doc, 'recipient').map(text)).toEqual([
      '- TT ĐU, TT HĐND xã;',
      '- CT, các PCT UBND xã;',
      '- Các thành viên BCĐ xã;',
      '- Lưu: VT, BQLNTM.',
    ]);
    expect(text(one(doc, 'signerPosition'))).toBe('TRƯỞNG BAN');
    expect(text(one(doc, 'signerSecondLine'))).toBe('CHỦ TỊCH UBND XÃ');
    expect(text(one(doc, 'signerName'))).toBe('Hoàng Văn Tài');
  });

  test('edited rows come out as typed, a multi-line cell as several paragraphs', () => {
    const d = buildPlan(
      [
        { level: 'I', text: 'MỤC ĐÍCH' },
        { level: '', text: '<i>không</i> =SUM(A1)\nDòng hai' },
        { level: '+', text: 'Ý nhỏ' },
        { level: 'x?', text: 'Cấp lạ' },
        { level: 'c', text: 'Mục c' },
      ],
      settings(),
      { number: '', date: null },
    );
    const body = paragraphs(d)
      .filter((p) => ['heading1', 'body', 'bullet'].includes(p.role))
      .map(text);
    expect(body).toEqual(['I. MỤC ĐÍCH', '<i>không</i> =SUM(A1)', 'Dòng hai', '+ Ý nhỏ', 'Cấp lạ']);
    expect(text(one(d, 'heading3'))).toBe('c) Mục c');
    expect(text(one(d, 'dateLine'))).toMatch(/^Minh Tiến, ngày +tháng +năm 2023$/);
  });
});
