// onOpen builds the "Báo cáo NTM" menu and nothing else, and every item calls a function that
// exists at the top level of the pushed bundle (Apps Script finds menu functions by name).
import { Workspace } from '../../local/emulator';
import type { MenuEntry } from '../../local/emulator/html';
import { loadBundle } from '../../local/tools/load';

type Item = { readonly label: string; readonly functionName: string };

function flatten(items: readonly MenuEntry[]): Item[] {
  return items.flatMap((i) => ('submenu' in i ? flatten(i.submenu.items) : 'separator' in i ? [] : [i]));
}

describe('onOpen', () => {
  const ws = new Workspace();
  const ss = ws.spreadsheets.create('Sổ trống');
  ws.spreadsheets.setActive(ss);
  const app = loadBundle(ws);
  ws.calls.reset();
  app.call('onOpen');

  it('adds one menu, "Báo cáo NTM"', () => {
    expect(ws.ui.menus.map((m) => m.title)).toEqual(['Báo cáo NTM']);
  });

  it('lists the workflows of the product in Vietnamese', () => {
    const labels = flatten(ws.ui.menus[0].items).map((i) => i.label);
    for (const label of ['Thiết lập bảng tính', 'Kiểm tra dữ liệu', 'Tổng hợp báo cáo', 'Tạo báo cáo (Google Doc)']) {
      expect(labels).toContain(label);
    }
  });

  it('names only functions that exist at the top level of dist/Code.js', () => {
    const names = flatten(ws.ui.menus[0].items).map((i) => i.functionName);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      expect({ name, type: app.evaluate<string>(`typeof ${name}`) }).toEqual({ name, type: 'function' });
    }
  });

  it('touches nothing but the menu (a simple trigger has 30 s and limited authorisation)', () => {
    const touched = Object.keys(ws.calls.snapshot()).filter(
      (k) => !/^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(k),
    );
    expect(touched).toEqual([]);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Trang tính1']);
  });
});
