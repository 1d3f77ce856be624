// Utilities emulator: Java date patterns in a time zone, sprintf-like formatting, blobs, sleep on
// the emulated clock, base64 and digests. Expected values are worked out by hand in the comments.
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

function world() {
  const ws = new Workspace();
  return { ws, ...vmWorld(ws) };
}

function thrown(run: (code: string) => unknown, code: string): string | null {
  return run(`(function () { try { ${code}; return null; } catch (e) { return e.message; } })()`) as string | null;
}

describe('Utilities.formatDate', () => {
  // 2023-06-20 02:05:09.007 UTC, a Tuesday: 09:05:09 in Hồ Chí Minh City (UTC+7, no DST).
  const instant = 'new Date(Date.UTC(2023, 5, 20, 2, 5, 9, 7))';

  it('formats in the given zone, from a Date made in the bundle’s realm', () => {
    const { run } = world();
    expect(run(`Utilities.formatDate(${instant}, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')`)).toBe(
      '20/06/2023 09:05:09',
    );
    expect(run(`Utilities.formatDate(${instant}, 'GMT', 'dd/MM/yyyy HH:mm:ss')`)).toBe('20/06/2023 02:05:09');
    expect(run(`Utilities.formatDate(${instant}, 'GMT+7', 'HH:mm')`)).toBe('09:05');
  });

  it('puts a date near midnight on the day of the zone, not of UTC', () => {
    const { run } = world();
    // 2023-06-19 17:30 UTC is 2023-06-20 00:30 at UTC+7.
    const late = 'new Date(Date.UTC(2023, 5, 19, 17, 30))';
    expect(run(`Utilities.formatDate(${late}, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')`)).toBe('20/06/2023');
    expect(run(`Utilities.formatDate(${late}, 'UTC', 'dd/MM/yyyy')`)).toBe('19/06/2023');
  });

  it('knows the pattern letters for names, 12-hour time, milliseconds and offsets', () => {
    const { run } = world();
    const f = (p: string) => run(`Utilities.formatDate(${instant}, 'Asia/Ho_Chi_Minh', ${JSON.stringify(p)})`);
    expect(f('EEE, d MMM yyyy h:mm a Z')).toBe('Tue, 20 Jun 2023 9:05 AM +0700');
    expect(f('EEEE d MMMM yy')).toBe('Tuesday 20 June 23');
    expect(f("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2023-06-20T09:05:09.007+07:00');
    expect(f('D u k K')).toBe('171 2 9 9');
    expect(f('M/d/y')).toBe('6/20/2023');
  });

  it('follows daylight saving time in zones that have it', () => {
    const { run } = world();
    expect(run(`Utilities.formatDate(new Date(Date.UTC(2023, 0, 15, 12)), 'America/New_York', 'HH:mm Z')`)).toBe(
      '07:00 -0500',
    );
    expect(run(`Utilities.formatDate(new Date(Date.UTC(2023, 6, 15, 12)), 'America/New_York', 'HH:mm Z')`)).toBe(
      '08:00 -0400',
    );
  });

  it('prints quoted text as is, and two quotes as one', () => {
    const { run } = world();
    expect(run(`Utilities.formatDate(${instant}, 'Asia/Ho_Chi_Minh', "'ngày' dd 'tháng' MM 'năm' yyyy")`)).toBe(
      'ngày 20 tháng 06 năm 2023',
    );
    expect(run(`Utilities.formatDate(${instant}, 'Asia/Ho_Chi_Minh', "h 'o''clock'")`)).toBe("9 o'clock");
  });

  it('gives the week-based year for Y, as Java does (the classic end-of-December bug)', () => {
    const { run } = world();
    // Monday 30 December 2019 lies in the Sunday-to-Saturday week holding 1 January 2020.
    expect(run(`Utilities.formatDate(new Date(Date.UTC(2019, 11, 30, 12)), 'GMT', 'YYYY yyyy ww')`)).toBe(
      '2020 2019 01',
    );
  });

  it('throws on a pattern letter Java does not know, or an unterminated quote', () => {
    const { run } = world();
    expect(thrown(run, `Utilities.formatDate(${instant}, 'GMT', 'yyyy-MM-ddTHH:mm')`)).toBe(
      "Illegal pattern character 'T'",
    );
    expect(thrown(run, `Utilities.formatDate(${instant}, 'GMT', 'dd/MM/yyyy b')`)).toBe(
      "Illegal pattern character 'b'",
    );
    expect(thrown(run, `Utilities.formatDate(${instant}, 'GMT', "dd 'tháng")`)).toBe('Unterminated quote');
  });

  it('refuses a date given as text, with Google’s message', () => {
    const { run } = world();
    expect(thrown(run, `Utilities.formatDate('20/06/2023', 'GMT', 'dd/MM/yyyy')`)).toBe(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities.formatString', () => {
  it('formats %s, %d, %f with width, precision and flags', () => {
    const { run } = world();
    expect(run(`Utilities.formatString('%s có %d đơn vị, đạt %.2f%%', 'Xã', 12, 87.456)`)).toBe(
      'Xã có 12 đơn vị, đạt 87.46%',
    );
    expect(run(`Utilities.formatString('%5d|%-5s|%05.1f|%x', 42, 'ab', 3.14159, 255)`)).toBe('   42|ab   |003.1|ff');
  });
});

describe('Utilities blobs, sleep, base64, digests and UUIDs', () => {
  it('makes blobs from text or signed bytes', () => {
    const { run } = world();
    expect(run(`Utilities.newBlob('Tổng hợp', 'text/plain', 'a.txt').getDataAsString()`)).toBe('Tổng hợp');
    expect(run(`Utilities.newBlob([-1, 0, 127, -128]).getBytes().join()`)).toBe('-1,0,127,-128');
    expect(run(`Utilities.newBlob('x', 'text/csv', 'b.csv').getContentType()`)).toBe('text/csv');
  });

  it('a blob made from text alone is text/plain; one from bytes alone has no content type', () => {
    const { run } = world();
    expect(run(`Utilities.newBlob('Tổng hợp').getContentType()`)).toBe('text/plain');
    expect(run(`Utilities.newBlob([1, 2]).getContentType()`)).toBeNull();
  });

  it('sleeps on the emulated clock, up to five minutes', () => {
    const { ws, run } = world();
    const start = ws.now().getTime();
    run('Utilities.sleep(1500)');
    expect(ws.now().getTime() - start).toBe(1500);
    expect(thrown(run, 'Utilities.sleep(300001)')).toBe('Invalid argument: milliseconds');
    expect(ws.now().getTime() - start).toBe(1500);
  });

  it('encodes UTF-8 text to base64 and decodes to signed bytes', () => {
    const { run } = world();
    // 'ệ' is E1 BB 87: 111000 011011 101110 000111 → 56 27 46 7 → "4buH".
    expect(run(`Utilities.base64Encode('ệ')`)).toBe('4buH');
    expect(run(`Utilities.base64Encode('Hi')`)).toBe('SGk=');
    expect(run(`Utilities.base64Decode('4buH').join()`)).toBe('-31,-69,-121');
    expect(run(`Utilities.base64Decode('4buH') instanceof Array`)).toBe(true);
    expect(thrown(run, `Utilities.base64Decode('không phải base64')`)).toBe('Could not decode string.');
  });

  it('computes MD5 and SHA-256 digests as signed bytes', () => {
    const { run } = world();
    // MD5("abc") = 90 01 50 98 ...; SHA-256("abc") = ba 78 16 bf ... (FIPS 180-2 test vector).
    expect(run(`Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc').slice(0, 4).join()`)).toBe(
      '-112,1,80,-104',
    );
    expect(run(`Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc').slice(0, 4).join()`)).toBe(
      '-70,120,22,-65',
    );
    expect(run(`Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc').length`)).toBe(32);
  });

  it('gives version-4 UUIDs', () => {
    const { run } = world();
    expect(run('Utilities.getUuid()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
