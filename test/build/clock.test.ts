// The bundle sees the emulator's clock, and its Dates stay ordinary Dates of its own realm.
import { Workspace } from '../../local/emulator';
import { loadBundle } from '../../local/tools/load';

describe('the emulated clock inside the bundle', () => {
  const ws = new Workspace({ now: new Date('2023-06-20T09:00:00+07:00') });
  const app = loadBundle(ws);

  it('makes new Date() and Date.now() read the workspace clock', () => {
    expect(app.evaluate<number>('new Date().getTime()')).toBe(Date.UTC(2023, 5, 20, 2, 0));
    ws.advance(60_000);
    expect(app.evaluate<number>('Date.now()')).toBe(Date.UTC(2023, 5, 20, 2, 1));
  });

  it('keeps dates made with arguments, instanceof and the static functions', () => {
    expect(app.evaluate<boolean>('new Date(2020, 0, 2) instanceof Date')).toBe(true);
    expect(app.evaluate<number>('new Date(Date.UTC(2020, 0, 2)).getUTCDate()')).toBe(2);
    expect(app.evaluate<number>('new Date("2021-03-04T00:00:00Z").getTime()')).toBe(Date.UTC(2021, 2, 4));
    expect(app.evaluate<boolean>('Object.prototype.toString.call(new Date()) === "[object Date]"')).toBe(true);
  });
});
