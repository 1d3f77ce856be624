// npm run pages -- [DIR]   (default: out)
// Renders every .docx in DIR with LibreOffice (a second, independent reader of what we export) and
// checks page by page that no page is empty: a stray page break after a block that filled its page
// shows only here. Writes the PDFs and one PNG per page into DIR/pages/ to look at. Needs Debian's
// libreoffice-writer and poppler-utils, which a fresh machine lacks: this is a script, not a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

function run(cmd: string, args: readonly string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.error || r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} thất bại: ${r.error?.message ?? r.stderr}`);
  }
  return r.stdout;
}

/** Pages of `pdf` with neither text nor a picture on them (the page number alone counts as empty). */
function emptyPages(pdf: string): { pages: number; empty: number[] } {
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
  const images = run('pdfimages', ['-list', pdf])
    .split('\n')
    .slice(2)
    .map((l) => Number(l.trim().split(/\s+/)[0]))
    .filter((n) => n > 0);
  const empty: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const text = run('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-']);
    const words = text.replace(/\f/g, '').trim();
    if ((words === '' || /^\d+$/.test(words)) && !images.includes(p)) empty.push(p);
  }
  return { pages, empty };
}

function main(): number {
  const dir = process.argv[2] ?? 'out';
  if (!existsSync(dir)) {
    console.error(`Không có thư mục ${dir}: chạy npm start trước.`);
    return 2;
  }
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.error) {
    console.error('Cần LibreOffice (Debian: apt-get install libreoffice-writer poppler-utils).');
    return 2;
  }
  const out = join(dir, 'pages');
  mkdirSync(out, { recursive: true });
  let bad = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.docx'))) {
    run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, join(dir, file)]);
    const pdf = join(out, `${basename(file, '.docx')}.pdf`);
    const { pages, empty } = emptyPages(pdf);
    run('pdftoppm', ['-png', '-r', '60', pdf, join(out, basename(file, '.docx'))]);
    console.log(
      `${file}: ${pages} trang${empty.length > 0 ? `, trang trống: ${empty.join(', ')}` : ', không trang nào trống'}`,
    );
    if (empty.length > 0) bad += 1;
  }
  return bad > 0 ? 1 : 0;
}

process.exitCode = main();
