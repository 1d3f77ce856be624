// biome-ignore-all lint/performance/useDomNodeTextContent: innerText is the rendered text a person reads.
// The period dialog of Tổng hợp báo cáo and Tạo báo cáo, rendered by the bundle through the emulated
// HtmlService and used in headless Chromium as the secretary would: with the mouse and the keyboard,
// through a success, an {ok:false} outcome, a failed call, and a unit named like an attack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asClientValue } from '../../local/tools/screenshots';
import { dialogScenario, openedBy, XSS_NAME } from './fixture';
import { browserHarness, namelessActions, type OpenedPage, tabOrder, unlabelledControls } from './harness';

const harness = browserHarness();
const s = dialogScenario();
const consolidateDialog = openedBy(s, 'menuConsolidate');
const reportDialog = openedBy(s, 'menuCreateReport');
const SIZE = { width: 600, height: 640 };

const text = (o: OpenedPage, selector: string) => o.page.locator(selector).innerText();

/** The rows of the result table: unit cell (name and note), counted, not counted. */
async function resultRows(o: OpenedPage): Promise<string[][]> {
  return o.page.$$eval('#result tbody tr', (rows) =>
    rows.map((r) => Array.from(r.children).map((c) => (c as HTMLElement).innerText.trim())),
  );
}

async function expectClean(o: OpenedPage): Promise<void> {
  expect(o.boxes).toEqual([]);
  expect(o.requested).toEqual([]);
  expect(o.errors).toEqual([]);
  expect(await o.page.locator('img, iframe, object, embed').count()).toBe(0);
}

describe('the period dialog (Tổng hợp báo cáo)', () => {
  it('is titled and opened by the menu, in Vietnamese, with every control labelled', async () => {
    expect(consolidateDialog.kind).toBe('modal');
    expect(consolidateDialog.title).toBe('Tổng hợp báo cáo');
    const o = await harness.open(consolidateDialog.html, SIZE);
    expect(await o.page.getAttribute('html', 'lang')).toBe('vi');
    expect(await o.page.title()).toBe('Tổng hợp báo cáo');
    expect(await unlabelledControls(o.page)).toEqual([]);
    expect(await namelessActions(o.page)).toEqual([]);
    expect(await o.page.getByLabel('6 tháng đầu năm').isChecked()).toBe(true);
    expect(await o.page.getByLabel('Năm báo cáo').inputValue()).toBe('2023');
    expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIZE.width);
    await expectClean(o);
  });

  it('shows the date range of the chosen period (Nghị định 09 cut-offs on the 14th)', async () => {
    const o = await harness.open(consolidateDialog.html, SIZE);
    // 20/06/2023: the half-year that ended on 14/06/2023 is the nearest.
    expect(await text(o, '#range')).toBe('6 tháng đầu năm 2023: từ ngày 15/12/2022 đến ngày 14/06/2023.');
    await o.page.getByLabel('Cả năm').check();
    expect(await text(o, '#range')).toBe('Cả năm 2023: từ ngày 15/12/2022 đến ngày 14/12/2023.');
    await o.page.getByLabel('Năm báo cáo').selectOption('2022');
    expect(await text(o, '#range')).toBe('Cả năm 2022: từ ngày 15/12/2021 đến ngày 14/12/2022.');
    await o.page.getByLabel('6 tháng đầu năm').check();
    expect(await text(o, '#range')).toBe('6 tháng đầu năm 2022: từ ngày 15/12/2021 đến ngày 14/06/2022.');
    expect(await o.calls()).toEqual([]);
  });

  it('runs the chosen period on the server, shows progress, then the result with links, as text', async () => {
    const o = await harness.open(consolidateDialog.html, SIZE);
    const run = o.page.getByRole('button', { name: 'Tổng hợp' });
    await run.click();

    expect(await o.calls()).toEqual([{ name: 'consolidateFromDialog', args: ['half', 2023], settled: false }]);
    const busy = o.page.locator('#run');
    expect(await busy.isDisabled()).toBe(true);
    expect(await busy.innerText()).toBe('Đang tổng hợp…');
    expect(await o.page.getByLabel('Cả năm').isDisabled()).toBe(true);
    expect(await text(o, '#progress')).toContain('Đang tổng hợp…');
    expect(await o.page.locator('#result').isHidden()).toBe(true);

    // The answer the real server gives for this call, as google.script.run would carry it.
    const answer = asClientValue(s.app.call('consolidateFromDialog', 'half', 2023));
    await o.succeed(0, answer);
    await o.page.locator('#result').waitFor({ state: 'visible' });

    expect(await busy.isDisabled()).toBe(false);
    expect(await busy.innerText()).toBe('Tổng hợp');
    expect(await o.page.locator('#progress').isHidden()).toBe(true);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('result');
    expect(await text(o, '#result h2')).toBe('Đã tổng hợp 6 tháng đầu năm 2023');
    expect(await text(o, '#result')).toContain('Số dòng được tính: 3; số dòng không tính được: 1.');
    expect(await resultRows(o)).toEqual([
      ['Hội Nông dân xã\n1 dòng ngoài kỳ, không tính', '2', '0'],
      [XSS_NAME, '1', '1'],
      ['Thôn Đồng Tâm', '0', '0'],
      ['Đoàn Thanh niên xã\nkhông tìm thấy tab "Đoàn Thanh niên"', '0', '0'],
    ]);
    expect(await text(o, '#result')).toContain('Chưa báo cáo: Thôn Đồng Tâm, Đoàn Thanh niên xã.');

    const url = s.ss.getUrl();
    for (const [label, tab] of [
      ['Mở tab Tổng hợp', 'Tổng hợp'],
      ['Mở tab Kiểm tra', 'Kiểm tra'],
    ]) {
      const link = o.page.getByRole('link', { name: label });
      expect(await link.getAttribute('href')).toBe(`${url}#gid=${s.ss.sheet(tab).getSheetId()}`);
      expect(await link.getAttribute('target')).toBe('_blank');
    }
    // The unit named like an attack is shown as the text it is.
    expect(await o.page.getByText(XSS_NAME, { exact: true }).count()).toBe(1);
    await expectClean(o);
  });

  it('shows an {ok:false} outcome in plain words and lets the secretary try again', async () => {
    const o = await harness.open(consolidateDialog.html, SIZE);
    await o.page.getByRole('button', { name: 'Tổng hợp' }).click();
    const message = `Đang có người khác chạy "Tổng hợp báo cáo" trên bảng tính này.\nĐơn vị ${XSS_NAME} chưa nộp.`;
    await o.succeed(0, { ok: false, message });
    const error = o.page.getByRole('alert');
    await error.waitFor({ state: 'visible' });
    expect(await error.innerText()).toBe(message);
    expect(await o.page.locator('#result').isHidden()).toBe(true);
    expect(await o.page.locator('#run').isEnabled()).toBe(true);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('run');

    await o.page.getByRole('button', { name: 'Tổng hợp' }).click();
    expect(await error.isHidden()).toBe(true);
    expect((await o.calls()).map((c) => c.name)).toEqual(['consolidateFromDialog', 'consolidateFromDialog']);
    await expectClean(o);
  });

  it('shows a failed call (failure handler) in Vietnamese, with the technical detail', async () => {
    const o = await harness.open(consolidateDialog.html, SIZE);
    await o.page.keyboard.press('Tab');
    await o.page.locator('#run').click();
    await o.fail(0, 'NetworkError: Connection failure due to HTTP 0');
    const error = o.page.getByRole('alert');
    await error.waitFor({ state: 'visible' });
    expect(await error.innerText()).toBe(
      'Không liên lạc được với máy chủ Google, hoặc chức năng bị dừng giữa chừng. Vui lòng kiểm tra kết nối mạng rồi thử lại; nếu vẫn lỗi, hãy báo cho người quản trị.\n(Chi tiết kỹ thuật: NetworkError: Connection failure due to HTTP 0)',
    );
    expect(await o.page.locator('#run').innerText()).toBe('Tổng hợp');
    expect(await o.page.locator('#run').isEnabled()).toBe(true);
    await expectClean(o);
  });

  it('can be used with the keyboard alone: Tab reaches every control, arrows choose, Enter and Space act', async () => {
    const o = await harness.open(consolidateDialog.html, SIZE);
    expect(await tabOrder(o.page, 5)).toEqual(['#kind-half', '#year', '#run', '#close', '(body)']);

    await o.page.keyboard.press('Tab');
    await o.page.keyboard.press('ArrowDown');
    expect(await o.page.getByLabel('Cả năm').isChecked()).toBe(true);
    await o.page.keyboard.press('Tab');
    await o.page.keyboard.press('ArrowUp');
    expect(await o.page.getByLabel('Năm báo cáo').inputValue()).toBe('2022');
    expect(await text(o, '#range')).toBe('Cả năm 2022: từ ngày 15/12/2021 đến ngày 14/12/2022.');
    await o.page.keyboard.press('Tab');
    await o.page.keyboard.press('Enter');
    expect(await o.calls()).toEqual([{ name: 'consolidateFromDialog', args: ['year', 2022], settled: false }]);
    await o.fail(0, 'x');
    await o.page.getByRole('alert').waitFor({ state: 'visible' });

    // Focus is back on the run button after the error; the next stop is Đóng.
    await o.page.keyboard.press('Tab');
    await o.page.keyboard.press('Space');
    expect(await o.hostCalls()).toEqual([{ name: 'close', args: [] }]);
  });

  it('saves a screenshot', async () => {
    const o = await harness.open(consolidateDialog.html, SIZE);
    const file = join(harness.dir, 'hop-thoai-tong-hop.png');
    await o.page.screenshot({ path: file });
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Width and height from the IHDR chunk: the dialog's size.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SIZE.width, SIZE.height]);
    expect(png.length).toBeGreaterThan(5000);
  });
});

describe('the period dialog (Tạo báo cáo)', () => {
  it('creates the report on the server and links to the Doc', async () => {
    expect(reportDialog.title).toBe('Tạo báo cáo (Google Doc)');
    const o = await harness.open(reportDialog.html, SIZE);
    await o.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    expect(await o.calls()).toEqual([{ name: 'createReportFromDialog', args: ['half', 2023], settled: false }]);
    expect(await o.page.locator('#run').innerText()).toBe('Đang tạo báo cáo…');

    const answer = asClientValue(s.app.call('createReportFromDialog', 'half', 2023)) as {
      ok: true;
      value: { report: { name: string } };
    };
    await o.succeed(0, answer);
    await o.page.locator('#result').waitFor({ state: 'visible' });

    const docs = s.ws.documents.all();
    const doc = docs[docs.length - 1];
    const link = o.page.getByRole('link', { name: 'Mở báo cáo (Google Doc)' });
    expect(await link.getAttribute('href')).toBe(doc.url);
    expect(await text(o, '#result h2')).toBe(`Đã tạo báo cáo "${answer.value.report.name}"`);
    expect(await text(o, '#result')).toContain('Đã chia sẻ quyền xem với: vpdp.huuluong@example.com.');
    expect(await o.page.getByRole('link', { name: 'Mở tab Tổng hợp' }).count()).toBe(1);
    await expectClean(o);
  });
});

describe('the period dialog (Tạo báo cáo) when no unit has a counted row', () => {
  const QUESTION =
    'Không đơn vị nào có dòng hoạt động được tính cho kỳ 6 tháng đầu năm 2022 (0/13 đơn vị): … Vẫn tạo và chia sẻ báo cáo?';
  const asked = { ok: true, value: { action: 'report', run: null, links: {}, report: null, question: QUESTION } };

  it('shows the question and makes the report only after "Vẫn tạo và chia sẻ", for the period asked about', async () => {
    const o = await harness.open(reportDialog.html, SIZE);
    await o.page.getByLabel('Năm báo cáo').selectOption('2022');
    await o.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await o.succeed(0, asked);
    const box = o.page.getByRole('alertdialog');
    await box.waitFor({ state: 'visible' });
    expect(await box.innerText()).toContain(QUESTION);
    expect(await o.page.locator('#result').isVisible()).toBe(false);
    // Changing the year meanwhile does not change what is confirmed.
    await o.page.getByLabel('Năm báo cáo').selectOption('2023');
    await o.page.getByRole('button', { name: 'Vẫn tạo và chia sẻ' }).click();
    expect(await o.calls()).toEqual([
      { name: 'createReportFromDialog', args: ['half', 2022], settled: 'success' },
      { name: 'createReportFromDialog', args: ['half', 2022, true], settled: false },
    ]);
    expect(await box.isVisible()).toBe(false);
  });

  it('makes nothing on "Không tạo" and says so', async () => {
    const o = await harness.open(reportDialog.html, SIZE);
    await o.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await o.succeed(0, asked);
    await o.page.getByRole('button', { name: 'Không tạo' }).click();
    expect(await o.calls()).toHaveLength(1);
    expect(await text(o, '#error')).toBe(
      'Chưa tạo báo cáo, chưa chia sẻ gì. Tab Tổng hợp và tab Kiểm tra đã được cập nhật để xem lý do.',
    );
    await expectClean(o);
  });
});
