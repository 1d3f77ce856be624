// Granular consent (Apps Script reference, "Handle granular OAuth permissions"): a user may grant
// part of the manifest's scopes; requireScopes ends the run with a prompt when one asked for is
// missing; getAuthorizationInfo(FULL[, scopes]) tells the status and the granted scopes (of the
// list when one is given); a service called without its scope is refused.
import vm from 'node:vm';
import type { Realm } from '../../local/emulator/core';
import { Workspace } from '../../local/emulator/workspace';

const AUTH = 'https://www.googleapis.com/auth/';
const SHEET = `${AUTH}spreadsheets.currentonly`;
const MAIL = `${AUTH}script.send_mail`;
const DOCS = `${AUTH}documents`;

function world() {
  const ws = new Workspace();
  ws.consent.manifest = [SHEET, DOCS, MAIL];
  ws.spreadsheets.create('Báo cáo NTM');
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date, Array, Object, Error })', context) as Realm;
  Object.assign(context, ws.globals(realm));
  return { ws, run: <T>(code: string) => vm.runInContext(code, context) as T };
}

describe('granular consent', () => {
  it('by default a user has granted the whole manifest', () => {
    const { run } = world();
    expect(run('ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizedScopes()')).toEqual([
      SHEET,
      DOCS,
      MAIL,
    ]);
    expect(
      run(
        'ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED',
      ),
    ).toBe(true);
    expect(run('ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationUrl()')).toBeNull();
  });

  it('tells what part was granted, of the whole manifest or of a list', () => {
    const { ws, run } = world();
    ws.consent.grant(ws.owner, [SHEET, DOCS]);
    expect(run('ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizedScopes()')).toEqual([SHEET, DOCS]);
    expect(
      run(`ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, ['${MAIL}', '${SHEET}']).getAuthorizedScopes()`),
    ).toEqual([SHEET]);
    expect(
      run(
        `ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, ['${MAIL}']).getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED`,
      ),
    ).toBe(true);
    expect(run(`typeof ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationUrl()`)).toBe('string');
  });

  it('requireScopes passes when all were granted, and otherwise ends the run with a prompt for the missing ones', () => {
    const { ws, run } = world();
    ws.consent.grant(ws.owner, [SHEET, DOCS]);
    expect(() => run(`ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, ['${SHEET}'])`)).not.toThrow();
    expect(() => run(`ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, ['${SHEET}', '${MAIL}'])`)).toThrow(
      /Authorization is required/,
    );
    expect(ws.consent.prompts).toEqual([{ user: ws.owner, missing: [MAIL] }]);
    expect(() => run(`ScriptApp.requireScopes('${SHEET}')`)).toThrow();
  });

  it('a call needs its scope; calls needing none (Properties, Lock) always work', () => {
    const { ws, run } = world();
    ws.consent.grant(ws.owner, [SHEET]);
    expect(run('SpreadsheetApp.getActiveSpreadsheet().getName()')).toBe('Báo cáo NTM');
    expect(() => run('DocumentApp.create("x")')).toThrow(
      `You do not have permission to call DocumentApp.create. Required permissions: ${DOCS}`,
    );
    expect(() => run('PropertiesService.getDocumentProperties().getProperties()')).not.toThrow();
    expect(() => run('LockService.getDocumentLock()')).not.toThrow();
    expect([...ws.consent.used]).toEqual([SHEET, DOCS]);
  });

  it('a simple trigger is not checked against the grants (it runs with limited authorisation)', () => {
    const { ws, run } = world();
    ws.consent.grant(ws.owner, []);
    expect(ws.simpleTrigger(() => run('SpreadsheetApp.getActiveSpreadsheet().getName()'))).toBe('Báo cáo NTM');
  });
});
