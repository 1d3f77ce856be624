// Sentences for the report's "Kết quả theo hình thức": one phrase per kind of form of the plan
// (II.2), so that the totals read like a person wrote them ("Tổ chức 12 hội nghị tuyên truyền trực
// tiếp với 1.250 lượt người tham dự"). Forms are catalogue entries the secretary may rename, so
// they are recognised by keywords; an unknown form gets a plain sentence.
import type { FormTotal } from './types';
import { collapse, foldVi, formatNumber } from './vn-format';

interface FormPhrase {
  /** Keywords (folded: no diacritics, lower case); the first phrase with any of them wins. */
  readonly keys: readonly string[];
  readonly verb: string;
  /** The thing counted when the row gives no unit of measure. */
  readonly noun: string;
  /** What follows the quantity and its unit. */
  readonly tail: string;
}

// Order matters: "lồng ghép" forms also mention "hội nghị", and study tours are "tổ chức" too.
const PHRASES: readonly FormPhrase[] = [
  {
    keys: ['long ghep'],
    verb: 'Lồng ghép tuyên truyền trong',
    noun: '',
    tail: 'hội nghị, cuộc họp, buổi sinh hoạt, tập huấn',
  },
  { keys: ['tham quan', 'hoc tap kinh nghiem'], verb: 'Tổ chức', noun: 'đoàn', tail: 'tham quan, học tập kinh nghiệm' },
  { keys: ['mo hinh', 'dien hinh'], verb: 'Xây dựng, nhân rộng', noun: '', tail: 'mô hình, điển hình tiên tiến' },
  { keys: ['thi dua'], verb: 'Phát động', noun: '', tail: 'phong trào thi đua xây dựng nông thôn mới' },
  {
    keys: ['bang zon', 'bang ron', 'khau hieu', 'pano', 'pa no', 'ap phich'],
    verb: 'Treo, dựng',
    noun: '',
    tail: 'băng zôn, khẩu hiệu, pa nô, áp phích tuyên truyền',
  },
  { keys: ['zalo', 'facebook', 'mang xa hoi'], verb: 'Đăng tải', noun: 'tin, bài', tail: 'trên Zalo, Facebook' },
  {
    keys: ['loa', 'truyen thanh', 'phat thanh', 'thong tin dai chung'],
    verb: 'Phát',
    noun: 'tin, bài',
    tail: 'trên hệ thống loa truyền thanh và các phương tiện thông tin đại chúng',
  },
  { keys: ['hoi nghi', 'truc tiep'], verb: 'Tổ chức', noun: '', tail: 'hội nghị tuyên truyền trực tiếp' },
];

function phraseFor(form: string): FormPhrase | null {
  const words = ` ${foldVi(form)} `;
  return PHRASES.find((p) => p.keys.some((k) => words.includes(` ${k} `))) ?? null;
}

/**
 * One sentence for a form's total, without the final punctuation:
 * "Tổ chức 12 hội nghị tuyên truyền trực tiếp với 1.250 lượt người tham dự". The unit of measure
 * is left out when the phrase already starts with it ("12 hội nghị", not "12 hội nghị hội nghị").
 */
export function formSentence(total: FormTotal): string {
  const measure = collapse(total.measure);
  const quantity = formatNumber(total.quantity);
  const people = total.participants > 0 ? ` với ${formatNumber(total.participants)} lượt người tham dự` : '';
  const phrase = phraseFor(total.form);
  if (!phrase) {
    const amount = [quantity, measure].filter((s) => s !== '').join(' ');
    return `${collapse(total.form)}: ${amount}${people}`;
  }
  const foldedTail = foldVi(phrase.tail);
  const foldedMeasure = foldVi(measure);
  const repeats = foldedMeasure !== '' && (foldedTail === foldedMeasure || foldedTail.startsWith(`${foldedMeasure} `));
  const unit = repeats ? '' : measure || phrase.noun;
  return [phrase.verb, quantity, unit, phrase.tail].filter((s) => s !== '').join(' ') + people;
}
