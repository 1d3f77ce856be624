// Every alert a menu item shows carries that item's label as its title, as the secretary clicked
// it in the menu; when the item cannot be done the title says so after the label. (A secretary who
// runs several items in a row must see which one a message belongs to.)
import type { Scenario } from '../../local/tools/scenario';
import { typeSampleData } from '../../local/tools/scenario';
import { answer, setUp } from './mail-helpers';

// In the sample's reminder window (deadline 17/06, 3 days before), so every mail item has work.
const NOW = '2023-06-15T09:00:00+07:00';

interface Clicked {
  readonly label: string;
  readonly titles: string[];
}

/** The menu as onOpen built it: what the secretary reads and clicks. */
function menuItems(s: Scenario): { label: string; functionName: string }[] {
  s.app.call('onOpen');
  const menu = s.ws.ui.menus.at(-1)!;
  return menu.items.flatMap((i) => ('label' in i && 'functionName' in i ? [i] : []));
}

function click(s: Scenario, item: { label: string; functionName: string }, yes: boolean): Clicked {
  const from = s.ws.ui.shown.length;
  if (yes) answer(s, 'YES');
  s.app.call(item.functionName);
  return { label: item.label, titles: s.ws.ui.shown.slice(from).map((q) => q.title) };
}

describe('alert titles', () => {
  const { s, settings } = setUp(NOW);
  typeSampleData(s, settings);
  const items = menuItems(s);
  const byFunction = new Map(items.map((i) => [i.functionName, i]));
  // Items that ask a question before they act: answered Yes.
  const asks = new Set(['menuSendPlan', 'menuInvite', 'menuRemind', 'menuToggleAutoReminders']);

  it('the menu has the items this test clicks', () => {
    expect(items.map((i) => i.label)).toEqual(
      expect.arrayContaining([
        'Thiết lập bảng tính',
        'Kiểm tra dữ liệu',
        'Tạo kế hoạch (Google Doc)',
        'Gửi kế hoạch qua Gmail',
        'Nhắc nộp báo cáo',
        'Bật/tắt nhắc tự động',
      ]),
    );
  });

  // In this order: the first Tạo kế hoạch makes the Kế hoạch tab, the second the Doc that is sent.
  it.each([
    ['menuSetup', ''],
    ['menuCheckData', ''],
    ['menuCreatePlan', '(the Kế hoạch tab)'],
    ['menuCreatePlan', '(the Doc)'],
    ['menuSendPlan', ''],
    ['menuInvite', ''],
    ['menuRemind', ''],
    ['menuToggleAutoReminders', ''],
  ])('%s %s: every alert is titled with the label clicked', (fn) => {
    const item = byFunction.get(fn)!;
    const { label, titles } = click(s, item, asks.has(fn));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toBe(label);
  });

  it('an item that cannot be done says so after its label', () => {
    const unit = settings.units[0].editors[0];
    const item = byFunction.get('menuConsolidate')!;
    const { titles } = s.ws.asUser(unit, () => click(s, item, false));
    expect(titles).toEqual(['Tổng hợp báo cáo: chưa thực hiện được']);
  });
});
