// While another run holds the Sheet, an item clicked is refused with its own name as the menu shows
// it: the secretary who clicked "Tạo báo cáo (Google Doc)" reads that name in the message, not
// another wording of it.
import { typeSampleData } from '../../local/tools/scenario';
import { answer, type Outcome, setUp } from './mail-helpers';

// In the sample's reminder window (deadline 17/06, 3 days before), so every mail item has work.
const NOW = '2023-06-15T09:00:00+07:00';
const waitFor = (label: string) => `Đang có người khác chạy "${label}" (hoặc một chức năng khác) trên bảng tính này.`;

describe('an item refused while another run holds the Sheet', () => {
  const { s, settings } = setUp(NOW);
  typeSampleData(s, settings);
  // The Kế hoạch tab, then the plan's Doc: Tạo kế hoạch goes on to its lock, and Gửi kế hoạch has a Doc to send.
  s.app.call('menuCreatePlan');
  s.app.call('menuCreatePlan');

  function held<T>(run: () => T): T {
    const hold = s.ws.locks.occupy('document');
    try {
      return run();
    } finally {
      hold.release();
    }
  }

  it.each([
    ['menuSetup', 'Thiết lập bảng tính'],
    ['menuInvite', 'Gửi thư mời nhập liệu'],
    ['menuCheckData', 'Kiểm tra dữ liệu'],
    ['menuCheckSetup', 'Kiểm tra cài đặt'],
    ['menuCreatePlan', 'Tạo kế hoạch (Google Doc)'],
    ['menuSendPlan', 'Gửi kế hoạch qua Gmail'],
    ['menuRemind', 'Nhắc nộp báo cáo'],
  ])('%s names "%s"', (fn, label) => {
    const from = s.ws.ui.shown.length;
    answer(s, 'YES');
    held(() => s.app.call(fn));
    const messages = s.ws.ui.shown.slice(from).map((q) => q.message);
    s.ws.ui.answers.length = 0;
    expect(messages.some((m) => m.startsWith(waitFor(label)))).toBe(true);
  });

  it.each([
    ['consolidateFromDialog', 'Tổng hợp báo cáo'],
    ['createReportFromDialog', 'Tạo báo cáo (Google Doc)'],
  ])('%s names "%s" in the dialog', (fn, label) => {
    const result = held(() => s.app.call<Outcome<unknown>>(fn, '6 tháng đầu năm', 2023));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.startsWith(waitFor(label))).toBe(true);
  });
});
