// Granular consent. Each entry point of src/main.ts asks (ScriptApp.requireScopes) for exactly the
// scopes of the services it reaches: here every entry runs its whole path in the emulator, which
// records the scope of every service call, and the list it asked for must equal what it used. A
// user who granted only part of the manifest is asked for the rest only by an action that uses it,
// and the run ends at the prompt with nothing done.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Scenario, typeSampleData } from '../../local/tools/scenario';
import { alertsSince, answer, type Outcome, setUp } from './mail-helpers';
import { snapshotAll } from './setup-helpers';

const AUTH = 'https://www.googleapis.com/auth/';
const SHEET = `${AUTH}spreadsheets.currentonly`;
const UI = `${AUTH}script.container.ui`;
const EMAIL = `${AUTH}userinfo.email`;
const DOCS = `${AUTH}documents`;
const MAIL = `${AUTH}script.send_mail`;
const TRIGGERS = `${AUTH}script.scriptapp`;
// In the sample's reminder window (deadline 17/06, 3 days before).
const NOW = '2023-06-15T09:00:00+07:00';

interface Measured {
  readonly used: string[];
  readonly required: string[];
}

function measure(s: Scenario, run: () => unknown): Measured {
  s.ws.consent.clearUsed();
  run();
  return { used: [...s.ws.consent.used].sort(), required: [...new Set(s.ws.consent.required.flat())].sort() };
}

function sample() {
  const { s, settings } = setUp(NOW);
  typeSampleData(s, settings);
  s.app.call('menuCreatePlan'); // makes the Kế hoạch tab
  return { s, settings };
}

describe('each entry point asks for exactly the scopes of the services it reaches', () => {
  const { s, settings } = sample();
  const unitEditor = settings.units[0].editors[0];
  const late = settings.units[settings.units.length - 1];
  const call =
    (fn: string, ...args: unknown[]) =>
    () =>
      s.app.call(fn, ...args);
  const yes = (fn: string) => () => {
    answer(s, 'YES');
    s.app.call(fn);
  };

  // Each entry with the scopes the issue expects it to use, typed here independently of src/.
  const cases: [string, () => unknown, string[]][] = [
    ['menuSetup', call('menuSetup'), [SHEET, UI, EMAIL]],
    ['menuCheckData (a unit)', () => s.ws.asUser(unitEditor, call('menuCheckData')), [SHEET, UI, EMAIL]],
    ['menuCheckData (the secretary)', call('menuCheckData'), [SHEET, UI, EMAIL]],
    ['defaultPeriodChoice', call('defaultPeriodChoice'), [SHEET]],
    ['menuConsolidate', call('menuConsolidate'), [SHEET, UI, EMAIL]],
    ['consolidateFromDialog', call('consolidateFromDialog', 'half', 2023), [SHEET, EMAIL]],
    ['menuCreateReport', call('menuCreateReport'), [SHEET, UI, EMAIL]],
    ['createReportFromDialog', call('createReportFromDialog', 'half', 2023), [SHEET, EMAIL, DOCS]],
    ['menuStatusSidebar', call('menuStatusSidebar'), [SHEET, UI]],
    ['menuCreatePlan', call('menuCreatePlan'), [SHEET, UI, EMAIL, DOCS]],
    ['menuSendPlan', yes('menuSendPlan'), [SHEET, UI, EMAIL, DOCS, MAIL]],
    ['menuInvite', yes('menuInvite'), [SHEET, UI, EMAIL, MAIL]],
    ['remindUnit', call('remindUnit', late.code), [SHEET, EMAIL, MAIL]],
    ['menuRemind', yes('menuRemind'), [SHEET, UI, EMAIL, MAIL]],
  ];

  it.each(cases)('%s', (_, run, expected) => {
    const m = measure(s, run);
    expect(m.used).toEqual([...expected].sort());
    expect(m.required).toEqual(m.used);
  });

  it('menuToggleAutoReminders: turning on asks for its own scopes and the daily trigger’s; off only its own', () => {
    const on = measure(s, yes('menuToggleAutoReminders'));
    expect(on.used).toEqual([SHEET, UI, EMAIL, TRIGGERS].sort());
    s.ws.setNow(new Date('2023-06-16T07:05:00+07:00'));
    const fired = measure(s, () => s.ws.triggers.fire('remindersTrigger', (h) => s.app.call(h)));
    // Sending reaches the Sheet, the address and mail (it removes itself, with triggers, only when off).
    expect(fired.used).toEqual([SHEET, EMAIL, MAIL].sort());
    expect(s.ws.mail.sent.length).toBeGreaterThan(0);
    expect(fired.required).toEqual([]); // a trigger cannot prompt: it checks getAuthorizationInfo
    expect(on.required).toEqual([...new Set([...on.used, ...fired.used])].sort());
    const off = measure(s, yes('menuToggleAutoReminders'));
    expect(off.used).toEqual([SHEET, UI, EMAIL, TRIGGERS].sort());
    expect(off.required).toEqual(off.used);
  });

  it('menuCheckSetup asks only for the Sheet, the Ui and the address; it looks at Docs, mail and triggers only if granted', () => {
    s.app.call('createReportFromDialog', 'half', 2023); // a Doc to open
    const all = measure(s, call('menuCheckSetup'));
    expect(all.required).toEqual([SHEET, UI, EMAIL].sort());
    expect(all.used).toEqual([SHEET, UI, EMAIL, DOCS, MAIL, TRIGGERS].sort());
    s.ws.consent.grant(s.ws.owner, [SHEET, UI, EMAIL]);
    const least = measure(s, call('menuCheckSetup'));
    s.ws.consent.grant(s.ws.owner, s.ws.consent.manifest);
    expect(least.used).toEqual(least.required);
    expect(s.ws.consent.prompts).toEqual([]);
  });

  it('the simple triggers ask for nothing', () => {
    expect(measure(s, () => s.ws.simpleTrigger(call('onOpen'))).required).toEqual([]);
  });

  it('covers every entry point of the pushed bundle (a new one must be added here with its scopes)', () => {
    const code = readFileSync(join(__dirname, '..', '..', 'dist', 'Code.js'), 'utf8');
    const entries = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]).sort();
    const covered = new Set([
      ...cases.map(([name]) => name.split(' ')[0]),
      'menuToggleAutoReminders',
      'remindersTrigger',
      'menuCheckSetup',
      'onOpen',
      'onEdit',
    ]);
    expect(entries.filter((e) => !covered.has(e))).toEqual([]);
  });

  it('every scope asked for is in the manifest', () => {
    for (const scope of [SHEET, UI, EMAIL, DOCS, MAIL, TRIGGERS]) expect(s.ws.consent.manifest).toContain(scope);
  });
});

describe('a user who granted only part of the scopes', () => {
  it('a unit that granted only the Sheet, the Ui and its address checks its tab without any prompt', () => {
    const { s, settings } = sample();
    const editor = settings.units[0].editors[0];
    s.ws.consent.grant(editor, [SHEET, UI, EMAIL]);
    s.ws.asUser(editor, () => s.app.call('menuCheckData'));
    expect(s.ws.consent.prompts).toEqual([]);
    expect(s.ws.ui.shown[s.ws.ui.shown.length - 1].title).toBe('Kiểm tra dữ liệu');
  });

  it('a secretary who declined mail consolidates and makes the report, and is asked for mail only to send', () => {
    const { s } = sample();
    const owner = s.ws.owner;
    s.ws.consent.grant(owner, [SHEET, UI, EMAIL, DOCS, TRIGGERS]);
    expect(s.app.call<Outcome<unknown>>('createReportFromDialog', 'half', 2023).ok).toBe(true);
    expect(s.ws.consent.prompts).toEqual([]);

    const before = JSON.stringify(snapshotAll(s.ss));
    const docs = s.ws.documents.all().length;
    const shown = s.ws.ui.shown.length;
    answer(s, 'YES');
    let ended: unknown = null;
    try {
      s.app.call('menuSendPlan');
    } catch (error) {
      ended = error;
    }
    s.ws.ui.answers.length = 0;
    expect((ended as Error | null)?.name).toBe('ScriptAuthorizationRequired');
    expect(s.ws.consent.prompts).toEqual([{ user: owner, missing: [MAIL] }]);
    expect(alertsSince(s, shown)).toEqual([]); // no question, no message: Google's prompt instead
    expect(s.ws.mail.sent).toHaveLength(0);
    expect(s.ws.documents.all()).toHaveLength(docs);
    expect(JSON.stringify(snapshotAll(s.ss))).toBe(before);

    // Granted on the prompt: the next click sends.
    s.ws.consent.grant(owner, [SHEET, UI, EMAIL, DOCS, TRIGGERS, MAIL]);
    answer(s, 'YES');
    s.app.call('menuSendPlan');
    expect(s.ws.mail.sent.length).toBeGreaterThan(0);
  });

  it('a service called without its scope fails as on Google', () => {
    const { s } = sample();
    s.ws.consent.grant(s.ws.owner, [SHEET]);
    expect(() => s.app.evaluate('MailApp.getRemainingDailyQuota()')).toThrow(
      `You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: ${MAIL}`,
    );
  });

  it('the daily trigger of someone who has not granted mail sends nothing and says why', () => {
    const { s } = sample();
    answer(s, 'YES');
    s.app.call('menuToggleAutoReminders');
    s.ws.consent.grant(s.ws.owner, [SHEET, UI, EMAIL, TRIGGERS]);
    s.ws.setNow(new Date('2023-06-16T07:05:00+07:00'));
    s.ws.triggers.fire('remindersTrigger', (h) => s.app.call(h));
    expect(s.ws.mail.sent).toHaveLength(0);
    expect(s.ws.logs.some((l) => l.includes('chưa cấp đủ quyền'))).toBe(true);
  });
});
