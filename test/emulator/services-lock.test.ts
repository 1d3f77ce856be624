// LockService emulator: two executions (two loads on one Workspace) contend for a lock; waiting
// costs emulated time; a test can play someone else's long run with ws.locks.occupy.
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

function elapsed(ws: Workspace, start: number): number {
  return ws.now().getTime() - start;
}

describe('LockService', () => {
  it('lets one execution hold the document lock; the other waits out its timeout and fails', () => {
    const ws = new Workspace();
    const first = vmWorld(ws);
    const second = vmWorld(ws);
    expect(first.run(`var lock = LockService.getDocumentLock(); lock.tryLock(1000)`)).toBe(true);
    const start = ws.now().getTime();
    expect(second.run(`var lock = LockService.getDocumentLock(); lock.tryLock(5000)`)).toBe(false);
    expect(elapsed(ws, start)).toBe(5000);
    expect(first.run('lock.hasLock()')).toBe(true);
    expect(second.run('lock.hasLock()')).toBe(false);
    first.run('lock.releaseLock()');
    expect(first.run('lock.hasLock()')).toBe(false);
    expect(second.run('lock.tryLock(0)')).toBe(true);
  });

  it('waitLock throws Google’s timeout message, as an error of the caller’s realm', () => {
    const ws = new Workspace();
    vmWorld(ws).run('LockService.getScriptLock().waitLock(100)');
    const other = vmWorld(ws);
    const start = ws.now().getTime();
    const error = other.run(
      `(function () { try { LockService.getScriptLock().waitLock(3000); } catch (e) { return e; } })()`,
    );
    expect(error).toBeInstanceOf(other.realm.Error);
    expect((error as Error).message).toBe(TIMEOUT);
    expect(elapsed(ws, start)).toBe(3000);
  });

  it('occupy() plays another run: it blocks until released, or frees itself after forMs', () => {
    const ws = new Workspace();
    const { run } = vmWorld(ws);
    const busy = ws.locks.occupy('document');
    expect(run('LockService.getDocumentLock().tryLock(10000)')).toBe(false);
    busy.release();
    expect(run('LockService.getDocumentLock().tryLock(0)')).toBe(true);

    const later = new Workspace();
    const w = vmWorld(later);
    const start = later.now().getTime();
    later.locks.occupy('document', { forMs: 10_000 });
    expect(w.run('LockService.getDocumentLock().tryLock(4000)')).toBe(false);
    expect(elapsed(later, start)).toBe(4000);
    // The other run ends 6 s later: a 30 s wait gets the lock after those 6 s.
    expect(w.run('LockService.getDocumentLock().tryLock(30000)')).toBe(true);
    expect(elapsed(later, start)).toBe(10_000);
  });

  it('keeps document, script and each user’s locks apart', () => {
    const ws = new Workspace();
    ws.locks.occupy('document');
    const { run } = vmWorld(ws);
    expect(run('LockService.getScriptLock().tryLock(0)')).toBe(true);
    expect(run('LockService.getUserLock().tryLock(0)')).toBe(true);
    expect(run('LockService.getDocumentLock().tryLock(0)')).toBe(false);
    ws.setActiveUser('hoinongdan@gmail.com');
    const other = vmWorld(ws);
    expect(other.run('LockService.getUserLock().tryLock(0)')).toBe(true);
    expect(other.run('LockService.getScriptLock().tryLock(0)')).toBe(false);
  });

  it('releaseLock without the lock does nothing to the holder', () => {
    const ws = new Workspace();
    const holder = vmWorld(ws);
    holder.run('var lock = LockService.getDocumentLock(); lock.waitLock(0)');
    vmWorld(ws).run('LockService.getDocumentLock().releaseLock()');
    expect(holder.run('lock.hasLock()')).toBe(true);
    expect(ws.locks.holder('document')).not.toBeNull();
  });

  it('endExecution frees what an execution left locked, as the end of a script does', () => {
    const ws = new Workspace();
    const w = vmWorld(ws);
    w.run('LockService.getDocumentLock().waitLock(0)');
    const holder = ws.locks.holder('document')!;
    ws.locks.endExecution(holder);
    expect(vmWorld(ws).run('LockService.getDocumentLock().tryLock(0)')).toBe(true);
  });

  it('a negative timeout never takes the lock, even a free one: tryLock is false, waitLock throws', () => {
    const ws = new Workspace();
    const { run } = vmWorld(ws);
    const start = ws.now().getTime();
    expect(run('var lock = LockService.getDocumentLock(); lock.tryLock(-1)')).toBe(false);
    expect(run('lock.hasLock()')).toBe(false);
    expect(run(`(function () { try { lock.waitLock(-1); return 'locked'; } catch (e) { return e.message; } })()`)).toBe(
      TIMEOUT,
    );
    expect(ws.locks.holder('document')).toBeNull();
    expect(elapsed(ws, start)).toBe(0);
    expect(run('lock.tryLock(0)')).toBe(true);
  });

  it('records a lock released while spreadsheet writes were pending, and none after a flush', () => {
    const ws = new Workspace();
    ws.spreadsheets.create('Báo cáo NTM');
    const g = ws.globals() as unknown as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      LockService: GoogleAppsScript.Lock.LockService;
    };
    const write = (flush: boolean) => {
      const lock = g.LockService.getDocumentLock();
      lock.waitLock(0);
      g.SpreadsheetApp.getActiveSheet()?.getRange('A1').setValue('Tổng hợp');
      if (flush) g.SpreadsheetApp.flush();
      lock.releaseLock();
    };
    write(true);
    expect(ws.locks.unflushedReleases).toEqual([]);
    write(false);
    expect(ws.locks.unflushedReleases.map((r) => r.kind)).toEqual(['document']);
    // The end of an execution flushes what is left.
    g.SpreadsheetApp.getActiveSheet()?.getRange('A2').setValue('x');
    ws.endExecution(g as unknown as Record<string, unknown>);
    const lock = g.LockService.getDocumentLock();
    lock.waitLock(0);
    lock.releaseLock();
    expect(ws.locks.unflushedReleases).toHaveLength(1);
  });

  it('can be made busy through faults as well', () => {
    const ws = new Workspace();
    ws.faults.failOn('Lock.waitLock', { message: TIMEOUT });
    const { run } = vmWorld(ws);
    expect(
      run(`(function () { try { LockService.getDocumentLock().waitLock(30000); return 'locked'; }
      catch (e) { return e.message; } })()`),
    ).toBe(TIMEOUT);
    expect(ws.calls.count('Lock.waitLock')).toBe(1);
  });
});
