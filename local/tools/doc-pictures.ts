// The pictures of the guides in docs/: each is made from the sample commune played through the
// real bundle (npm run docs), never drawn by hand, so a picture shows what the product does today.
// DOC_PICTURES is the list the command promises; a test checks the guides against it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { TAB } from '../../src/domain/tab-names';
import type { MenuRecord } from '../emulator/html';
import type { SentMail } from '../emulator/mail';
import type { SheetImpl } from '../emulator/spreadsheet';
import { escapeHtml, type SheetView, sheetToHtml } from '../export/sheet-html';
import { findBrowser, launchBrowser, missingBrowserHint } from './browser';
import {
  inviteUnits,
  lastAlert,
  newScenario,
  type Scenario,
  sampleInviteDay,
  setUpSample,
  typeSampleData,
} from './scenario';
import { offlineContext, openHtml, renderScreenshots } from './screenshots';

/** Every picture `npm run docs` writes into docs/img, with what it shows. */
export const DOC_PICTURES = {
  'menu.png': 'the Báo cáo NTM menu',
  'thu-moi.png': 'the invitation a unit receives (Gửi thư mời nhập liệu)',
  'tab-huong-dan.png': 'the Hướng dẫn tab',
  'tab-cau-hinh.png': 'Cấu hình filled in for the sample commune',
  'tab-don-vi.png': "a unit's tab with its self-assessment rows and activities",
  'tab-tong-hop.png': 'Tổng hợp after Tổng hợp báo cáo',
  'tab-kiem-tra.png': 'Kiểm tra: the rows that were not counted and why',
  'hop-thoai-tong-hop.png': 'the period dialog of Tổng hợp báo cáo',
  'hop-thoai-tong-hop-ket-qua.png': 'the period dialog after a run',
  'thanh-ben-tinh-hinh-nop.png': 'the Tình hình nộp báo cáo sidebar',
} as const;

type DocPicture = keyof typeof DOC_PICTURES;

/** The sample year and the day the pictures are taken (after the first half-year's cut-off). */
const YEAR = 2023;
const TAKEN_ON = new Date(Date.UTC(YEAR, 5, 20, 2, 0));

/**
 * The sample commune after setup, the invitations, the units' typing, and Tổng hợp for the first
 * half-year; with the invitation the first reporting unit received.
 */
function sampleAfterConsolidation(): { s: Scenario; unitTab: string; invitation: SentMail } {
  const s = newScenario({ now: TAKEN_ON });
  const settings = setUpSample(s, YEAR);
  const mails = inviteUnits(s, sampleInviteDay(YEAR));
  const { reporting } = typeSampleData(s, settings);
  const unit = reporting[0];
  const invitation = mails.find((m) => m.subject.endsWith(`– ${unit.name}`));
  if (!invitation) throw new Error(`Gửi thư mời nhập liệu: ${lastAlert(s)}`);
  const answer = s.app.call<{ ok: boolean; message?: string }>('consolidateFromDialog', 'half', YEAR);
  if (!answer.ok) throw new Error(`Tổng hợp báo cáo: ${answer.message ?? lastAlert(s)}`);
  return { s, unitTab: unit.tabName, invitation };
}

/** A mail as a mail program shows it: the headers, then the HTML body (already escaped by the product). */
function mailHtml(mail: SentMail): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
body { margin: 0; background: #fff; font-family: Arial, 'Liberation Sans', sans-serif; }
#mail { width: 760px; padding: 16px 20px; }
h1 { font-size: 17px; font-weight: normal; margin: 0 0 10px 0; }
.head { font-size: 12px; color: #5f6368; border-bottom: 1px solid #dadce0; padding-bottom: 8px; margin-bottom: 14px; }
</style></head><body><div id="mail"><h1>${escapeHtml(mail.subject)}</h1>
<div class="head">Từ: ${escapeHtml(mail.from)}<br>Đến: ${escapeHtml(mail.to.join(', '))}</div>
${mail.htmlBody ?? `<pre>${escapeHtml(mail.body)}</pre>`}</div></body></html>`;
}

function menuHtml(menu: MenuRecord): string {
  const items = menu.items.map((item) =>
    'separator' in item ? '<hr>' : 'label' in item ? `<div class="item">${escapeHtml(item.label)}</div>` : '',
  );
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
body { margin: 0; font-family: Arial, 'Liberation Sans', sans-serif; font-size: 10pt; background: #fff; }
#menu { display: inline-block; padding: 8px; }
.bar { background: #f8f9fa; padding: 6px 10px; color: #3c4043; }
.bar b { background: #e1e9f7; color: #0b57d0; padding: 4px 8px; border-radius: 4px; }
.drop { margin-left: 10px; width: 300px; background: #fff; box-shadow: 0 2px 6px rgba(0,0,0,.3); padding: 6px 0; }
.item { padding: 6px 16px; color: #202124; }
hr { border: 0; border-top: 1px solid #dadce0; margin: 4px 0; }
</style></head><body><div id="menu"><div class="bar">Tệp&nbsp;&nbsp; Chỉnh sửa&nbsp;&nbsp; Xem&nbsp;&nbsp; …&nbsp;&nbsp;
<b>${escapeHtml(menu.title)}</b></div><div class="drop">${items.join('')}</div></div></body></html>`;
}

async function photograph(
  browser: Browser,
  scratch: string,
  html: string,
  selector: string,
  file: string,
  width: number,
): Promise<void> {
  const { context } = await offlineContext(browser, { width, height: 600 });
  try {
    const page = await context.newPage();
    await openHtml(page, scratch, 'picture', html);
    await page.locator(selector).screenshot({ path: file });
  } finally {
    await context.close();
  }
}

function sheetWidth(sheet: SheetImpl, view: SheetView): number {
  const cols = view.columns ?? sheet.getLastColumn();
  let w = 60;
  for (let c = 1; c <= cols; c++) w += sheet.getColumnWidth(c);
  return w;
}

/**
 * Plays the sample and writes every picture of DOC_PICTURES into `outDir` (removing any other PNG
 * there, so no stale picture survives). Returns the names written; throws when there is no browser.
 */
export async function renderDocPictures(outDir: string): Promise<string[]> {
  const found = findBrowser();
  if (!found.ok) throw new Error(missingBrowserHint(found));
  const { s, unitTab, invitation } = sampleAfterConsolidation();
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f.endsWith('.png')) rmSync(join(outDir, f));

  const shots = await renderScreenshots(s.ws, outDir);
  if (!Array.isArray(shots)) throw new Error(missingBrowserHint(shots));

  const tabs: [DocPicture, string, SheetView][] = [
    ['tab-huong-dan.png', TAB.guide, {}],
    ['tab-cau-hinh.png', TAB.settings, { rows: 34 }],
    ['tab-don-vi.png', unitTab, { rows: 24 }],
    ['tab-tong-hop.png', TAB.summary, { rows: 48 }],
    ['tab-kiem-tra.png', TAB.check, { rows: 14 }],
  ];
  const scratch = mkdtempSync(join(tmpdir(), 'bao-cao-ntm-docs-'));
  const browser = await launchBrowser(found);
  try {
    for (const [name, tab, view] of tabs) {
      const sheet = s.ss.sheet(tab);
      s.ss.setActiveSheet(sheet);
      await photograph(
        browser,
        scratch,
        sheetToHtml(sheet, view),
        '#sheet',
        join(outDir, name),
        sheetWidth(sheet, view),
      );
    }
    const menu = s.ws.ui.menus.at(-1);
    if (!menu) throw new Error('onOpen đã không tạo menu.');
    await photograph(browser, scratch, menuHtml(menu), '#menu', join(outDir, 'menu.png'), 500);
    await photograph(browser, scratch, mailHtml(invitation), '#mail', join(outDir, 'thu-moi.png'), 800);
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  const written = readdirSync(outDir).filter((f) => f.endsWith('.png'));
  const missing = Object.keys(DOC_PICTURES).filter((n) => !existsSync(join(outDir, n)));
  const extra = written.filter((n) => !(n in DOC_PICTURES));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `Ảnh khác danh sách DOC_PICTURES: thiếu ${missing.join(', ') || '-'}; thừa ${extra.join(', ') || '-'}`,
    );
  }
  return written.sort();
}
