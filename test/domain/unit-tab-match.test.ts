import { matchTabsByName, matchUnitTabs } from '../../src/domain/unit-tab-match';
import { unit } from './tab-fixture';

const dong = unit('T1', 'Thôn Đông', 'Thôn Đông');
const tay = unit('T2', 'Thôn Tây', 'Thôn Tây');

/** Both steps, with the codes the adapter would read (tab index → code). */
function match(units: Parameters<typeof matchTabsByName>[0], names: string[], codes: Record<number, string> = {}) {
  const byName = matchTabsByName(units, names);
  const read = new Map(byName.codesToRead.map((i) => [i, codes[i] ?? '']));
  return matchUnitTabs(units, names, byName, read);
}

describe('matchTabsByName: the tab of each unit by its name', () => {
  it('finds each tab by its name as people read it, and reads no code when every unit is found', () => {
    // "thôn tây" typed in another case, "Thôn  Đông" with two spaces.
    const m = matchTabsByName([dong, tay], ['Cấu hình', 'thôn tây', 'Thôn  Đông']);
    expect(m.byName).toEqual([2, 1]);
    expect(m.codesToRead).toEqual([]);
  });

  it('finds a name typed in decomposed Unicode (as some phones do)', () => {
    const m = matchTabsByName([dong], ['Tho\u0302n \u0110o\u0302ng']);
    expect(m.byName).toEqual([0]);
  });

  it('prefers the exact spelling when two tabs differ only in where the tone mark sits', () => {
    // Sheets keeps names unique only up to case: "Thôn Hoà" and "Thôn Hòa" may both exist.
    const hoa = unit('T3', 'Thôn Hòa', 'Thôn Hòa');
    expect(matchTabsByName([hoa], ['Thôn Hoà', 'Thôn Hòa']).byName).toEqual([1]);
    expect(matchTabsByName([hoa], ['Thôn Hoà']).byName).toEqual([0]);
  });

  it('gives two units whose names read alike a tab each', () => {
    // Neither tab is spelled exactly as in Cấu hình: each unit takes the first tab not yet taken.
    const a = unit('A', 'Thôn Hòa', 'Thôn Hòa');
    const b = unit('B', 'Thôn Hoà', 'Thôn Hoà');
    expect(matchTabsByName([a, b], ['THÔN HOÀ', 'thôn hòa']).byName).toEqual([0, 1]);
  });

  it('asks for the codes of the tabs no unit has by name, leaving out the product’s own tabs', () => {
    const m = matchTabsByName([dong, tay], ['Cấu hình', 'Thôn Đông', 'Tây mới', 'Tổng hợp', 'Ghi chú']);
    expect(m.byName).toEqual([1, null]);
    expect(m.codesToRead).toEqual([2, 4]);
  });
});

describe('matchUnitTabs: a renamed tab found by the code it carries', () => {
  it('finds a renamed tab by its code (any case) and says how to restore the name', () => {
    const result = match([dong, tay], ['Thôn Đông', 'Tây mới'], { 1: 't2' });
    expect(result.map((r) => r.tab)).toEqual([0, 1]);
    expect(result[0].finding).toBeNull();
    expect(result[1].finding).toEqual({
      tab: 'Thôn Tây',
      row: null,
      column: null,
      severity: 'warning',
      message:
        'Tab của Thôn Tây đã bị đổi tên thành "Tây mới" (nhận ra nhờ mã đơn vị T2 ghi cạnh ô "Mã đơn vị:"); ' +
        'số liệu trong tab vẫn được đọc và tổng hợp. Hãy chạy Báo cáo NTM → Thiết lập bảng tính để đặt lại tên "Thôn Tây".',
    });
  });

  it('takes no tab when two carry the unit’s code, and names both in the error', () => {
    const result = match([tay], ['Bản A', 'Ghi chú', 'Bản B'], { 0: 'T2', 1: '', 2: 'T2' });
    expect(result).toEqual([
      {
        unit: tay,
        tab: null,
        finding: {
          tab: 'Thôn Tây',
          row: null,
          column: null,
          severity: 'error',
          message:
            'Các tab "Bản A", "Bản B" cùng mang mã đơn vị T2 của Thôn Tây (cạnh ô "Mã đơn vị:"), có thể do nhân bản tab: ' +
            'không tab nào được tổng hợp. Hãy chép số liệu sang một tab, xóa tab thừa, rồi chạy Báo cáo NTM → Thiết lập bảng tính.',
        },
      },
    ]);
  });

  it('finds nothing, and says nothing, for a unit without a tab', () => {
    expect(match([tay], ['Ghi chú'], { 0: '' })).toEqual([{ unit: tay, tab: null, finding: null }]);
  });

  it('does not give a unit a tab that another unit has by name, whatever code it carries', () => {
    // "Thôn Đông" was copied from Thôn Tây's tab (code T2 inside): it is still Thôn Đông's.
    const result = match([dong, tay], ['Thôn Đông'], {});
    expect(result.map((r) => [r.tab, r.finding])).toEqual([
      [0, null],
      [null, null],
    ]);
  });
});
