// The dialogs as the pushed project holds them (dist/), and their server side run through the bundle
// on the emulator: what the pages may call, what they may load, what the menu opens, and what the
// google.script.run targets answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newScenario } from '../../local/tools/scenario';
import { asClientValue } from '../../local/tools/screenshots';
import { dialogScenario, openedBy, SETTINGS, XSS_LAST_CHANGE, XSS_NAME, XSS_TAB } from '../browser/fixture';

const dist = join(__dirname, '..', '..', 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
const pages = Object.fromEntries(
  readdirSync(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f, readFileSync(join(dist, f), 'utf8')]),
);

/** Top-level functions of Code.js: what google.script.run can call. */
const topLevel = new Set([...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]));

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };
interface DialogAnswer {
  action: string;
  run: {
    periodLabel: string;
    total: { counted: number; notCounted: number };
    units: { unit: string; counted: number }[];
  };
  links: { summary: string | null; check: string | null };
  report: { name: string; url: string; version: number; sharedWith: string[] } | null;
}

describe('the dialog files in dist/', () => {
  it('are the five pages and parts the build copies from src/ui', () => {
    expect(Object.keys(pages).sort()).toEqual([
      'Client.html',
      'Head.html',
      'PeriodDialog.html',
      'SetupCheck.html',
      'StatusSidebar.html',
    ]);
  });

  it('call the server only through callServer, and only functions that exist at the top level of Code.js', () => {
    const runs = Object.entries(pages).flatMap(([file, html]) =>
      [...html.matchAll(/google\.script\.run/g)].map(() => file),
    );
    expect(runs).toEqual(['Client.html']);
    const targets = Object.values(pages).flatMap((html) =>
      [...html.matchAll(/callServer\(\s*'([A-Za-z_$][\w$]*)'/g)].map((m) => m[1]),
    );
    expect(new Set(targets)).toEqual(
      new Set(['consolidateFromDialog', 'createReportFromDialog', 'remindUnit', 'menuStatusSidebar']),
    );
    expect(targets.filter((t) => !topLevel.has(t))).toEqual([]);
  });

  it('load nothing from anywhere: no external script, style, font, image or frame', () => {
    for (const [file, html] of Object.entries(pages)) {
      expect([
        file,
        html.match(/<(script|img|iframe|link|object|embed|source|video|audio)\b[^>]*\b(src|href)=/gi),
      ]).toEqual([file, null]);
      expect([file, html.match(/@import|(?<![A-Za-z])url\(|@font-face|https?:\/\//gi)]).toEqual([file, null]);
    }
  });

  it('declare Vietnamese and UTF-8 on the pages that are shown (the charset through the shared head)', () => {
    expect(pages['Head.html']).toMatch(/^(<!--[\s\S]*?-->\s*)?<meta charset="utf-8">/);
    for (const file of ['PeriodDialog.html', 'StatusSidebar.html', 'SetupCheck.html']) {
      expect(pages[file]).toMatch(/<html lang="vi">/);
      expect(pages[file]).toMatch(/<head>\s*<title><\?= [\w.]+ \?><\/title>\s*<\?!= head \?>/);
    }
  });

  it('print Sheet data only with <?= ?>; <?!= ?> only includes our own files', () => {
    const raw = Object.values(pages).flatMap((html) => [...html.matchAll(/<\?!=\s*(.*?)\s*\?>/g)].map((m) => m[1]));
    expect(new Set(raw)).toEqual(new Set(['head', 'client']));
  });
});

describe('the menu items open the dialogs', () => {
  const s = dialogScenario();

  it('Tổng hợp báo cáo and Tạo báo cáo open the period dialog as a modal, without any alert', () => {
    const consolidate = openedBy(s, 'menuConsolidate');
    const report = openedBy(s, 'menuCreateReport');
    expect([consolidate.kind, consolidate.title, report.kind, report.title]).toEqual([
      'modal',
      'Tổng hợp báo cáo',
      'modal',
      'Tạo báo cáo (Google Doc)',
    ]);
    const recorded = s.ws.ui.dialogs.slice(-2);
    expect(recorded.map((d) => [d.width, d.height])).toEqual([
      [600, 640],
      [600, 640],
    ]);
    expect(s.ws.ui.shown).toEqual([]);
  });

  it('the sidebar escapes every name from the Sheet where it is printed', () => {
    const { html } = openedBy(s, 'menuStatusSidebar');
    expect(html).not.toContain(XSS_NAME);
    expect(html).not.toContain(XSS_LAST_CHANGE);
    expect(html).not.toContain(XSS_TAB);
    expect(html).toContain('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('Mở tab “Thôn &lt;b&gt;Mới&lt;/b&gt; &amp; &quot;Cũ&quot;”');
  });

  it('a Sheet without Cấu hình gets an alert saying what to do, not a dialog', () => {
    const blank = newScenario();
    blank.app.call('menuConsolidate');
    blank.app.call('menuStatusSidebar');
    expect(blank.ws.ui.dialogs).toEqual([]);
    expect(blank.ws.ui.shown.map((q) => q.message)).toEqual([
      'Chưa có tab "Cấu hình". Hãy chạy Báo cáo NTM → Thiết lập bảng tính trước.',
      'Chưa có tab "Cấu hình". Hãy chạy Báo cáo NTM → Thiết lập bảng tính trước.',
    ]);
  });

  it('the menu lists Tình hình nộp báo cáo', () => {
    s.app.call('onOpen');
    const menu = s.ws.ui.menus[s.ws.ui.menus.length - 1];
    expect(menu.items).toContainEqual({ label: 'Tình hình nộp báo cáo', functionName: 'menuStatusSidebar' });
  });
});

describe('the google.script.run targets of the period dialog', () => {
  const s = dialogScenario();

  it('consolidateFromDialog returns the run and links to the tabs it wrote', () => {
    const o = s.app.call<Outcome<DialogAnswer>>('consolidateFromDialog', 'half', 2023);
    if (!o.ok) throw new Error(o.message);
    expect(o.value.run.periodLabel).toBe('6 tháng đầu năm 2023');
    expect([o.value.run.total.counted, o.value.run.total.notCounted]).toEqual([3, 1]);
    expect(o.value.run.units.map((u) => [u.unit, u.counted])).toEqual([
      ['Hội Nông dân xã', 2],
      [XSS_NAME, 1],
      ['Thôn Đồng Tâm', 0],
      ['Đoàn Thanh niên xã', 0],
    ]);
    const url = s.ss.getUrl();
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit$/);
    expect(o.value.links).toEqual({
      summary: `${url}#gid=${s.ss.sheet('Tổng hợp').getSheetId()}`,
      check: `${url}#gid=${s.ss.sheet('Kiểm tra').getSheetId()}`,
    });
    expect(o.value.report).toBeNull();
    // google.script.run turns an answer holding a Date (or anything but plain data) into null.
    expect(asClientValue(o)).toEqual(JSON.parse(JSON.stringify(o)));
  });

  it('createReportFromDialog returns the Doc with its version, and the links', () => {
    const first = s.app.call<Outcome<DialogAnswer>>('createReportFromDialog', 'year', 2023);
    const second = s.app.call<Outcome<DialogAnswer>>('createReportFromDialog', 'year', 2023);
    if (!first.ok || !second.ok) throw new Error('no report');
    const urls = s.ws.documents.all().map((d) => d.url);
    expect([first.value.report?.url, second.value.report?.url]).toEqual(urls.slice(-2));
    expect([first.value.report?.version, second.value.report?.version]).toEqual([1, 2]);
    expect(second.value.report?.sharedWith).toEqual(SETTINGS.superiorEmails);
    expect(second.value.run.periodLabel).toBe('Cả năm 2023');
    expect(second.value.links.summary).toBe(`${s.ss.getUrl()}#gid=${s.ss.sheet('Tổng hợp').getSheetId()}`);
    expect(asClientValue(second)).toEqual(JSON.parse(JSON.stringify(second)));
  });

  it('answers a wrong period with {ok:false} and a Vietnamese message, never a thrown error', () => {
    expect(s.app.call('consolidateFromDialog', 'quý', 2023)).toEqual({
      ok: false,
      message: 'Kỳ báo cáo "quý" không hợp lệ: chọn "6 tháng đầu năm" hoặc "Cả năm".',
    });
    expect(s.app.call('createReportFromDialog', 'half', 1900)).toEqual({
      ok: false,
      message: 'Năm "1900" không hợp lệ.',
    });
  });
});
