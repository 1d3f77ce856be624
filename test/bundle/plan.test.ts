// Tạo kế hoạch (Google Doc) through the real bundle: the Kế hoạch tab is made from the sample plan
// the first time (and nothing else happens), its list markers stay text, the secretary's edits
// reach the Doc, and every Doc is logged in Nhật ký báo cáo with the last one current.
import { allParagraphs, type DocumentView } from '../../local/emulator/document';
import type { Scenario } from '../../local/tools/scenario';
import { alertsSince, PLAN_TAB, REPORT_LOG_TAB, setUp, tabValues } from './mail-helpers';

const NOW = '2023-06-20T09:00:00+07:00';

function docByUrl(s: Scenario, url: string): DocumentView {
  const stored = s.ws.documents.all().find((d) => d.url === url);
  if (!stored) throw new Error(`no Doc at ${url}`);
  return stored.view();
}

function texts(doc: DocumentView): string[] {
  return allParagraphs(doc.body.blocks).map((p) => p.text);
}

/** The URL in the "Liên kết:" line of the last alert. */
function linkInLastAlert(s: Scenario): string {
  const m = /Liên kết: (\S+)/.exec(s.ws.ui.shown[s.ws.ui.shown.length - 1].message);
  if (!m) throw new Error('no link in the alert');
  return m[1];
}

describe('Tạo kế hoạch (Google Doc)', () => {
  it('the first time creates the Kế hoạch tab from the sample plan, says so, and makes no Doc', () => {
    const { s } = setUp(NOW);
    expect(s.ss.getSheetByName(PLAN_TAB)).toBeNull();
    const docsBefore = s.ws.documents.all().length;
    const shown = s.ws.ui.shown.length;
    s.app.call('menuCreatePlan');
    const tab = s.ss.getSheetByName(PLAN_TAB);
    expect(tab).not.toBeNull();
    expect(s.ws.documents.all().length).toBe(docsBefore);
    const [message] = alertsSince(s, shown);
    expect(message).toMatch(/đã tạo tab này/);
    expect(message).toMatch(/rồi chạy lại chức năng này/);

    const values = tabValues(tab!);
    expect(values[0]).toEqual(['Cấp', 'Nội dung']);
    // Kế hoạch 42/KH-BCĐ opens with its basis, then "I. MỤC ĐÍCH, YÊU CẦU".
    expect(values[1][0]).toBe('');
    expect(String(values[1][1])).toMatch(/^Căn cứ Kế hoạch số 76\/KH-BCĐ/);
    expect(values[2]).toEqual(['I', 'MỤC ĐÍCH, YÊU CẦU']);
  });

  it('keeps the "-" list markers as text, not formulas or errors', () => {
    const { s } = setUp(NOW);
    s.app.call('menuCreatePlan');
    const tab = s.ss.sheet(PLAN_TAB);
    const rows = tab.getLastRow();
    const levels = tab
      .getRange(1, 1, rows, 1)
      .getValues()
      .map((r) => r[0]);
    const formulas = tab
      .getRange(1, 1, rows, 1)
      .getFormulas()
      .map((r) => r[0]);
    const display = tab
      .getRange(1, 1, rows, 1)
      .getDisplayValues()
      .map((r) => r[0]);
    const dashRows = levels.map((v, i) => (v === '-' ? i : -1)).filter((i) => i >= 0);
    expect(dashRows.length).toBeGreaterThan(10);
    for (const i of dashRows) {
      expect(formulas[i]).toBe('');
      expect(display[i]).toBe('-');
    }
  });

  it('only the owner may edit the Kế hoạch tab', () => {
    const { s } = setUp(NOW);
    s.app.call('menuCreatePlan');
    const [p] = s.ss.sheet(PLAN_TAB).getProtections('SHEET');
    expect(p.editorEmails()).toEqual([s.ws.owner]);
  });

  it('renders the tab, as the secretary edited it, into a KẾ HOẠCH Doc and logs it', () => {
    const { s } = setUp(NOW);
    s.app.call('menuCreatePlan');
    const tab = s.ss.sheet(PLAN_TAB);
    // The secretary adds a list line starting with "+" and a line that looks like a formula.
    const next = tab.getLastRow() + 1;
    s.ws.spreadsheets.typeInto(PLAN_TAB, `A${next}`, "'+");
    s.ws.spreadsheets.typeInto(PLAN_TAB, `B${next}`, "'=Tổ chức 02 hội nghị tại thôn");
    s.app.call('menuCreatePlan');
    const url = linkInLastAlert(s);
    const doc = docByUrl(s, url);
    const t = texts(doc);
    expect(t).toContain('KẾ HOẠCH');
    expect(t).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(t).toContain('+ =Tổ chức 02 hội nghị tại thôn');
    expect(t.some((x) => x.startsWith('Căn cứ Kế hoạch số 76/KH-BCĐ'))).toBe(true);
    expect(t.some((x) => x.startsWith('Số: 42/KH-BCĐ'))).toBe(true);

    const log = tabValues(s.ss.sheet(REPORT_LOG_TAB));
    const header = log[0].map(String);
    const plans = log.slice(1).filter((r) => r[header.indexOf('Loại văn bản')] === 'Kế hoạch');
    expect(plans).toHaveLength(1);
    expect(plans[0][header.indexOf('Liên kết')]).toBe(url);
    expect(plans[0][header.indexOf('Kỳ')]).toBe('Năm 2023');
  });

  it('a second Doc is version 2 and becomes the current one', () => {
    const { s } = setUp(NOW);
    s.app.call('menuCreatePlan');
    s.app.call('menuCreatePlan');
    const first = linkInLastAlert(s);
    s.app.call('menuCreatePlan');
    const second = linkInLastAlert(s);
    expect(second).not.toBe(first);
    expect(s.ws.ui.shown[s.ws.ui.shown.length - 1].message).toMatch(/lần 2/);
    const log = tabValues(s.ss.sheet(REPORT_LOG_TAB));
    const header = log[0].map(String);
    const plans = log.slice(1).filter((r) => r[header.indexOf('Loại văn bản')] === 'Kế hoạch');
    expect(plans.map((r) => [r[header.indexOf('Liên kết')], r[header.indexOf('Bản hiện hành')]])).toEqual([
      [first, 'Đã thay'],
      [second, 'Đang dùng'],
    ]);
  });
});
