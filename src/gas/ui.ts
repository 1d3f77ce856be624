// Talking to the person at the Sheet: alerts, confirmations, and the one place where an
// error becomes a Vietnamese message instead of a stack trace.
import { explain, logError } from './errors';

const PRODUCT_TITLE = 'Báo cáo NTM';

export function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

export function tell(message: string, title = PRODUCT_TITLE): void {
  const u = ui();
  u.alert(title, message, u.ButtonSet.OK);
}

export function confirm(message: string, title = PRODUCT_TITLE): boolean {
  const u = ui();
  return u.alert(title, message, u.ButtonSet.YES_NO) === u.Button.YES;
}

/** Runs a menu action; any error is shown to the user in Vietnamese, and rethrown only for logging. */
export function menuAction(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    logError(error);
    tell(explain(error), `${PRODUCT_TITLE}: chưa thực hiện được`);
  }
}

/** For google.script.run targets: a plain result the dialog can show, never a thrown stack trace. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export function outcome<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    logError(error);
    return { ok: false, message: explain(error) };
  }
}
