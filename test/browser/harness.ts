// One headless Chromium per test file, and pages opened as Google would open a dialog: the HTML the
// bundle handed to the Ui, offline (every network request refused and recorded), with
// google.script.run replaced by the recorder of local/tools/screenshots.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findBrowser, launchBrowser, missingBrowserLine } from '../../local/tools/browser';
import { offlineContext, openHtml } from '../../local/tools/screenshots';

interface RecordedCall {
  readonly name: string;
  readonly args: unknown[];
  readonly settled: false | 'success' | 'failure';
}

export interface OpenedPage {
  readonly page: Page;
  /** alert(), confirm() and prompt() boxes the page opened (dismissed at once). */
  readonly boxes: string[];
  /** Network requests the page tried to make. */
  readonly requested: string[];
  /** Uncaught errors and console errors of the page. */
  readonly errors: string[];
  calls(): Promise<RecordedCall[]>;
  hostCalls(): Promise<RecordedCall[]>;
  succeed(index: number, value: unknown): Promise<void>;
  fail(index: number, message: string): Promise<void>;
}

/** window.__gsr, the recorder installed by SCRIPT_RUN_STUB. */
interface Recorder {
  calls: RecordedCall[];
  host: RecordedCall[];
  succeed(index: number, value: unknown): void;
  fail(index: number, message: string): void;
}

type WithRecorder = { __gsr: Recorder };

export interface Harness {
  open(html: string, viewport: { width: number; height: number }): Promise<OpenedPage>;
  readonly dir: string;
}

/** Registers beforeAll/afterAll for the file; the browser starts once and closes after the last test. */
export function browserHarness(): Harness {
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'bao-cao-ntm-browser-'));
  let count = 0;

  beforeAll(async () => {
    const found = findBrowser();
    if (!found.ok) throw new Error(missingBrowserLine(found));
    browser = await launchBrowser(found);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  return {
    dir,
    async open(html, viewport) {
      if (!browser) throw new Error('the browser did not start');
      const { context, requested } = await offlineContext(browser, viewport);
      contexts.push(context);
      const page = await context.newPage();
      // A missing element should fail a test in seconds, well within jest's own timeout.
      page.setDefaultTimeout(5000);
      const boxes: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        boxes.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      count += 1;
      await openHtml(page, dir, `page-${count}`, html);
      return {
        page,
        boxes,
        requested,
        errors,
        // Functions given to page.evaluate run in the page: they may use only their own arguments.
        calls: () => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as WithRecorder).__gsr.calls))),
        hostCalls: () =>
          page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as WithRecorder).__gsr.host))),
        succeed: (index, value) =>
          page.evaluate(([i, v]) => (window as unknown as WithRecorder).__gsr.succeed(i as number, v), [
            index,
            value,
          ] as const),
        fail: (index, message) =>
          page.evaluate(([i, m]) => (window as unknown as WithRecorder).__gsr.fail(i, m), [index, message] as const),
      };
    },
  };
}

/** The names of the focusable elements reached by pressing Tab from the top of the page, in order. */
export async function tabOrder(page: Page, presses: number): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  const reached: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '(body)';
        return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}`;
      }),
    );
  }
  return reached;
}

/** Every form control of the page without a <label> that names it. */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'),
    )
      .filter((c) => c.type !== 'hidden')
      .filter((c) => !c.labels || c.labels.length === 0 || Array.from(c.labels).every((l) => !l.textContent?.trim()))
      .map((c) => c.outerHTML),
  );
}

/** Buttons and links whose accessible text is empty. */
export async function namelessActions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, a[href]'))
      .filter((b) => !(b.getAttribute('aria-label') || b.textContent || '').trim())
      .map((b) => b.outerHTML),
  );
}
