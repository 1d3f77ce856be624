// The self-assessment rows of a unit's tab (above the activity header), keyed by period label.
//
// Decisions:
// - A narrative row labelled for another year is last year's record: kept, read for nothing, and
//   never a warning.

import { clip } from './activity-row';
import type { UnitTabInput } from './activity-rows';
import { quote } from './quote';
import type { Finding, Narrative } from './types';
import { columnLetter, NARRATIVE_HEADERS, narrativeLabels, narrativeLabelYear, UNIT_TAB } from './unit-tab';
import { foldVi, nameKey } from './vn-format';
import { typedText } from './vn-parse';

export function readNarratives(input: UnitTabInput, findings: Finding[]): Map<string, Narrative> {
  const { values, tab, unit, timeZone } = input;
  const labels = narrativeLabels(input.year);
  const byKey = new Map(labels.map((l) => [nameKey(l), l] as const));
  const byLooseKey = new Map(labels.map((l) => [foldVi(l), l] as const));
  const expected = labels.map((l) => `"${l}"`).join(' hoặc ');
  const narratives = new Map<string, Narrative>();
  const column = (i: number) => `${columnLetter(i + 1)} (${NARRATIVE_HEADERS[i]})`;
  for (let r = UNIT_TAB.narrativeFirstRow - 1; r < UNIT_TAB.activityHeaderRow - 1; r++) {
    const source = values[r] ?? [];
    const cells = NARRATIVE_HEADERS.map((_, i) => typedText(source[i], timeZone));
    if (cells.every((c) => c === '')) continue;
    const row = r + 1;
    const formulas = input.formulas?.[r];
    if (formulas) {
      NARRATIVE_HEADERS.forEach((_, i) => {
        const f = formulas[i];
        if (typeof f === 'string' && f !== '') {
          findings.push({
            tab,
            row,
            column: column(i),
            severity: 'warning',
            message: `Ô có công thức ${clip(f)}; kết quả của công thức vẫn được đọc. Hãy gõ thẳng nội dung.`,
          });
        }
      });
    }
    const [label, results, shortcomings, causes, proposals] = cells;
    const hasText = results !== '' || shortcomings !== '' || causes !== '' || proposals !== '';
    if (label === '') {
      findings.push({
        tab,
        row,
        column: column(0),
        severity: 'warning',
        message: `Có nội dung tự đánh giá nhưng chưa ghi kỳ báo cáo. Hãy ghi ${expected}; dòng này chưa được đưa vào tổng hợp.`,
      });
      continue;
    }
    const canonical = byKey.get(nameKey(label)) ?? byLooseKey.get(foldVi(label));
    if (canonical === undefined && isOtherYearLabel(label, input.year)) continue;
    if (canonical === undefined) {
      findings.push({
        tab,
        row,
        column: column(0),
        severity: 'warning',
        message: `Kỳ báo cáo ${quote(label)} không đúng. Hãy ghi ${expected}; dòng này chưa được đưa vào tổng hợp.`,
      });
      continue;
    }
    if (!hasText) continue;
    if (narratives.has(canonical)) {
      findings.push({
        tab,
        row,
        column: column(0),
        severity: 'warning',
        message: `Kỳ "${canonical}" được ghi hai lần; chỉ dòng đầu được đưa vào tổng hợp. Hãy gộp hai dòng làm một.`,
      });
      continue;
    }
    narratives.set(canonical, { unitCode: unit.code, unitName: unit.name, results, shortcomings, causes, proposals });
  }
  return narratives;
}

/** "Cả năm 2023" read while the year is 2024: a period label of another year. */
function isOtherYearLabel(label: string, year: number): boolean {
  const y = narrativeLabelYear(label);
  return y !== null && y !== year;
}
