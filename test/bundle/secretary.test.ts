// The secretary need not own the Sheet: it may belong to the chairman (or a former secretary) while
// the secretary, an editor, is listed under "Email thư ký" in Cấu hình. Played through the bundle:
// the listed secretary sets up, consolidates, makes the report and sends the plan from their own
// account; a unit's editor is still refused everything; a secretary taken off the list is refused
// at once and loses the product's tabs at the owner's next setup. Google's shared drives (no owner)
// cannot be made in the emulator (Spreadsheet.getOwner() always names one): that rule is checked
// on the decision function itself (test/domain/secretary.test.ts).
import {
  newScenario,
  type Scenario,
  shareWithUnits,
  typeSampleData,
  writeCatalogue,
  writeSettings,
} from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings } from '../../src/domain/types';
import { alertsSince, answer, type Outcome } from './mail-helpers';
import { lastAlert, PROTECTED, protectionOf, rowStarting, snapshotAll } from './setup-helpers';

const NOW = '2023-06-20T09:00:00+07:00';
const CHAIRMAN = 'chutich.minhtien@gmail.com';
const SECRETARY = 'thuky.moi.minhtien@gmail.com';
const LABEL = 'Email thư ký (người được chạy tổng hợp, tạo báo cáo, gửi thư)';
const NOTHING = 'Chưa thay đổi gì trong bảng tính.';

function ownedByChairman(): Scenario {
  const s = newScenario({ owner: CHAIRMAN, now: new Date(NOW) });
  s.ss.addEditors([SECRETARY]);
  return s;
}

/** The message of someone who is neither the owner nor listed, typed from the rule. */
function refusal(action: string, user: string, listed: readonly string[]): string {
  const others =
    listed.length > 0 ? ` và người có email ở mục "Email thư ký" của tab Cấu hình (${listed.join(', ')})` : '';
  return (
    `Chỉ thư ký BQL NTM xã chạy được "${action}": chủ bảng tính (${CHAIRMAN})${others}. ` +
    `Nếu bạn là thư ký, hãy nhờ chủ bảng tính ghi email ${user} vào mục "Email thư ký" của tab Cấu hình rồi chạy lại. ${NOTHING}`
  );
}

function asSecretary<T>(s: Scenario, fn: () => T): T {
  return s.ws.asUser(SECRETARY, fn);
}

function outcome<T>(value: unknown): Outcome<T> {
  return JSON.parse(JSON.stringify(value)) as Outcome<T>;
}

/** Editors of each protected tab named, sorted. */
function editorsOf(s: Scenario, tabs: readonly string[]): Record<string, string[] | null> {
  return Object.fromEntries(tabs.map((t) => [t, protectionOf(s.ss.sheet(t))?.editors ?? null]));
}

describe('a Sheet owned by the chairman, before anything is set up', () => {
  it('the secretary cannot make the first setup (only the owner can), and nothing is made', () => {
    const s = ownedByChairman();
    const names = s.ss.getSheets().map((x) => x.getName());
    asSecretary(s, () => s.app.call('menuSetup'));
    expect(lastAlert(s).message).toBe(
      `Bảng tính chưa được thiết lập (chưa có tab "Cấu hình"): chỉ chủ bảng tính (${CHAIRMAN}) chạy được "Thiết lập bảng tính". ${NOTHING}`,
    );
    expect(s.ss.getSheets().map((x) => x.getName())).toEqual(names);
  });

  it('the owner makes it, with an empty "Email thư ký" row in Cấu hình', () => {
    const s = ownedByChairman();
    s.app.call('menuSetup');
    const sheet = s.ss.sheet('Cấu hình');
    const row = rowStarting(sheet, LABEL);
    expect(row).toBeGreaterThan(0);
    expect(sheet.getRange(row, 2).getValue()).toBe('');
    expect(protectionOf(sheet)?.editors).toEqual([CHAIRMAN]);
  });
});

describe('a secretary listed in Cấu hình who is not the owner', () => {
  const s = ownedByChairman();
  const settings: Settings = { ...SAMPLE_SETTINGS, year: 2023, secretaryEmails: [SECRETARY] };
  // The chairman makes the Sheet and lists the secretary; the secretary does the rest.
  s.app.call('menuSetup');
  writeSettings(s, { ...settings, units: [] });
  shareWithUnits(s, settings);
  const unit = settings.units[0];
  const other = settings.units[1];
  const unitEditor = unit.editors[0];
  const late = settings.units[settings.units.length - 1];

  it('just listed, is told to have the owner run setup once: the protections do not list them yet', () => {
    // Google lets only those a protection lists change it: the owner's first setup protected
    // Cấu hình for the owner alone, so the secretary could not put themselves in.
    const before = snapshotAll(s.ss);
    const shown = s.ws.ui.shown.length;
    asSecretary(s, () => s.app.call('menuSetup'));
    expect(alertsSince(s, shown)).toEqual([
      `Email ${SECRETARY} đã có ở mục "Email thư ký" của tab Cấu hình nhưng quyền sửa các tab của bảng tính chưa được cập nhật, nên chưa chạy được "Thiết lập bảng tính". ` +
        `Hãy nhờ chủ bảng tính (${CHAIRMAN}) chạy Báo cáo NTM → Thiết lập bảng tính một lần rồi thử lại. ${NOTHING}`,
    ]);
    expect(snapshotAll(s.ss)).toEqual(before);
  });

  it('after the owner’s setup, fills Cấu hình and Danh mục and runs setup: the unit tabs are made, every protection lists the secretary', () => {
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/^Đã thiết lập xong bảng tính/);
    const names = s.ss.getSheets().map((x) => x.getName());
    asSecretary(s, () => {
      writeSettings(s, settings);
      writeCatalogue(s, SAMPLE_CATALOGUE);
      s.app.call('menuSetup');
    });
    expect(lastAlert(s).message).toMatch(/^Đã thiết lập xong bảng tính/);
    expect(s.ss.getSheets().map((x) => x.getName())).toEqual([...names, ...settings.units.map((u) => u.tabName)]);
    const both = [CHAIRMAN, SECRETARY].sort();
    expect(editorsOf(s, ['Cấu hình', 'Danh mục'])).toEqual({ 'Cấu hình': both, 'Danh mục': both });
    expect(protectionOf(s.ss.sheet(unit.tabName))?.editors).toEqual([...both, ...unit.editors].sort());
    // The secretary can write where a unit of another tab cannot.
    asSecretary(s, () => s.ws.spreadsheets.typeInto(other.tabName, 'Z60', 'thư ký ghi', s.ss));
    expect(s.ss.sheet(other.tabName).getRange('Z60').getValue()).toBe('thư ký ghi');
    asSecretary(s, () => s.ss.sheet(other.tabName).getRange('Z60').clearContent());
    s.ws.asUser(unitEditor, () => {
      expect(() => s.ws.spreadsheets.typeInto(other.tabName, 'Z60', 'x', s.ss)).toThrow(PROTECTED);
    });
  });

  it('runs Tổng hợp báo cáo, and can write in Tổng hợp and Kiểm tra as the owner can', () => {
    typeSampleData(s, settings);
    const o = outcome<{ run: { total: { counted: number } } }>(
      asSecretary(s, () => s.app.call('consolidateFromDialog', 'half', 2023)),
    );
    expect(o.ok).toBe(true);
    if (o.ok) expect(o.value.run.total.counted).toBeGreaterThan(0);
    const both = [CHAIRMAN, SECRETARY].sort();
    expect(editorsOf(s, ['Tổng hợp', 'Kiểm tra'])).toEqual({ 'Tổng hợp': both, 'Kiểm tra': both });
    asSecretary(s, () => s.ws.spreadsheets.typeInto('Tổng hợp', 'Z90', 'ghi chú của thư ký', s.ss));
    asSecretary(s, () => s.ss.sheet('Tổng hợp').getRange('Z90').clearContent());
    s.ws.asUser(unitEditor, () => {
      expect(() => s.ws.spreadsheets.typeInto('Tổng hợp', 'Z90', 'x', s.ss)).toThrow(PROTECTED);
    });
  });

  it('checks every tab (Kiểm tra dữ liệu) and gets the full list written in Kiểm tra, as the owner does', () => {
    s.ss.deleteSheet(s.ss.sheet('Kiểm tra'));
    asSecretary(s, () => {
      s.ss.setActiveSheet(s.ss.sheet('Cấu hình'));
      s.app.call('menuCheckData');
    });
    const text = s.ss.sheet('Kiểm tra').getDataRange().getValues().flat().map(String);
    expect(text.some((t) => t.includes(SECRETARY))).toBe(true); // "read by"
    expect(protectionOf(s.ss.sheet('Kiểm tra'))?.editors).toEqual([CHAIRMAN, SECRETARY].sort());
    // A unit's editor checking from Cấu hình gets the list in the alert only.
    s.ss.deleteSheet(s.ss.sheet('Kiểm tra'));
    s.ws.asUser(unitEditor, () => s.app.call('menuCheckData'));
    expect(s.ss.getSheetByName('Kiểm tra')).toBeNull();
    asSecretary(s, () => s.app.call('menuCheckData'));
  });

  it('makes the report Doc, in their own Drive, and it is logged', () => {
    const docs = s.ws.documents.all().length;
    const o = outcome<{ report: { url: string } }>(
      asSecretary(s, () => s.app.call('createReportFromDialog', 'half', 2023)),
    );
    expect(o.ok).toBe(true);
    const made = s.ws.documents.all().slice(docs);
    expect(made).toHaveLength(1);
    expect(made[0].owner).toBe(SECRETARY);
    expect(protectionOf(s.ss.sheet('Nhật ký báo cáo'))?.editors).toEqual([CHAIRMAN, SECRETARY].sort());
  });

  it('sends the plan: every mail goes from the secretary’s account', () => {
    asSecretary(s, () => s.app.call('menuCreatePlan')); // the Kế hoạch tab, from the sample plan
    asSecretary(s, () => s.app.call('menuCreatePlan')); // the plan Doc
    const from = s.ws.ui.shown.length;
    answer(s, 'YES');
    asSecretary(s, () => s.app.call('menuSendPlan'));
    expect(alertsSince(s, from).pop()).toMatch(/Đã gửi kế hoạch/);
    const withAddress = settings.recipients.filter((r) => r.email !== '');
    expect(s.ws.mail.sent).toHaveLength(withAddress.length);
    expect(new Set(s.ws.mail.sent.map((m) => m.from))).toEqual(new Set([SECRETARY]));
    const both = [CHAIRMAN, SECRETARY].sort();
    expect(editorsOf(s, ['Kế hoạch', 'Nhật ký gửi'])).toEqual({ 'Kế hoạch': both, 'Nhật ký gửi': both });
  });

  describe("a unit's editor is still refused every secretary's action, with nothing changed", () => {
    const ENTRIES: readonly { fn: string; args: readonly unknown[]; action: string; server: boolean }[] = [
      { fn: 'menuSetup', args: [], action: 'Thiết lập bảng tính', server: false },
      { fn: 'menuConsolidate', args: [], action: 'Tổng hợp báo cáo', server: false },
      { fn: 'consolidateFromDialog', args: ['half', 2023], action: 'Tổng hợp báo cáo', server: true },
      { fn: 'menuCreateReport', args: [], action: 'Tạo báo cáo (Google Doc)', server: false },
      { fn: 'createReportFromDialog', args: ['half', 2023], action: 'Tạo báo cáo (Google Doc)', server: true },
      { fn: 'menuCreatePlan', args: [], action: 'Tạo kế hoạch (Google Doc)', server: false },
      { fn: 'menuSendPlan', args: [], action: 'Gửi kế hoạch qua Gmail', server: false },
      { fn: 'menuRemind', args: [], action: 'Nhắc nộp báo cáo', server: false },
      { fn: 'menuToggleAutoReminders', args: [], action: 'Bật/tắt nhắc tự động', server: false },
      { fn: 'remindUnit', args: ['__LATE__', 'half', 2023], action: 'Nhắc nộp báo cáo', server: true },
    ];
    const state = () =>
      JSON.stringify({
        tabs: snapshotAll(s.ss),
        docs: s.ws.documents.all().length,
        mails: s.ws.mail.sent.length,
        triggers: s.ws.triggers.list.length,
      });

    it.each(ENTRIES.map((e) => [e.fn, e] as const))('%s', (_, e) => {
      const before = state();
      const shown = s.ws.ui.shown.length;
      s.ws.ui.answers.push({ button: 'YES' }, { button: 'YES' });
      const args = e.args.map((a) => (a === '__LATE__' ? late.code : a));
      const result = s.ws.asUser(unitEditor, () => s.app.call<unknown>(e.fn, ...args));
      const answersLeft = s.ws.ui.answers.length;
      s.ws.ui.answers.length = 0;
      const expected = refusal(e.action, unitEditor, [SECRETARY]);
      if (e.server) expect(outcome(result)).toEqual({ ok: false, message: expected });
      else expect(alertsSince(s, shown)).toEqual([expected]);
      expect(answersLeft).toBe(2);
      expect(state()).toBe(before);
    });
  });

  it('with an error elsewhere in Cấu hình, the secretary is told the error, not refused', () => {
    const row = rowStarting(s.ss.sheet('Cấu hình'), 'Tên xã');
    s.ws.spreadsheets.typeInto('Cấu hình', `B${row}`, '', s.ss);
    asSecretary(s, () => s.app.call('menuSetup'));
    const { message } = lastAlert(s);
    expect(message).toMatch(/Chưa nhập tên xã/);
    expect(message).not.toMatch(/Chỉ thư ký/);
    s.ws.spreadsheets.typeInto('Cấu hình', `B${row}`, settings.communeName, s.ss);
  });

  describe('taken off the list by the owner', () => {
    const TABS = [
      'Cấu hình',
      'Danh mục',
      unit.tabName,
      'Tổng hợp',
      'Kiểm tra',
      'Kế hoạch',
      'Nhật ký gửi',
      'Nhật ký báo cáo',
    ];

    it('is refused at once, before the owner runs setup again', () => {
      const row = rowStarting(s.ss.sheet('Cấu hình'), LABEL);
      s.ws.spreadsheets.typeInto('Cấu hình', `B${row}`, '', s.ss);
      const o = outcome(asSecretary(s, () => s.app.call('consolidateFromDialog', 'half', 2023)));
      expect(o).toEqual({ ok: false, message: refusal('Tổng hợp báo cáo', SECRETARY, []) });
      const shown = s.ws.ui.shown.length;
      asSecretary(s, () => s.app.call('menuSetup'));
      expect(alertsSince(s, shown)).toEqual([refusal('Thiết lập bảng tính', SECRETARY, [])]);
    });

    it('loses every protected tab of the product when the owner runs setup again', () => {
      const before = editorsOf(s, TABS);
      for (const t of TABS) expect([t, before[t]?.includes(SECRETARY)]).toEqual([t, true]);
      s.app.call('menuSetup');
      expect(lastAlert(s).message).toMatch(/^Đã thiết lập xong bảng tính/);
      const after = editorsOf(s, TABS);
      for (const t of TABS) {
        const expected = t === unit.tabName ? [CHAIRMAN, ...unit.editors].sort() : [CHAIRMAN];
        expect([t, after[t]]).toEqual([t, expected]);
      }
      asSecretary(s, () => {
        expect(() => s.ws.spreadsheets.typeInto('Tổng hợp', 'Z90', 'x', s.ss)).toThrow(PROTECTED);
        expect(() => s.ws.spreadsheets.typeInto('Cấu hình', 'Z90', 'x', s.ss)).toThrow(PROTECTED);
      });
    });
  });
});

describe('a Cấu hình made before "Email thư ký" existed', () => {
  it('gets the row from the next setup, below its last field, and no warning about it', () => {
    const s = newScenario({ now: new Date(NOW) });
    s.app.call('menuSetup');
    writeSettings(s, { ...SAMPLE_SETTINGS, year: 2023 });
    writeCatalogue(s, SAMPLE_CATALOGUE);
    // An older Sheet: the row is not there at all (the fields below it one row higher).
    const sheet = s.ss.sheet('Cấu hình');
    const row = rowStarting(sheet, LABEL);
    const lastField = rowStarting(sheet, 'Ghi chú');
    expect(lastField).toBeGreaterThan(row);
    expect(
      sheet
        .getRange(row, 4, 1, 12)
        .getValues()[0]
        .every((v) => v === ''),
    ).toBe(true); // no unit, no recipient
    sheet.deleteRow(row);
    expect(rowStarting(sheet, LABEL)).toBe(0);

    s.app.call('menuSetup');
    const { message } = lastAlert(s);
    expect(message).toContain(`Đã thêm vào tab Cấu hình các dòng còn thiếu: "${LABEL}"`);
    expect(message).not.toMatch(/Thiếu dòng/);
    expect(rowStarting(sheet, LABEL)).toBe(lastField);
    expect(rowStarting(sheet, 'Ghi chú')).toBe(lastField - 1);
    expect(sheet.getRange(lastField, 2).getValue()).toBe('');

    s.app.call('menuSetup');
    expect(lastAlert(s).message).not.toMatch(/Đã thêm vào tab Cấu hình/);
  });
});
