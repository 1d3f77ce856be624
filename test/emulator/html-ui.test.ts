// The Sheet's Ui emulator: menus as plain data, scripted answers to alerts and prompts, dialogs,
// and no Ui during a time-driven trigger.
import { Workspace } from '../../local/emulator/workspace';
import { vmWorld } from './services-vm';

const UNAVAILABLE = 'Cannot call SpreadsheetApp.getUi() from this context.';

function world() {
  const ws = new Workspace();
  const w = vmWorld(ws);
  w.run('var ui = Ui.get();');
  return { ws, ...w };
}

function thrown(run: (code: string) => unknown, code: string): string | null {
  return run(`(function () { try { ${code}; return null; } catch (e) { return e.message; } })()`) as string | null;
}

describe('Ui menus', () => {
  it('records a menu added to the Ui, with separators and submenus, as plain data', () => {
    const { ws, run } = world();
    run(`ui.createMenu('Báo cáo NTM')
      .addItem('Thiết lập bảng tính', 'thietLapBangTinh')
      .addSeparator()
      .addSubMenu(ui.createMenu('Gửi thư').addItem('Gửi kế hoạch qua Gmail', 'guiKeHoach'))
      .addToUi();`);
    expect(ws.ui.menus).toEqual([
      {
        title: 'Báo cáo NTM',
        items: [
          { label: 'Thiết lập bảng tính', functionName: 'thietLapBangTinh' },
          { separator: true },
          { submenu: { title: 'Gửi thư', items: [{ label: 'Gửi kế hoạch qua Gmail', functionName: 'guiKeHoach' }] } },
        ],
      },
    ]);
  });
});

describe('Ui alerts and prompts', () => {
  it('acknowledges an OK-only alert with no answer queued, and records what was shown', () => {
    const { ws, run } = world();
    expect(run(`ui.alert('Đã tổng hợp xong.') === ui.Button.OK`)).toBe(true);
    expect(ws.ui.shown).toEqual([
      { kind: 'alert', title: '', message: 'Đã tổng hợp xong.', buttons: 'OK', answer: 'OK', text: null },
    ]);
  });

  it('answers a question from the queue, returning the same Button object the bundle compares with', () => {
    const { ws, run } = world();
    ws.ui.answers.push({ button: 'NO' }, { button: 'YES' }, { button: 'YES' });
    expect(run(`ui.alert('Gửi lại?', 'Đã gửi cho 3 đơn vị.', ui.ButtonSet.YES_NO) === ui.Button.NO`)).toBe(true);
    expect(run(`ui.alert('Gửi lại?', ui.ButtonSet.YES_NO_CANCEL) === ui.Button.YES`)).toBe(true);
    expect(run(`ui.alert('x', 'y', ui.ButtonSet.YES_NO) === 'YES'`)).toBe(false);
    expect(ws.ui.shown.map((s) => [s.title, s.message, s.buttons, s.answer])).toEqual([
      ['Gửi lại?', 'Đã gửi cho 3 đơn vị.', 'YES_NO', 'NO'],
      ['', 'Gửi lại?', 'YES_NO_CANCEL', 'YES'],
      ['x', 'y', 'YES_NO', 'YES'],
    ]);
  });

  it('fails loudly, naming the question, when a question has no answer queued', () => {
    const { ws, run } = world();
    const message = thrown(run, `ui.alert('Xác nhận', 'Xoá bảng Tổng hợp cũ?', ui.ButtonSet.OK_CANCEL)`);
    expect(message).toContain('Xoá bảng Tổng hợp cũ?');
    expect(message).toContain('OK_CANCEL');
    expect(ws.ui.unanswered).toHaveLength(1);
    expect(thrown(run, `ui.prompt('Năm báo cáo?')`)).toContain('Năm báo cáo?');
    expect(ws.ui.unanswered).toHaveLength(2);
  });

  it('refuses an answer with a button the dialog does not have', () => {
    const { ws, run } = world();
    ws.ui.answers.push({ button: 'OK' });
    expect(thrown(run, `ui.alert('Tiếp tục?', ui.ButtonSet.YES_NO)`)).toContain('does not fit');
  });

  it('lets an information alert pass without taking the answer meant for the next question', () => {
    const { ws, run } = world();
    ws.ui.answers.push({ button: 'YES' });
    expect(run(`ui.alert('Bắt đầu.') === ui.Button.OK`)).toBe(true);
    expect(run(`ui.alert('Tiếp tục?', ui.ButtonSet.YES_NO) === ui.Button.YES`)).toBe(true);
    expect(ws.ui.answers).toHaveLength(0);
  });

  it('accepts CLOSE for any dialog, as when the user closes it', () => {
    const { ws, run } = world();
    ws.ui.answers.push({ button: 'CLOSE' });
    expect(run(`ui.alert('Tiếp tục?', ui.ButtonSet.YES_NO) === ui.Button.CLOSE`)).toBe(true);
  });

  it('gives a prompt the scripted text and button', () => {
    const { ws, run } = world();
    ws.ui.answers.push({ button: 'OK', text: '2023' });
    run(`var r = ui.prompt('Tổng hợp', 'Năm báo cáo:', ui.ButtonSet.OK_CANCEL)`);
    expect(run('r.getResponseText()')).toBe('2023');
    expect(run('r.getSelectedButton() === ui.Button.OK')).toBe(true);
    expect(ws.ui.shown[0]).toEqual({
      kind: 'prompt',
      title: 'Tổng hợp',
      message: 'Năm báo cáo:',
      buttons: 'OK_CANCEL',
      answer: 'OK',
      text: '2023',
    });
  });

  it('refuses arguments that match no overload', () => {
    const { run } = world();
    expect(thrown(run, `ui.alert('Tiêu đề', 'Nội dung')`)).toBe(
      "The parameters (String,String) don't match the method signature for Ui.alert.",
    );
  });
});

describe('Ui dialogs and availability', () => {
  it('records modal and modeless dialogs and the sidebar with their HTML, title and size', () => {
    const { ws, run } = world();
    run(`var o = HtmlService.createHtmlOutput('<p>Chọn kỳ báo cáo</p>').setWidth(480).setHeight(300);
      ui.showModalDialog(o, 'Tổng hợp báo cáo');
      ui.showModelessDialog(HtmlService.createHtmlOutput('<p>b</p>'), 'Tiến độ');
      ui.showSidebar(HtmlService.createHtmlOutput('<p>c</p>').setTitle('Hướng dẫn'));`);
    expect(ws.ui.dialogs).toEqual([
      { kind: 'modal', title: 'Tổng hợp báo cáo', html: '<p>Chọn kỳ báo cáo</p>', width: 480, height: 300 },
      { kind: 'modeless', title: 'Tiến độ', html: '<p>b</p>', width: null, height: null },
      { kind: 'sidebar', title: 'Hướng dẫn', html: '<p>c</p>', width: null, height: null },
    ]);
    expect(thrown(run, `ui.showModalDialog('<p>x</p>', 'Sai')`)).toBe(
      "The parameters (String,String) don't match the method signature for Ui.showModalDialog.",
    );
  });

  it('is unavailable while a time-driven trigger runs, even through a Ui object got before', () => {
    const { ws, run } = world();
    ws.ui.available = false;
    expect(() => ws.ui.ui()).toThrow(UNAVAILABLE);
    expect(thrown(run, `ui.alert('x')`)).toBe(UNAVAILABLE);
    expect(thrown(run, `ui.createMenu('x')`)).toBe(UNAVAILABLE);
    expect(ws.ui.shown).toHaveLength(0);
  });

  it('keeps toasts pushed by the SpreadsheetApp emulator, and counts Ui calls', () => {
    const { ws, run } = world();
    ws.ui.toasts.push({ message: 'Đang tổng hợp…', title: 'Báo cáo NTM' });
    expect(ws.ui.toasts).toEqual([{ message: 'Đang tổng hợp…', title: 'Báo cáo NTM' }]);
    run(`ui.alert('a'); ui.alert('b')`);
    expect(ws.calls.count('Ui.alert')).toBe(2);
  });
});
