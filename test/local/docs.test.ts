// The guides in docs/ show only pictures that `npm run docs` makes (local/doc-pictures.ts renders
// them and fails when one of its list is missing), and every picture it makes is shown somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOC_PICTURES } from '../../local/tools/doc-pictures';

const DOCS = join(__dirname, '..', '..', 'docs');
const GUIDES = ['huong-dan-thu-ky.md', 'huong-dan-don-vi.md'];

/** The targets of the Markdown images (![alt](target)) and HTML <img src> in `text`. */
function pictureRefs(text: string): string[] {
  const md = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  const html = [...text.matchAll(/<img\s[^>]*src="([^"]+)"/gi)].map((m) => m[1]);
  return [...md, ...html];
}

describe('the guides and their pictures', () => {
  const refs = new Map(GUIDES.map((g) => [g, pictureRefs(readFileSync(join(DOCS, g), 'utf8'))]));

  it.each(GUIDES)('%s shows pictures, each one that npm run docs produces', (guide) => {
    const targets = refs.get(guide)!;
    expect(targets.length).toBeGreaterThan(0);
    const notProduced = targets.filter((t) => !(t.startsWith('img/') && t.slice(4) in DOC_PICTURES));
    expect(notProduced).toEqual([]);
  });

  it('every picture npm run docs declares is in docs/img and shown by a guide', () => {
    const shown = new Set([...refs.values()].flat().map((t) => t.slice(4)));
    for (const name of Object.keys(DOC_PICTURES)) {
      expect({ name, inDocsImg: existsSync(join(DOCS, 'img', name)) }).toEqual({ name, inDocsImg: true });
      expect({ name, shown: shown.has(name) }).toEqual({ name, shown: true });
    }
    const stale = readdirSync(join(DOCS, 'img')).filter((f) => !(f in DOC_PICTURES));
    expect(stale).toEqual([]);
  });

  it('reads both Markdown and HTML image references', () => {
    expect(pictureRefs('a ![x](img/a.png) b <img alt="y" src="img/b.png"> ![z](img/c.png "t")')).toEqual([
      'img/a.png',
      'img/c.png',
      'img/b.png',
    ]);
  });
});
