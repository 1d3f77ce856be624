// HtmlTemplate emulator: scriptlets, variables assigned on the template, contextual escaping of
// <?= ?>, files, and errors. Expected HTML is written out by hand from Google's documented behaviour.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

function world(htmlDir?: string) {
  const ws = new Workspace({ htmlDir });
  return { ws, ...vmWorld(ws) };
}

/** Evaluates `template` in the bundle's realm with `vars` (JavaScript source) assigned on it. */
function evaluate(run: (code: string) => unknown, template: string, vars = '{}'): string {
  return run(`(function () {
    var t = HtmlService.createTemplate(${JSON.stringify(template)});
    var vars = ${vars};
    for (var k in vars) t[k] = vars[k];
    return t.evaluate().getContent();
  })()`) as string;
}

function thrown(run: (code: string) => unknown, code: string): string | null {
  return run(`(function () { try { ${code}; return null; } catch (e) { return e.message; } })()`) as string | null;
}

describe('HtmlTemplate', () => {
  it('escapes <?= ?> in element text and prints <?!= ?> as it is', () => {
    const { run } = world();
    const vars = `{ ten: '<b>Hội "Nông dân" & Cựu chiến binh</b>' }`;
    expect(evaluate(run, '<p><?= ten ?></p>', vars)).toBe(
      '<p>&lt;b&gt;Hội &quot;Nông dân&quot; &amp; Cựu chiến binh&lt;/b&gt;</p>',
    );
    expect(evaluate(run, '<p><?!= ten ?></p>', vars)).toBe('<p><b>Hội "Nông dân" & Cựu chiến binh</b></p>');
  });

  it('runs statements and loops that span HTML', () => {
    const { run } = world();
    const html = '<ul><? for (var i = 0; i < ds.length; i++) { ?><li><?= ds[i] ?></li><? } ?></ul>';
    expect(evaluate(run, html, `{ ds: ['Thôn 1', 'Thôn <2>'] }`)).toBe(
      '<ul><li>Thôn 1</li><li>Thôn &lt;2&gt;</li></ul>',
    );
    expect(evaluate(run, '<? if (n > 1) { ?>nhiều<? } else { ?>một<? } ?>', '{ n: 1 }')).toBe('một');
  });

  it('drops the newline right after ?>, as in Google’s getCode example', () => {
    const { run } = world();
    const template = [
      '<!DOCTYPE html>',
      '<html>',
      '  <head>',
      '    <base target="_top">',
      '  </head>',
      '  <body>',
      "    <?= 'My favorite Google products:' ?>",
      "    <? var data = ['Gmail', 'Docs', 'Android'];",
      '      for (var i = 0; i < data.length; i++) { ?>',
      '        <b><?= data[i] ?></b>',
      '    <? } ?>',
      '  </body>',
      '</html>',
    ].join('\n');
    const expected =
      '<!DOCTYPE html>\n<html>\n  <head>\n    <base target="_top">\n  </head>\n  <body>\n    ' +
      'My favorite Google products:' +
      '    ' +
      '        <b>Gmail</b>\n    ' +
      '        <b>Docs</b>\n    ' +
      '        <b>Android</b>\n    ' +
      '  </body>\n</html>';
    expect(evaluate(run, template)).toBe(expected);
  });

  it('escapes for an attribute value so it cannot close the attribute', () => {
    const { run } = world();
    expect(evaluate(run, '<input value="<?= v ?>">', `{ v: 'a" onfocus="x()' }`)).toBe(
      '<input value="a&quot; onfocus=&quot;x()">',
    );
  });

  it('prints a JavaScript literal inside <script>, which evaluates back to the value', () => {
    const { run } = world();
    const data = { ten: '</script><b>Xã</b>', so: [1, 2.5], co: true };
    const html = evaluate(run, '<script>var d = <?= d ?>;</script>', `{ d: ${JSON.stringify(data)} }`);
    const literal = /^<script>var d = (.*);<\/script>$/.exec(html)![1];
    expect(literal).not.toContain('</script');
    expect(new Function(`return ${literal}`)()).toEqual(data);
    const inString = evaluate(run, `<script>var s = '<?= s ?>';</script>`, `{ s: "it's </script>" }`);
    const body = /^<script>var s = (.*);<\/script>$/.exec(inString)![1];
    expect(new Function(`return ${body}`)()).toBe("it's </script>");
  });

  it('surfaces a scriptlet error as an exception: an unknown variable, or a throw', () => {
    const { run } = world();
    expect(thrown(run, `HtmlService.createTemplate('<?= khongCo ?>').evaluate()`)).toBe('khongCo is not defined');
    expect(thrown(run, `HtmlService.createTemplate("<? throw new Error('hỏng') ?>").evaluate()`)).toBe('hỏng');
  });

  it('lets a // comment in a scriptlet hide the rest of its template line, as Google documents', () => {
    const { run } = world();
    expect(evaluate(run, '<? var x; // chú thích ?> không in\ncó in')).toBe('có in');
  });

  it('reads templates from the pushed .html files and names a missing one as Google does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-'));
    writeFileSync(join(dir, 'HopThoai.html'), '<h1><?= tieuDe ?></h1>');
    const { ws, run } = world(dir);
    expect(
      run(`var t = HtmlService.createTemplateFromFile('HopThoai'); t.tieuDe = 'Tổng hợp'; t.evaluate().getContent()`),
    ).toBe('<h1>Tổng hợp</h1>');
    expect(run(`HtmlService.createHtmlOutputFromFile('HopThoai').getContent()`)).toBe('<h1><?= tieuDe ?></h1>');
    expect(thrown(run, `HtmlService.createTemplateFromFile('KhongCo')`)).toBe('No HTML file named KhongCo was found.');
    ws.html.files.set('KhongCo', '<p>đăng ký trong bài kiểm thử</p>');
    expect(run(`HtmlService.createHtmlOutputFromFile('KhongCo').getContent()`)).toBe(
      '<p>đăng ký trong bài kiểm thử</p>',
    );
  });

  it('gives back its source, and code that keeps the template’s line numbers', () => {
    const { run } = world();
    const source = '<p>\n<?= a ?>\n</p>\n<? var b = 1; ?>x';
    run(`var t = HtmlService.createTemplate(${JSON.stringify(source)})`);
    expect(run('t.getRawContent()')).toBe(source);
    const code = run<string>('t.getCode()');
    expect(code).toContain('output._$ =');
    // Four template lines after the first, then three for the generated closing.
    expect(code.split('\n')).toHaveLength(source.split('\n').length + 3);
  });

  it('runs scriptlets in the bundle’s realm, where its top-level functions are visible', () => {
    const { ws, run, realm } = world();
    run(`function include(name) { return '<i>' + name + '</i>'; }`);
    const out = run(`var t = HtmlService.createTemplate('<?!= include(ten) ?><?= rows.length ?>');
      t.ten = 'kieu'; t.rows = [1, 2, 3]; var o = t.evaluate(); o.getContent()`);
    expect(out).toBe('<i>kieu</i>3');
    expect(ws.calls.count('HtmlTemplate.evaluate')).toBe(1);
    expect(ws.calls.count('HtmlOutput.getContent')).toBe(1);
    const error = run(`(function () { try { var t = HtmlService.createTemplate('<?= x.y.z ?>'); t.x = {};
      t.evaluate(); } catch (e) { return e; } })()`);
    expect(error).toBeInstanceOf(realm.Error);
  });
});
