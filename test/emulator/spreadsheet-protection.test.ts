// Who may write where: the owner always, a unit's editor only in its own protected tab, a viewer
// nowhere. Scripts run as the active user, so the bundle meets the same refusals a person would.
import { Workspace } from '../../local/emulator';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const OWNER = 'thuky.bqlntm@gmail.com';
const DOAN = 'doantn.minhtien@gmail.com';
const HOI = 'hoiphunu.minhtien@gmail.com';
const VIEWER = 'vanphong.dieuphoi@gmail.com';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function setup() {
  const ws = new Workspace({ owner: OWNER });
  ws.spreadsheets.create('Báo cáo NTM');
  const app = ws.globals().SpreadsheetApp as App;
  const ss = app.getActiveSpreadsheet();
  ss.addEditors([DOAN, HOI]);
  ss.addViewer(VIEWER);
  const doan = ss.insertSheet('Đoàn TN');
  const hoi = ss.insertSheet('Hội LHPN');
  for (const [sheet, editor] of [
    [doan, DOAN],
    [hoi, HOI],
  ] as const) {
    const p = sheet.protect().setDescription(`Chỉ ${editor} được sửa`);
    p.removeEditors(p.getEditors());
    p.addEditor(editor);
  }
  return { ws, app, ss, doan, hoi };
}

describe('sharing', () => {
  it('lists the owner among editors and keeps viewers apart', () => {
    const { ss } = setup();
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([OWNER, DOAN, HOI]);
    expect(ss.getViewers().map((u) => u.getEmail())).toEqual([VIEWER]);
    ss.addViewer(DOAN);
    expect(ss.getViewers().map((u) => u.getEmail())).toEqual([VIEWER]);
  });
});

describe('sheet protection', () => {
  it('lets the unit editor and the owner write the unit tab', () => {
    const { ws, doan } = setup();
    ws.asUser(DOAN, () => doan.getRange('A10').setValue('Hội nghị'));
    doan.getRange('A11').setValue('Chủ sở hữu');
    expect(doan.getRange('A10:A11').getValues()).toEqual([['Hội nghị'], ['Chủ sở hữu']]);
  });

  it("refuses another unit's editor, for values, formats and structure alike", () => {
    const { ws, doan } = setup();
    ws.asUser(HOI, () => {
      expect(() => doan.getRange('A10').setValue('x')).toThrow(PROTECTED);
      expect(() => doan.getRange('A10').setFontWeight('bold')).toThrow(PROTECTED);
      expect(() => doan.insertRowsAfter(10, 1)).toThrow(PROTECTED);
      expect(() => doan.setName('Đổi tên')).toThrow(PROTECTED);
    });
    expect(doan.getRange('A10').getValue()).toBe('');
    expect(doan.getRange('A10').getFontWeight()).toBe('normal');
  });

  it('refuses a viewer everywhere, even an unprotected tab', () => {
    const { ws, ss } = setup();
    const free = ss.getSheetByName('Trang tính1')!;
    ws.asUser(VIEWER, () => {
      expect(free.getRange('A1').getValue()).toBe('');
      expect(() => free.getRange('A1').setValue('x')).toThrow(
        'You do not have permission to access the requested document.',
      );
      expect(() => ss.insertSheet('Mới')).toThrow('You do not have permission');
    });
  });

  it('keeps the owner and lists the editors the script set', () => {
    const { app, ss, doan } = setup();
    const [p] = doan.getProtections(app.ProtectionType.SHEET);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, DOAN]);
    p.removeEditor(OWNER);
    expect(p.getEditors().map((u) => u.getEmail())).toContain(OWNER);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(2);
    expect(p.getDescription()).toBe(`Chỉ ${DOAN} được sửa`);
  });

  it('a fresh protection mirrors the spreadsheet editors until narrowed (it protects nothing yet)', () => {
    const { ws, ss } = setup();
    const sheet = ss.insertSheet('Tổng hợp');
    const p = sheet.protect();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, DOAN, HOI]);
    ws.asUser(HOI, () => sheet.getRange('A1').setValue('vẫn sửa được'));
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    ws.asUser(HOI, () => expect(() => sheet.getRange('A2').setValue('x')).toThrow(PROTECTED));
  });

  it('unprotected ranges of a protected sheet stay open to every editor', () => {
    const { ws, ss } = setup();
    const sheet = ss.insertSheet('Mở một phần');
    const p = sheet.protect();
    p.removeEditors(p.getEditors());
    p.setUnprotectedRanges([sheet.getRange('B2:C10'), sheet.getRange('D2:D10')]);
    ws.asUser(DOAN, () => {
      sheet.getRange('B2:D10').setValue(1);
      expect(() => sheet.getRange('B2:E2').setValue(1)).toThrow(PROTECTED);
    });
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:C10', 'D2:D10']);
  });

  it('a warning-only protection does not stop a script', () => {
    const { ws, ss } = setup();
    const sheet = ss.insertSheet('Cảnh báo');
    const p = sheet.protect();
    p.removeEditors(p.getEditors());
    p.setWarningOnly(true);
    ws.asUser(HOI, () => sheet.getRange('A1').setValue('được'));
    expect(sheet.getRange('A1').getValue()).toBe('được');
  });

  it('only the owner or an editor of the protection may change or remove it', () => {
    const { app, ws, doan } = setup();
    const [p] = doan.getProtections(app.ProtectionType.SHEET);
    ws.asUser(HOI, () => {
      expect(p.canEdit()).toBe(false);
      expect(() => p.addEditor(HOI)).toThrow(PROTECTED);
      expect(() => p.remove()).toThrow(PROTECTED);
    });
    ws.asUser(DOAN, () => expect(p.canEdit()).toBe(true));
  });

  it('has no domain editing on a gmail.com owner: canDomainEdit is false and setDomainEdit throws', () => {
    const { doan } = setup();
    const p = doan.protect();
    expect(p.canDomainEdit()).toBe(false);
    expect(() => p.setDomainEdit(false)).toThrow();
  });

  it('sheet.protect() returns the existing sheet protection', () => {
    const { app, doan } = setup();
    const again = doan.protect();
    expect(again.getEditors().map((u) => u.getEmail())).toEqual([OWNER, DOAN]);
    expect(doan.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });
});

describe('range protection', () => {
  it('blocks writes that touch it and follows rows inserted above', () => {
    const { app, ws, ss } = setup();
    const sheet = ss.getSheetByName('Trang tính1')!;
    const p = sheet.getRange('A1:M9').protect();
    p.removeEditors(p.getEditors());
    ws.asUser(DOAN, () => {
      sheet.getRange('A10').setValue('ngoài vùng');
      expect(() =>
        sheet.getRange('M9:N10').setValues([
          [1, 2],
          [3, 4],
        ]),
      ).toThrow(PROTECTED);
      expect(() => sheet.deleteRows(5, 1)).toThrow(PROTECTED);
    });
    sheet.insertRowsBefore(1, 2);
    expect(p.getRange().getA1Notation()).toBe('A3:M11');
    expect(p.getProtectionType()).toBe(app.ProtectionType.RANGE);
  });
});

describe('addEditors with an address Google refuses', () => {
  it('throws "Invalid email" and adds none of the list', () => {
    const { ws, app, doan } = setup();
    ws.documents.refuseAccount('khong.co@example.com');
    const p = doan.getProtections(app.ProtectionType.SHEET)[0];
    const before = p.getEditors().map((u) => u.getEmail());
    expect(() => p.addEditors([HOI, 'khong.co@example.com'])).toThrow('Invalid email: khong.co@example.com');
    expect(() => p.addEditor('not an address')).toThrow('Invalid email: not an address');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(before);
    p.addEditor(HOI);
    expect(p.getEditors().map((u) => u.getEmail())).toContain(HOI);
  });
});
