// Talking to the person at the Sheet: alerts, confirmations, and the one place where an
// error becomes a Vietnamese message instead of a stack trace.
import { explain, logError } from './errors';

export function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

/** An alert titled with the menu item's label, the heading every message of that item carries. */
export function tell(message: string, title: string): void {
  const u = ui();
  u.alert(title, message, u.ButtonSet.OK);
}

export function confirm(message: string, title: string): boolean {
  const u = ui();
  return u.alert(title, message, u.ButtonSet.YES_NO) === u.Button.YES;
}

/**
 * Runs a menu item's action; any error is logged and shown in Vietnamese under the item's label
 * (the title every alert of that item carries), never as a stack trace.
 */
export function menuAction(item: { readonly label: string }, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    logError(error);
    tell(explain(error), `${item.label}: chưa thực hiện được`);
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
