// Bundles src/main.ts into dist/Code.js for Apps Script and copies the manifest and dialogs.
// Apps Script calls menu items, triggers and google.script.run targets by the name of a
// top-level function, so every export of src/main.ts gets a one-line wrapper in the footer.

import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const GLOBAL_NAME = 'BaoCaoNTM';
const entry = 'src/main.ts';
const outDir = 'dist';

/** The names exported by the entry, read from an esm build's metafile (the iife build does not list them). */
async function exportedNames() {
  const probe = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    target: 'es2020',
    logLevel: 'silent',
    outfile: 'probe.js',
  });
  const [output] = Object.values(probe.metafile.outputs);
  return [...output.exports].sort();
}

function wrappers(names) {
  return names.map((name) => `function ${name}(...args) { return ${GLOBAL_NAME}.${name}(...args); }`).join('\n');
}

export async function run() {
  const names = await exportedNames();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    charset: 'utf8',
    target: 'es2020',
    minify: false,
    outfile: join(outDir, 'Code.js'),
    footer: { js: `\n// Top-level entry points (generated from the exports of ${entry}).\n${wrappers(names)}\n` },
    logLevel: 'warning',
  });
  cpSync('appsscript.json', join(outDir, 'appsscript.json'));
  for (const file of readdirSync('src/ui').filter((f) => f.endsWith('.html'))) {
    cpSync(join('src/ui', file), join(outDir, file));
  }
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = await run();
  console.log(`dist/Code.js: ${names.length} entry points (${names.join(', ')})`);
}
