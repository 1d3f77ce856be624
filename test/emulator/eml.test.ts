// .eml export: the written file is parsed here with a small MIME reader of its own (headers,
// RFC 2047 words, RFC 2231 file names, quoted-printable and base64), independent of nodemailer.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../local/emulator/workspace';
import { writeEml } from '../../local/export/eml';
import { vmWorld } from './services-vm';

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(text: string): Part {
  const split = text.search(/\r?\n\r?\n/);
  const head = text.slice(0, split);
  const body = text.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function boundaryOf(part: Part): string | null {
  return /boundary="?([^";]+)"?/.exec(part.headers.get('content-type') ?? '')?.[1] ?? null;
}

/** The leaf parts of a multipart tree, depth first. */
function leaves(part: Part): Part[] {
  const boundary = boundaryOf(part);
  if (!boundary) return [part];
  const pieces = part.body.split(`--${boundary}`).slice(1, -1);
  return pieces.flatMap((p) => leaves(parsePart(p.replace(/^\r?\n/, ''))));
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const joined = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (Q and B), adjacent words joined without the space between them. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

/** RFC 2231 filename*0*=utf-8''…; filename*1*=… continuations, or a plain filename="…". */
function fileName(disposition: string): string | null {
  const pieces = [...disposition.matchAll(/filename\*(\d+)\*?=([^;]+)/g)].sort((a, b) => Number(a[1]) - Number(b[1]));
  if (pieces.length > 0) {
    const raw = pieces.map((p) => p[2].trim().replace(/^"|"$/g, '')).join('');
    return decodeURIComponent(raw.replace(/^utf-8''/i, ''));
  }
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
}

function bodyBytes(part: Part): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body.replace(/\r?\n$/, ''));
  return Buffer.from(part.body.replace(/\r?\n$/, ''), 'utf8');
}

describe('writeEml', () => {
  const subject = 'Kế hoạch số 42/KH-BCĐ tuyên truyền xây dựng nông thôn mới năm 2023';
  const pdf = [37, 80, 68, 70, 45, 49, 46, 52, 10, 0, 255, 128, 200];

  async function written() {
    const ws = new Workspace();
    ws.setNow(new Date('2023-03-10T08:30:00+07:00'));
    const { run } = vmWorld(ws);
    run(`MailApp.sendEmail({
      to: 'ubnd.minhtien@gmail.com, Hội Nông dân <hoinongdan@gmail.com>', cc: 'mttq@gmail.com', bcc: 'luu@gmail.com',
      subject: ${JSON.stringify(subject)}, body: 'Kính gửi các đơn vị,\\nBan Chỉ đạo gửi kế hoạch.',
      htmlBody: '<p>Kính gửi các đơn vị,</p>', name: 'Ban Chỉ đạo xã Minh Tiến',
      attachments: [Utilities.newBlob(${JSON.stringify(pdf)}, 'application/pdf', 'Kế hoạch 42.pdf')] })`);
    const file = join(mkdtempSync(join(tmpdir(), 'eml-')), 'ke-hoach.eml');
    await writeEml(ws.mail.sent[0], file);
    return parsePart(readFileSync(file, 'latin1'));
  }

  it('writes the addresses, the Vietnamese subject as encoded words, and the emulated send time', async () => {
    const root = await written();
    expect(root.headers.get('subject')).toMatch(/^=\?UTF-8\?[QB]\?/i);
    expect(decodeWords(root.headers.get('subject')!)).toBe(subject);
    expect(decodeWords(root.headers.get('from')!)).toBe('Ban Chỉ đạo xã Minh Tiến <thuky.bqlntm@gmail.com>');
    expect(decodeWords(root.headers.get('to')!)).toBe('ubnd.minhtien@gmail.com, Hội Nông dân <hoinongdan@gmail.com>');
    expect(root.headers.get('cc')).toBe('mttq@gmail.com');
    expect(root.headers.get('bcc')).toBe('luu@gmail.com');
    expect(new Date(root.headers.get('date')!).getTime()).toBe(Date.UTC(2023, 2, 10, 1, 30));
  });

  it('holds the text and HTML bodies and the attachment with its name, type and bytes', async () => {
    const parts = leaves(await written());
    const type = (p: Part) => (p.headers.get('content-type') ?? '').split(';')[0].trim();
    const text = parts.find((p) => type(p) === 'text/plain')!;
    const html = parts.find((p) => type(p) === 'text/html')!;
    const attachment = parts.find((p) => type(p) === 'application/pdf')!;
    expect(bodyBytes(text).toString('utf8')).toBe('Kính gửi các đơn vị,\nBan Chỉ đạo gửi kế hoạch.');
    expect(bodyBytes(html).toString('utf8')).toBe('<p>Kính gửi các đơn vị,</p>');
    expect(attachment.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(fileName(attachment.headers.get('content-disposition')!)).toBe('Kế hoạch 42.pdf');
    expect([...bodyBytes(attachment)]).toEqual(pdf);
  });
});
