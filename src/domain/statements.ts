// One line for what many units said: the report quotes a self-assessment (kết quả nổi bật, tồn tại,
// nguyên nhân, đề xuất) once, after the names of every unit that wrote it, instead of once per unit.
// Two texts are the same statement when they differ only in case, spacing, final punctuation or
// Unicode form (and the old or new place of a tone mark, as names are compared); anything else is a
// different statement and is quoted word for word. Tổng hợp keeps each unit's own text.
import { textLines } from './doc-text';
import { nameKey } from './vn-format';

export interface Said {
  readonly unitName: string;
  readonly text: string;
}

export interface Statement {
  /** Units in the order given (Cấu hình's), each once. */
  readonly unitNames: readonly string[];
  /** The lines as the first of those units typed them. */
  readonly lines: readonly string[];
}

/** What makes two lines one statement: see the file comment. */
function statementKey(text: string): string {
  return textLines(text)
    .map((line) => nameKey(line.replace(/[\s.,;:!?…]+$/u, '')))
    .filter((line) => line !== '')
    .join('\n');
}

/** Texts in `said` order grouped into statements, in the order each was first said; blank texts dropped. */
export function groupStatements(said: readonly Said[]): Statement[] {
  const byKey = new Map<string, { unitNames: string[]; lines: string[] }>();
  for (const s of said) {
    const key = statementKey(s.text);
    if (key === '') continue;
    const found = byKey.get(key);
    if (!found) byKey.set(key, { unitNames: [s.unitName], lines: textLines(s.text) });
    else if (!found.unitNames.includes(s.unitName)) found.unitNames.push(s.unitName);
  }
  return [...byKey.values()];
}
