// The menu's labels are typed once, in src/domain/menu-items.ts. Every message that sends someone to
// an action, every alert titled with it and every lock that names it builds the words from MENU, so
// renaming an item in the menu renames it in every sentence a user reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { MENU, MENU_ITEMS, MENU_TITLE, menuPath } from '../../src/domain/menu-items';

const ROOT = join(__dirname, '../..');
const MENU_MODULE = 'src/domain/menu-items.ts';

/**
 * Vietnamese text in src/ whose words happen to be a label's but that names no menu item: renaming
 * the item must not change it.
 */
const PROSE: readonly { readonly file: string; readonly text: string; readonly why: string }[] = [
  {
    file: 'src/domain/send-log.ts',
    text: 'Nhắc nộp báo cáo',
    why: 'the kind of mail in Nhật ký gửi, read back from logs already written',
  },
  {
    file: 'src/domain/reminder-plan.ts',
    text: 'Nhắc nộp báo cáo ',
    why: 'what Nhật ký gửi says was sent (a reminder for a period)',
  },
  {
    file: 'src/domain/mail-text.ts',
    text: 'Nhắc nộp báo cáo kết quả tuyên truyền xây dựng nông thôn mới ',
    why: 'the subject of the reminder mail',
  },
  {
    file: 'src/domain/invitation-text.ts',
    text: 'Gửi thư mời nhập liệu (kèm đường liên kết tới tab của đơn vị) cho ',
    why: 'the question before sending, worded like the one of Nhắc nộp báo cáo',
  },
];

/** The text of every string and template literal of a file (comments and code are left out). */
function literals(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      out.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(file);
  return out;
}

function sourceFiles(dir: string, extension: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(extension))
    .map((f) =>
      relative(ROOT, join(ROOT, dir, f))
        .split('\\')
        .join('/'),
    )
    .sort();
}

describe('the menu', () => {
  it('names each item once, in the order users see, with separators between the groups only', () => {
    const items = MENU_ITEMS.filter((i) => i !== null);
    expect(new Set(items).size).toBe(Object.keys(MENU).length);
    expect(new Set(items.map((i) => i.label)).size).toBe(items.length);
    expect(MENU_ITEMS[0]).not.toBeNull();
    expect(MENU_ITEMS.at(-1)).not.toBeNull();
  });

  it('shows the path a user clicks through', () => {
    expect(menuPath(MENU.setup)).toBe('Báo cáo NTM → Thiết lập bảng tính');
    expect(menuPath(MENU.createPlan)).toBe('Báo cáo NTM → Tạo kế hoạch (Google Doc)');
  });
});

describe('a menu label in src/ (TypeScript and the HtmlService pages)', () => {
  const labels = Object.values(MENU).map((i) => i.label);
  const paths = [`${MENU_TITLE} →`, `menu ${MENU_TITLE}`];
  // The HtmlService pages are read line by line, less their comments: a title there comes from the server too.
  const texts = [
    ...sourceFiles('src', '.ts')
      .filter((file) => file !== MENU_MODULE)
      .map((file) => ({ file, texts: literals(readFileSync(join(ROOT, file), 'utf8')) })),
    ...sourceFiles('src', '.html').map((file) => ({
      file,
      texts: readFileSync(join(ROOT, file), 'utf8')
        .replace(/<!--[\s\S]*?-->/g, '')
        .split('\n'),
    })),
  ];
  const found = texts.flatMap(({ file, texts }) =>
    texts.filter((text) => [...labels, ...paths].some((l) => text.includes(l))).map((text) => ({ file, text })),
  );
  const isProse = (f: { file: string; text: string }) => PROSE.some((p) => p.file === f.file && p.text === f.text);

  it('is typed only in the menu module: every other text takes it from MENU', () => {
    expect(found.filter((f) => !isProse(f))).toEqual([]);
  });

  it('is found by the scan where it is only prose (the list above stays true)', () => {
    for (const p of PROSE) expect(found).toContainEqual({ file: p.file, text: p.text });
  });
});

describe('src/main.ts, the front door', () => {
  const source = readFileSync(join(ROOT, 'src/main.ts'), 'utf8');
  const sections = source
    .split(/^\/\/ -{20,}\n/m)
    .slice(1)
    .map((text) => ({
      heading: /^\/\/ (.*)$/m.exec(text)?.[1] ?? '',
      functions: [...text.matchAll(/^export function (\w+)/gm)].map((m) => m[1]),
    }));

  it('has one section per menu item, in the menu’s order, headed by the item’s label', () => {
    const items = MENU_ITEMS.filter((i) => i !== null);
    const menuSections = sections.filter((s) => items.some((i) => s.functions.includes(i.functionName)));
    expect(menuSections.map((s) => s.heading)).toEqual(items.map((i) => i.label));
    for (const [n, s] of menuSections.entries()) expect(s.functions[0]).toBe(items[n].functionName);
  });
});
