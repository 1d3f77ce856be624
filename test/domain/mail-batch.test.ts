// What the three mail senders share: MailApp counts recipients against the daily quota, one message
// carries at most 50 of them, and a run sends from the front of its list while the quota lasts.
import { fitQuota, fitsToday, messageTo, unitMessageCost } from '../../src/domain/mail-batch';

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `u${i}@gmail.com`);

describe('messageTo and unitMessageCost', () => {
  it('a message goes to every address up to 50, and costs one recipient each', () => {
    expect(messageTo(['a@gmail.com', 'b@gmail.com'])).toEqual(['a@gmail.com', 'b@gmail.com']);
    expect(unitMessageCost({ address: { emails: ['a@gmail.com', 'b@gmail.com'] } })).toBe(2);
  });

  it('a unit with more than 50 addresses gets the first 50 and costs 50 (MailApp’s limit per message)', () => {
    const sixty = addresses(60);
    expect(messageTo(sixty)).toEqual(sixty.slice(0, 50));
    expect(unitMessageCost({ address: { emails: sixty } })).toBe(50);
  });
});

describe('fitQuota', () => {
  it('takes from the front while the cost fits, keeping order', () => {
    expect(fitQuota(['a', 'b', 'c', 'd', 'e'], () => 1, 3)).toEqual({ now: ['a', 'b', 'c'], later: ['d', 'e'] });
    expect(fitQuota([2, 1, 1], (n) => n, 2)).toEqual({ now: [2], later: [1, 1] });
    expect(fitQuota(['a'], () => 1, 0)).toEqual({ now: [], later: ['a'] });
    expect(fitQuota(['a'], () => 1, -1)).toEqual({ now: [], later: ['a'] });
  });
});

describe('fitsToday', () => {
  it('counts the items to send that the quota left at preview time covers, stopping at the first that does not fit', () => {
    const cost = (n: number) => n;
    expect(fitsToday({ toSend: [2, 1], quota: 3 }, cost)).toBe(2);
    expect(fitsToday({ toSend: [2, 1], quota: 2 }, cost)).toBe(1);
    expect(fitsToday({ toSend: [3, 1], quota: 2 }, cost)).toBe(0);
    expect(fitsToday({ toSend: [], quota: 10 }, cost)).toBe(0);
  });
});
