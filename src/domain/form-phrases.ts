// Sentences for the report's "Kết quả theo hình thức": one phrase per kind of form of the plan
// (II.2), so that the totals read like a person wrote them ("Tổ chức 12 hội nghị tuyên truyền trực
// tiếp với 1.250 lượt người tham dự"). Forms are catalogue entries the secretary may rename, so
// they are recognised by keywords; an unknown form gets a plain sentence that names it.
//
// A sentence is: verb, quantity, unit of measure, medium, tail. The unit of measure is whatever the
// units picked, so the phrase adapts to it: it replaces the medium when it names one of the medium's
// items ("10 khẩu hiệu", not "10 khẩu hiệu băng zôn, khẩu hiệu, …"), it is left out when the medium
// starts with it ("2 mô hình điển hình"), a leading classifier of the medium gives way to it ("3 lớp
// tập huấn" for "các buổi tập huấn"), and a last word repeating the verb is dropped ("Phát 120 lượt",
// not "Phát 120 lượt phát").
import type { FormTotal } from './types';
import { collapse, foldVi, formatNumber, nameKey } from './vn-format';

interface FormPhrase {
  /** The form is of this kind when its folded name holds any of these words. */
  readonly keys: readonly string[];
  /** And, when given, also one of these. */
  readonly andKeys?: readonly string[];
  readonly verb: string;
  /** What is counted when the row gives no unit of measure ("tin, bài"), or "". */
  readonly noun: string;
  /** The things the activity is made of, or "" (then the tail says where). */
  readonly medium: string;
  /** Items of the medium a unit of measure may name by itself ("khẩu hiệu"). */
  readonly items?: readonly string[];
  /** The medium read from the form's own name (the "Lồng ghép trong …" forms). */
  readonly mediumFromName?: (form: string) => string;
  readonly tail: string;
}

const LOA_KEYS = ['loa', 'truyen thanh', 'phat thanh'];
const MASS_MEDIA_KEYS = [
  'thong tin dai chung',
  'dai chung',
  'bao dai',
  'bao chi',
  'truyen hinh',
  'trang thong tin dien tu',
  'cong thong tin dien tu',
];

// Order matters: the first phrase whose keys match wins. "Lồng ghép" forms also mention "hội nghị",
// study tours are "tổ chức" too, social networks and the press are "tin, bài" like the loudspeakers.
const PHRASES: readonly FormPhrase[] = [
  {
    keys: ['long ghep'],
    verb: 'Lồng ghép tuyên truyền trong',
    noun: '',
    medium: 'hội nghị, cuộc họp, buổi sinh hoạt, tập huấn',
    mediumFromName: afterLongGhep,
    tail: '',
  },
  {
    keys: ['tham quan', 'hoc tap kinh nghiem'],
    verb: 'Tổ chức',
    noun: 'đoàn',
    medium: '',
    tail: 'tham quan, học tập kinh nghiệm',
  },
  {
    keys: ['mo hinh', 'dien hinh'],
    verb: 'Xây dựng, nhân rộng',
    noun: '',
    medium: 'mô hình điển hình tiên tiến',
    tail: '',
  },
  { keys: ['thi dua'], verb: 'Phát động', noun: '', medium: 'phong trào thi đua xây dựng nông thôn mới', tail: '' },
  {
    keys: ['hoi thi', 'san khau hoa'],
    verb: 'Tổ chức',
    noun: '',
    medium: 'hội thi, chương trình sân khấu hóa',
    items: ['hội thi', 'chương trình sân khấu hóa'],
    tail: 'tuyên truyền về xây dựng nông thôn mới',
  },
  {
    keys: ['bang zon', 'bang ron', 'khau hieu', 'pano', 'pa no', 'ap phich'],
    verb: 'Treo, dựng',
    noun: '',
    medium: 'băng zôn, khẩu hiệu, pa nô, áp phích',
    items: ['băng zôn', 'băng rôn', 'khẩu hiệu', 'pa nô', 'áp phích'],
    tail: 'tuyên truyền',
  },
  {
    keys: ['zalo', 'facebook', 'mang xa hoi'],
    verb: 'Đăng tải',
    noun: 'tin, bài',
    medium: '',
    tail: 'trên mạng xã hội Zalo, Facebook',
  },
  {
    keys: LOA_KEYS,
    andKeys: MASS_MEDIA_KEYS,
    verb: 'Phát',
    noun: 'tin, bài',
    medium: '',
    tail: 'trên hệ thống loa truyền thanh và các phương tiện thông tin đại chúng',
  },
  {
    keys: MASS_MEDIA_KEYS,
    verb: 'Đăng, phát',
    noun: 'tin, bài',
    medium: '',
    tail: 'trên các phương tiện thông tin đại chúng (báo, đài, trang thông tin điện tử)',
  },
  { keys: LOA_KEYS, verb: 'Phát', noun: 'tin, bài', medium: '', tail: 'trên hệ thống loa truyền thanh' },
  {
    keys: ['hoi nghi', 'truc tiep'],
    verb: 'Tổ chức',
    noun: '',
    medium: 'hội nghị',
    items: ['hội nghị'],
    tail: 'tuyên truyền trực tiếp',
  },
];

/** Words that count occasions; a unit of measure may stand in for one ("lớp" for "buổi"). */
const CLASSIFIERS = ['buoi', 'cuoc', 'lop', 'dot', 'lan'];

function hasAny(words: string, keys: readonly string[]): boolean {
  return keys.some((k) => words.includes(` ${k} `));
}

function phraseFor(form: string): FormPhrase | null {
  const words = ` ${foldVi(form)} `;
  return PHRASES.find((p) => hasAny(words, p.keys) && (!p.andKeys || hasAny(words, p.andKeys))) ?? null;
}

/** "Lồng ghép (tuyên truyền) trong (các) cuộc họp thôn" → "cuộc họp thôn"; "" when nothing follows. */
function afterLongGhep(form: string): string {
  const words = collapse(form).split(' ');
  const folded = words.map((w) => foldVi(w));
  let i = folded.findIndex((w, k) => w === 'long' && folded[k + 1] === 'ghep');
  if (i < 0) return '';
  i += 2;
  if (folded[i] === 'tuyen' && folded[i + 1] === 'truyen') i += 2;
  if (['trong', 'vao', 'tai', 'qua'].includes(folded[i])) i++;
  if (['cac', 'nhung'].includes(folded[i])) i++;
  return words
    .slice(i)
    .join(' ')
    .replace(/^[\s,;:.-]+/, '');
}

function mediumOf(phrase: FormPhrase, form: string): string {
  return (phrase.mediumFromName?.(form) ?? '') || phrase.medium;
}

/** Folded, without spaces: "panô" and "pa nô" are the same item. */
function squeeze(s: string): string {
  return foldVi(s).replace(/ /g, '');
}

/** The unit of measure without a last word that repeats the verb ("lượt phát" after "Phát" → "lượt"). */
function measureAfterVerb(measure: string, verb: string): string {
  const words = measure.split(' ');
  if (words.length < 2) return measure;
  const verbWords = foldVi(verb).split(' ');
  return verbWords.includes(foldVi(words[words.length - 1])) ? words.slice(0, -1).join(' ') : measure;
}

/** Unit of measure and medium, as they read after the quantity. */
function amountWords(phrase: FormPhrase, medium: string, measure: string): string[] {
  const m = measureAfterVerb(measure, phrase.verb);
  if (m === '') return [phrase.noun, medium];
  if ((phrase.items ?? []).some((item) => squeeze(item) === squeeze(m))) return [m];
  const mediumWords = medium.split(' ');
  const mWords = m.split(' ');
  const head = (n: number) => squeeze(mediumWords.slice(0, n).join(' '));
  if (medium !== '' && head(mWords.length) === squeeze(m)) return [medium];
  if (mediumWords.length > 1 && CLASSIFIERS.includes(foldVi(mediumWords[0]))) {
    return [m, mediumWords.slice(1).join(' ')];
  }
  return [m, medium];
}

/** Two forms read the same when they take the same phrase with the same medium. */
function shapeOf(form: string): string | null {
  const phrase = phraseFor(form);
  return phrase ? `${PHRASES.indexOf(phrase)}|${foldVi(mediumOf(phrase, form))}` : null;
}

/**
 * One sentence for a form's total, without the final punctuation:
 * "Tổ chức 12 hội nghị tuyên truyền trực tiếp với 1.250 lượt người tham dự". `forms` are the forms
 * listed beside it (the report's): when another of them would read the same, the sentence names
 * its form, "(hình thức: …)", so that the two can be told apart.
 */
export function formSentence(total: FormTotal, forms: readonly string[] = []): string {
  const form = collapse(total.form);
  const measure = collapse(total.measure);
  const quantity = formatNumber(total.quantity);
  const people = total.participants > 0 ? ` với ${formatNumber(total.participants)} lượt người tham dự` : '';
  const phrase = phraseFor(form);
  if (!phrase) {
    const amount = [quantity, measure].filter((s) => s !== '').join(' ');
    return `${form}: ${amount}${people}`;
  }
  const words = [phrase.verb, quantity, ...amountWords(phrase, mediumOf(phrase, form), measure), phrase.tail];
  const sentence = words.filter((s) => s !== '').join(' ');
  const shape = shapeOf(form);
  const shared = forms.some((other) => nameKey(other) !== nameKey(form) && shapeOf(other) === shape);
  return `${sentence}${shared ? ` (hình thức: ${form})` : ''}${people}`;
}
