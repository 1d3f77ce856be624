// The one place that decides which Chromium drives the browser tests and npm start's pictures, so
// that `npm install` alone is enough on a usual machine. In order:
//   1. CHROMIUM_PATH, when set: exactly that program (a missing one is reported, not replaced);
//   2. an installed Chromium or Google Chrome at its usual place (CHROMIUM_SYSTEM_PATHS, a list
//      separated like PATH, replaces those places: "CHROMIUM_SYSTEM_PATHS=" hides them all);
//   3. the Chromium build shipped inside the npm package @sparticuz/chromium (Linux x64 only),
//      unpacked once into node_modules/.cache. It needs libnss3 and libexpat1 from the system,
//      and draws text with the system fonts plus DejaVu from the npm package dejavu-fonts-ttf.
// Snap packages (Ubuntu's chromium-browser) are left out on purpose: their private /tmp cannot see
// the pages the tests write there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALLED: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/** The Debian/Ubuntu packages that hold the libraries the packaged build loads (see `ldd`). */
const PACKAGED_BUILD_NEEDS: readonly string[] = ['libnss3', 'libexpat1'];

export type FoundBrowser = {
  readonly ok: true;
  readonly path: string;
  readonly source: 'CHROMIUM_PATH' | 'installed' | '@sparticuz/chromium';
  /** Added to the browser's environment. */
  readonly env?: Readonly<Record<string, string>>;
};

export type MissingBrowser = {
  readonly ok: false;
  /** 'path': CHROMIUM_PATH does not run; 'libraries': the packaged build lacks system libraries; 'none': nothing to run. */
  readonly problem: 'path' | 'libraries' | 'none';
  /** What failed, in one line (the program and its first error line). */
  readonly detail: string;
  /** Debian packages that would fix it, when installing packages can (empty for 'path'). */
  readonly aptPackages: readonly string[];
};

type BrowserLookup = FoundBrowser | MissingBrowser;

/** The first line of what a program said when it failed to start, or null when it runs. */
function startError(path: string): string | null {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status === 0) return null;
  const said = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').find((l) => l.trim());
  return (said ?? r.error?.message ?? `exit status ${r.status}`).trim();
}

function installedBrowserPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = env.CHROMIUM_SYSTEM_PATHS;
  if (listed !== undefined) return listed.split(delimiter).filter((p) => p !== '');
  return [...(INSTALLED[process.platform] ?? [])];
}

/**
 * The packaged build, unpacked on first use (about 190 MB from a 62 MB archive, a few seconds), or
 * null where the package ships none for this machine. Unpacked to a temporary name and renamed, so
 * that test files starting at once never run a half-written file.
 */
function packagedBrowser(): { path: string; env: Record<string, string> } | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  let root: string;
  try {
    root = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  } catch {
    return null;
  }
  const archive = join(root, 'bin', 'chromium.br');
  if (!existsSync(archive)) return null;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const dir = join(root, '..', '..', '.cache', 'bao-cao-ntm', `chromium-${version}`);
  const exe = join(dir, 'chromium');
  if (!existsSync(exe)) {
    mkdirSync(dir, { recursive: true });
    const part = `${exe}.${process.pid}.part`;
    try {
      writeFileSync(part, brotliDecompressSync(readFileSync(archive)), { mode: 0o755 });
      renameSync(part, exe);
    } finally {
      rmSync(part, { force: true });
    }
  }
  return { path: exe, env: { FONTCONFIG_FILE: fontConfig(dir) } };
}

/**
 * The packaged build reads fonts through its own fontconfig: the system's configuration when there is
 * one, and always DejaVu from the npm package dejavu-fonts-ttf, so that a machine without fonts (a
 * slim container) still draws Vietnamese text.
 */
function fontConfig(dir: string): string {
  const file = join(dir, 'fonts.conf');
  const dejavu = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const text = (path: string) => path.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${text(dejavu)}</dir>`,
    `  <cachedir>${text(join(dir, 'fontconfig-cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== xml) {
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, xml);
    renameSync(part, file);
  }
  return file;
}

/** Which Chromium to use, or why there is none; every candidate is started once (`--version`). */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserLookup {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    const error = existsSync(chosen) ? startError(chosen) : 'no such file';
    if (!error) return { ok: true, path: chosen, source: 'CHROMIUM_PATH' };
    return { ok: false, problem: 'path', detail: `CHROMIUM_PATH=${chosen}: ${error}`, aptPackages: [] };
  }
  for (const path of installedBrowserPaths(env)) {
    if (existsSync(path) && !startError(path)) return { ok: true, path, source: 'installed' };
  }
  const packaged = packagedBrowser();
  if (!packaged) {
    return { ok: false, problem: 'none', detail: 'no Chromium or Google Chrome found', aptPackages: ['chromium'] };
  }
  const error = startError(packaged.path);
  if (!error) return { ok: true, source: '@sparticuz/chromium', ...packaged };
  return { ok: false, problem: 'libraries', detail: error, aptPackages: PACKAGED_BUILD_NEEDS };
}

/** `apt-get install` as the user can run it: through sudo unless already root. */
function aptCommand(packages: readonly string[]): string {
  const root = process.getuid?.() === 0;
  return `${root ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
}

/** One English line for the test command: what is missing and exactly what to run. */
export function missingBrowserLine(m: MissingBrowser): string {
  if (m.problem === 'path') return `${m.detail}. Unset CHROMIUM_PATH or point it at a Chromium or Google Chrome.`;
  if (m.problem === 'libraries') {
    return `The Chromium of @sparticuz/chromium does not start (${m.detail}). Run: ${aptCommand(m.aptPackages)}`;
  }
  if (process.platform === 'darwin') return 'No Google Chrome in /Applications: install it, or set CHROMIUM_PATH.';
  return `No Chromium or Google Chrome found. On Debian run: ${aptCommand(m.aptPackages)} (or set CHROMIUM_PATH).`;
}

/** The same in Vietnamese, for npm start and npm run docs (they say what they did not make). */
export function missingBrowserHint(m: MissingBrowser): string {
  const again = 'rồi chạy lại.';
  if (m.problem === 'path') return `${m.detail}; bỏ biến CHROMIUM_PATH hoặc trỏ nó tới Chromium, Google Chrome.`;
  if (m.problem === 'libraries') {
    return `Chromium của gói @sparticuz/chromium không chạy (${m.detail}); cài bằng "${aptCommand(m.aptPackages)}" ${again}`;
  }
  if (process.platform === 'darwin')
    return `không có Google Chrome; cài Google Chrome (hoặc đặt CHROMIUM_PATH) ${again}`;
  return `không có Chromium hay Google Chrome; cài bằng "${aptCommand(m.aptPackages)}" ${again}`;
}

export async function launchBrowser(found: FoundBrowser): Promise<Browser> {
  const env = found.env ? { ...process.env, ...found.env } : undefined;
  return chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS], env });
}
