// Tổng hợp báo cáo: every unit's tab read with readUnitTab, the rows of the period counted, the
// rest accounted for. For each unit, rowsRead = activities + rejected + outsidePeriod: a row with
// a readable date outside the period counts as outsidePeriod even when it also has errors (it
// would not be counted anyway); its findings are still listed so nothing is dropped silently.
//
// Orders: units as in the settings (then any tab whose unit is not in the settings); byForm by the
// catalogue's forms, within a form by the catalogue's measures, then other measures as first met,
// then "(không ghi)" (other texts differing only in case or spacing are one group, spelled as first
// met); byTopic and byCriterion list every catalogue entry (zeros show the gaps),
// then other texts as first met, then "(không ghi)". Models are sorted by date, then unit, then row.
// Money is whole đồng (fractions are rejected by readUnitTab) so sums are exact; quantities are
// summed as read and rounded to 2 decimals at the end.
//
// A unit has reported for a half-year when it has a counted row or that period's narrative. The
// year's period contains the half-year, so for the year a unit has reported only with a counted row
// dated after the half-year's end under the same rule (what it did since its half-year report) or
// the year's narrative: otherwise every unit that reported in June would look done in December.

import { UNSPECIFIED } from './activity-row';
import { missingTabFinding, readUnitTab } from './activity-rows';
import { compareCivil, isWithin } from './civil-date';
import { periodOf } from './periods';
import { rowLimitsOf } from './row-limits';
import type {
  Activity,
  Catalogue,
  Consolidation,
  Finding,
  FormTotal,
  GroupTotal,
  ModelEntry,
  Money,
  MonthTotal,
  Narrative,
  Period,
  Settings,
  UnitSetting,
  UnitTotal,
} from './types';
import { foldVi, nameKey } from './vn-format';

export interface UnitTabValues {
  readonly unit: UnitSetting;
  /** The whole tab from getValues(); null when the tab does not exist. */
  readonly values: readonly (readonly unknown[])[] | null;
  /** getFormulas() of the same range, when read. */
  readonly formulas?: readonly (readonly string[])[] | null;
}

/** A unit's narrative moved out of its tab (into Lưu trữ tự đánh giá) when the year in Cấu hình changed. */
export interface ArchivedNarrative {
  readonly unitCode: string;
  /** The period label the unit's tab carried, e.g. "Cả năm 2023". */
  readonly label: string;
  readonly results: string;
  readonly shortcomings: string;
  readonly causes: string;
  readonly proposals: string;
}

export interface ConsolidateInput {
  readonly settings: Settings;
  readonly catalogue: Catalogue;
  readonly period: Period;
  readonly timeZone: string;
  readonly tabs: readonly UnitTabValues[];
  /**
   * Archived narratives (any period; those of other periods are ignored). A unit's is used only when
   * its tab exists and has no narrative for the period; of several, the last (archived latest) wins.
   */
  readonly archived?: readonly ArchivedNarrative[];
}

export function consolidate(input: ConsolidateInput): Consolidation {
  const { period, catalogue } = input;
  const units: UnitTotal[] = [];
  const findings: Finding[] = [];
  const narratives: Narrative[] = [];
  const counted: { activity: Activity; unitIndex: number; unitName: string }[] = [];
  const periodKey = nameKey(period.label);
  // Rows dated up to this day do not make a report for the period (see above).
  const reportsAfter = period.kind === 'year' ? periodOf('half', period.year, period.rule).end : null;
  const before = periodOf(period.kind, period.year - 1, period.rule);
  const previous = { activities: 0, participants: 0, money: moneyAccumulator(), rejected: 0 };

  for (const [unitIndex, { unit, values, formulas }] of orderedTabs(input).entries()) {
    if (values === null) {
      findings.push(missingTabFinding(unit));
      units.push(unitTotal(unit, 'missing', 0, 0, 0, 0, ZERO_MONEY, false, ''));
      continue;
    }
    const read = readUnitTab({
      unit,
      tab: unit.tabName,
      values,
      formulas,
      catalogue,
      timeZone: input.timeZone,
      year: period.year,
      rule: period.rule,
      limits: rowLimitsOf(input.settings),
    });
    for (const f of read.findings) findings.push(f);
    let activities = 0;
    let newSinceHalf = 0;
    let outside = 0;
    let participants = 0;
    const money = moneyAccumulator();
    for (const a of read.activities) {
      if (!isWithin(a.date, period.start, period.end)) {
        outside++;
        if (isWithin(a.date, before.start, before.end)) {
          previous.activities++;
          previous.participants += a.participants;
          previous.money.add(a);
        }
        continue;
      }
      activities++;
      if (reportsAfter === null || compareCivil(a.date, reportsAfter) > 0) newSinceHalf++;
      participants += a.participants;
      money.add(a);
      counted.push({ activity: a, unitIndex, unitName: unit.name });
    }
    let rejected = 0;
    for (const r of read.rejected) {
      if (r.date !== null && !isWithin(r.date, period.start, period.end)) {
        outside++;
        if (isWithin(r.date, before.start, before.end)) previous.rejected++;
      } else rejected++;
    }
    let narrative: Narrative | undefined;
    for (const [label, n] of read.narratives) if (nameKey(label) === periodKey) narrative = n;
    if (!narrative) narrative = archivedNarrative(input.archived, unit, period.label);
    if (narrative) narratives.push(narrative);
    const reported = newSinceHalf > 0 || narrative !== undefined;
    const status = read.headerOk ? 'ok' : 'badHeader';
    units.push(
      unitTotal(unit, status, activities, rejected, outside, participants, money.total(), reported, read.lastChange),
    );
  }

  const all = counted.map((c) => c.activity);
  const total = moneyAccumulator();
  let participants = 0;
  for (const a of all) {
    total.add(a);
    participants += a.participants;
  }
  // A model a unit reports on several activities is one model: listed once, at its first date.
  const seenModels = new Set<string>();
  const models: ModelEntry[] = counted
    .filter((c) => c.activity.model !== '')
    .sort(
      (a, b) =>
        compareCivil(a.activity.date, b.activity.date) || a.unitIndex - b.unitIndex || a.activity.row - b.activity.row,
    )
    .filter((c) => {
      const key = `${c.unitIndex}|${nameKey(c.activity.model)}`;
      if (seenModels.has(key)) return false;
      seenModels.add(key);
      return true;
    })
    .map((c) => ({ unitName: c.unitName, text: c.activity.model, date: c.activity.date }));

  return {
    period,
    units,
    byForm: totalsByForm(all, catalogue),
    byTopic: totalsByGroup(all, catalogue.topics, (a) => a.topic),
    byCriterion: totalsByGroup(all, catalogue.criteria, (a) => a.criterion),
    money: total.total(),
    participants,
    activities: all.length,
    models,
    narratives,
    notReported: units.filter((u) => !u.reported).map((u) => u.unitName),
    findings,
    byMonth: totalsByMonth(all, period),
    previous:
      previous.activities + previous.rejected > 0
        ? {
            period: before,
            activities: previous.activities,
            participants: previous.participants,
            money: previous.money.total(),
            rejected: previous.rejected,
          }
        : null,
  };
}

/** Counted activities per calendar month of the period (ND09's 15/12 start makes December the first). */
function totalsByMonth(activities: readonly Activity[], period: Period): MonthTotal[] {
  const months: { y: number; m: number; activities: number; participants: number }[] = [];
  for (let y = period.start.y, m = period.start.m; y < period.end.y || (y === period.end.y && m <= period.end.m); ) {
    months.push({ y, m, activities: 0, participants: 0 });
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  for (const a of activities) {
    const month = months.find((x) => x.y === a.date.y && x.m === a.date.m);
    if (month) {
      month.activities++;
      month.participants += a.participants;
    }
  }
  return months;
}

/** The unit's latest archived narrative for the period, matched as readUnitTab matches labels. */
function archivedNarrative(
  archived: readonly ArchivedNarrative[] | undefined,
  unit: UnitSetting,
  label: string,
): Narrative | undefined {
  if (!archived) return undefined;
  const wanted = foldVi(label);
  let found: ArchivedNarrative | undefined;
  for (const a of archived) {
    if (nameKey(a.unitCode) !== nameKey(unit.code) || foldVi(a.label) !== wanted) continue;
    if (a.results === '' && a.shortcomings === '' && a.causes === '' && a.proposals === '') continue;
    found = a;
  }
  if (!found) return undefined;
  const { results, shortcomings, causes, proposals } = found;
  return { unitCode: unit.code, unitName: unit.name, results, shortcomings, causes, proposals };
}

function orderedTabs(input: ConsolidateInput): UnitTabValues[] {
  const byCode = new Map<string, UnitTabValues>();
  for (const t of input.tabs) if (!byCode.has(t.unit.code)) byCode.set(t.unit.code, t);
  const out: UnitTabValues[] = [];
  const used = new Set<string>();
  for (const unit of input.settings.units) {
    if (used.has(unit.code)) continue;
    used.add(unit.code);
    out.push(byCode.get(unit.code) ?? { unit, values: null });
  }
  for (const t of input.tabs) {
    if (used.has(t.unit.code)) continue;
    used.add(t.unit.code);
    out.push(t);
  }
  return out;
}

const ZERO_MONEY: Money = { unit: 0, integrated: 0, social: 0, total: 0 };

function moneyAccumulator() {
  let unit = 0;
  let integrated = 0;
  let social = 0;
  return {
    add(a: Activity) {
      unit += a.moneyUnit;
      integrated += a.moneyIntegrated;
      social += a.moneySocial;
    },
    total(): Money {
      return { unit, integrated, social, total: unit + integrated + social };
    },
  };
}

function unitTotal(
  unit: UnitSetting,
  tabStatus: UnitTotal['tabStatus'],
  activities: number,
  rejected: number,
  outsidePeriod: number,
  participants: number,
  money: Money,
  reported: boolean,
  lastChange: string,
): UnitTotal {
  return {
    unitCode: unit.code,
    unitName: unit.name,
    tabName: unit.tabName,
    activities,
    rejected,
    outsidePeriod,
    participants,
    money,
    tabStatus,
    reported,
    lastChange,
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Catalogue entries as readUnitTab spells its matches: NFC, trimmed, no blanks or repeats. */
function cleanList(list: readonly string[]): string[] {
  return [...new Set(list.map((k) => k.normalize('NFC').trim()).filter((k) => k !== ''))];
}

/**
 * The group a text falls in: "" -> "(không ghi)"; texts that differ only in case or spacing share
 * one group, labelled with the catalogue's spelling or else the first spelling met.
 */
function labeller(catalogueOrder: readonly string[]): (text: string) => string {
  const labels = new Map<string, string>();
  for (const entry of cleanList(catalogueOrder)) if (!labels.has(nameKey(entry))) labels.set(nameKey(entry), entry);
  return (text) => {
    if (text === '') return UNSPECIFIED;
    const key = nameKey(text);
    let label = labels.get(key);
    if (label === undefined) {
      label = text;
      labels.set(key, label);
    }
    return label;
  };
}

/** Keys in this order: the catalogue's, then others as first met, then UNSPECIFIED. */
function orderKeys(catalogueOrder: readonly string[], seen: readonly string[]): string[] {
  const known = new Set(catalogueOrder);
  const others = seen.filter((k) => !known.has(k) && k !== UNSPECIFIED);
  return [...catalogueOrder, ...others, ...(seen.includes(UNSPECIFIED) ? [UNSPECIFIED] : [])];
}

function totalsByForm(activities: readonly Activity[], catalogue: Catalogue): FormTotal[] {
  interface Acc {
    quantity: number;
    activities: number;
    participants: number;
  }
  const byForm = new Map<string, Map<string, Acc>>();
  const measureLabel = labeller(catalogue.measures);
  for (const a of activities) {
    let measures = byForm.get(a.form);
    if (!measures) {
      measures = new Map();
      byForm.set(a.form, measures);
    }
    const measure = measureLabel(a.measure);
    let acc = measures.get(measure);
    if (!acc) {
      acc = { quantity: 0, activities: 0, participants: 0 };
      measures.set(measure, acc);
    }
    acc.quantity += a.quantity;
    acc.activities++;
    acc.participants += a.participants;
  }
  const out: FormTotal[] = [];
  for (const form of orderKeys(cleanList(catalogue.forms), [...byForm.keys()])) {
    const measures = byForm.get(form);
    if (!measures) continue;
    for (const measure of orderKeys(cleanList(catalogue.measures), [...measures.keys()])) {
      const acc = measures.get(measure);
      if (!acc) continue;
      out.push({
        form,
        measure,
        quantity: round2(acc.quantity),
        activities: acc.activities,
        participants: acc.participants,
      });
    }
  }
  return out;
}

function totalsByGroup(
  activities: readonly Activity[],
  catalogueOrder: readonly string[],
  keyOf: (a: Activity) => string,
): GroupTotal[] {
  const groups = new Map<
    string,
    { activities: number; participants: number; money: ReturnType<typeof moneyAccumulator> }
  >();
  const label = labeller(catalogueOrder);
  for (const a of activities) {
    const key = label(keyOf(a));
    let g = groups.get(key);
    if (!g) {
      g = { activities: 0, participants: 0, money: moneyAccumulator() };
      groups.set(key, g);
    }
    g.activities++;
    g.participants += a.participants;
    g.money.add(a);
  }
  return orderKeys(cleanList(catalogueOrder), [...groups.keys()]).map((key) => {
    const g = groups.get(key);
    return g
      ? { key, activities: g.activities, participants: g.participants, money: g.money.total() }
      : { key, activities: 0, participants: 0, money: ZERO_MONEY };
  });
}
