// Granular consent: a user may grant only some of the manifest's scopes. Each service call needs
// its scope; without it Google stops the call. ScriptApp.requireScopes ends the run with an
// authorisation prompt when any scope asked for is missing; getAuthorizationInfo tells what was
// granted. The scopes of the calls a run makes are recorded, so a test can compare them with what
// the run asked for. Simple triggers (onOpen, onEdit) run with limited authorisation and are not
// checked here.
import { gasError } from '../core';

const AUTH = 'https://www.googleapis.com/auth/';

/** Each scope that satisfies a need (a narrower one first). */
const NEEDS: readonly { readonly match: RegExp; readonly scopes: readonly string[] }[] = [
  { match: /^SpreadsheetApp\.getUi$/, scopes: [`${AUTH}script.container.ui`] },
  { match: /^SpreadsheetApp\./, scopes: [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`] },
  { match: /^DocumentApp\./, scopes: [`${AUTH}documents`] },
  { match: /^MailApp\./, scopes: [`${AUTH}script.send_mail`] },
  {
    match: /^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/,
    scopes: [`${AUTH}script.scriptapp`],
  },
  { match: /^Session\.(getActiveUser|getEffectiveUser)$/, scopes: [`${AUTH}userinfo.email`] },
];

/** What a call ("Type.method") needs: any one of these scopes; none for most calls. */
function scopesFor(key: string): readonly string[] {
  return NEEDS.find((n) => n.match.test(key))?.scopes ?? [];
}

interface AuthorizationPrompt {
  readonly user: string;
  /** The scopes asked for that the user had not granted. */
  readonly missing: readonly string[];
}

/** The error that ends a run at requireScopes; the bundle must not carry on after it. */
const AUTHORIZATION_REQUIRED = 'ScriptAuthorizationRequired';

export class ConsentStore {
  /** The manifest's oauthScopes (set when the bundle is loaded); what a user grants by default. */
  manifest: readonly string[] = [];
  private readonly grants = new Map<string, Set<string>>();
  /** Scopes needed by the calls made since the last clearUsed(). */
  readonly used = new Set<string>();
  /** Each requireScopes call's list, in order. */
  readonly required: string[][] = [];
  readonly prompts: AuthorizationPrompt[] = [];
  /** A prompt shown by requireScopes in the current execution (the run must end there). */
  pending: AuthorizationPrompt | null = null;

  /** `email` granted only these scopes (declined the rest of the manifest's). */
  grant(email: string, scopes: readonly string[]): void {
    this.grants.set(email.toLowerCase(), new Set(scopes));
  }

  granted(email: string): string[] {
    const own = this.grants.get(email.toLowerCase());
    return own ? [...own] : [...this.manifest];
  }

  has(email: string, scope: string): boolean {
    const own = this.grants.get(email.toLowerCase());
    return own ? own.has(scope) : true;
  }

  clearUsed(): void {
    this.used.clear();
    this.required.length = 0;
  }

  /** Records a call's scope and stops it when `email` has not granted it (unless `limited`). */
  check(key: string, email: string, limited: boolean): void {
    const options = scopesFor(key);
    if (options.length === 0) return;
    this.used.add(options[0]);
    if (limited || options.some((s) => this.has(email, s))) return;
    throw gasError(`You do not have permission to call ${key}. Required permissions: ${options[0]}`);
  }

  /** ScriptApp.requireScopes: ends the run with a prompt for what `email` has not granted. */
  require(email: string, scopes: readonly string[]): void {
    this.required.push([...scopes]);
    const missing = scopes.filter((s) => !this.has(email, s));
    if (missing.length === 0) return;
    const prompt = { user: email.toLowerCase(), missing };
    this.prompts.push(prompt);
    this.pending = prompt;
    const e = gasError(`Authorization is required to perform that action (${missing.join(', ')}).`);
    e.name = AUTHORIZATION_REQUIRED;
    throw e;
  }
}
