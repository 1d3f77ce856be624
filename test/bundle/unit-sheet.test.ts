// A unit renames its tab: Tổng hợp, Kiểm tra dữ liệu, the status sidebar and the reminders all still
// find it, by its name as people read it (NFD typed on a phone) or by the unit code setup wrote in
// its header; the secretary is told to restore the name; the tab is read once for its values.
import { RangeImpl } from '../../local/emulator/spreadsheet';
import { anotherExecution } from '../../local/tools/scenario';
import {
  type Activity,
  bounds,
  type Commune,
  checkLines,
  generateActivities,
  makeUnits,
  mustConsolidate,
  paste,
  seeded,
  setUpCommune,
  within,
} from './consolidation.fixture';

const YEAR = 2023;
const HALF = bounds('half', YEAR, 'nd09');
const RENAMED = 'Tab của tôi';

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

function lastAlert(c: Commune): string {
  const shown = c.s.ws.ui.shown;
  return String(shown[shown.length - 1]?.message ?? '');
}

/** Each values read (getValues, getDisplayValues, getFormulas) of `fn`, with its tab and size. */
function readsOf(fn: () => void): { tab: string; rows: number; cols: number }[] {
  const spies = (['getValues', 'getDisplayValues', 'getFormulas'] as const).map((m) =>
    jest.spyOn(RangeImpl.prototype, m),
  );
  try {
    fn();
    return spies.flatMap((spy) =>
      (spy.mock.contexts as RangeImpl[]).map((r) => ({
        tab: r.getSheet().getName(),
        rows: r.getNumRows(),
        cols: r.getNumColumns(),
      })),
    );
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/**
 * Four villages: 0 renames its tab to the same name in NFD, 1 to another name, 2 keeps its name,
 * 3 never reports. 0, 1 and 2 have rows in the first half-year.
 */
function renamedCommune(): { c: Commune; rows: Activity[][] } {
  const c = setUpCommune({ units: makeUnits(4), year: YEAR, rule: 'nd09' });
  const rnd = seeded(33);
  const rows = [0, 1, 2].map((u) => generateActivities(rnd, u, 12 + u, { year: YEAR }));
  rows.forEach((r, u) => {
    paste(c, u, r);
  });
  const [nfd, other] = c.units;
  c.s.ws.asUser(nfd.editors[0], () => c.s.ss.sheet(nfd.tabName).setName(nfd.tabName.normalize('NFD')));
  c.s.ws.asUser(other.editors[0], () => c.s.ss.sheet(other.tabName).setName(RENAMED));
  return { c, rows };
}

function inHalf(rows: readonly Activity[]): number {
  return rows.filter((a) => within(a.date, HALF)).length;
}

describe('a unit tab renamed by hand', () => {
  let c: Commune;
  let rows: Activity[][];
  beforeAll(() => {
    ({ c, rows } = renamedCommune());
  });

  it('is a precondition: neither tab has its configured name any more', () => {
    const names = c.s.ss.getSheets().map((sh) => sh.getName());
    expect(names).not.toContain(c.units[0].tabName);
    expect(names).toContain(c.units[0].tabName.normalize('NFD'));
    expect(names).toContain(RENAMED);
    expect(names).not.toContain(c.units[1].tabName);
  });

  it('is consolidated by Tổng hợp, the other name with a warning to restore it', () => {
    const run = mustConsolidate(c.s, 'half', YEAR);
    expect(run.units.map((u) => [u.status, u.counted, u.reported])).toEqual([
      ['ok', inHalf(rows[0]), true],
      ['ok', inHalf(rows[1]), true],
      ['ok', inHalf(rows[2]), true],
      ['ok', 0, false],
    ]);
    expect(run.total.counted).toBe(rows.reduce((n, r) => n + inHalf(r), 0));
    expect(run.notReported).toEqual([c.units[3].name]);
    const whole = checkLines(c.s).filter((l) => l.row === '');
    expect(whole.map((l) => [l.tab, l.severity])).toEqual([[c.units[1].tabName, 'Cảnh báo']]);
    expect(whole[0].message).toContain(`đổi tên thành "${RENAMED}"`);
    expect(whole[0].message).toContain(`mã đơn vị ${c.units[1].code} ghi cạnh ô "Mã đơn vị:"`);
    expect(whole[0].message).toContain(`Thiết lập bảng tính để đặt lại tên "${c.units[1].tabName}"`);
  });

  it('reads each unit tab twice (values, formulas), and only row 2 more of the one found by its code', () => {
    const reads = readsOf(() => mustConsolidate(c.s, 'half', YEAR));
    const on = (tab: string) => reads.filter((r) => r.tab === tab);
    for (const tab of [c.units[0].tabName.normalize('NFD'), c.units[2].tabName, c.units[3].tabName]) {
      expect([tab, on(tab).length]).toEqual([tab, 2]);
    }
    const renamed = on(RENAMED).map((r) => [r.rows, r.cols]);
    expect(renamed).toHaveLength(3);
    // Row 2 across, to find the code beside its label wherever a unit's inserted column put it.
    expect(renamed).toContainEqual([1, 26]);
    expect(reads.length).toBeLessThanOrEqual(2 * c.units.length + 5);
  });

  it('is checked by Kiểm tra dữ liệu: the unit on its renamed tab checks only its own tab', () => {
    const other = c.units[1];
    c.s.ws.asUser(other.editors[0], () => {
      c.s.ss.setActiveSheet(c.s.ss.sheet(RENAMED));
      c.s.app.call('menuCheckData');
    });
    const message = lastAlert(c);
    expect(message.split('\n')[0]).toMatch(new RegExp(`^Đã kiểm tra tab của ${other.name}: 0 lỗi`));
    expect(message).toContain(`- ${other.tabName}: Tab của ${other.name} đã bị đổi tên thành "${RENAMED}"`);
    // Only its own tab: every line names it, none names Danh mục or another unit.
    const lines = message.split('\n').filter((l) => l.startsWith('- '));
    for (const l of lines)
      expect(l.startsWith(`- ${other.tabName} `) || l.startsWith(`- ${other.tabName}:`)).toBe(true);
    for (const u of [c.units[0], c.units[2], c.units[3]]) expect(message).not.toContain(u.name);
  });

  it("is found by the secretary's Kiểm tra dữ liệu: no tab is missing", () => {
    c.s.ss.setActiveSheet(c.s.ss.sheet('Cấu hình'));
    c.s.app.call('menuCheckData');
    const message = lastAlert(c);
    expect(message).not.toContain('Không tìm thấy tab');
    expect(message).toContain(`- ${c.units[1].tabName}: Tab của ${c.units[1].name} đã bị đổi tên thành "${RENAMED}"`);
    const whole = checkLines(c.s).filter((l) => l.row === '');
    expect(whole.map((l) => [l.tab, l.severity])).toEqual([[c.units[1].tabName, 'Cảnh báo']]);
  });

  it('shows as submitted in the status sidebar, with a link to the tab under its new name', () => {
    const before = c.s.ws.ui.dialogs.length;
    c.s.app.call('menuStatusSidebar');
    const [sidebar] = c.s.ws.ui.dialogs.slice(before);
    const units = sidebar.html.split('<li class="unit"').slice(1);
    expect(units).toHaveLength(4);
    const url = c.s.ss.getUrl();
    [c.units[0].tabName.normalize('NFD'), RENAMED, c.units[2].tabName].forEach((tab, i) => {
      expect(units[i]).toContain('data-state="submitted"');
      expect(units[i]).toContain(`${url}#gid=${c.s.ss.sheet(tab).getSheetId()}`);
    });
    expect(units[3]).toContain('data-state="notSubmitted"');
  });

  it('is not reminded: only the unit without rows is', () => {
    const from = c.s.ws.ui.shown.length;
    c.s.ws.ui.answers.push({ button: 'NO' });
    c.s.app.call('menuRemind');
    const [question] = c.s.ws.ui.shown.slice(from).map((a) => String(a.message));
    expect(question).toContain('Gửi thư nhắc nộp báo cáo cho 1 đơn vị chưa có báo cáo:');
    expect(question).toContain(`- ${c.units[3].name} <${c.units[3].contactEmail}>`);
    for (const u of c.units.slice(0, 3)) expect(question).not.toContain(`- ${u.name} <`);
    const one = anotherExecution(c.s).call<Outcome<{ sent: boolean; message: string }>>(
      'remindUnit',
      c.units[1].code,
      'half',
      YEAR,
    );
    expect(one).toEqual({
      ok: true,
      value: {
        sent: false,
        to: [],
        message: `${c.units[1].name} đã có báo cáo 6 tháng đầu năm ${YEAR}: không cần nhắc.`,
      },
    });
    expect(c.s.ws.mail.sent).toEqual([]);
  });
});

describe('two tabs carrying the same unit code, neither with its name', () => {
  it('counts neither and says why, in Tổng hợp and in Kiểm tra dữ liệu', () => {
    const c = setUpCommune({ units: makeUnits(2), year: YEAR, rule: 'nd09' });
    const rows = generateActivities(seeded(7), 0, 10, { year: YEAR });
    paste(c, 0, rows);
    const unit = c.units[0];
    const ss = c.s.ss;
    ss.sheet(unit.tabName).setName('Bản A');
    // A copy made by hand, right after the original as Sheets puts a duplicate: the same code.
    const copy = ss.insertSheet('Bản B', ss.sheet('Bản A').getIndex());
    copy.getRange(2, 8, 1, 2).setValues([['Mã đơn vị:', unit.code]]);

    const run = mustConsolidate(c.s, 'half', YEAR);
    expect(run.units[0]).toMatchObject({ status: 'missing', counted: 0, reported: false });
    const about = checkLines(c.s).filter((l) => l.tab === unit.tabName);
    const shared = about.find((l) => l.message.includes('cùng mang mã đơn vị'));
    expect(shared?.severity).toBe('Lỗi');
    expect(shared?.message).toContain('"Bản A", "Bản B"');

    ss.setActiveSheet(ss.sheet('Cấu hình'));
    c.s.app.call('menuCheckData');
    expect(lastAlert(c)).toContain(`Các tab "Bản A", "Bản B" cùng mang mã đơn vị ${unit.code}`);
  });
});
