// Kiểm tra dữ liệu: the alert counts errors, warnings and cells read again, lists errors first, and
// says where the rest is when the alert cannot hold every line.
import { describeCheck } from '../../src/domain/check-text';
import type { Finding } from '../../src/domain/types';

const TAIL = 'Dữ liệu không bị thay đổi.';

function finding(severity: Finding['severity'], row: number, message: string): Finding {
  return { tab: 'Hội Nông dân', row, column: 'F (Số lượng)', severity, message };
}

describe('describeCheck', () => {
  it('says nothing was found, naming what was checked', () => {
    expect(describeCheck({ units: ['A', 'B'], findings: [], catalogueChecked: true, wroteTab: true })).toBe(
      `Đã kiểm tra 2 đơn vị và tab Danh mục: không thấy vấn đề nào. ${TAIL}`,
    );
    expect(describeCheck({ units: ['Hội Nông dân'], findings: [], catalogueChecked: false, wroteTab: false })).toBe(
      `Đã kiểm tra tab của Hội Nông dân: không thấy vấn đề nào. ${TAIL}`,
    );
  });

  it('counts each kind and lists errors, then warnings, then cells read again', () => {
    const findings = [
      finding('warning', 9, 'Số lượng rất lớn.'),
      finding('fixed', 10, 'Đã đọc "12 người" là 12.'),
      finding('error', 11, 'Thiếu ngày.'),
    ];
    expect(describeCheck({ units: ['Hội Nông dân'], findings, catalogueChecked: false, wroteTab: false })).toBe(
      [
        `Đã kiểm tra tab của Hội Nông dân: 1 lỗi (dòng không được tính), 1 cảnh báo, 1 ô đã tự đọc lại. ${TAIL}`,
        '- Hội Nông dân (dòng 11, cột F (Số lượng)): Thiếu ngày.',
        '- Hội Nông dân (dòng 9, cột F (Số lượng)): Số lượng rất lớn.',
        '- Hội Nông dân (dòng 10, cột F (Số lượng)): Đã đọc "12 người" là 12.',
      ].join('\n'),
    );
  });

  it('points to the Kiểm tra tab when it was written', () => {
    const text = describeCheck({
      units: ['A', 'B'],
      findings: [finding('error', 5, 'Thiếu ngày.')],
      catalogueChecked: true,
      wroteTab: true,
    });
    expect(text.split('\n').at(-1)).toBe('Danh sách đầy đủ ở tab "Kiểm tra".');
  });

  it('shows 25 lines at most and says where the other ones are', () => {
    const findings = Array.from({ length: 30 }, (_, i) => finding('error', 10 + i, 'Thiếu ngày.'));
    const toTab = describeCheck({ units: ['A'], findings, catalogueChecked: true, wroteTab: true }).split('\n');
    expect(toTab).toHaveLength(1 + 25 + 1);
    expect(toTab[25]).toBe('- Hội Nông dân (dòng 34, cột F (Số lượng)): Thiếu ngày.');
    expect(toTab[26]).toBe('… và 5 vấn đề khác: xem đầy đủ ở tab "Kiểm tra".');
    const own = describeCheck({ units: ['A'], findings, catalogueChecked: false, wroteTab: false }).split('\n');
    expect(own[26]).toBe('… và 5 vấn đề khác: sửa các dòng trên rồi chạy Kiểm tra dữ liệu lại.');
  });
});
