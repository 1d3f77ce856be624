// Export to .xlsx and import back: values, dates, formulas, formats, sizes, merges, validation and
// protection survive; the file is a real workbook that exceljs reads on its own; a bad file is
// refused with a Vietnamese sentence.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Workspace } from '../../local/emulator';
import { exportXlsx, importXlsx } from '../../local/export/xlsx';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Range = GoogleAppsScript.Spreadsheet.Range;

const OWNER = 'thuky.bqlntm@gmail.com';
const DOAN = 'doantn.minhtien@gmail.com';
const dir = mkdtempSync(join(tmpdir(), 'xlsx-test-'));

/** Midnight in Asia/Ho_Chi_Minh (UTC+7), by hand. */
const hcm = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

function build() {
  const ws = new Workspace({ owner: OWNER });
  const file = ws.spreadsheets.create('Báo cáo NTM 2023');
  const app = ws.globals().SpreadsheetApp as App;
  const ss = app.getActiveSpreadsheet();
  ss.addEditor(DOAN);
  const config = ss.getActiveSheet().setName('Cấu hình');
  config.getRange('A1:C1').merge().setValue('CẤU HÌNH').setFontWeight('bold').setFontSize(13);
  config.getRange('A1').setHorizontalAlignment('center').setBackground('#d9ead3').setFontColor('#c00000');
  config.getRange('A2:C4').setValues([
    ['Kinh phí', 1200000, hcm(2023, 3, 15)],
    ['Tỷ lệ', 2.5, hcm(2023, 12, 31)],
    ['Mã', '', ''],
  ]);
  config.getRange('B2:B3').setNumberFormat('#,##0');
  config.getRange('C2:C3').setNumberFormat('dd/MM/yyyy');
  config.getRange('B4').setNumberFormat('@').setValue('0123');
  config.getRange('B5').setFormula('=SUM(B2:B3)');
  config.getRange('B6').setFormula('=HYPERLINK("https://docs.google.com/document/d/abc", "Báo cáo")');
  config
    .getRange('A7')
    .setValue('Ghi chú dài cần xuống dòng')
    .setWrap(true)
    .setFontStyle('italic')
    .setNote('Ghi chú ô');
  config.getRange('A8:B8').setBorder(true, true, true, true, null, null);
  config.setColumnWidth(1, 240);
  config.setFrozenRows(1);
  config.setTabColor('#ff0000');

  const catalogue = ss.insertSheet('Danh mục');
  catalogue.getRange('A1:A4').setValues([['Hình thức'], ['Loa truyền thanh'], ['Pano, áp phích'], ['Zalo']]);

  const unit = ss.insertSheet('Đoàn TN');
  unit.getRange('A9:C9').setValues([['Ngày', 'Hình thức', 'Có/Không']]);
  unit.setFrozenRows(9);
  unit
    .getRange('B10:B20')
    .setDataValidation(
      app
        .newDataValidation()
        .requireValueInRange(catalogue.getRange('A2:A200'), true)
        .setAllowInvalid(false)
        .setHelpText('Chọn trong Danh mục')
        .build(),
    );
  unit.getRange('C10:C20').setDataValidation(app.newDataValidation().requireValueInList(['Có', 'Không']).build());
  unit
    .getRange('F10:F20')
    .setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build());
  unit.getRange('A10:A20').setDataValidation(
    app
      .newDataValidation()
      .requireDateBetween(hcm(2022, 12, 15), hcm(2023, 12, 14))
      .setAllowInvalid(false)
      .build(),
  );
  unit.getRange('A10:B10').setValues([['15/3/2023', 'Zalo']]);
  const p = unit.protect().setDescription('Đoàn TN');
  p.removeEditors(p.getEditors());
  p.addEditor(DOAN);
  p.setUnprotectedRanges([unit.getRange('A10:M20')]);

  ss.insertSheet('Ẩn').hideSheet();
  return { ws, file, app };
}

async function roundTrip() {
  const built = build();
  const path = join(dir, `round-${Math.random().toString(36).slice(2)}.xlsx`);
  await exportXlsx(built.file, path);
  const ws2 = new Workspace({ owner: OWNER });
  const imported = await importXlsx(ws2, path);
  ws2.spreadsheets.setActive(imported);
  const app2 = ws2.globals().SpreadsheetApp as App;
  return { ...built, path, imported, ws2, ss2: app2.getActiveSpreadsheet(), app2 };
}

function sameValues(a: { getValues(): unknown[][] }, b: { getValues(): unknown[][] }): void {
  const norm = (v: unknown) => (v instanceof Date ? `date:${v.getTime()}` : v);
  expect(b.getValues().map((row) => row.map(norm))).toEqual(a.getValues().map((row) => row.map(norm)));
}

describe('round trip', () => {
  it('keeps tabs in order, hidden state and tab colour', async () => {
    const { ss2, imported } = await roundTrip();
    expect(ss2.getSheets().map((s) => s.getName())).toEqual(['Cấu hình', 'Danh mục', 'Đoàn TN', 'Ẩn']);
    expect(ss2.getSheetByName('Ẩn')?.isSheetHidden()).toBe(true);
    expect(ss2.getSheetByName('Cấu hình')?.getTabColor()).toBe('#ff0000');
    expect(imported.getName()).toMatch(/^round-/);
  });

  it('keeps values, dates, formulas and number formats', async () => {
    const { file, ss2 } = await roundTrip();
    const before = file.sheet('Cấu hình');
    const after = ss2.getSheetByName('Cấu hình')!;
    sameValues(before.getRange('A1:C8'), after.getRange('A1:C8'));
    expect(after.getRange('C2').getValue()).toEqual(hcm(2023, 3, 15));
    expect(after.getRange('B4').getValue()).toBe('0123');
    expect(after.getRange('B5:B6').getFormulas()).toEqual([
      ['=SUM(B2:B3)'],
      ['=HYPERLINK("https://docs.google.com/document/d/abc", "Báo cáo")'],
    ]);
    expect(after.getRange('B5:B6').getValues()).toEqual([[1200002.5], ['Báo cáo']]);
    expect(after.getRange('B2:C4').getNumberFormats()).toEqual([
      ['#,##0', 'dd/MM/yyyy'],
      ['#,##0', 'dd/MM/yyyy'],
      ['@', '0.###############'],
    ]);
    expect(after.getRange('B2:C2').getDisplayValues()).toEqual([['1.200.000', '15/03/2023']]);
    sameValues(file.sheet('Đoàn TN').getRange('A9:C10'), ss2.getSheetByName('Đoàn TN')!.getRange('A9:C10'));
  });

  it('keeps text formats, widths, frozen rows, merges, borders and notes', async () => {
    const { ss2 } = await roundTrip();
    const s = ss2.getSheetByName('Cấu hình')!;
    const a1 = s.getRange('A1');
    expect([a1.getFontWeight(), a1.getFontSize(), a1.getFontColor(), a1.getBackground()]).toEqual([
      'bold',
      13,
      '#c00000',
      '#d9ead3',
    ]);
    expect(a1.getHorizontalAlignment()).toBe('center');
    expect(s.getRange('A7').getWrap()).toBe(true);
    expect(s.getRange('A7').getFontStyle()).toBe('italic');
    expect(s.getRange('A7').getNote()).toBe('Ghi chú ô');
    expect(s.getRange('A2').getFontWeight()).toBe('normal');
    expect(s.getColumnWidth(1)).toBe(240);
    expect(s.getColumnWidth(2)).toBe(100);
    expect(s.getFrozenRows()).toBe(1);
    expect(ss2.getSheetByName('Đoàn TN')!.getFrozenRows()).toBe(9);
    expect(
      s
        .getRange('A1:C1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1']);
    expect(s.getRange('A1:C1').getValues()).toEqual([['CẤU HÌNH', '', '']]);
  });

  it('keeps validation rules: list from range (still live), list of values, number and date rules', async () => {
    const { ss2, app2, ws2 } = await roundTrip();
    const unit = ss2.getSheetByName('Đoàn TN')!;
    const fromRange = unit.getRange('B20').getDataValidation()!;
    expect(fromRange.getCriteriaType()).toBe(app2.DataValidationCriteria.VALUE_IN_RANGE);
    const [source] = fromRange.getCriteriaValues() as [Range];
    expect(`${source.getSheet().getName()}!${source.getA1Notation()}`).toBe('Danh mục!A2:A200');
    expect(fromRange.getAllowInvalid()).toBe(false);
    expect(fromRange.getHelpText()).toBe('Chọn trong Danh mục');
    const list = unit.getRange('C15').getDataValidation()!;
    expect(list.getCriteriaType()).toBe(app2.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['Có', 'Không'], true]);
    expect(list.getAllowInvalid()).toBe(true);
    const number = unit.getRange('F10').getDataValidation()!;
    expect(number.getCriteriaType()).toBe(app2.DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO);
    expect(number.getCriteriaValues()).toEqual([0]);
    const date = unit.getRange('A20').getDataValidation()!;
    expect(date.getCriteriaType()).toBe(app2.DataValidationCriteria.DATE_BETWEEN);
    expect((date.getCriteriaValues() as Date[]).map((d) => d.getTime())).toEqual([
      hcm(2022, 12, 15).getTime(),
      hcm(2023, 12, 14).getTime(),
    ]);
    expect(unit.getRange('B21').getDataValidation()).toBeNull();
    // The imported dropdown still reads the catalogue as it is now.
    expect(() => ws2.spreadsheets.typeInto('Đoàn TN', 'B11', 'Facebook')).toThrow('violates');
    ss2.getSheetByName('Danh mục')!.getRange('A5').setValue('Facebook');
    ws2.spreadsheets.typeInto('Đoàn TN', 'B11', 'Facebook');
  });

  it('brings a protected tab back protected for all but the owner, with its open ranges', async () => {
    const { ss2, app2, ws2 } = await roundTrip();
    const unit = ss2.getSheetByName('Đoàn TN')!;
    const [p] = unit.getProtections(app2.ProtectionType.SHEET);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['A10:M20']);
    ss2.addEditor(DOAN);
    ws2.asUser(DOAN, () => {
      unit.getRange('D12').setValue('ô mở');
      expect(() => unit.getRange('A9').setValue('x')).toThrow('protected cell');
    });
  });
});

describe('the exported file, read by exceljs on its own', () => {
  it('holds real numbers, dates, formulas with results and styles', async () => {
    const { path } = await roundTrip();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cấu hình', 'Danh mục', 'Đoàn TN', 'Ẩn']);
    const s = wb.getWorksheet('Cấu hình')!;
    expect(s.getCell('B2').value).toBe(1200000);
    expect(s.getCell('B2').numFmt).toBe('#,##0');
    // Excel dates carry the wall clock: 15/03/2023 00:00 with no zone.
    expect((s.getCell('C2').value as Date).toISOString()).toBe('2023-03-15T00:00:00.000Z');
    expect(s.getCell('B5').value).toEqual({ formula: 'SUM(B2:B3)', result: 1200002.5 });
    expect(s.getCell('B4').value).toBe('0123');
    expect(s.getCell('A1').font.bold).toBe(true);
    expect(s.getCell('A1').font.color?.argb).toBe('FFC00000');
    expect(s.getColumn(1).width).toBeCloseTo((240 - 5) / 7, 5);
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(s.getCell('A1').isMerged && s.getCell('C1').isMerged).toBe(true);
    expect(s.getCell('A8').border.top?.style).toBe('thin');
    const unit = wb.getWorksheet('Đoàn TN')!;
    expect(unit.getCell('B10').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$A$2:$A$200"],
      errorStyle: 'stop',
    });
    expect(unit.getCell('C10').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(wb.getWorksheet('Ẩn')!.state).toBe('hidden');
  });
});

describe('import errors', () => {
  it('explains a missing file in Vietnamese', async () => {
    await expect(importXlsx(new Workspace(), join(dir, 'khong-co.xlsx'))).rejects.toThrow(/^Không tìm thấy tệp/);
  });

  it('explains a file that is not a workbook in Vietnamese', async () => {
    const fake = join(dir, 'gia.xlsx');
    writeFileSync(fake, 'đây không phải bảng tính');
    await expect(importXlsx(new Workspace(), fake)).rejects.toThrow('không phải là tệp Excel (.xlsx) hợp lệ');
  });

  it('explains a directory in Vietnamese', async () => {
    await expect(importXlsx(new Workspace(), dir)).rejects.toThrow('là một thư mục');
  });
});

describe('long texts full of emoji (issue 14, case 8)', () => {
  it('come back from the .xlsx character for character, in every cell', async () => {
    const ws = new Workspace({ owner: OWNER });
    const file = ws.spreadsheets.create('Emoji');
    const ss = (ws.globals().SpreadsheetApp as App).getActiveSpreadsheet();
    const sheet = ss.getActiveSheet().setName('Hội Nông dân');
    // Many long cells, so that the file's shared strings run past many 16,384-unit chunks at every offset.
    const texts = Array.from({ length: 300 }, (_, i) => [
      `Dòng ${i}: ${'🌾 lúa 🐃 trâu 👍 '.repeat(20 + (i % 37) * 11)}${'x'.repeat(i % 3)}`,
    ]);
    sheet.insertRowsAfter(sheet.getMaxRows(), 300);
    sheet.getRange(1, 1, texts.length, 1).setValues(texts);
    const path = join(dir, 'emoji.xlsx');
    await exportXlsx(file, path);
    const back = await importXlsx(new Workspace({ owner: OWNER }), path);
    const values = back.getSheetByName('Hội Nông dân')!.getRange(1, 1, texts.length, 1).getValues();
    const bad = values.flatMap((r, i) => (r[0] === texts[i][0] ? [] : [i + 1]));
    expect(bad).toEqual([]);
  });
});

describe('tab names longer than Excel’s 31 characters (issue 14, case 10)', () => {
  const LONG = 'Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường';

  it('are cut to 31 characters in the file, said in Vietnamese, and the file reads back', async () => {
    const ws = new Workspace({ owner: OWNER });
    const file = ws.spreadsheets.create('Dài');
    const ss = (ws.globals().SpreadsheetApp as App).getActiveSpreadsheet();
    ss.getActiveSheet().setName(LONG).getRange(1, 1).setValue('số liệu');
    const warnings: string[] = [];
    const spy = jest.spyOn(console, 'warn').mockImplementation((m: unknown) => {
      warnings.push(String(m));
    });
    const path = join(dir, 'dai.xlsx');
    try {
      await exportXlsx(file, path);
    } finally {
      spy.mockRestore();
    }
    const cut = 'Công chức Địa chính - Xây dựng';
    expect(warnings).toEqual([
      `Tab "${LONG}" dài ${LONG.length} ký tự; tệp Excel chỉ cho phép 31 nên trong tệp tab này tên là "${cut}".`,
    ]);
    const back = await importXlsx(new Workspace({ owner: OWNER }), path);
    expect(back.sheets.map((s) => s.getName())).toEqual([cut]);
    expect(back.sheets[0].getRange(1, 1).getValue()).toBe('số liệu');
  });

  it('in a downloaded file are named in a Vietnamese message, without English warnings', async () => {
    const ws = new Workspace({ owner: OWNER });
    const file = ws.spreadsheets.create('Dài');
    (ws.globals().SpreadsheetApp as App).getActiveSpreadsheet().getActiveSheet().setName('Ngắn');
    const path = join(dir, 'tai-ve.xlsx');
    await exportXlsx(file, path);
    // As Google writes it: the full name in the workbook.
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace('name="Ngắn"', `name="${LONG}"`));
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const warn = jest.spyOn(console, 'warn');
    try {
      await expect(importXlsx(new Workspace(), path)).rejects.toThrow(
        `có tab tên dài hơn 31 ký tự ("${LONG}"), mà tệp Excel chỉ cho phép 31.`,
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('what a downloaded workbook holds besides values (issue 14, case 11)', () => {
  it('imports an error value (#REF!) as an error, not as the text "#REF!"', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Thôn');
    sheet.getCell('A1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    sheet.getCell('A2').value = '#REF!';
    const path = join(dir, 'loi.xlsx');
    await wb.xlsx.writeFile(path);
    const ws = new Workspace({ owner: OWNER });
    const back = await importXlsx(ws, path);
    ws.spreadsheets.setActive(back);
    const tab = (ws.globals().SpreadsheetApp as App).getActiveSpreadsheet().getSheetByName('Thôn')!;
    expect(tab.getRange('A1:A2').getValues()).toEqual([['#REF!'], ['#REF!']]);
    expect(tab.getRange('A1:A2').getFormulas()).toEqual([['=#REF!'], ['']]);
  });

  it('computes TODAY() and NOW() on the emulated clock, in the Sheet’s time zone', () => {
    // 20/06/2023 23:30 in Hà Nội is still 20/06 there (16:30 UTC).
    const ws = new Workspace({ owner: OWNER, now: new Date('2023-06-20T23:30:00+07:00') });
    ws.spreadsheets.create('Hôm nay');
    const sheet = (ws.globals().SpreadsheetApp as App).getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1').setFormula('=TODAY()');
    sheet.getRange('A2').setFormula('=NOW()');
    sheet.getRange('A3').setFormula('=TODAY(1)');
    // Serial of 20/06/2023 counted by hand: 45,097 days after 30/12/1899.
    const [[today], [now], [bad]] = sheet.getRange('A1:A3').getValues();
    expect(today).toBe(45097);
    expect(now).toBeCloseTo(45097 + 23.5 / 24, 6);
    expect(bad).toBe('#N/A');
  });
});
