// Which Chromium the tests and npm start use (local/tools/browser.ts): on a machine with no browser
// installed, the one that `npm install` brought; a program that does not start is passed over; a
// browser that cannot be had is reported in one line that says what to run.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, launchBrowser, type MissingBrowser, missingBrowserLine } from '../../local/tools/browser';

const dir = mkdtempSync(join(tmpdir(), 'browser-lookup-'));
const NOWHERE = join(dir, 'khong-co-trinh-duyet');

/** An executable that fails the way a program missing a shared library fails. */
function brokenProgram(): string {
  const file = join(dir, 'chromium-thieu-thu-vien');
  writeFileSync(
    file,
    '#!/bin/sh\necho "chromium: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n',
  );
  chmodSync(file, 0o755);
  return file;
}

// @sparticuz/chromium ships a Linux x64 build only; elsewhere an installed Chrome is the way.
const packagedHere = process.platform === 'linux' && process.arch === 'x64';

describe('finding the browser', () => {
  (packagedHere ? it : it.skip)(
    'with no browser installed, starts the Chromium that npm install brought and renders Vietnamese text',
    async () => {
      const found = findBrowser({ CHROMIUM_SYSTEM_PATHS: NOWHERE });
      expect(found).toMatchObject({ ok: true, source: '@sparticuz/chromium' });
      if (!found.ok) return;
      expect(found.path).toContain(join('node_modules', '.cache'));
      const browser = await launchBrowser(found);
      try {
        const page = await browser.newPage({ viewport: { width: 400, height: 100 } });
        await page.setContent(
          '<p><span id="t">Tổng hợp báo cáo</span></p><button onclick="this.textContent=\'Đã chạy\'">Chạy</button>',
        );
        await page.click('button');
        expect(await page.textContent('button')).toBe('Đã chạy');
        // Text has a width only where the browser found fonts to draw it with.
        const width = await page.evaluate(() => document.getElementById('t')!.getBoundingClientRect().width);
        expect(width).toBeGreaterThan(60);
        const png = await page.screenshot();
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      } finally {
        await browser.close();
      }
    },
  );

  (packagedHere ? it : it.skip)('passes over an installed program that does not start', () => {
    const found = findBrowser({ CHROMIUM_SYSTEM_PATHS: [brokenProgram(), NOWHERE].join(':') });
    expect(found).toMatchObject({ ok: true, source: '@sparticuz/chromium' });
  });

  it('uses CHROMIUM_PATH before anything else', () => {
    const any = findBrowser({});
    expect(any.ok).toBe(true);
    if (!any.ok) return;
    expect(findBrowser({ CHROMIUM_PATH: any.path, CHROMIUM_SYSTEM_PATHS: NOWHERE })).toEqual({
      ok: true,
      path: any.path,
      source: 'CHROMIUM_PATH',
    });
  });

  it('reports a CHROMIUM_PATH that does not exist or does not start in one line, and tries nothing else', () => {
    const missing = findBrowser({ CHROMIUM_PATH: NOWHERE });
    expect(missing).toMatchObject({ ok: false, problem: 'path', aptPackages: [] });
    const line = missingBrowserLine(missing as MissingBrowser);
    expect(line).toContain(`CHROMIUM_PATH=${NOWHERE}: no such file`);
    expect(line).not.toContain('\n');

    const broken = findBrowser({ CHROMIUM_PATH: brokenProgram() });
    expect(broken).toMatchObject({ ok: false, problem: 'path' });
    expect(missingBrowserLine(broken as MissingBrowser)).toContain('libnss3.so: cannot open shared object file');
  });

  it('says exactly which packages to install when the packaged build lacks system libraries', () => {
    const line = missingBrowserLine({
      ok: false,
      problem: 'libraries',
      detail: 'error while loading shared libraries: libnss3.so',
      aptPackages: ['libnss3', 'libexpat1'],
    });
    expect(line).toMatch(/(sudo )?apt-get install -y libnss3 libexpat1$/);
    expect(line).not.toContain('\n');
  });
});
