// Kiểm tra cài đặt: reads the real Sheet and what Google says about this user (time zone, tabs and
// protections against Cấu hình, sharing, the reminder state and triggers, mail quota, granted
// scopes, the Docs still opening) and changes nothing but the Kiểm tra tab, where it writes its
// findings. A part whose scope this user has not granted is reported as such, never asked for: the
// check itself needs only the Sheet, the Ui and the user's address.

import { MENU } from '../domain/menu-items';
import { notSharedWith, secretaryEditors } from '../domain/secretary';
import {
  accessFinding,
  type DocReading,
  docFinding,
  quotaFinding,
  reminderFinding,
  type SetupFinding,
  scopeFinding,
  setupCheckLayout,
  sheetSettingsFindings,
  type UnitTabState,
  unitTabFinding,
} from '../domain/setup-check';
import { SECRETARY_TAB_PROTECTION, TAB } from '../domain/tab-names';
import { formatDateTime } from '../domain/vn-format';
import { ownReminderTriggerCount, readAutoReminders } from './auto-reminders';
import { latestDoc, readDocLog } from './doc-log';
import { errorText } from './errors';
import type { Sheet, Spreadsheet } from './gas-types';
import { writeLayout } from './layout-writer';
import { withDocumentLock } from './lock';
import { editorEmails, ownerEmail } from './owner';
import { currentPlanDoc } from './plan';
import { REPORT_KIND } from './report';
import { grantedScopes, SCOPE } from './scopes';
import { readSettings } from './settings-tab';
import { protectSheet, replaceSheet } from './sheet-io';
import { findUnitSheets } from './unit-sheet';

const COLUMN_WIDTHS = [170, 80, 520, 360];

function tabState(sheet: Sheet, tabName: string): UnitTabState {
  const [p] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  return {
    tabName,
    protection: p ? { warningOnly: p.isWarningOnly(), editors: p.getEditors().map((u) => u.getEmail()) } : null,
  };
}

function readDoc(doc: { name: string; url: string } | null, docsGranted: boolean): DocReading {
  if (!doc) return { state: 'none' };
  if (!docsGranted) return { state: 'noScope', name: doc.name };
  try {
    DocumentApp.openByUrl(doc.url);
    return { state: 'ok', ...doc };
  } catch (error) {
    return { state: 'failed', ...doc, error: errorText(error) };
  }
}

interface SetupCheckResult {
  readonly findings: SetupFinding[];
}

/** Runs every check; writes the findings to the Kiểm tra tab (the one write). */
export function checkSetup(ss: Spreadsheet, user: string, now: Date): SetupCheckResult {
  const tz = ss.getSpreadsheetTimeZone();
  const findings: SetupFinding[] = [...sheetSettingsFindings(tz, ss.getSpreadsheetLocale())];
  const { settings } = readSettings(ss);
  const owner = ownerEmail(ss);

  // Each unit's tab: protected, with exactly its editors, the owner and the secretaries.
  for (const found of findUnitSheets(ss, settings.units)) {
    const expected = secretaryEditors(owner, settings, ...found.unit.editors);
    findings.push(unitTabFinding(found.unit.name, found.sheet ? tabState(found.sheet, found.name) : null, expected));
  }

  // Everyone Cấu hình names must be able to edit the Sheet itself.
  const notShared = notSharedWith(settings, owner, editorEmails(ss));
  findings.push(accessFinding(notShared.units, notShared.secretaries));

  const granted = grantedScopes();
  const has = (scope: string) => granted.includes(scope);
  const state = readAutoReminders();
  findings.push(
    reminderFinding({
      on: state.on,
      by: state.by,
      since: state.since ? formatDateTime(new Date(state.since), tz) : '',
      user: user.toLowerCase(),
      ownTriggers: has(SCOPE.triggers) ? ownReminderTriggerCount() : null,
    }),
  );
  findings.push(quotaFinding(has(SCOPE.mail) ? MailApp.getRemainingDailyQuota() : null));
  findings.push(scopeFinding(granted));
  const docLog = readDocLog(ss);
  findings.push(docFinding('báo cáo', readDoc(latestDoc(docLog, REPORT_KIND), has(SCOPE.docs))));
  const plan = currentPlanDoc(ss, settings, docLog);
  findings.push(docFinding('kế hoạch', readDoc(plan && { name: plan.name, url: plan.url }, has(SCOPE.docs))));

  const layout = setupCheckLayout(findings, { readAt: formatDateTime(now, tz), readBy: user });
  withDocumentLock(MENU.checkSetup, () =>
    replaceSheet(ss, TAB.check, (sheet) => {
      writeLayout(sheet, layout, COLUMN_WIDTHS);
      sheet.getRange(1, 3, layout.values.length, 2).setWrap(true);
      protectSheet(sheet, SECRETARY_TAB_PROTECTION[TAB.check], secretaryEditors(owner, settings, user));
    }),
  );
  return { findings };
}
