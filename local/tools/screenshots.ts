// The dialogs as a person sees them: the HTML that the bundle hands to Ui.showModalDialog and
// Ui.showSidebar, opened in headless Chromium (the one browser.ts finds) and saved as PNG. Also the
// pieces the browser tests share: an offline page, and a stand-in for google.script.run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ShownDialog } from '../emulator/html';
import type { Workspace } from '../emulator/workspace';
import { findBrowser, launchBrowser, type MissingBrowser } from './browser';
import { type LoadedBundle, loadBundle } from './load';

/** Google's sidebar is 300 px wide, whatever the page asks for. */
const SIDEBAR_WIDTH = 300;

/**
 * Runs in the page before its own scripts: google.script.run and google.script.host as Google's
 * client offers them (a runner whose withSuccessHandler / withFailureHandler / withUserObject return
 * a configured copy, any server function name callable on it, handlers called later and
 * asynchronously). Every call is recorded in window.__gsr.calls. When the page has a
 * window.__gsrServe(name, argsJson) function (see serveFromBundle) the call is answered by it;
 * otherwise it waits for the test to answer with __gsr.succeed(index, value) or __gsr.fail(index, message).
 */
const SCRIPT_RUN_STUB = `(() => {
  const calls = [];
  const handlers = [];
  const host = [];
  const later = (fn) => setTimeout(fn, 0);
  function settle(index, kind, payload) {
    const call = calls[index];
    const h = handlers[index];
    if (!call || !h) throw new Error('no google.script.run call #' + index);
    if (call.settled) throw new Error('google.script.run call #' + index + ' was already answered');
    call.settled = kind;
    later(() => {
      if (kind === 'success') {
        if (h.success) h.success(payload, h.userObject);
      } else if (h.failure) {
        h.failure(new Error(payload), h.userObject);
      } else {
        console.error('Uncaught ScriptError: ' + payload);
      }
    });
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get(_target, prop) {
        if (prop === 'withSuccessHandler') return (fn) => runner(fn, failure, userObject);
        if (prop === 'withFailureHandler') return (fn) => runner(success, fn, userObject);
        if (prop === 'withUserObject') return (obj) => runner(success, failure, obj);
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return (...args) => {
          const index = calls.length;
          calls.push({ name: prop, args: JSON.parse(JSON.stringify(args)), settled: false });
          handlers.push({ success, failure, userObject });
          if (typeof window.__gsrServe === 'function') {
            window.__gsrServe(prop, JSON.stringify(args)).then(
              (answer) => settle(index, answer.ok ? 'success' : 'failure', answer.ok ? answer.value : answer.message),
              (error) => settle(index, 'failure', String(error && error.message ? error.message : error)),
            );
          }
        };
      },
    });
  }
  window.__gsr = {
    calls,
    host,
    succeed: (index, value) => settle(index, 'success', value),
    fail: (index, message) => settle(index, 'failure', message),
  };
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: 'https://docs.google.com',
        close: () => host.push({ name: 'close', args: [] }),
        setHeight: (h) => host.push({ name: 'setHeight', args: [h] }),
        setWidth: (w) => host.push({ name: 'setWidth', args: [w] }),
        editor: { focus: () => host.push({ name: 'editor.focus', args: [] }) },
      },
    },
  };
})();`;

/** What google.script.run hands the page: a copy, and null when the value holds a type it cannot carry. */
export function asClientValue(value: unknown): unknown {
  const carriable = (v: unknown): boolean => {
    if (v === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof v)) return true;
    if (typeof v !== 'object') return false;
    const tag = Object.prototype.toString.call(v);
    if (tag === '[object Array]') return (v as unknown[]).every(carriable);
    if (tag !== '[object Object]') return false;
    return Object.values(v as object).every(carriable);
  };
  return carriable(value) && value !== undefined ? JSON.parse(JSON.stringify(value)) : null;
}

/** Answers the page's google.script.run calls by calling the bundle's top-level functions. */
async function serveFromBundle(page: Page, app: LoadedBundle): Promise<void> {
  await page.exposeFunction('__gsrServe', (name: string, argsJson: string) => {
    try {
      const value = app.call(name, ...(JSON.parse(argsJson) as unknown[]));
      return { ok: true, value: asClientValue(value) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** A browser context that refuses every network request, as a check that the pages need none. */
export async function offlineContext(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; requested: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const requested: string[] = [];
  await context.route(/^(https?|wss?|ftp):/i, (route) => {
    requested.push(route.request().url());
    return route.abort();
  });
  await context.addInitScript(SCRIPT_RUN_STUB);
  return { context, requested };
}

/** Writes `html` to a file in `dir` and opens it (a file:// page, as close as we get to Google's frame). */
export async function openHtml(page: Page, dir: string, name: string, html: string): Promise<void> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html, 'utf8');
  await page.goto(pathToFileURL(file).href);
}

function viewportOf(d: ShownDialog): { width: number; height: number } {
  if (d.kind === 'sidebar') return { width: SIDEBAR_WIDTH, height: 900 };
  return { width: d.width ?? 600, height: d.height ?? 400 };
}

/**
 * Opens the period dialog (Tổng hợp báo cáo) and the sidebar (Tình hình nộp báo cáo) of the bound
 * Sheet in `ws`, and saves them as PNG in `outDir`: the dialog before and after a run, whose
 * google.script.run call is answered by the real bundle (the run writes Tổng hợp and Kiểm tra again,
 * as the secretary's click would). Returns the files written, or why there is no browser to use.
 */
export async function renderScreenshots(ws: Workspace, outDir: string): Promise<string[] | MissingBrowser> {
  const found = findBrowser();
  if (!found.ok) return found;
  const app = loadBundle(ws);
  const before = ws.ui.dialogs.length;
  app.call('menuConsolidate');
  app.call('menuStatusSidebar');
  const shown = ws.ui.dialogs.slice(before);
  const dialog = shown.find((d) => d.kind === 'modal');
  const sidebar = shown.find((d) => d.kind === 'sidebar');

  mkdirSync(outDir, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'bao-cao-ntm-html-'));
  const files: string[] = [];
  const browser = await launchBrowser(found);
  try {
    if (dialog) {
      const { context } = await offlineContext(browser, viewportOf(dialog));
      const page = await context.newPage();
      await serveFromBundle(page, app);
      await openHtml(page, scratch, 'dialog', dialog.html);
      files.push(await shoot(page, join(outDir, 'hop-thoai-tong-hop.png'), false));
      await page.click('#run');
      await page.waitForSelector('#result:not([hidden]), #error:not([hidden])');
      files.push(await shoot(page, join(outDir, 'hop-thoai-tong-hop-ket-qua.png'), true));
      await context.close();
    }
    if (sidebar) {
      const { context } = await offlineContext(browser, viewportOf(sidebar));
      const page = await context.newPage();
      await openHtml(page, scratch, 'sidebar', sidebar.html);
      files.push(await shoot(page, join(outDir, 'thanh-ben-tinh-hinh-nop.png'), true));
      await context.close();
    }
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return files;
}

async function shoot(page: Page, file: string, fullPage: boolean): Promise<string> {
  await page.screenshot({ path: file, fullPage });
  return file;
}
