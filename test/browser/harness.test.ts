// The browser checks can fail: a page that does run injected markup, or fetches something, is caught.
import { XSS_NAME } from './fixture';
import { browserHarness } from './harness';

const harness = browserHarness();

describe('the browser harness', () => {
  it('notices a script that runs from injected markup, and a request to the network', async () => {
    const o = await harness.open(
      `<!DOCTYPE html><html lang="vi"><body><p>${XSS_NAME}</p><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto"></body></html>`,
      { width: 300, height: 200 },
    );
    await o.page.waitForFunction(() => document.readyState === 'complete');
    await o.page.waitForTimeout(200);
    expect(o.boxes).toEqual(['alert: 1']);
    expect(o.requested).toEqual(['https://fonts.googleapis.com/css?family=Roboto']);
  });

  it('answers google.script.run calls only once, asynchronously, with the user object', async () => {
    const o = await harness.open(
      `<!DOCTYPE html><html><body><script>
        window.seen = [];
        google.script.run.withUserObject('u').withSuccessHandler((v, u) => seen.push(['ok', v, u]))
          .withFailureHandler((e, u) => seen.push(['failed', e.message, u])).doWork(1, 'a');
        google.script.run.withFailureHandler((e) => seen.push(['failed', e.message])).other();
        seen.push(['sync']);
      </script></body></html>`,
      { width: 300, height: 200 },
    );
    expect(await o.calls()).toEqual([
      { name: 'doWork', args: [1, 'a'], settled: false },
      { name: 'other', args: [], settled: false },
    ]);
    await o.succeed(0, { ok: true });
    await o.fail(1, 'Lỗi');
    await expect(o.succeed(0, 2)).rejects.toThrow('already answered');
    await o.page.waitForFunction(() => (window as unknown as { seen: unknown[] }).seen.length === 3);
    expect(await o.page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
      ['sync'],
      ['ok', { ok: true }, 'u'],
      ['failed', 'Lỗi'],
    ]);
  });
});
