// appsscript.json asks for exactly the scopes the bundle's calls need: clasp push replaces the
// manifest online, and a missing scope fails only in Google, at the user's first click.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
const SCOPE = 'https://www.googleapis.com/auth/';

/** What a call pattern in the bundle needs, per the Apps Script reference. */
const NEEDS: { pattern: RegExp; scope: string }[] = [
  { pattern: /\bSpreadsheetApp\./, scope: 'spreadsheets.currentonly' },
  { pattern: /\.getUi\(\)|\bHtmlService\./, scope: 'script.container.ui' },
  { pattern: /\bDocumentApp\./, scope: 'documents' },
  { pattern: /\bMailApp\./, scope: 'script.send_mail' },
  { pattern: /\bScriptApp\.(newTrigger|getProjectTriggers|deleteTrigger)/, scope: 'script.scriptapp' },
  // The Session reference: getActiveUser / getEffectiveUser need the user's e-mail address.
  { pattern: /\bSession\.get(Active|Effective)User\(/, scope: 'userinfo.email' },
];

/** Services or calls whose scope this product must not ask for (restricted or broader than needed). */
const FORBIDDEN: RegExp[] = [
  /\bDriveApp\b/,
  /\bGmailApp\b/,
  /\bUrlFetchApp\b/,
  /\bCalendarApp\b/,
  /\bFormApp\b/,
  /\bSpreadsheetApp\.(openById|openByUrl|open|create)\(/,
];

describe('appsscript.json', () => {
  it('runs on V8 in Vietnam time with Stackdriver logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('lists every scope the bundle needs and no other', () => {
    const needed = new Set(NEEDS.filter((n) => n.pattern.test(code)).map((n) => SCOPE + n.scope));
    expect(new Set(manifest.oauthScopes)).toEqual(needed);
  });

  it('asks for no restricted or full-access scope', () => {
    for (const scope of manifest.oauthScopes as string[]) {
      expect(scope).not.toMatch(/auth\/(drive|gmail|mail\.google|spreadsheets$|script\.external_request)/);
    }
  });

  it('the bundle calls no service outside those scopes', () => {
    for (const pattern of FORBIDDEN) expect(code).not.toMatch(pattern);
  });
});

describe('src/', () => {
  function tsFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  }

  it('imports nothing from local/ or test/, and no Node module', () => {
    for (const file of tsFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
        expect({ file, spec: m[1] }).toEqual({ file, spec: expect.stringMatching(/^\.{1,2}\//) });
        expect(m[1]).not.toMatch(/(^|\/)(local|test)(\/|$)/);
      }
    }
  });

  it('keeps the domain free of Apps Script globals', () => {
    const globals =
      /\b(SpreadsheetApp|DocumentApp|MailApp|PropertiesService|LockService|ScriptApp|HtmlService|Session|Utilities|Logger)\./;
    for (const file of tsFiles(join(root, 'src', 'domain'))) {
      expect({ file, uses: globals.test(readFileSync(file, 'utf8')) }).toEqual({ file, uses: false });
    }
  });
});
