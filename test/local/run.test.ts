// npm start as a newcomer runs it: the sample played through the bundle, files a person can open,
// a second run on the written workbook, and clear Vietnamese messages for a bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const root = join(__dirname, '..', '..');

function run(...args: string[]) {
  return runWith({}, ...args);
}

function runWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'local/tools/run.ts', ...args],
    { cwd: root, encoding: 'utf8', timeout: 240_000, env: { ...process.env, ...env } },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NO_STACK = /\n\s+at .+\(.*:\d+:\d+\)/;

describe('the offline runner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'npm-start-'));
  // As on a machine with no browser installed: the pictures come from the Chromium npm install brought.
  const first = runWith({ CHROMIUM_SYSTEM_PATHS: join(dir, 'khong-co-trinh-duyet') }, '--out', join(dir, 'out'));

  it('runs the sample and writes the workbook and the report', async () => {
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('DỮ LIỆU MẪU');
    const workbook = join(dir, 'out', 'workbook.xlsx');
    expect(existsSync(workbook)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    const names = book.worksheets.map((w) => w.name);
    for (const tab of ['Cấu hình', 'Danh mục', 'BQL NTM', 'Thôn Tân Lập', 'Tổng hợp', 'Kiểm tra', 'Nhật ký báo cáo']) {
      expect(names).toContain(tab);
    }
    expect(readdirSync(join(dir, 'out')).some((f) => f.endsWith('.docx'))).toBe(true);
    // Tổng hợp's four charts: as pictures in the workbook where they stand, and as PNGs beside it.
    expect(book.getWorksheet('Tổng hợp')?.getImages()).toHaveLength(4);
    const pngs = readdirSync(join(dir, 'out')).filter((f) => /^Tổng hợp - biểu đồ \d\.png$/.test(f.normalize('NFC')));
    expect(pngs).toHaveLength(4);
  });

  (process.platform === 'linux' && process.arch === 'x64' ? it : it.skip)(
    'with no browser installed, still writes the pictures of the dialog and the sidebar',
    () => {
      expect(first.out).toContain('Ảnh hộp thoại và thanh bên: 3 tệp PNG.');
      for (const name of ['hop-thoai-tong-hop', 'hop-thoai-tong-hop-ket-qua', 'thanh-ben-tinh-hinh-nop']) {
        const png = readFileSync(join(dir, 'out', `${name}.png`));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(300);
        expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(300);
      }
    },
  );

  it('runs again on the workbook it wrote, with the same counts', () => {
    const again = run(
      '--input',
      join(dir, 'out', 'workbook.xlsx'),
      '--out',
      join(dir, 'out2'),
      '--period',
      '6thang',
      '--year',
      '2023',
    );
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    const counted = (text: string) =>
      text.match(/Tổng hợp [^:]+: (\d+) dòng được tính, (\d+) dòng không tính/)?.slice(1);
    expect(counted(again.out)).toEqual(counted(first.out));
    expect(counted(first.out)).toBeDefined();
    // A real workbook's units are never reminded on the user's behalf, and the plan the log says
    // was sent is not sent again: no mail at all.
    expect(first.out).toMatch(/Nhắc nộp báo cáo: [1-9]\d* thư/);
    expect(again.out).toContain('Nhắc nộp báo cáo: không chạy với --input');
    expect(again.out).toMatch(/Gửi kế hoạch qua Gmail: 0 thư/);
    expect(existsSync(join(dir, 'out2', 'outbox'))).toBe(false);
  });

  it('with --input, sends the plan to a recipient whose mail failed, and to nobody else (issue 14, case 11)', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'out', 'workbook.xlsx'));
    const log = book.getWorksheet('Nhật ký gửi')!;
    const header = (log.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const status = header.indexOf('Trạng thái');
    const kind = header.indexOf('Loại');
    let failed = '';
    log.eachRow((row, n) => {
      if (failed || n === 1 || row.getCell(kind).value !== 'Kế hoạch') return;
      row.getCell(status).value = 'lỗi: hộp thư đầy';
      failed = String(row.getCell(header.indexOf('Email')).value);
    });
    expect(failed).not.toBe('');
    const input = join(dir, 'out', 'mot-thu-loi.xlsx');
    await book.xlsx.writeFile(input);
    const again = run('--input', input, '--out', join(dir, 'out3'), '--period', '6thang', '--year', '2023');
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      'bản Google Doc ghi trong Nhật ký báo cáo không có trong bản chạy thử, nên tạo lại từ tab Kế hoạch',
    );
    expect(again.out).toMatch(/Gửi kế hoạch qua Gmail: 1 thư/);
    const outbox = readdirSync(join(dir, 'out3', 'outbox'));
    expect(outbox).toEqual([`01-${failed}.eml`]);
  });

  it('says in Vietnamese that an input file is missing, and exits 1', () => {
    const r = run('--input', join(dir, 'khong-co.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Không tìm thấy tệp/);
    expect(r.err).not.toMatch(NO_STACK);
  });

  it('says in Vietnamese that a file is not a workbook, and exits 1', () => {
    const fake = join(dir, 'khong-phai.xlsx');
    writeFileSync(fake, 'đây không phải sổ tính');
    const r = run('--input', fake);
    expect(r.code).toBe(1);
    expect(r.err.length).toBeGreaterThan(10);
    expect(r.err).toMatch(/[àáảãạăâđêôơư]/i);
    expect(r.err).not.toMatch(NO_STACK);
  });

  it('with CHROMIUM_PATH pointing nowhere says so in one line, and writes everything else', () => {
    const out = join(dir, 'no-browser');
    const r = runWith({ CHROMIUM_PATH: join(dir, 'khong-co-chromium') }, '--out', out);
    expect(r.code).toBe(0);
    const said = r.out.split('\n').filter((l) => l.includes('Chưa chụp ảnh hộp thoại'));
    expect(said).toEqual([expect.stringContaining(`CHROMIUM_PATH=${join(dir, 'khong-co-chromium')}: no such file`)]);
    // No picture of a dialog; the chart pictures need no browser and are there.
    const pngs = readdirSync(out).filter((f) => f.endsWith('.png'));
    expect(pngs.filter((f) => !f.normalize('NFC').startsWith('Tổng hợp - biểu đồ'))).toEqual([]);
    expect(pngs).toHaveLength(4);
    expect(existsSync(join(out, 'workbook.xlsx'))).toBe(true);
    expect(readdirSync(join(out, 'outbox')).length).toBeGreaterThan(0);
  });

  it('rejects an unknown option with the usage line', () => {
    const r = run('--period', 'quy');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--period nhận "6thang" hoặc "nam"');
    expect(r.err).toContain('Cách dùng: npm start');
  });
});
