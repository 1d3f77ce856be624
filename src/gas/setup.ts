// Thiết lập bảng tính: creates or refreshes Cấu hình, Danh mục and one protected tab per unit.
// Re-running never loses what anyone typed: it only writes the cells the product owns (titles,
// labels, headers, validation, formats, protection) and never deletes a unit's tab. This file holds
// the run itself (who may run it, the lock, the order of the steps, the time budget); what each tab
// holds is written by its own adapter, and which tab serves which unit is decided in the domain.

import { activityHeaderChanged, headerKeptFinding } from '../domain/activity-header';
import { civilInZone } from '../domain/civil-date';
import { MENU, menuPath } from '../domain/menu-items';
import { notSharedWith, secretaryEditors } from '../domain/secretary';
import { templateSettings } from '../domain/settings-template';
import { firstRunOutcome, type SetupOutcome, setupNotes } from '../domain/setup-notes';
import { sheetSettingsChanges } from '../domain/sheet-settings';
import { blankStarterTabs, isReservedTabName, isStarterTabName, TAB } from '../domain/tab-names';
import type { Finding, Settings } from '../domain/types';
import { UNIT_TAB } from '../domain/unit-tab';
import { planUnitTabs, type TabFacts, type UnitTabPlan, unitTabPlanRefusal } from '../domain/unit-tab-plan';
import { nameKey } from '../domain/vn-format';
import { createCatalogueTab, refreshCatalogueTab } from './catalogue-tab';
import { explain, UserError } from './errors';
import type { Sheet, Spreadsheet } from './gas-types';
import { writeGuideTab } from './guide-tab';
import { withDocumentLock } from './lock';
import { moveNarrativesOfOtherYears } from './narrative-archive';
import { assertSecretary, editorEmails } from './owner';
import { refreshSecretaryTabs } from './secretary-tabs';
import { addMissingFields, createSettingsTab, readSettingsValues, refreshSettingsTab } from './settings-tab';
import { keepingActiveTab } from './sheet-io';
import { findUnitSheets } from './unit-sheet';
import { dataRules, layoutUnitTab, readTabHead, retireUnitTab } from './unit-tab-layout';

export interface SetupResult extends SetupOutcome {
  /** True when Cấu hình did not exist and was created from the template: nothing else was done. */
  readonly firstRun: boolean;
  readonly created: readonly string[];
  readonly refreshed: readonly string[];
  readonly renamed: readonly { from: string; to: string }[];
  readonly retired: readonly string[];
  /** Problems in Cấu hình (not errors) and in Danh mục. */
  readonly warnings: readonly Finding[];
  /** What the secretary should know about the above, one Vietnamese line each, ready to show. */
  readonly notes: readonly string[];
}

/**
 * Apps Script ends a run at 6 minutes, and then shows nothing of ours. Setup stops between tabs
 * once this much wall time has passed, leaving room for the tab in progress and the message.
 */
const TIME_BUDGET_MS = 270_000;

/** A tab that is not one of the product's, with what its header block holds (read once). */
interface TabSeen extends TabFacts {
  readonly sheet: Sheet;
  /** Rows 1 to the activity header × columns A..Z as far as the tab has them; null when not a unit tab. */
  readonly head: unknown[][] | null;
}

/**
 * Thiết lập bảng tính, for the secretary only (the owner, or one listed in Cấu hình; the owner
 * alone before Cấu hình exists), one run at a time (it renames tabs that Tổng hợp reads). `now`
 * dates the template of a first run; `user` (the one running) is listed in it on a shared drive.
 */
export function setupSpreadsheet(ss: Spreadsheet, now: Date, user: string): SetupResult {
  const deadline = Date.now() + TIME_BUDGET_MS;
  const owner = assertSecretary(ss, MENU.setup.label);
  return withDocumentLock(MENU.setup, () => keepingActiveTab(ss, () => setUp(ss, now, owner, user, deadline)));
}

function setUp(ss: Spreadsheet, now: Date, owner: string, user: string, deadline: number): SetupResult {
  const settingsSheet = ss.getSheetByName(TAB.settings);
  if (!settingsSheet) {
    const year = civilInZone(now, ss.getSpreadsheetTimeZone()).y;
    // On a shared drive nobody owns the Sheet: whoever starts it is listed, or nobody could go on.
    const starter = owner === '' ? [user].filter(Boolean) : [];
    const template = templateSettings(year, starter);
    const editors = secretaryEditors(owner, template);
    createSettingsTab(ss, template, editors);
    if (!ss.getSheetByName(TAB.catalogue)) createCatalogueTab(ss, editors);
    const guideMade = writeGuide(ss, template, editors);
    removeBlankStarterTabs(ss);
    return {
      firstRun: true,
      created: [...(guideMade ? [TAB.guide] : []), TAB.settings, TAB.catalogue],
      refreshed: [],
      renamed: [],
      retired: [],
      warnings: [],
      ...firstRunOutcome(year),
      notes: [],
    };
  }

  // Validate everything before changing anything.
  const { settings, warnings, values } = readSettingsValues(ss);
  const plan = planUnitTabs(settings.units, seeTabs(ss, settings));
  if (plan.problems.length > 0) {
    throw new UserError(unitTabPlanRefusal(plan.problems));
  }

  try {
    const fieldsAdded = addMissingFields(settingsSheet, values, ss.getSpreadsheetTimeZone());
    const fieldWarnings = fieldsAdded ? fieldsAdded.warnings : warnings;
    const added = fieldsAdded?.labels ?? [];
    return refreshAll(ss, settingsSheet, settings, fieldWarnings, added, plan, owner, deadline, now);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // Apps Script has no rollback: say what state the Sheet is in and that running again finishes it.
    throw new UserError(
      `${explain(error)}\nThiết lập mới làm được một phần; dữ liệu các đơn vị đã nhập không bị mất. ` +
        `Hãy chạy lại ${menuPath(MENU.setup)} để hoàn tất.`,
    );
  }
}

/** Deletes the empty tabs a new spreadsheet comes with (see blankStarterTabs). */
function removeBlankStarterTabs(ss: Spreadsheet): void {
  const sheets = ss.getSheets();
  const tabs = sheets.map((sheet) => {
    const name = sheet.getName();
    return { name, empty: isStarterTabName(name) && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0 };
  });
  for (const i of blankStarterTabs(tabs)) ss.deleteSheet(sheets[i]);
}

/**
 * The tabs that are not the product's, with their unit code and header block. Whether a tab holds
 * data is asked only of a tab without a code that bears a unit's tab name: the plan may take it over.
 */
function seeTabs(ss: Spreadsheet, settings: Settings): TabSeen[] {
  const unitTabNames = new Set(settings.units.map((u) => nameKey(u.tabName)));
  return ss
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter((t) => !isReservedTabName(t.name))
    .map(({ sheet, name }) => {
      const { code, head } = readTabHead(sheet);
      const holdsData = !code && unitTabNames.has(nameKey(name)) && sheet.getLastRow() > 0;
      return { sheet, name, code, head, holdsData };
    });
}

function refreshAll(
  ss: Spreadsheet,
  settingsSheet: Sheet,
  settings: Settings,
  settingsWarnings: Finding[],
  fieldsAdded: readonly string[],
  plan: UnitTabPlan<TabSeen>,
  owner: string,
  deadline: number,
  now: Date,
): SetupResult {
  // Every protection this run sets lists these, and drops a secretary no longer in Cấu hình.
  const secretaries = secretaryEditors(owner, settings);
  const created: string[] = [];
  const refreshed: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const retired: string[] = [];
  const warnings = [...settingsWarnings];

  const changed = sheetSettingsChanges(ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone());
  if (changed.locale) ss.setSpreadsheetLocale(changed.locale.to);
  if (changed.timeZone) ss.setSpreadsheetTimeZone(changed.timeZone.to);
  refreshSettingsTab(settingsSheet, secretaries);
  refreshSecretaryTabs(ss, secretaries);
  let catalogue = ss.getSheetByName(TAB.catalogue);
  if (!catalogue) {
    catalogue = createCatalogueTab(ss, secretaries);
    created.push(TAB.catalogue);
  } else {
    warnings.push(...refreshCatalogueTab(catalogue, secretaries));
  }
  // The same rule objects serve every unit tab: built once, not once per tab.
  const rules = dataRules(catalogue);
  const sheetEditors = editorEmails(ss);
  const { units: notShared, secretaries: secretariesNotShared } = notSharedWith(settings, owner, sheetEditors);

  // Tabs still to be made go first: a run stopped at its time budget leaves the rest to the next
  // run, which then starts with them, so every run gets further even when each tab is slow. (A
  // tab taken over by name holds nothing yet, the plan made sure: it is made like a new one.)
  const { toMake, toRefresh } = plan;
  // Before any layout, and whatever the time budget: last year's narratives are archived first and
  // only then cleared, so that units write the new year's in rows 6–7. A tab whose columns a unit
  // shifted is left alone, as its activity table is (its warning asks for the fix and a re-run).
  const narrativeTabs = toRefresh.flatMap(({ unit, tab }) => {
    const head = tab.head;
    if (!head || activityHeaderChanged(head[UNIT_TAB.activityHeaderRow - 1] ?? [])) return [];
    return [{ unit, sheet: tab.sheet, head }];
  });
  const narrativesMoved = {
    ...moveNarrativesOfOtherYears(ss, narrativeTabs, settings.year, secretaries, now),
    year: settings.year,
  };
  const steps = [...toMake, ...toRefresh];
  const notAddedToTabs: { tab: string; emails: string[] }[] = [];
  const total = steps.length + plan.toRetire.length;
  let done = 0;
  const timeLeft = () => Date.now() <= deadline;
  for (const { unit, tab: seen, rename } of steps) {
    if (!timeLeft()) break;
    let sheet: Sheet;
    if (seen) {
      sheet = seen.sheet;
      if (rename) {
        renamed.push({ from: seen.name, to: unit.tabName });
        sheet.setName(unit.tabName);
      }
      refreshed.push(unit.tabName);
    } else {
      // At the end, wherever the secretary stands: insertSheet alone would put it after the active tab.
      sheet = ss.insertSheet(unit.tabName, ss.getNumSheets());
      created.push(unit.tabName);
    }
    const laid = layoutUnitTab(sheet, unit, settings, seen?.code ? seen.head : null, rules, secretaries, sheetEditors);
    if (laid.table === 'kept') warnings.push(headerKeptFinding(unit.tabName));
    if (laid.refused.length > 0) notAddedToTabs.push({ tab: unit.tabName, emails: laid.refused });
    done++;
  }

  // Tabs of units no longer in Cấu hình: kept with their data, marked, and closed to the unit.
  for (const t of plan.toRetire) {
    if (!timeLeft()) break;
    retireUnitTab(t.sheet, secretaries);
    retired.push(t.name);
    done++;
  }
  if (writeGuide(ss, settings, secretaries, sheetEditors)) created.unshift(TAB.guide);
  const result = {
    firstRun: false,
    created,
    refreshed,
    renamed,
    retired,
    warnings,
    unitTabs: { done, total, ready: toRefresh.length + Math.min(done, toMake.length), units: steps.length },
    complete: done === total,
    changed,
    notShared,
    secretariesNotShared,
    notAddedToTabs,
    fieldsAdded,
    narrativesMoved,
  };
  return { ...result, notes: setupNotes(result) };
}

/** Makes or refreshes Hướng dẫn with a link to each unit's tab as it is now; true when made. */
function writeGuide(
  ss: Spreadsheet,
  settings: Settings,
  secretaries: readonly string[],
  sheetEditors?: readonly string[],
): boolean {
  const units = findUnitSheets(ss, settings.units).map(({ unit, sheet, name }) => ({
    unit,
    tab: sheet ? { name, gid: sheet.getSheetId() } : null,
  }));
  return writeGuideTab(ss, settings, units, secretaries, sheetEditors);
}
