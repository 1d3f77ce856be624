// A unit inserts a column of its own into the activity table. Setup must not write the standard
// header and per-column validation over it by position (that would shift every column after it),
// and must say so; consolidation still finds each column by its header.
import { pasteActivities } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import { lastAlert, setUpSample, snapshotTab, unitOf, vnDate } from './setup-helpers';

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

describe('a unit inserted a column in its activity table', () => {
  const unit = unitOf(SAMPLE_SETTINGS, 'HND');
  const s = setUpSample();
  // Two activities: 1.000.000 / 2.000.000 / 3.000.000 đồng by source, 40 and 60 people.
  pasteActivities(s, unit, [
    [
      vnDate(2023, 3, 1),
      SAMPLE_SETTINGS.units.length > 0 ? 'Hội nghị tuyên truyền trực tiếp tại xã, thôn' : '',
      '',
      '',
      'Hội nghị',
      1,
      'hội nghị',
      40,
      1_000_000,
      2_000_000,
      3_000_000,
      '',
      '',
    ],
    [
      vnDate(2023, 4, 2),
      'Hội nghị tuyên truyền trực tiếp tại xã, thôn',
      '',
      '',
      'Hội nghị',
      1,
      'hội nghị',
      60,
      1_000_000,
      2_000_000,
      3_000_000,
      '',
      '',
    ],
  ]);
  const tab = s.ss.sheet(unit.tabName);
  s.ws.asUser(unit.editors[0], () => {
    // "Số hộ" before Kinh phí đơn vị (column I): the money moves to J, K, L.
    tab.insertColumnsBefore(9, 1);
    tab.getRange('I9').setValue('Số hộ');
    tab.getRange('I10:I11').setValues([[25], [30]]);
  });
  const before = snapshotTab(tab);
  s.app.call('menuSetup');
  const message = lastAlert(s).message;

  it('leaves the unit table as the unit made it', () => {
    expect(snapshotTab(tab)).toEqual(before);
    expect(tab.getRange('I9:L9').getValues()[0]).toEqual([
      'Số hộ',
      'Kinh phí đơn vị (đồng)',
      'Kinh phí lồng ghép (đồng)',
      'Kinh phí xã hội hóa (đồng)',
    ]);
  });

  it('tells the secretary which tab and what to do', () => {
    expect(message).toContain(unit.tabName);
    expect(message).toMatch(/dòng 9/);
    expect(message).toMatch(/cột chèn thêm/);
  });

  it('still counts the money of each source from the right column', () => {
    const o = s.app.call<Outcome<{ run: { total: { counted: number } } }>>('consolidateFromDialog', 'half', 2023);
    if (!o.ok) throw new Error(o.message);
    const summary = s.ss.sheet('Tổng hợp').getDataRange().getValues();
    const row = summary.find((r) => r[0] === unit.name);
    // By hand: 2 activities, 100 people, 2 × 1.000.000 / 2 × 2.000.000 / 2 × 3.000.000.
    expect(row?.slice(1, 9)).toEqual([2, 0, 0, 100, 2_000_000, 4_000_000, 6_000_000, 12_000_000]);
  });
});
