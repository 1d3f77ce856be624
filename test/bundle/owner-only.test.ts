// The secretary's actions run for the owner of the Sheet (and the secretaries listed in Cấu hình,
// none here: see secretary.test.ts). A unit's editor (who can open the menu and, through the
// dialogs, call the server functions) gets one Vietnamese message naming the action, and nothing
// happens: no Doc in their Drive, no mail from their account, no cell written, no dialog, no
// question, no trigger.
import { typeSampleData } from '../../local/tools/scenario';
import type { UnitSetting } from '../../src/domain/types';
import { type Outcome, setUp } from './mail-helpers';
import { snapshotAll } from './setup-helpers';

// In the reminder window of the sample (ND09, deadline 17/06, 3 days before): reminders would go out.
const NOW = '2023-06-15T09:00:00+07:00';

/** What the editor is told, from the owner's address, the menu's name of the action and their own address. */
function refusal(owner: string, action: string, user: string): string {
  return (
    `Chỉ thư ký BQL NTM xã chạy được "${action}": chủ bảng tính (${owner}). ` +
    `Nếu bạn là thư ký, hãy nhờ chủ bảng tính ghi email ${user} vào mục "Email thư ký" của tab Cấu hình rồi chạy lại. ` +
    'Chưa thay đổi gì trong bảng tính.'
  );
}

interface Entry {
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly action: string;
  /** A menu item (alert) or a google.script.run target (Outcome). */
  readonly kind: 'menu' | 'server';
}

const ENTRIES: readonly Entry[] = [
  { fn: 'menuConsolidate', args: [], action: 'Tổng hợp báo cáo', kind: 'menu' },
  { fn: 'consolidateFromDialog', args: ['half', 2023], action: 'Tổng hợp báo cáo', kind: 'server' },
  { fn: 'menuCreateReport', args: [], action: 'Tạo báo cáo (Google Doc)', kind: 'menu' },
  { fn: 'createReportFromDialog', args: ['half', 2023], action: 'Tạo báo cáo (Google Doc)', kind: 'server' },
  { fn: 'menuCreatePlan', args: [], action: 'Tạo kế hoạch (Google Doc)', kind: 'menu' },
  { fn: 'menuSendPlan', args: [], action: 'Gửi kế hoạch qua Gmail', kind: 'menu' },
  { fn: 'menuInvite', args: [], action: 'Gửi thư mời nhập liệu', kind: 'menu' },
  { fn: 'menuRemind', args: [], action: 'Nhắc nộp báo cáo', kind: 'menu' },
  { fn: 'menuToggleAutoReminders', args: [], action: 'Bật/tắt nhắc tự động', kind: 'menu' },
  { fn: 'remindUnit', args: ['__LATE__', 'half', 2023], action: 'Nhắc nộp báo cáo', kind: 'server' },
];

describe('owner-only entries run by a unit editor', () => {
  const { s, settings } = setUp(NOW);
  typeSampleData(s, settings);
  // The Kế hoạch tab exists, so Tạo kế hoạch and Gửi kế hoạch would make a Doc at once.
  s.app.call('menuCreatePlan');
  const editor = settings.units[0].editors[0];
  const late: UnitSetting = settings.units[settings.units.length - 1];
  const owner = s.ws.owner.toLowerCase();

  function state() {
    return JSON.stringify({
      tabs: snapshotAll(s.ss),
      docs: s.ws.documents.all().length,
      mails: s.ws.mail.sent.length,
      dialogs: s.ws.ui.dialogs.length,
      triggers: s.ws.triggers.list.map((t) => [t.handler, t.owner]),
    });
  }

  it('precondition: the editor edits its own tab, and there is something to create and send', () => {
    expect(editor.toLowerCase()).not.toBe(owner);
    expect(s.ss.getSheetByName('Kế hoạch')).not.toBeNull();
    expect(s.ws.documents.all()).toHaveLength(0);
    expect(s.ws.mail.sent).toHaveLength(0);
  });

  it.each(ENTRIES.map((e) => [e.fn, e] as const))('%s: the message, and nothing made, sent or written', (_, e) => {
    const before = state();
    const shown = s.ws.ui.shown.length;
    // Were the entry to go on, it would be told YES.
    s.ws.ui.answers.push({ button: 'YES' }, { button: 'YES' });
    const args = e.args.map((a) => (a === '__LATE__' ? late.code : a));
    const result = s.ws.asUser(editor, () => s.app.call<unknown>(e.fn, ...args));
    const answersLeft = s.ws.ui.answers.length;
    s.ws.ui.answers.length = 0;

    const expected = refusal(owner, e.action, editor.toLowerCase());
    const alerts = s.ws.ui.shown.slice(shown).map((a) => String(a.message));
    if (e.kind === 'server') {
      expect(result).toEqual({ ok: false, message: expected } satisfies Outcome<never>);
      expect(alerts).toEqual([]);
    } else {
      expect(alerts).toEqual([expected]);
    }
    expect(answersLeft).toBe(2); // no question was asked
    expect(state()).toBe(before);
  });

  it('remindersTrigger installed by the editor mails nothing from their account, and removes itself', () => {
    const install = () =>
      s.ws.asUser(editor, () =>
        s.app.evaluate(`ScriptApp.newTrigger('remindersTrigger').timeBased().everyDays(1).atHour(7).create()`),
      );
    const fire = () => {
      let thrown: unknown = null;
      s.ws.triggers.fire('remindersTrigger', (handler) => {
        try {
          s.app.call(handler);
        } catch (error) {
          thrown = error;
        }
      });
      return thrown as Error | null;
    };
    const before = s.ws.mail.sent.length;
    // Reminders are off for the Sheet: the trigger does nothing and goes.
    install();
    expect(fire()).toBeNull();
    expect(s.ws.triggers.forUser(editor)).toHaveLength(0);
    // Even with a state naming the editor (written past the menu), the secretary check stops it.
    const state = { on: true, by: editor.toLowerCase(), since: new Date().toISOString() };
    s.ws.properties.document.set('baoCaoNtm.autoReminders', JSON.stringify(state));
    install();
    expect(String(fire()?.message)).toContain(refusal(owner, 'Nhắc nộp báo cáo', editor.toLowerCase()));
    expect(s.ws.mail.sent.length).toBe(before);
  });

  it('the owner still runs them (the same reminders go out)', () => {
    const shown = s.ws.ui.shown.length;
    s.ws.ui.answers.push({ button: 'YES' });
    s.app.call('menuRemind');
    const [question] = s.ws.ui.shown.slice(shown).map((a) => String(a.message));
    expect(question).toContain(`- ${late.name} <${late.contactEmail}>`);
    expect(s.ws.mail.sent.map((m) => m.to)).toContainEqual([late.contactEmail]);
  });
});
