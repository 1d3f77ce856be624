// Gửi kế hoạch qua Gmail: the question before sending lists who gets the plan, what today's quota
// allows, and who is left out and why; the answer after sending says what happened to each.
import {
  addresseesFitToday,
  describeNothingToSend,
  describePlanSend,
  describePreview,
  type PlanSendPreview,
} from '../../src/domain/plan-send-text';

const DOC = {
  name: 'Kế hoạch NTM 2023',
  url: 'https://docs.google.com/document/d/1abc/edit',
  time: '10/03/2023 08:00',
  version: 1,
};
const UBND = { name: 'UBND huyện', email: 'ubnd@gmail.com', role: 'Kính gửi' as const };
const VPDP = { name: 'VPĐP huyện', email: 'vpdp@gmail.com', role: 'Để biết' as const };
const HND = { name: 'Hội Nông dân', email: 'hnd@gmail.com', role: 'Để biết' as const };

function preview(part: Partial<PlanSendPreview>): PlanSendPreview {
  return {
    doc: DOC,
    docCreated: false,
    toSend: [],
    quota: 100,
    alreadySent: [],
    uncertain: [],
    withoutEmail: [],
    invalid: [],
    ...part,
  };
}

describe('addresseesFitToday', () => {
  it('is the pending recipients, capped by the quota left (never below zero)', () => {
    expect(addresseesFitToday(preview({ toSend: [UBND, VPDP], quota: 100 }))).toBe(2);
    expect(addresseesFitToday(preview({ toSend: [UBND, VPDP], quota: 1 }))).toBe(1);
    expect(addresseesFitToday(preview({ toSend: [UBND], quota: -1 }))).toBe(0);
  });
});

describe('describePreview', () => {
  it('names the Doc and every recipient, and asks', () => {
    expect(describePreview(preview({ toSend: [UBND, VPDP] }))).toBe(
      [
        'Bản kế hoạch sẽ gửi: "Kế hoạch NTM 2023", tạo lúc 10/03/2023 08:00.',
        'Gửi kế hoạch (tệp PDF đính kèm và liên kết xem) cho 2 nơi nhận:',
        '- UBND huyện <ubnd@gmail.com>\n- VPĐP huyện <vpdp@gmail.com>',
        'Gửi ngay?',
      ].join('\n'),
    );
  });

  it('says when the Doc was just made, what the quota allows, and who is left out', () => {
    const lines = describePreview(
      preview({
        docCreated: true,
        toSend: [UBND, VPDP],
        alreadySent: [HND],
        withoutEmail: ['Đảng ủy xã'],
        invalid: ['abc@'],
        quota: 1,
      }),
    ).split('\n');
    expect(lines[0]).toBe(
      'Chưa có bản Google Doc của kế hoạch: đã tạo "Kế hoạch NTM 2023" (https://docs.google.com/document/d/1abc/edit).',
    );
    expect(lines).toContain(
      'Hạn mức gửi thư hôm nay của tài khoản chỉ còn 1 người nhận: lần này gửi 1, 1 nơi nhận còn lại gửi vào ngày mai (chạy lại chức năng này).',
    );
    expect(lines).toContain('Đã nhận bản kế hoạch này trước đây (không gửi lại): 1 nơi nhận.');
    expect(lines).toContain('Nơi nhận chưa có email trong tab Cấu hình (không gửi): Đảng ủy xã.');
    expect(lines).toContain('Email không hợp lệ trong tab Cấu hình (không gửi, hãy sửa): abc@.');
    expect(lines.at(-1)).toBe('Gửi ngay?');
  });

  it('names a later version of the plan', () => {
    expect(describePreview(preview({ doc: { ...DOC, version: 2 }, toSend: [UBND] })).split('\n')[0]).toBe(
      'Bản kế hoạch sẽ gửi: "Kế hoạch NTM 2023", tạo lúc 10/03/2023 08:00 (lần 2).',
    );
  });
});

describe('describeNothingToSend', () => {
  it('no recipient with an address: says where to type them', () => {
    expect(describeNothingToSend(preview({}))).toBe(
      'Tab Cấu hình chưa có nơi nhận nào có email: không có thư nào để gửi. Hãy nhập email trong bảng Nơi nhận.',
    );
  });

  it('everybody has it: sends nothing again', () => {
    expect(describeNothingToSend(preview({ alreadySent: [UBND] }))).toBe(
      'Kế hoạch "Kế hoạch NTM 2023" đã được gửi cho mọi nơi nhận có email (xem tab Nhật ký gửi): không gửi lại.',
    );
  });

  it('no quota left: says to run it again tomorrow, and who may have it already (with what the log says)', () => {
    expect(
      describeNothingToSend(
        preview({ toSend: [UBND, VPDP], uncertain: [{ ...HND, statuses: ['đang gửi', 'OK'] }], quota: 0 }),
      ),
    ).toBe(
      [
        'Hạn mức gửi thư hôm nay của tài khoản đã hết: chưa gửi cho 2 nơi nhận. Hãy chạy lại chức năng này vào ngày mai.',
        'Có 1 người nhận mà tab Nhật ký gửi ghi trạng thái không phải "đã gửi" và cũng không báo lỗi: Hội Nông dân <hnd@gmail.com> ("đang gửi", "OK"). Có thể họ đã nhận, nên không gửi lại. Nếu chắc chắn ai chưa nhận được, hãy sửa trạng thái ở dòng của người đó thành "gửi lại" rồi chạy lại chức năng này.',
      ].join('\n'),
    );
  });
});

describe('describePlanSend', () => {
  it('lists who got it, the failures (first line of Google’s message), what is left and who has no link', () => {
    const text = describePlanSend({
      doc: DOC,
      sent: [UBND],
      failed: [{ recipient: VPDP, message: 'Invalid email\nat line 3' }],
      later: [HND],
      notShared: [UBND],
      uncertain: [],
    });
    expect(text).toBe(
      [
        'Đã gửi kế hoạch "Kế hoạch NTM 2023" cho 1 nơi nhận:\n- UBND huyện <ubnd@gmail.com>',
        'Gửi lỗi 1 thư (sẽ gửi lại khi chạy lại chức năng này):\n- VPĐP huyện <vpdp@gmail.com>: Invalid email',
        'Còn 1 nơi nhận chưa gửi vì đã hết hạn mức gửi thư hôm nay: Hội Nông dân <hnd@gmail.com>. Hãy chạy lại "Gửi kế hoạch qua Gmail" vào ngày mai.',
        'Không chia sẻ được quyền xem Google Doc cho: UBND huyện <ubnd@gmail.com> (có thể không phải tài khoản Google); họ vẫn nhận tệp PDF đính kèm.',
        'Chi tiết từng thư ở tab Nhật ký gửi.',
      ].join('\n'),
    );
  });

  it('says so when nothing went', () => {
    const text = describePlanSend({ doc: DOC, sent: [], failed: [], later: [], notShared: [], uncertain: [] });
    expect(text).toBe(
      'Chưa gửi được kế hoạch "Kế hoạch NTM 2023" cho nơi nhận nào.\nChi tiết từng thư ở tab Nhật ký gửi.',
    );
  });
});
