// Matching what a unit typed to the entries of Danh mục.
//
// Decisions:
// - Catalogue matching is case- and spacing-insensitive silently, and diacritic-insensitive
//   ("Giao thong" -> "Giao thông") with a 'fixed' finding, only when that match is unique.

import { quote } from './quote';
import { foldVi, nameKey } from './vn-format';

/** Finds a catalogue entry: exact key first, then a unique match without diacritics. */
export class CatalogueMatcher {
  private readonly exact = new Map<string, string>();
  /** null marks a diacritic-free key shared by two entries: never guessed. */
  private readonly loose = new Map<string, string | null>();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const name = entry.normalize('NFC').trim();
      if (name === '') continue;
      const key = nameKey(name);
      if (!this.exact.has(key)) this.exact.set(key, name);
      const lk = foldVi(name);
      const seen = this.loose.get(lk);
      if (seen === undefined) this.loose.set(lk, name);
      else if (seen !== null && nameKey(seen) !== key) this.loose.set(lk, null);
    }
  }

  match(text: string): { name: string; loose: boolean } | null {
    const exact = this.exact.get(nameKey(text));
    if (exact !== undefined) return { name: exact, loose: false };
    const loose = this.loose.get(foldVi(text));
    return loose ? { name: loose, loose: true } : null;
  }
}

/** Says what differs between the typed text and the entry it was matched to: marks, or symbols. */
export function looseNote(label: string, typed: string, name: string): string {
  const letters = (t: string) => nameKey(t.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '));
  const symbols = /[\p{So}\p{Sk}\p{Sm}\p{Co}]/u.test(typed) ? ', có thêm biểu tượng' : '';
  const what =
    letters(typed) === letters(name) ? 'khác ở dấu câu, ký hiệu hoặc biểu tượng' : `thiếu hoặc sai dấu${symbols}`;
  return `${label} ghi ${quote(typed)} (${what}), đã hiểu là "${name}". Nên chọn lại trong danh sách.`;
}
