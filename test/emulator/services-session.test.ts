// Session and Logger emulators.
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

describe('Session', () => {
  it('names the active and effective user, the script time zone and the Vietnamese locale', () => {
    const ws = new Workspace({ owner: 'ThuKy.BQLNTM@gmail.com', timeZone: 'Asia/Ho_Chi_Minh' });
    const { run } = vmWorld(ws);
    expect(run('Session.getActiveUser().getEmail()')).toBe('thuky.bqlntm@gmail.com');
    expect(run('Session.getEffectiveUser().getEmail()')).toBe('thuky.bqlntm@gmail.com');
    expect(run('Session.getScriptTimeZone()')).toBe('Asia/Ho_Chi_Minh');
    expect(run('Session.getActiveUserLocale()')).toBe('vi');
    ws.setActiveUser('hoinongdan@gmail.com');
    expect(run('Session.getActiveUser().getEmail()')).toBe('hoinongdan@gmail.com');
    expect(run('String(Session.getActiveUser())')).toBe('hoinongdan@gmail.com');
  });

  it('withholds the active user’s address where Google does, and tells the effective user separately', () => {
    const ws = new Workspace({ owner: 'thuky.bqlntm@gmail.com' });
    const { run } = vmWorld(ws);
    const who = () => [run('Session.getActiveUser().getEmail()'), run('Session.getEffectiveUser().getEmail()')];
    // A consumer account whose address Google does not give to the script.
    ws.withholdActiveUser('hoinongdan@gmail.com');
    ws.setActiveUser('hoinongdan@gmail.com');
    expect(who()).toEqual(['', 'hoinongdan@gmail.com']);
    expect(run('String(Session.getActiveUser())')).toBe('');
    // A simple trigger (onOpen, onEdit) runs without authorisation: neither address is told.
    ws.setActiveUser('thuky.bqlntm@gmail.com');
    expect(ws.simpleTrigger(who)).toEqual(['', '']);
    // A scenario sets both separately, e.g. a run on someone else's authority.
    expect(ws.withIdentity({ active: '', effective: 'mttq@gmail.com' }, who)).toEqual(['', 'mttq@gmail.com']);
    // Afterwards the person at the keyboard is told again; the account acting never changed.
    expect(who()).toEqual(['thuky.bqlntm@gmail.com', 'thuky.bqlntm@gmail.com']);
    expect(ws.activeUser).toBe('thuky.bqlntm@gmail.com');
  });

  it('gives a temporary key that is stable per user, differs between users and hides the email', () => {
    const ws = new Workspace();
    const { run } = vmWorld(ws);
    const owner = run<string>('Session.getTemporaryActiveUserKey()');
    expect(run('Session.getTemporaryActiveUserKey()')).toBe(owner);
    ws.setActiveUser('mttq@gmail.com');
    const other = run<string>('Session.getTemporaryActiveUserKey()');
    expect(other).not.toBe(owner);
    expect(owner).not.toContain('thuky');
  });
});

describe('Logger', () => {
  it('logs values and format strings into ws.logs and getLog, and clears its own log', () => {
    const ws = new Workspace();
    const { run } = vmWorld(ws);
    run(`Logger.log('Đã gửi %s thư cho %d đơn vị', 'hai', 2); Logger.log({ a: 1 }); Logger.log(42)`);
    expect(ws.logs).toEqual(['Đã gửi hai thư cho 2 đơn vị', '{"a":1}', '42']);
    const log = run<string>('Logger.getLog()');
    expect(log.split('\n').filter(Boolean)).toHaveLength(3);
    expect(log).toContain('Đã gửi hai thư cho 2 đơn vị');
    run('Logger.clear()');
    expect(run('Logger.getLog()')).toBe('');
    expect(ws.logs).toHaveLength(3);
  });
});
