// The tabs the product writes for the secretary (Tổng hợp, Kiểm tra, Kế hoạch, the two logs) keep
// one protection, whichever run made it: a secretary who lifts one by hand and runs setup finds it
// back as the tab's own run left it, described the same way under Dữ liệu → Trang tính và dải ô
// được bảo vệ, with only the secretaries as editors.
import { typeSampleData } from '../../local/tools/scenario';
import { answer, setUp } from './mail-helpers';
import { protectionOf } from './setup-helpers';

describe('the secretary’s tabs, their protection lifted by hand', () => {
  it('are protected again by setup, described as the run that writes them describes them', () => {
    const { s, settings } = setUp('2023-06-15T09:00:00+07:00');
    typeSampleData(s, settings);
    s.app.call('menuCreatePlan'); // Kế hoạch
    s.app.call('menuCreatePlan'); // the plan's Doc, in Nhật ký báo cáo
    s.app.call('consolidateFromDialog', '6 tháng đầu năm', 2023); // Tổng hợp, Kiểm tra
    answer(s, 'YES');
    s.app.call('menuSendPlan'); // Nhật ký gửi
    const tabs = ['Tổng hợp', 'Kiểm tra', 'Kế hoạch', 'Nhật ký gửi', 'Nhật ký báo cáo'];
    const description = (tab: string) => s.ss.sheet(tab).getProtections('SHEET')[0]?.getDescription();
    const written = tabs.map((t) => [t, description(t)]);
    expect(new Set(written.map(([, d]) => d || null)).size).toBe(tabs.length); // each its own, none blank
    for (const t of tabs) s.ss.sheet(t).getProtections('SHEET')[0].remove();
    s.app.call('menuSetup');
    expect(tabs.map((t) => [t, description(t)])).toEqual(written);
    for (const t of tabs) {
      expect([t, protectionOf(s.ss.sheet(t))]).toEqual([t, { editors: [s.ws.owner], warningOnly: false }]);
    }
  });
});
