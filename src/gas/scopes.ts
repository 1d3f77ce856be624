// Granular consent: on the consent screen a user may grant only some of the manifest's scopes.
// Each action asks, before it does anything, for exactly the scopes it uses
// (ScriptApp.requireScopes ends the run with Google's authorisation prompt when one is missing), so
// a unit checking its tab is never asked for mail or Docs, and a secretary who declined mail is
// asked for it only when sending. test/bundle/scopes.test.ts checks each list against the services
// the action reaches.

const AUTH = 'https://www.googleapis.com/auth/';

/** The manifest's scopes (appsscript.json), by what they let the script do. */
export const SCOPE = {
  /** SpreadsheetApp, this Sheet only. */
  sheet: `${AUTH}spreadsheets.currentonly`,
  /** Menus, alerts, dialogs and the sidebar (SpreadsheetApp.getUi). */
  ui: `${AUTH}script.container.ui`,
  /** Session.getActiveUser / getEffectiveUser: who is running, for the secretary check. */
  email: `${AUTH}userinfo.email`,
  /** DocumentApp: the report and the plan Docs. */
  docs: `${AUTH}documents`,
  /** MailApp: the plan and the reminders. */
  mail: `${AUTH}script.send_mail`,
  /** ScriptApp triggers: the daily reminder. */
  triggers: `${AUTH}script.scriptapp`,
} as const;

type Scope = (typeof SCOPE)[keyof typeof SCOPE];

/** The parts of ScriptApp the type package does not declare yet (granular consent, 2025). */
interface ScopedAuthorizationInfo extends GoogleAppsScript.Script.AuthorizationInfo {
  getAuthorizedScopes(): string[] | null;
}
interface ScriptAppWithScopes {
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, scopes?: string[]): ScopedAuthorizationInfo;
}

/** Asks for `scopes` before an action: when one is missing, Google ends the run with its prompt. */
export function requireScopes(scopes: readonly Scope[]): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [...scopes]);
}

/** Which of `scopes` (all the manifest's when omitted) the person running has granted. */
export function grantedScopes(scopes?: readonly Scope[]): string[] {
  const app = ScriptApp as unknown as ScriptAppWithScopes;
  const info = scopes
    ? app.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...scopes])
    : app.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizedScopes() ?? [];
}

/** Whether the person running has granted every one of `scopes` (no prompt: for a trigger). */
export function hasScopes(scopes: readonly Scope[]): boolean {
  return grantedScopes(scopes).length === scopes.length;
}
