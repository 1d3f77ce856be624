// The pushed project: what clasp would send, the entry points, and the manifest's scopes.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Names exported by src/main.ts, read from its source independently of the build's metafile. */
function mainExports(): string[] {
  const src = readFileSync(join(root, 'src', 'main.ts'), 'utf8');
  const names = new Set<string>();
  for (const m of src.matchAll(/^export\s+(?:async\s+)?function\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
  for (const m of src.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of m[1].split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

describe('dist/Code.js', () => {
  it('has one top-level wrapper function per export of src/main.ts, and no others', () => {
    const wrappers = [
      ...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(\.\.\.args\) \{ return BaoCaoNTM\.\1\(\.\.\.args\); \}$/gm),
    ].map((m) => m[1]);
    expect(wrappers.sort()).toEqual(mainExports());
    expect(wrappers).toContain('onOpen');
  });

  it('keeps Vietnamese text unescaped (charset utf8)', () => {
    expect(code).toContain('Báo cáo NTM');
    expect(code).not.toMatch(/\\u00e1o c\\u00e1o/i);
  });

  it('is an iife bundle, not minified, with no module syntax Apps Script cannot load', () => {
    expect(code).toMatch(/^var BaoCaoNTM = \(\(\) => \{/m);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code.split('\n').length).toBeGreaterThan(20);
  });
});

describe('clasp push', () => {
  it('would send exactly the bundle, the manifest and the dialogs', () => {
    const out = execFileSync('npx', ['clasp', 'status', '--json'], { cwd: root, encoding: 'utf8' });
    const status = JSON.parse(out) as { filesToPush: string[]; untrackedFiles: string[] };
    const expected = filesUnder(dist)
      .filter((f) => /(^|\/)(Code\.js|appsscript\.json|[^/]+\.html)$/.test(f))
      .map((f) => join('dist', f.slice(dist.length + 1)));
    const uiHtml = readdirSync(join(root, 'src', 'ui')).filter((f) => f.endsWith('.html'));
    expect(expected).toEqual(
      expect.arrayContaining(['dist/Code.js', 'dist/appsscript.json', ...uiHtml.map((f) => `dist/${f}`)]),
    );
    expect([...status.filesToPush].sort()).toEqual(expected.sort());
  });
});
