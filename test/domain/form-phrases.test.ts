// The report's sentence for each form: every form of the default catalogue must be described with
// its own medium, and two forms must never read the same. Expected sentences are written by hand.
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue';
import { formSentence } from '../../src/domain/form-phrases';
import type { FormTotal } from '../../src/domain/types';

const F = DEFAULT_CATALOGUE.forms;

function total(form: string, measure: string, quantity: number, participants = 0): FormTotal {
  return { form, measure, quantity, activities: 1, participants };
}

test('the default catalogue is the one these sentences were written for', () => {
  expect(F).toEqual([
    'Phát thanh trên hệ thống loa truyền thanh',
    'Tin, bài trên thông tin đại chúng (báo, đài, trang thông tin điện tử)',
    'Băng zôn, khẩu hiệu, panô, áp phích',
    'Mạng xã hội (Zalo, Facebook…)',
    'Hội nghị tuyên truyền trực tiếp tại xã, thôn',
    'Lồng ghép trong hội nghị của tổ chức đảng, chính quyền',
    'Lồng ghép trong cuộc họp thôn',
    'Lồng ghép trong sinh hoạt của các tổ chức đoàn thể',
    'Lồng ghép trong các buổi tập huấn',
    'Xây dựng, nhân rộng mô hình điển hình tiên tiến',
    'Phát động thi đua xây dựng nông thôn mới',
    'Tham quan, học tập kinh nghiệm',
    'Hội thi, chương trình sân khấu hóa',
    'Hình thức khác',
  ]);
});

describe('every form of the default catalogue, with a unit of measure a unit would pick', () => {
  const cases: [FormTotal, string][] = [
    [total(F[0], 'tin/bài', 30), 'Phát 30 tin/bài trên hệ thống loa truyền thanh'],
    [total(F[0], 'lượt phát', 120), 'Phát 120 lượt trên hệ thống loa truyền thanh'],
    [total(F[0], 'giờ phát', 12), 'Phát 12 giờ trên hệ thống loa truyền thanh'],
    [
      total(F[1], 'tin/bài', 12),
      'Đăng, phát 12 tin/bài trên các phương tiện thông tin đại chúng (báo, đài, trang thông tin điện tử)',
    ],
    [
      total(F[1], '', 5),
      'Đăng, phát 5 tin, bài trên các phương tiện thông tin đại chúng (báo, đài, trang thông tin điện tử)',
    ],
    [total(F[2], 'khẩu hiệu', 10), 'Treo, dựng 10 khẩu hiệu tuyên truyền'],
    [total(F[2], 'băng zôn', 30), 'Treo, dựng 30 băng zôn tuyên truyền'],
    [total(F[2], 'panô', 4), 'Treo, dựng 4 panô tuyên truyền'],
    [total(F[2], '', 7), 'Treo, dựng 7 băng zôn, khẩu hiệu, pa nô, áp phích tuyên truyền'],
    [total(F[3], 'bài đăng', 8), 'Đăng tải 8 bài trên mạng xã hội Zalo, Facebook'],
    [total(F[3], '', 8), 'Đăng tải 8 tin, bài trên mạng xã hội Zalo, Facebook'],
    [total(F[4], 'hội nghị', 12, 1250), 'Tổ chức 12 hội nghị tuyên truyền trực tiếp với 1.250 lượt người tham dự'],
    [
      total(F[5], 'buổi', 5, 200),
      'Lồng ghép tuyên truyền trong 5 buổi hội nghị của tổ chức đảng, chính quyền với 200 lượt người tham dự',
    ],
    [total(F[5], 'hội nghị', 5), 'Lồng ghép tuyên truyền trong 5 hội nghị của tổ chức đảng, chính quyền'],
    [total(F[6], 'cuộc', 24), 'Lồng ghép tuyên truyền trong 24 cuộc họp thôn'],
    [total(F[6], 'buổi', 24), 'Lồng ghép tuyên truyền trong 24 buổi họp thôn'],
    [total(F[7], 'buổi', 9), 'Lồng ghép tuyên truyền trong 9 buổi sinh hoạt của các tổ chức đoàn thể'],
    [total(F[8], 'lớp', 3), 'Lồng ghép tuyên truyền trong 3 lớp tập huấn'],
    [total(F[8], 'buổi', 3), 'Lồng ghép tuyên truyền trong 3 buổi tập huấn'],
    [total(F[8], '', 3), 'Lồng ghép tuyên truyền trong 3 buổi tập huấn'],
    [total(F[9], 'mô hình', 2), 'Xây dựng, nhân rộng 2 mô hình điển hình tiên tiến'],
    [total(F[10], '', 1), 'Phát động 1 phong trào thi đua xây dựng nông thôn mới'],
    [total(F[11], 'đoàn', 2), 'Tổ chức 2 đoàn tham quan, học tập kinh nghiệm'],
    [total(F[12], 'hội thi', 2), 'Tổ chức 2 hội thi tuyên truyền về xây dựng nông thôn mới'],
    [
      total(F[12], 'buổi', 2),
      'Tổ chức 2 buổi hội thi, chương trình sân khấu hóa tuyên truyền về xây dựng nông thôn mới',
    ],
    [total(F[13], 'lần', 1234), 'Hình thức khác: 1.234 lần'],
  ];
  test.each(cases.map(([t, e]) => [t.form, t.measure, t, e] as const))('%s, %s', (_f, _m, t, expected) => {
    expect(formSentence(t, F)).toBe(expected);
  });

  test('each form is covered above', () => {
    expect(new Set(cases.map(([t]) => t.form))).toEqual(new Set(F));
  });
});

test('each form speaks of its own medium', () => {
  const s = (i: number) => formSentence(total(F[i], '', 3), F);
  expect(s(0)).toContain('loa truyền thanh');
  expect(s(0)).not.toContain('đại chúng');
  expect(s(1)).toContain('thông tin đại chúng');
  expect(s(1)).not.toContain('loa');
  expect(s(3)).toContain('Zalo, Facebook');
  expect(s(3)).not.toContain('loa');
});

test('no two forms of the default catalogue give the same sentence', () => {
  const sentences = F.map((form) => formSentence(total(form, '', 3), F));
  expect(new Set(sentences).size).toBe(F.length);
  for (const s of sentences) expect(s).not.toContain('hình thức:');
});

describe('two forms that would read the same are named', () => {
  test('two direct-conference forms', () => {
    const forms = ['Hội nghị tuyên truyền trực tiếp tại xã', 'Hội nghị tuyên truyền trực tiếp tại thôn'];
    expect(formSentence(total(forms[0], 'hội nghị', 3), forms)).toBe(
      'Tổ chức 3 hội nghị tuyên truyền trực tiếp (hình thức: Hội nghị tuyên truyền trực tiếp tại xã)',
    );
    expect(formSentence(total(forms[1], 'hội nghị', 5, 40), forms)).toBe(
      'Tổ chức 5 hội nghị tuyên truyền trực tiếp (hình thức: Hội nghị tuyên truyền trực tiếp tại thôn) với 40 lượt người tham dự',
    );
    // Alone, or beside a form that reads differently, the sentence needs no name.
    expect(formSentence(total(forms[0], 'hội nghị', 3), [forms[0], F[0]])).toBe(
      'Tổ chức 3 hội nghị tuyên truyền trực tiếp',
    );
  });

  test('the same form listed under two units of measure is one form', () => {
    const forms = [F[4], F[4]];
    expect(formSentence(total(F[4], 'buổi', 3), forms)).toBe('Tổ chức 3 buổi hội nghị tuyên truyền trực tiếp');
  });
});
