// biome-ignore-all lint/performance/useDomNodeTextContent: innerText is the rendered text a person reads.
// The sidebar Tình hình nộp báo cáo, rendered by the bundle from the Sheet of the fixture and used in
// headless Chromium 300 px wide, as Google shows a sidebar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asClientValue } from '../../local/tools/screenshots';
import {
  dialogScenario,
  FARMERS,
  HOSTILE,
  openedBy,
  VILLAGE,
  XSS_LAST_CHANGE,
  XSS_NAME,
  XSS_TAB,
  YOUTH,
} from './fixture';
import { browserHarness, namelessActions, type OpenedPage, tabOrder, unlabelledControls } from './harness';

const harness = browserHarness();
const s = dialogScenario();
const sidebar = openedBy(s, 'menuStatusSidebar');
const SIZE = { width: 300, height: 800 };

interface UnitCard {
  name: string;
  state: string;
  counted: string;
  notCounted: string;
  lastChange: string;
  problem: string;
  link: { text: string; href: string | null; target: string | null } | null;
  remind: string | null;
}

async function cards(o: OpenedPage): Promise<UnitCard[]> {
  return o.page.$$eval('li.unit', (items) =>
    items.map((li) => {
      const t = (sel: string) => (li.querySelector(sel) as HTMLElement | null)?.innerText.trim() ?? '';
      const a = li.querySelector('a');
      const b = li.querySelector('button');
      return {
        name: t('h2'),
        state: t('.badge'),
        counted: t('.counted'),
        notCounted: t('.not-counted'),
        lastChange: t('.last-change'),
        problem: t('.problem'),
        link: a ? { text: a.innerText.trim(), href: a.getAttribute('href'), target: a.getAttribute('target') } : null,
        remind: b ? (b.textContent ?? '').trim() : null,
      };
    }),
  );
}

function tabHref(tab: string): string {
  return `${s.ss.getUrl()}#gid=${s.ss.sheet(tab).getSheetId()}`;
}

describe('the sidebar Tình hình nộp báo cáo', () => {
  it('is opened by the menu with its title, in Vietnamese', async () => {
    expect(sidebar.kind).toBe('sidebar');
    expect(sidebar.title).toBe('Tình hình nộp báo cáo');
    const o = await harness.open(sidebar.html, SIZE);
    expect(await o.page.getAttribute('html', 'lang')).toBe('vi');
    expect(await o.page.title()).toBe('Tình hình nộp báo cáo');
    expect(await o.page.locator('h1').innerText()).toBe('6 tháng đầu năm 2023');
    expect(await o.page.locator('main > p').nth(0).innerText()).toBe('từ ngày 15/12/2022 đến ngày 14/06/2023');
    // Deadline 17/06 (Cấu hình), today 20/06/2023.
    expect(await o.page.locator('main > p').nth(1).innerText()).toBe('Hạn đơn vị nộp: 17/06/2023 (đã quá hạn 3 ngày).');
    expect(await o.page.locator('ul.counts').innerText()).toBe('Đã nộp: 1\nChưa nộp: 1\nCó lỗi: 2');
  });

  it('shows every unit with its state, rows counted, last change, a link to its tab, and Nhắc for late units', async () => {
    const o = await harness.open(sidebar.html, SIZE);
    expect(await cards(o)).toEqual([
      {
        name: FARMERS.name,
        state: 'Tình trạng: đã nộp',
        counted: '2',
        notCounted: '0',
        lastChange: '12/06/2023 10:15',
        problem: '',
        link: { text: `Mở tab “${FARMERS.tabName}”`, href: tabHref(FARMERS.tabName), target: '_blank' },
        remind: null,
      },
      {
        name: XSS_NAME,
        state: 'Tình trạng: có lỗi',
        counted: '1',
        notCounted: '1',
        lastChange: XSS_LAST_CHANGE,
        problem: '1 dòng không tính được: đơn vị cần sửa (xem Báo cáo NTM → Kiểm tra dữ liệu).',
        link: { text: `Mở tab “${XSS_TAB}”`, href: tabHref(HOSTILE.tabName), target: '_blank' },
        remind: null,
      },
      {
        name: VILLAGE.name,
        state: 'Tình trạng: chưa nộp',
        counted: '0',
        notCounted: '0',
        lastChange: 'chưa có',
        problem: '',
        link: { text: `Mở tab “${VILLAGE.tabName}”`, href: tabHref(VILLAGE.tabName), target: '_blank' },
        remind: `Nhắc ${VILLAGE.name}`,
      },
      {
        name: YOUTH.name,
        state: 'Tình trạng: có lỗi',
        counted: '0',
        notCounted: '0',
        lastChange: 'chưa có',
        problem: `Không tìm thấy tab "${YOUTH.tabName}". Hãy chạy Báo cáo NTM → Thiết lập bảng tính.`,
        link: null,
        remind: `Nhắc ${YOUTH.name}`,
      },
    ]);
  });

  it('shows names from the Sheet as text: no markup from them reaches the page, nothing runs', async () => {
    const o = await harness.open(sidebar.html, SIZE);
    await o.page.waitForTimeout(200);
    expect(o.boxes).toEqual([]);
    expect(o.errors).toEqual([]);
    expect(o.requested).toEqual([]);
    expect(await o.page.locator('img, b').count()).toBe(0);
    // Our two scripts (Client.html and the sidebar's own) and no other.
    expect(await o.page.locator('script').count()).toBe(2);
    expect(await o.page.getByRole('heading', { name: XSS_NAME, exact: true }).count()).toBe(1);
  });

  it('sends a reminder through google.script.run.remindUnit and shows the answer by the unit', async () => {
    const o = await harness.open(sidebar.html, SIZE);
    const card = o.page.locator('li.unit').nth(2);
    // Located by place, not by name: its text says "Đang gửi…" while it waits.
    const button = card.locator('button.remind');
    await o.page.getByRole('button', { name: `Nhắc ${VILLAGE.name}` }).click();
    expect(await o.calls()).toEqual([{ name: 'remindUnit', args: [VILLAGE.code, 'half', 2023], settled: false }]);
    expect(await button.isDisabled()).toBe(true);
    expect(await button.textContent()).toBe(`Đang gửi… ${VILLAGE.name}`);
    expect(await card.getByRole('status').innerText()).toBe('Đang gửi thư nhắc…');

    // The answer of the real server: it mails the unit's contact and says so.
    const answer = asClientValue(s.app.call('remindUnit', VILLAGE.code, 'half', 2023)) as {
      ok: true;
      value: { message: string };
    };
    expect(s.ws.mail.sent.map((m) => m.to)).toEqual([[VILLAGE.contactEmail]]);
    await o.succeed(0, answer);
    await o.page.waitForFunction(() => !document.querySelectorAll('button.remind')[0].hasAttribute('disabled'));
    expect(await card.getByRole('status').innerText()).toBe(answer.value.message);
    expect(await button.textContent()).toBe(`Nhắc ${VILLAGE.name}`);

    await button.click();
    await o.succeed(1, { ok: false, message: `Đơn vị ${XSS_NAME} chưa có email người liên hệ.` });
    await o.page.waitForFunction(() => !document.querySelectorAll('button.remind')[0].hasAttribute('disabled'));
    expect(await card.getByRole('status').innerText()).toBe(`Đơn vị ${XSS_NAME} chưa có email người liên hệ.`);

    const other = o.page.getByRole('button', { name: `Nhắc ${YOUTH.name}` });
    await other.click();
    expect((await o.calls())[2]).toEqual({ name: 'remindUnit', args: [YOUTH.code, 'half', 2023], settled: false });
    await o.fail(2, 'Exception: Service invoked too many times for one day: email.');
    await o.page.waitForFunction(() => !document.querySelectorAll('button.remind')[1].hasAttribute('disabled'));
    expect(await o.page.locator('li.unit').nth(3).getByRole('status').innerText()).toContain(
      'Không liên lạc được với máy chủ Google',
    );
    expect(o.boxes).toEqual([]);
    expect(await o.page.locator('img').count()).toBe(0);
  });

  it('can be used with the keyboard alone: Tab reaches every link and button, Enter and Space act', async () => {
    const o = await harness.open(sidebar.html, SIZE);
    expect(await unlabelledControls(o.page)).toEqual([]);
    expect(await namelessActions(o.page)).toEqual([]);
    const stops = await tabOrder(o.page, 8);
    expect(stops).toEqual([
      `a:Mở tab “${FARMERS.tabName}”`,
      `a:Mở tab “${XSS_TAB}”`,
      `a:Mở tab “${VILLAGE.tabName}”`,
      `button:Nhắc ${VILLAGE.name}`,
      `button:Nhắc ${YOUTH.name}`,
      '#refresh',
      '(body)',
      `a:Mở tab “${FARMERS.tabName}”`,
    ]);

    await o.page.getByRole('button', { name: `Nhắc ${YOUTH.name}` }).focus();
    await o.page.keyboard.press('Enter');
    await o.page.locator('#refresh').focus();
    await o.page.keyboard.press('Space');
    expect((await o.calls()).map((c) => [c.name, c.args])).toEqual([
      ['remindUnit', [YOUTH.code, 'half', 2023]],
      ['menuStatusSidebar', []],
    ]);
  });

  it('fits a 300 px sidebar without sideways scrolling, and saves a screenshot', async () => {
    const o = await harness.open(sidebar.html, SIZE);
    expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    const file = join(harness.dir, 'thanh-ben.png');
    await o.page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(300);
    expect(png.readUInt32BE(20)).toBeGreaterThan(800);
  });
});
