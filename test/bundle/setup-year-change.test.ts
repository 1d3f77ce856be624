// The secretary moves "Năm báo cáo" in Cấu hình from 2023 to 2024 and re-runs Thiết lập bảng tính:
// the units' 2023 self-assessments (rows 6–7 of their tabs) are first copied word for word into the
// owner-only tab "Lưu trữ tự đánh giá", then rows 6–7 read the 2024 labels with blank texts, so the
// units write 2024 there; Tổng hợp of 2023 still shows the 2023 texts, Tổng hợp of 2024 the new.
// Nothing is archived twice, and a failed archive write leaves the unit tabs as they were.

import { type Scenario, writeNarrative, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings, UnitSetting } from '../../src/domain/types';
import { HEADINGS, mustConsolidate, type Run, table, tabValues } from './consolidation.fixture';
import { lastAlert, PROTECTED, protectionOf, setUpSample, snapshotTab, unitOf } from './setup-helpers';

const OWNER = 'thuky.bqlntm@gmail.com';
const ARCHIVE = 'Lưu trữ tự đánh giá';
const ARCHIVE_HEADER = [
  'Đơn vị',
  'Mã đơn vị',
  'Kỳ báo cáo',
  'Kết quả nổi bật',
  'Tồn tại, hạn chế',
  'Nguyên nhân',
  'Đề xuất, kiến nghị',
  'Lưu lúc',
];
const HALF_2023 = '6 tháng đầu năm 2023';
const YEAR_2023 = 'Cả năm 2023';
const HALF_2024 = '6 tháng đầu năm 2024';
const YEAR_2024 = 'Cả năm 2024';
const NO_NARRATIVE = '(Chưa đơn vị nào ghi tự đánh giá cho kỳ này)';

type Texts = [string, string, string, string];

const SETTINGS_2023: Settings = { ...SAMPLE_SETTINGS, year: 2023, periodRule: 'calendar' };
const SETTINGS_2024: Settings = { ...SETTINGS_2023, year: 2024 };
const hnd = unitOf(SETTINGS_2023, 'HND');
const mttq = unitOf(SETTINGS_2023, 'MTTQ');
const dtn = unitOf(SETTINGS_2023, 'DTN');
const tdt = unitOf(SETTINGS_2023, 'T-DT');

const HND_HALF: Texts = [
  'Tổ chức 6 hội nghị chuyên đề về sản xuất chè an toàn.',
  'Tỷ lệ hội viên tham dự còn thấp.',
  'Lịch họp trùng mùa vụ.',
  'Đề nghị bố trí kinh phí in tài liệu.',
];
const HND_YEAR: Texts = [
  'Cả năm: 14 hội nghị, 2 mô hình mới.',
  'Tuyên truyền trên Zalo chưa đều.',
  'Cán bộ kiêm nhiệm.',
  'Đề nghị tập huấn kỹ năng số.',
];
/** Typed with a leading apostrophe, as a person keeps "- …" from becoming a formula. */
const MTTQ_YEAR_TYPED: Texts = ["'- Một số khu dân cư chưa treo băng zôn.", '', 'Thiếu kinh phí.', ''];
const MTTQ_YEAR: Texts = ['- Một số khu dân cư chưa treo băng zôn.', '', 'Thiếu kinh phí.', ''];
const DTN_HALF: Texts = ['Ra quân tình nguyện làm đường hoa.', '', '', 'Đề nghị hỗ trợ cây giống.'];
/** DTN already wrote a row for 2024 in row 7, with the 2024 label: setup must leave it be. */
const DTN_NEXT: Texts = ['Kế hoạch ra quân hè 2024.', '', '', ''];
const TDT_HALF: Texts = ['Thôn Đồng Tâm làm 1,2 km đường hoa.', '', '', ''];
const HND_2024: Texts = ['Sáu tháng đầu năm 2024: 5 hội nghị.', 'Chưa có mô hình mới.', '', ''];

/** When the year-change setup runs: 08/01/2024 08:30 in Vietnam. */
const CHANGE_TIME = new Date('2024-01-08T08:30:00+07:00');
const CHANGE_STAMP = '08/01/2024 08:30';

function rows6to7(s: Scenario, unit: UnitSetting): unknown[][] {
  return s.ss.sheet(unit.tabName).getRange(6, 1, 2, 5).getValues();
}

/** The archive's data rows (row 1 is its header), or [] when the tab does not exist. */
function archiveRows(s: Scenario): unknown[][] {
  const sheet = s.ss.findSheet(ARCHIVE);
  return sheet ? sheet.getDataRange().getValues().slice(1) : [];
}

/** The narratives table of Tổng hợp, sorted so that the order of units does not matter. */
function narrativesShown(s: Scenario): unknown[][] {
  return sorted(table(tabValues(s, 'Tổng hợp'), HEADINGS.narratives).rows.map((r) => r.slice(0, 5)));
}

function shownRow(unit: UnitSetting, texts: Texts): unknown[] {
  return [unit.name, ...texts];
}

function sorted(rows: unknown[][]): unknown[][] {
  return [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

/** Every write to a tab passes Spreadsheet.assertCanEdit: `fail` decides which of them Google refuses. */
function failWrites(
  s: Scenario,
  fail: (tab: string, area: { r: number; c: number; nr: number; nc: number } | null) => boolean,
): () => void {
  const ss = s.ss as unknown as { assertCanEdit: (sheet: { getName(): string }, area: unknown) => void };
  const original = ss.assertCanEdit;
  ss.assertCanEdit = function (this: unknown, sheet, area) {
    if (fail(sheet.getName(), area as { r: number; c: number; nr: number; nc: number } | null)) {
      throw new Error('Service Spreadsheets timed out while accessing document with id 1');
    }
    return original.call(this, sheet, area);
  };
  return () => {
    ss.assertCanEdit = original;
  };
}

function touchesNarrativeRows(area: { r: number; nr: number } | null): boolean {
  return area !== null && area.r <= 7 && area.r + area.nr - 1 >= 6;
}

describe('the report year moves from 2023 to 2024', () => {
  let s: Scenario;
  let changeAlert: string;
  let archiveDataWrites = 0;
  const before = new Map<string, unknown[][]>();

  beforeAll(() => {
    s = setUpSample(SETTINGS_2023);
    writeNarrative(s, hnd, 0, HND_HALF);
    writeNarrative(s, hnd, 1, HND_YEAR);
    writeNarrative(s, mttq, 1, MTTQ_YEAR_TYPED);
    writeNarrative(s, dtn, 0, DTN_HALF);
    s.ws.asUser(dtn.editors[0], () => {
      s.ss
        .sheet(dtn.tabName)
        .getRange(7, 1, 1, 5)
        .setValues([[YEAR_2024, ...DTN_NEXT]]);
    });
    writeNarrative(s, tdt, 0, TDT_HALF);
    for (const u of SETTINGS_2023.units) before.set(u.code, rows6to7(s, u));

    s.ws.setNow(CHANGE_TIME);
    writeSettings(s, SETTINGS_2024);
    // Count the writes that put data rows (below the header) into the archive.
    const stop = failWrites(s, (tab, area) => {
      if (tab === ARCHIVE && area !== null && area.r + area.nr - 1 >= 2) archiveDataWrites++;
      return false;
    });
    try {
      s.app.call('menuSetup');
    } finally {
      stop();
    }
    changeAlert = lastAlert(s).message;
  });

  it('typed the 2023 narratives under the 2023 labels (the starting point)', () => {
    expect(before.get('HND')).toEqual([
      [HALF_2023, ...HND_HALF],
      [YEAR_2023, ...HND_YEAR],
    ]);
    expect(before.get('MTTQ')?.[1]).toEqual([YEAR_2023, ...MTTQ_YEAR]);
    expect(before.get('DTN')).toEqual([
      [HALF_2023, ...DTN_HALF],
      [YEAR_2024, ...DTN_NEXT],
    ]);
  });

  it('copies exactly the typed texts, with their labels, units and the time, in one write', () => {
    const archive = s.ss.sheet(ARCHIVE);
    expect(archive.getRange(1, 1, 1, 8).getValues()[0]).toEqual(ARCHIVE_HEADER);
    const expected = [
      [hnd.name, 'HND', HALF_2023, ...HND_HALF, CHANGE_STAMP],
      [hnd.name, 'HND', YEAR_2023, ...HND_YEAR, CHANGE_STAMP],
      [mttq.name, 'MTTQ', YEAR_2023, ...MTTQ_YEAR, CHANGE_STAMP],
      [dtn.name, 'DTN', HALF_2023, ...DTN_HALF, CHANGE_STAMP],
      [tdt.name, 'T-DT', HALF_2023, ...TDT_HALF, CHANGE_STAMP],
    ];
    expect(sorted(archiveRows(s).map((r) => r.slice(0, 8)))).toEqual(sorted(expected));
    expect(archiveDataWrites).toBe(1);
    // Text that starts like a formula stays text.
    const formulas = archive.getDataRange().getFormulas();
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
  });

  it('is the owner’s only: a unit cannot change what it reported last year', () => {
    expect(protectionOf(s.ss.sheet(ARCHIVE))).toEqual({ editors: [OWNER], warningOnly: false });
    expect(() =>
      s.ws.asUser(hnd.editors[0], () => {
        s.ss.sheet(ARCHIVE).getRange(2, 4).setValue('Sửa lại cho đẹp');
      }),
    ).toThrow(PROTECTED);
  });

  it('relabels rows 6–7 for 2024 with blank texts, and leaves a row already labelled 2024 alone', () => {
    for (const u of SETTINGS_2023.units) {
      const expected =
        u.code === 'DTN'
          ? [
              [HALF_2024, '', '', '', ''],
              [YEAR_2024, ...DTN_NEXT],
            ]
          : [
              [HALF_2024, '', '', '', ''],
              [YEAR_2024, '', '', '', ''],
            ];
      expect({ unit: u.code, rows: rows6to7(s, u) }).toEqual({ unit: u.code, rows: expected });
    }
  });

  it('tells the secretary where last year’s narratives went', () => {
    const line = changeAlert.split('\n').find((l) => l.includes(ARCHIVE));
    expect(line).toBeDefined();
    expect(line).toContain(`Đã chuyển tự đánh giá năm 2023 của 4 đơn vị sang tab "${ARCHIVE}"`);
    expect(line).toContain('2024');
  });

  it('Tổng hợp of 2023 still shows the 2023 narratives, and counts those units as reported', () => {
    const half: Run = mustConsolidate(s, 'half', 2023);
    expect(narrativesShown(s)).toEqual(
      sorted([shownRow(hnd, HND_HALF), shownRow(dtn, DTN_HALF), shownRow(tdt, TDT_HALF)]),
    );
    const reportedHalf = new Set([hnd.name, dtn.name, tdt.name]);
    expect(half.notReported).toEqual(SETTINGS_2024.units.map((u) => u.name).filter((n) => !reportedHalf.has(n)));

    mustConsolidate(s, 'year', 2023);
    expect(narrativesShown(s)).toEqual(sorted([shownRow(hnd, HND_YEAR), shownRow(mttq, MTTQ_YEAR)]));
  });

  it('a 2024 narrative typed after the change is read by Tổng hợp of 2024', () => {
    mustConsolidate(s, 'half', 2024);
    expect(narrativesShown(s).map((r) => r.filter((v) => v !== ''))).toEqual([[NO_NARRATIVE]]);
    writeNarrative(s, hnd, 0, HND_2024);
    const run = mustConsolidate(s, 'half', 2024);
    expect(narrativesShown(s)).toEqual([shownRow(hnd, HND_2024)]);
    expect(run.notReported).not.toContain(hnd.name);
    mustConsolidate(s, 'year', 2024);
    expect(narrativesShown(s)).toEqual([shownRow(dtn, DTN_NEXT)]);
    // And 2023 is not disturbed by it.
    mustConsolidate(s, 'half', 2023);
    expect(narrativesShown(s)).toEqual(
      sorted([shownRow(hnd, HND_HALF), shownRow(dtn, DTN_HALF), shownRow(tdt, TDT_HALF)]),
    );
  });

  it('a second setup run archives nothing twice and keeps the 2024 narrative', () => {
    const archive = snapshotTab(s.ss.sheet(ARCHIVE));
    s.ws.setNow(new Date('2024-01-09T10:00:00+07:00'));
    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    expect(lastAlert(s).message).not.toContain(ARCHIVE);
    expect(snapshotTab(s.ss.sheet(ARCHIVE))).toEqual(archive);
    expect(rows6to7(s, hnd)[0]).toEqual([HALF_2024, ...HND_2024]);
  });
});

describe('a failure while the year changes', () => {
  function typed2023(): Scenario {
    const s = setUpSample(SETTINGS_2023);
    writeNarrative(s, hnd, 0, HND_HALF);
    writeNarrative(s, hnd, 1, HND_YEAR);
    writeNarrative(s, tdt, 0, TDT_HALF);
    s.ws.setNow(CHANGE_TIME);
    writeSettings(s, SETTINGS_2024);
    return s;
  }
  const expectedArchive = () =>
    sorted([
      [hnd.name, 'HND', HALF_2023, ...HND_HALF, CHANGE_STAMP],
      [hnd.name, 'HND', YEAR_2023, ...HND_YEAR, CHANGE_STAMP],
      [tdt.name, 'T-DT', HALF_2023, ...TDT_HALF, CHANGE_STAMP],
    ]);
  const relabelled = [
    [HALF_2024, '', '', '', ''],
    [YEAR_2024, '', '', '', ''],
  ];

  it('on the archive write: rows 6–7 of every unit tab are untouched, and a re-run finishes', () => {
    const s = typed2023();
    const before = SETTINGS_2023.units.map((u) => rows6to7(s, u));
    const stop = failWrites(s, (tab, area) => tab === ARCHIVE && area !== null && area.r + area.nr - 1 >= 2);
    try {
      s.app.call('menuSetup');
    } finally {
      stop();
    }
    const failed = lastAlert(s);
    expect(failed.title).toMatch(/chưa thực hiện được/);
    expect(failed.message).toMatch(/chạy lại/i);
    expect(SETTINGS_2023.units.map((u) => rows6to7(s, u))).toEqual(before);
    expect(archiveRows(s)).toEqual([]);

    s.app.call('menuSetup');
    expect(lastAlert(s).message).toMatch(/Đã thiết lập xong/);
    expect(sorted(archiveRows(s).map((r) => r.slice(0, 8)))).toEqual(expectedArchive());
    for (const u of SETTINGS_2023.units)
      expect({ unit: u.code, rows: rows6to7(s, u) }).toEqual({ unit: u.code, rows: relabelled });
  });

  it('after the archive write, on relabelling a unit tab: the re-run archives nothing twice', () => {
    const s = typed2023();
    let refused = false;
    const stop = failWrites(s, (tab, area) => {
      if (refused || tab !== tdt.tabName || !touchesNarrativeRows(area)) return false;
      refused = true;
      return true;
    });
    try {
      s.app.call('menuSetup');
    } finally {
      stop();
    }
    expect(refused).toBe(true);
    expect(lastAlert(s).title).toMatch(/chưa thực hiện được/);
    // The archive already holds everything; T-DT still shows its 2023 text.
    expect(sorted(archiveRows(s).map((r) => r.slice(0, 8)))).toEqual(expectedArchive());
    expect(rows6to7(s, tdt)[0]).toEqual([HALF_2023, ...TDT_HALF]);

    s.app.call('menuSetup');
    expect(sorted(archiveRows(s).map((r) => r.slice(0, 8)))).toEqual(expectedArchive());
    expect(rows6to7(s, tdt)).toEqual(relabelled);
    mustConsolidate(s, 'half', 2023);
    expect(narrativesShown(s)).toEqual(sorted([shownRow(hnd, HND_HALF), shownRow(tdt, TDT_HALF)]));
  });
});
