// PropertiesService emulator: strings only, three kinds of store, Google's limits, all-or-nothing writes.
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

const QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';

function world() {
  const ws = new Workspace();
  return { ws, ...vmWorld(ws) };
}

function thrown(run: (code: string) => unknown, code: string): string | null {
  return run(`(function () { try { ${code}; return null; } catch (e) { return e.message; } })()`) as string | null;
}

describe('PropertiesService', () => {
  it('stores strings: numbers and booleans come back as their String()', () => {
    const { run } = world();
    run(`var p = PropertiesService.getScriptProperties();
      p.setProperty('nam', 2023).setProperty('daGui', true).setProperty('ten', 'Minh Tiến');`);
    expect(run(`p.getProperty('nam')`)).toBe('2023');
    expect(run(`typeof p.getProperty('nam')`)).toBe('string');
    expect(run(`p.getProperty('daGui')`)).toBe('true');
    expect(run(`p.getProperty('ten')`)).toBe('Minh Tiến');
    expect(run(`p.getProperty('khongCo')`)).toBeNull();
  });

  it('gives getProperties as a copy made in the caller’s realm, and lists keys', () => {
    const { run, realm } = world();
    run(`var p = PropertiesService.getDocumentProperties(); p.setProperties({ a: '1', b: '2' });
      var all = p.getProperties(); all.a = 'changed';`);
    expect(run(`p.getProperty('a')`)).toBe('1');
    expect(Object.getPrototypeOf(run('all'))).toBe(realm.Object.prototype);
    expect(run(`p.getKeys().sort().join(',')`)).toBe('a,b');
    expect(run(`Array.isArray(p.getKeys()) && p.getKeys() instanceof Array`)).toBe(true);
  });

  it('setProperties keeps other keys unless deleteAllOthers is true', () => {
    const { run } = world();
    run(`var p = PropertiesService.getScriptProperties(); p.setProperties({ a: '1', b: '2' });
      p.setProperties({ c: 3 });`);
    expect(run(`JSON.stringify(p.getProperties())`)).toBe('{"a":"1","b":"2","c":"3"}');
    run(`p.setProperties({ d: 'x' }, true)`);
    expect(run(`JSON.stringify(p.getProperties())`)).toBe('{"d":"x"}');
    run(`p.deleteProperty('d')`);
    expect(run(`p.getKeys().length`)).toBe(0);
    run(`p.setProperty('e', '1'); p.deleteAllProperties()`);
    expect(run(`p.getKeys().length`)).toBe(0);
  });

  it('keeps script, document and each user’s properties apart', () => {
    const { ws, run } = world();
    run(`PropertiesService.getScriptProperties().setProperty('k', 'script');
      PropertiesService.getDocumentProperties().setProperty('k', 'document');
      PropertiesService.getUserProperties().setProperty('k', 'owner');`);
    ws.setActiveUser('hoinongdan@gmail.com');
    expect(run(`PropertiesService.getUserProperties().getProperty('k')`)).toBeNull();
    expect(run(`PropertiesService.getScriptProperties().getProperty('k')`)).toBe('script');
    expect(run(`PropertiesService.getDocumentProperties().getProperty('k')`)).toBe('document');
    ws.setActiveUser(ws.owner);
    expect(run(`PropertiesService.getUserProperties().getProperty('k')`)).toBe('owner');
    expect(ws.properties.user(ws.owner).get('k')).toBe('owner');
  });

  it('refuses a value over 9 kB (UTF-8 bytes) and writes nothing', () => {
    const { run } = world();
    run(`var p = PropertiesService.getScriptProperties(); p.setProperty('ok', 'a'.repeat(9 * 1024))`);
    expect(thrown(run, `p.setProperty('big', 'a'.repeat(9 * 1024 + 1))`)).toBe(QUOTA);
    // 3,073 × 'ệ' (3 bytes each) = 9,219 bytes, although only 3,073 characters.
    expect(thrown(run, `p.setProperty('big', 'ệ'.repeat(3073))`)).toBe(QUOTA);
    expect(run(`p.getProperty('big')`)).toBeNull();
  });

  it('refuses the write that takes a store over 500 kB, leaving the store as it was', () => {
    const { run } = world();
    // Each entry is a 3-byte key and a 9,000-byte value: 56 × 9,003 = 504,168 fit in 512,000; 57 do not.
    const stored = run(`var p = PropertiesService.getUserProperties(); var n = 0, error = null;
      try { for (;;) { p.setProperty('k' + String(n).padStart(2, '0'), 'x'.repeat(9000)); n++; } }
      catch (e) { error = e.message; }
      [n, error, p.getKeys().length]`);
    expect(stored).toEqual([56, QUOTA, 56]);
  });

  it('writes a batch all or nothing', () => {
    const { run } = world();
    run(`var p = PropertiesService.getScriptProperties(); p.setProperty('a', 'old')`);
    expect(thrown(run, `p.setProperties({ a: 'new', b: 'x'.repeat(9217) })`)).toBe(QUOTA);
    expect(run(`JSON.stringify(p.getProperties())`)).toBe('{"a":"old"}');
  });

  it('counts calls per method', () => {
    const { ws, run } = world();
    run(
      `var p = PropertiesService.getScriptProperties(); p.getProperty('a'); p.getProperty('b'); p.setProperty('a', '1')`,
    );
    expect(ws.calls.count('PropertiesService.getScriptProperties')).toBe(1);
    expect(ws.calls.count('Properties.getProperty')).toBe(2);
    expect(ws.calls.count('Properties.setProperty')).toBe(1);
  });
});
