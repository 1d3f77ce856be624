// Lưu trữ tự đánh giá: the units' narratives of a past year. When the secretary moves "Năm báo cáo"
// on, setup copies rows 6–7 of each unit tab that still carry last year's labels into this tab,
// and only after that write succeeded relabels the rows for the new year and blanks their texts;
// Tổng hợp of the past year reads them back from here. Owner-only: a unit editing it would rewrite
// what it reported, after the fact.
import type { ArchivedNarrative } from '../domain/consolidate';
import { SECRETARY_TAB_PROTECTION, TAB } from '../domain/tab-names';
import type { UnitSetting } from '../domain/types';
import { NARRATIVE_HEADERS, narrativeLabels, narrativeLabelYear, UNIT_TAB } from '../domain/unit-tab';
import { foldVi, formatDateTime, nameKey } from '../domain/vn-format';
import { typedText } from '../domain/vn-parse';
import type { Sheet, Spreadsheet } from './gas-types';
import { createListTab, ensureSize, readAll, writeBlock } from './sheet-io';

const ARCHIVE_HEADERS = ['Đơn vị', 'Mã đơn vị', ...NARRATIVE_HEADERS, 'Lưu lúc'] as const;

/** 0-based columns of the archive tab. */
const A = { unitCode: 1, label: 2, firstText: 3 } as const;
const TEXTS = NARRATIVE_HEADERS.length - 1;
const WIDTHS = [180, 90, 150, 320, 260, 260, 260, 120];

/** A unit tab as setup read it: the rows from 1 to the activity header, columns A onwards. */
export interface NarrativeTab {
  readonly unit: UnitSetting;
  readonly sheet: Sheet;
  readonly head: readonly (readonly unknown[])[];
}

export interface NarrativeMove {
  /** Units whose narratives with some text were taken out of their tab (and are in the archive). */
  readonly units: number;
  /** The years those narratives were labelled for, ascending. */
  readonly years: readonly number[];
  /** Unit tabs whose rows 6–7 now carry the new year's labels. */
  readonly relabelled: number;
}

interface StaleRow {
  /** 0-based among the narrative rows. */
  readonly index: number;
  /** Label and the four texts, as read. */
  readonly cells: readonly unknown[];
  readonly year: number;
  readonly hasText: boolean;
}

function staleRows(head: readonly (readonly unknown[])[], year: number, timeZone: string): StaleRow[] {
  const out: StaleRow[] = [];
  for (let i = 0; i < UNIT_TAB.narrativeRows; i++) {
    const source = head[UNIT_TAB.narrativeFirstRow - 1 + i] ?? [];
    const cells = NARRATIVE_HEADERS.map((_, c) => source[c] ?? '');
    const labelYear = narrativeLabelYear(cells[0]);
    if (labelYear === null || labelYear === year) continue;
    const hasText = cells.slice(1).some((v) => typedText(v, timeZone) !== '');
    out.push({ index: i, cells, year: labelYear, hasText });
  }
  return out;
}

/** What two archive rows are compared by: the unit, the label and the texts as a person reads them. */
function archiveKey(code: unknown, cells: readonly unknown[], timeZone: string): string {
  return [nameKey(typedText(code, timeZone)), ...cells.map((v) => typedText(v, timeZone))].join('\u0001');
}

/**
 * Moves the narratives of another year than `year` out of rows 6–7 of `tabs`: every such row with
 * some text is appended to the archive in one write (a row already there word for word, left by a
 * run that stopped before relabelling, is not appended again); only then each tab's stale rows get
 * the new year's labels and blank texts, one write per tab. A failure of the archive write throws
 * before any unit tab is touched.
 */
export function moveNarrativesOfOtherYears(
  ss: Spreadsheet,
  tabs: readonly NarrativeTab[],
  year: number,
  secretaries: readonly string[],
  now: Date,
): NarrativeMove {
  const timeZone = ss.getSpreadsheetTimeZone();
  const plans = tabs
    .map((tab) => ({ tab, stale: staleRows(tab.head, year, timeZone) }))
    .filter((p) => p.stale.length > 0);
  const moved = plans.filter((p) => p.stale.some((r) => r.hasText));
  if (moved.length > 0) {
    const sheet = ss.getSheetByName(TAB.narrativeArchive) ?? createArchiveTab(ss, secretaries);
    const existing = readAll(sheet);
    const seen = new Set(
      dataRows(existing).map((r) => archiveKey(r[A.unitCode], r.slice(A.label, A.firstText + TEXTS), timeZone)),
    );
    const stamp = formatDateTime(now, timeZone);
    const rows: unknown[][] = [];
    for (const { tab, stale } of moved) {
      for (const r of stale) {
        if (!r.hasText) continue;
        const key = archiveKey(tab.unit.code, r.cells, timeZone);
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push([tab.unit.name, tab.unit.code, ...r.cells, stamp]);
      }
    }
    // A tab emptied by hand (or made by a run whose write failed) gets its header in the same write.
    if (existing.length === 0) rows.unshift([...ARCHIVE_HEADERS]);
    if (rows.length > 0) {
      const first = existing.length + 1;
      ensureSize(sheet, first + rows.length - 1, ARCHIVE_HEADERS.length);
      writeBlock(sheet, first, 1, rows, ARCHIVE_HEADERS.length);
      // Apps Script may hold writes back and apply them later: the copy must be in the Sheet (or
      // its failure thrown here) before any text is blanked.
      SpreadsheetApp.flush();
    }
  }

  const labels = narrativeLabels(year);
  for (const { tab, stale } of plans) {
    // Rows 6 and 7 only: the stale ones are one row or both, always adjacent.
    const from = stale[0].index;
    const to = stale[stale.length - 1].index;
    const block = Array.from({ length: to - from + 1 }, (_, k) => [labels[from + k], ...new Array(TEXTS).fill('')]);
    writeBlock(tab.sheet, UNIT_TAB.narrativeFirstRow + from, 1, block, NARRATIVE_HEADERS.length);
  }
  const years = [...new Set(moved.flatMap((p) => p.stale.filter((r) => r.hasText).map((r) => r.year)))];
  return { units: moved.length, years: years.sort((a, b) => a - b), relabelled: plans.length };
}

/** The archived rows: row 1 is skipped when it is the header (the secretary may have deleted it). */
function dataRows(values: readonly (readonly unknown[])[]): (readonly unknown[])[] {
  const first = values[0] ?? [];
  const isHeader = ARCHIVE_HEADERS.slice(0, 2).every(
    (h, i) => typeof first[i] === 'string' && nameKey(first[i] as string) === nameKey(h),
  );
  return values.slice(isHeader ? 1 : 0);
}

function createArchiveTab(ss: Spreadsheet, secretaries: readonly string[]): Sheet {
  // The header goes in with the first rows, in the one write of the archive.
  return createListTab(ss, TAB.narrativeArchive, ARCHIVE_HEADERS, {
    description: SECRETARY_TAB_PROTECTION[TAB.narrativeArchive],
    editors: secretaries,
    widths: WIDTHS,
    writeHeader: false,
  });
}

/**
 * The archived narratives labelled `label` (as narrative-rows matches labels: accents, case and
 * spacing aside), in the order they were archived; [] when the tab does not exist. One read.
 */
export function readArchivedNarratives(ss: Spreadsheet, label: string): ArchivedNarrative[] {
  const sheet = ss.getSheetByName(TAB.narrativeArchive);
  if (!sheet) return [];
  const timeZone = ss.getSpreadsheetTimeZone();
  const wanted = foldVi(label);
  const text = (r: readonly unknown[], col: number) => typedText(r[col], timeZone);
  return dataRows(readAll(sheet))
    .filter((r) => foldVi(text(r, A.label)) === wanted)
    .map((r) => ({
      unitCode: text(r, A.unitCode),
      label: text(r, A.label),
      results: text(r, A.firstText),
      shortcomings: text(r, A.firstText + 1),
      causes: text(r, A.firstText + 2),
      proposals: text(r, A.firstText + 3),
    }));
}
