// HtmlOutput emulator: content, contextual escaping of appendUntrusted, page settings and enums.
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

function world() {
  const ws = new Workspace();
  return { ws, ...vmWorld(ws) };
}

function thrown(run: (code: string) => unknown, code: string): string | null {
  return run(`(function () { try { ${code}; return null; } catch (e) { return e.message; } })()`) as string | null;
}

describe('HtmlOutput', () => {
  it('escapes untrusted text as in Google’s own example', () => {
    const { run } = world();
    expect(
      run(
        `HtmlService.createHtmlOutput('<b>Hello, world!</b>').appendUntrusted('<p>Hello again, world.</p>').getContent()`,
      ),
    ).toBe('<b>Hello, world!</b>&lt;p&gt;Hello again, world.&lt;/p&gt;');
  });

  it('escapes for where the content stands: after a script ends, in a comment, in a quoted attribute', () => {
    const { run } = world();
    const untrustedAfter = (html: string, value: string) =>
      run(
        `HtmlService.createHtmlOutput(${JSON.stringify(html)}).appendUntrusted(${JSON.stringify(value)}).getContent()`,
      );
    expect(untrustedAfter('<script>var a = "</p>";</script><p>', '<x>')).toBe(
      '<script>var a = "</p>";</script><p>&lt;x&gt;',
    );
    expect(untrustedAfter('<!-- ghi chú ', '-->')).toBe('<!-- ghi chú --&gt;');
    expect(untrustedAfter("<a title='", "x' onclick='y")).toBe("<a title='x&#39; onclick=&#39;y");
    expect(untrustedAfter('<script>var n = ', '</script>')).toBe('<script>var n = "\\u003c/script\\u003e"');
  });

  it('appends, replaces and clears content', () => {
    const { run } = world();
    expect(run(`HtmlService.createHtmlOutput('<p>a</p>').append('<p>b</p>').getContent()`)).toBe('<p>a</p><p>b</p>');
    expect(run(`HtmlService.createHtmlOutput('<p>a</p>').setContent('<i>c</i>').getContent()`)).toBe('<i>c</i>');
    expect(run(`HtmlService.createHtmlOutput('<p>a</p>').clear().getContent()`)).toBe('');
  });

  it('keeps the title, size, favicon and allowed meta tags', () => {
    const { run } = world();
    run(`var o = HtmlService.createHtmlOutput('x').setTitle('Tổng hợp báo cáo').setWidth(600).setHeight(420)
      .setFaviconUrl('https://example.com/i.png').addMetaTag('viewport', 'width=device-width');`);
    expect(run('o.getTitle()')).toBe('Tổng hợp báo cáo');
    expect(run('[o.getWidth(), o.getHeight()].join()')).toBe('600,420');
    expect(run('o.getFaviconUrl()')).toBe('https://example.com/i.png');
    expect(run('o.getMetaTags().map(function (m) { return m.getName() + "=" + m.getContent(); }).join()')).toBe(
      'viewport=width=device-width',
    );
    expect(thrown(run, `o.addMetaTag('description', 'x')`)).not.toBeNull();
    expect(thrown(run, `o.setWidth('600px')`)).toBe(
      "The parameters (String) don't match the method signature for HtmlService.HtmlOutput.setWidth.",
    );
  });

  it('takes the SandboxMode and XFrameOptionsMode enum objects, not their names as text', () => {
    const { run } = world();
    expect(
      run(`var o = HtmlService.createHtmlOutput('x');
        o.setSandboxMode(HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL) === o`),
    ).toBe(true);
    expect(thrown(run, `HtmlService.createHtmlOutput('x').setSandboxMode('IFRAME')`)).toBe(
      "The parameters (String) don't match the method signature for HtmlService.HtmlOutput.setSandboxMode.",
    );
  });

  it('turns back into a template, and gives its HTML as a blob', () => {
    const { run } = world();
    expect(run(`var t = HtmlService.createHtmlOutput('<?= 1 + 1 ?>').asTemplate(); t.evaluate().getContent()`)).toBe(
      '2',
    );
    expect(run(`HtmlService.createHtmlOutput('<p>ạ</p>').getBlob().getDataAsString()`)).toBe('<p>ạ</p>');
    expect(run(`HtmlService.createHtmlOutput('<p>ạ</p>').getBlob().getContentType()`)).toBe('text/html');
  });
});
