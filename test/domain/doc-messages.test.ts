// Tạo kế hoạch: the alert names the Doc and its link, says when it replaces earlier versions, how to
// send it, and the one step DocumentApp cannot do (page numbers).
import { describePlanDoc } from '../../src/domain/doc-messages';

const DOC = { name: 'Kế hoạch tuyên truyền NTM 2023', url: 'https://docs.google.com/document/d/1abc/edit', time: '' };

describe('describePlanDoc', () => {
  it('the first plan: name, link, how to send, page numbers', () => {
    expect(describePlanDoc({ ...DOC, version: 1 })).toBe(
      [
        'Đã tạo kế hoạch "Kế hoạch tuyên truyền NTM 2023".',
        'Liên kết: https://docs.google.com/document/d/1abc/edit',
        'Để gửi cho nơi nhận: Báo cáo NTM → Gửi kế hoạch qua Gmail.',
        'Để đánh số trang theo Nghị định 30 (từ trang 2, giữa phía trên): trong Google Docs chọn Chèn → Số trang → ' +
          'kiểu "đầu trang, bỏ qua trang đầu".',
      ].join('\n'),
    );
  });

  it('a later plan says it replaces the earlier ones and is the one that will be sent', () => {
    expect(describePlanDoc({ ...DOC, version: 3 }).split('\n')[0]).toBe(
      'Đã tạo kế hoạch "Kế hoạch tuyên truyền NTM 2023" — lần 3; bản này thay các bản trước và là bản sẽ được gửi (xem tab Nhật ký báo cáo).',
    );
  });
});
