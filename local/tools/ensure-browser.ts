// `npm test` runs this first (pretest): it makes sure the browser tests have a Chromium that starts.
// Usually one comes with `npm install` (see browser.ts). When the packaged build lacks system
// libraries, or there is none for this machine, and we are root with apt-get (a container, CI), the
// Debian packages that fix it are installed; otherwise it stops with one line saying what to run.
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { findBrowser, missingBrowserLine } from './browser';

function canInstall(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
}

function aptGet(packages: readonly string[]): boolean {
  console.log(`Installing ${packages.join(' ')} with apt-get for the browser tests...`);
  const quiet: SpawnSyncOptions = {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  if (spawnSync('apt-get', ['update', '-qq'], quiet).status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-upgrade', ...packages], quiet).status === 0;
}

function main(): number {
  let found = findBrowser();
  if (!found.ok && found.aptPackages.length > 0 && canInstall() && aptGet(found.aptPackages)) found = findBrowser();
  if (found.ok) {
    console.log(`Browser for the tests: ${found.path} (${found.source})`);
    return 0;
  }
  console.error(missingBrowserLine(found));
  return 1;
}

process.exitCode = main();
