// ScriptApp emulator: installable triggers per user, Google's limit of 20, enums as objects, and
// firing a time-driven trigger (its owner runs it, and the Sheet's Ui is not there).
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

const TOO_MANY =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

function world() {
  const ws = new Workspace();
  const w = vmWorld(ws);
  w.run(`var SpreadsheetId = 'sheet-1';`);
  return { ws, ...w };
}

function thrown(run: (code: string) => unknown, code: string): string | null {
  return run(`(function () { try { ${code}; return null; } catch (e) { return e.message; } })()`) as string | null;
}

describe('ScriptApp triggers', () => {
  it('creates a daily time-driven trigger and describes it with ScriptApp’s enum objects', () => {
    const { ws, run } = world();
    run(`var t = ScriptApp.newTrigger('nhacNopBaoCao').timeBased().everyDays(1).atHour(7)
      .inTimezone('Asia/Ho_Chi_Minh').create();`);
    expect(run('t.getHandlerFunction()')).toBe('nhacNopBaoCao');
    expect(run('t.getEventType() === ScriptApp.EventType.CLOCK')).toBe(true);
    expect(run(`t.getEventType() === 'CLOCK'`)).toBe(false);
    expect(run('String(t.getEventType())')).toBe('CLOCK');
    expect(run('t.getTriggerSource() === ScriptApp.TriggerSource.CLOCK')).toBe(true);
    expect(run('typeof t.getUniqueId()')).toBe('string');
    expect(ws.triggers.list).toHaveLength(1);
    expect(ws.triggers.list[0]).toMatchObject({
      owner: ws.owner,
      handler: 'nhacNopBaoCao',
      eventType: 'CLOCK',
      schedule: { everyDays: 1, atHour: 7, timeZone: 'Asia/Ho_Chi_Minh' },
    });
  });

  it('creates an installable onOpen trigger for the Sheet', () => {
    const { run } = world();
    run(`var t = ScriptApp.newTrigger('moBang').forSpreadsheet('sheet-123').onOpen().create();`);
    expect(run('t.getEventType() === ScriptApp.EventType.ON_OPEN')).toBe(true);
    expect(run('t.getTriggerSource() === ScriptApp.TriggerSource.SPREADSHEETS')).toBe(true);
    expect(run('t.getTriggerSourceId()')).toBe('sheet-123');
  });

  it('lists only the active user’s triggers, and deletes them', () => {
    const { ws, run } = world();
    run(`ScriptApp.newTrigger('a').timeBased().everyHours(6).create();
      ScriptApp.newTrigger('b').timeBased().everyDays(1).create();`);
    ws.setActiveUser('hoinongdan@gmail.com');
    expect(run('ScriptApp.getProjectTriggers().length')).toBe(0);
    run(`ScriptApp.newTrigger('c').timeBased().everyDays(1).create()`);
    expect(run('ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }).join()')).toBe('c');
    ws.setActiveUser(ws.owner);
    run(`var mine = ScriptApp.getProjectTriggers();
      ScriptApp.deleteTrigger(mine.filter(function (t) { return t.getHandlerFunction() === 'a'; })[0]);`);
    expect(run('ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }).join()')).toBe('b');
    expect(ws.triggers.list.map((t) => t.handler).sort()).toEqual(['b', 'c']);
  });

  it('another secretary’s trigger is invisible to you and a delete of it leaves it running', () => {
    const { ws, run } = world();
    run(`var mine = ScriptApp.newTrigger('remindersTrigger').timeBased().everyDays(1).atHour(7).create();`);
    ws.setActiveUser('thuky2@gmail.com');
    expect(run('ScriptApp.getProjectTriggers().length')).toBe(0);
    expect(run('ScriptApp.getUserTriggers(SpreadsheetId).length')).toBe(0);
    // Even holding the Trigger object (which Google never hands to another user) removes nothing.
    run('ScriptApp.deleteTrigger(mine)');
    expect(ws.triggers.list.map((t) => [t.owner, t.handler])).toEqual([[ws.owner, 'remindersTrigger']]);
    ws.setActiveUser(ws.owner);
    expect(run('ScriptApp.getProjectTriggers().length')).toBe(1);
  });

  it('an installable trigger fired by someone else runs on its installer’s authority with the active user withheld', () => {
    const { ws, run } = world();
    run(`ScriptApp.newTrigger('khiSua').forSpreadsheet('sheet-1').onEdit().create();
      ScriptApp.newTrigger('hangNgay').timeBased().everyDays(1).create();`);
    const unit = 'hoinongdan@gmail.com';
    ws.setActiveUser(unit);
    const seen: unknown[] = [];
    const look = () =>
      seen.push([
        run('Session.getActiveUser().getEmail()'),
        run('Session.getEffectiveUser().getEmail()'),
        run('ScriptApp.getProjectTriggers().length'),
      ]);
    ws.triggers.fire('khiSua', look, { by: unit });
    // A time-driven run: nobody else is involved, the installer is both.
    ws.triggers.fire('hangNgay', look);
    expect(seen).toEqual([
      ['', ws.owner, 2],
      [ws.owner, ws.owner, 2],
    ]);
    expect(run('Session.getActiveUser().getEmail()')).toBe(unit);
  });

  it('refuses a 21st trigger for one user with Google’s message; another user still has room', () => {
    const { ws, run } = world();
    run(`for (var i = 0; i < 20; i++) ScriptApp.newTrigger('f' + i).timeBased().everyDays(1).create();`);
    expect(thrown(run, `ScriptApp.newTrigger('f20').timeBased().everyDays(1).create()`)).toBe(TOO_MANY);
    expect(ws.triggers.forUser(ws.owner)).toHaveLength(20);
    ws.setActiveUser('mttq@gmail.com');
    expect(thrown(run, `ScriptApp.newTrigger('g').timeBased().everyDays(1).create()`)).toBeNull();
  });

  it('refuses a trigger without a schedule, and atHour without a daily or weekly schedule', () => {
    const { ws, run } = world();
    expect(thrown(run, `ScriptApp.newTrigger('a').timeBased().create()`)).not.toBeNull();
    expect(thrown(run, `ScriptApp.newTrigger('a').timeBased().everyHours(2).atHour(7).create()`)).not.toBeNull();
    expect(thrown(run, `ScriptApp.newTrigger('a').timeBased().everyMinutes(7).create()`)).not.toBeNull();
    expect(thrown(run, `ScriptApp.newTrigger('a').timeBased().everyDays(1).atHour(24).create()`)).not.toBeNull();
    expect(ws.triggers.list).toHaveLength(0);
  });

  it('fires a time-driven trigger as its owner, with the Ui unavailable while it runs', () => {
    const { ws, run } = world();
    run(`ScriptApp.newTrigger('nhacNopBaoCao').timeBased().everyDays(1).atHour(7).create()`);
    ws.setActiveUser('mttq@gmail.com');
    const seen: { user: string; ui: string | null; handler: string; timezone: unknown }[] = [];
    const handler = ws.triggers.fire('nhacNopBaoCao', (name, event) => {
      let ui: string | null = null;
      try {
        ws.ui.ui();
      } catch (e) {
        ui = (e as Error).message;
      }
      seen.push({ user: ws.activeUser, ui, handler: name, timezone: event?.timezone });
    });
    expect(handler).toBe('nhacNopBaoCao');
    expect(seen).toEqual([
      {
        user: ws.owner,
        ui: 'Cannot call SpreadsheetApp.getUi() from this context.',
        handler: 'nhacNopBaoCao',
        timezone: 'UTC',
      },
    ]);
    expect(ws.activeUser).toBe('mttq@gmail.com');
    expect(ws.ui.available).toBe(true);
  });

  it('without a callback, the trigger context lasts until endRun()', () => {
    const { ws, run } = world();
    run(`var id = ScriptApp.newTrigger('chay').timeBased().everyHours(1).create().getUniqueId()`);
    expect(ws.triggers.fire(run<string>('id'))).toBe('chay');
    expect(ws.ui.available).toBe(false);
    ws.triggers.endRun();
    expect(ws.ui.available).toBe(true);
  });

  it('computes the next run window in the trigger’s time zone', () => {
    const { ws, run } = world();
    // The Workspace clock starts at 2023-06-20 09:00 in Hồ Chí Minh City (02:00 UTC).
    run(`ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).nearMinute(30).create();
      ScriptApp.newTrigger('hourly').timeBased().everyHours(6).create();
      ScriptApp.newTrigger('monday').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();`);
    const [daily, hourly, monday] = ws.triggers.list;
    expect(ws.triggers.nextRun(daily)?.toISOString()).toBe('2023-06-21T00:30:00.000Z');
    expect(ws.triggers.nextRun(hourly)?.toISOString()).toBe('2023-06-20T08:00:00.000Z');
    // 2023-06-20 is a Tuesday: the next Monday is 26 June, 08:00 at UTC+7.
    expect(ws.triggers.nextRun(monday)?.toISOString()).toBe('2023-06-26T01:00:00.000Z');
  });
});
