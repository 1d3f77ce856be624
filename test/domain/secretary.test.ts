// Who may run a secretary's action: the owner and the addresses under "Email thư ký" of Cấu hình;
// anyone else is told who may, and what to ask for. Shared drives (no owner) are covered here: the
// emulator cannot make one.
import {
  notSharedWith,
  notYetInProtections,
  secretaryEditors,
  secretaryRefusal,
  withoutAccess,
} from '../../src/domain/secretary';
import { unit } from './tab-fixture';

const NOTHING = 'Chưa thay đổi gì trong bảng tính.';

describe('who may run a secretary’s action (the rule, including shared drives)', () => {
  const action = 'Tổng hợp báo cáo';
  const A = 'chutich@gmail.com';
  const B = 'thuky@gmail.com';
  const C = 'donvi@gmail.com';
  const rule = (user: string, owner: string, secretaries: readonly string[] | null) =>
    secretaryRefusal({ action, user, owner, secretaries });

  it('lets the owner and the listed secretaries through, and refuses anyone else', () => {
    expect(rule(A, A, [])).toBeNull();
    expect(rule(A, A, [B])).toBeNull();
    expect(rule(B, A, [B])).toBeNull();
    expect(rule(C, A, [B])).toBe(
      `Chỉ thư ký BQL NTM xã chạy được "Tổng hợp báo cáo": chủ bảng tính (chutich@gmail.com) và người có email ở mục ` +
        `"Email thư ký" của tab Cấu hình (thuky@gmail.com). Nếu bạn là thư ký, hãy nhờ chủ bảng tính ghi email ` +
        `donvi@gmail.com vào mục "Email thư ký" của tab Cấu hình rồi chạy lại. ${NOTHING}`,
    );
    expect(rule(B, A, [])).toBe(
      `Chỉ thư ký BQL NTM xã chạy được "Tổng hợp báo cáo": chủ bảng tính (chutich@gmail.com). Nếu bạn là thư ký, ` +
        `hãy nhờ chủ bảng tính ghi email thuky@gmail.com vào mục "Email thư ký" của tab Cấu hình rồi chạy lại. ${NOTHING}`,
    );
  });

  it('refuses when no address is known (""), whatever the list: the check fails closed', () => {
    for (const owner of [A, '']) {
      for (const list of [[], [B], null]) {
        const message = rule('', owner, list);
        expect(message).toContain('Google không cho tiện ích biết email của tài khoản đang chạy');
        expect(message).toContain(`"${action}" chưa được chạy`);
        expect(message).toMatch(/Chưa thay đổi gì trong bảng tính\.$/);
      }
    }
  });

  it('on a shared drive (no owner), lets only the listed secretaries through', () => {
    expect(rule(B, '', [B])).toBeNull();
    const other = rule(C, '', [B]);
    expect(other).toContain(`"${action}"`);
    expect(other).toContain(`(${B})`);
    expect(other).toContain(C);
    expect(other).not.toMatch(/chủ bảng tính \(/);
    expect(other).toMatch(/Chưa thay đổi gì trong bảng tính\.$/);
  });

  it('on a shared drive with an empty list, refuses everyone and says to fill the field', () => {
    for (const user of [B, C]) {
      const message = rule(user, '', []);
      expect(message).toContain('Shared Drive');
      expect(message).toContain('"Email thư ký" của tab Cấu hình');
      expect(message).toMatch(/còn trống/);
      expect(message).toMatch(/Hãy ghi email của thư ký vào mục đó/);
      expect(message).toMatch(/Chưa thay đổi gì trong bảng tính\.$/);
    }
  });

  it('before Cấu hình exists: the owner starts; on a shared drive whoever can edit starts', () => {
    expect(rule(A, A, null)).toBeNull();
    expect(rule(B, A, null)).toBe(
      `Bảng tính chưa được thiết lập (chưa có tab "Cấu hình"): chỉ chủ bảng tính (${A}) chạy được "${action}". ${NOTHING}`,
    );
    expect(rule(B, '', null)).toBeNull();
  });
});

describe('a secretary listed since the last setup', () => {
  it('is told to have setup run once, by the owner or by a secretary who can already run it', () => {
    const field = '"Email thư ký" của tab Cấu hình';
    const tail = 'chạy Báo cáo NTM → Thiết lập bảng tính một lần rồi thử lại. Chưa thay đổi gì trong bảng tính.';
    expect(notYetInProtections('Tổng hợp báo cáo', 'b@gmail.com', 'a@gmail.com')).toBe(
      `Email b@gmail.com đã có ở mục ${field} nhưng quyền sửa các tab của bảng tính chưa được cập nhật, nên chưa chạy được "Tổng hợp báo cáo". Hãy nhờ chủ bảng tính (a@gmail.com) ${tail}`,
    );
    expect(notYetInProtections('Nhắc nộp báo cáo', 'b@gmail.com', '')).toContain(
      `Hãy nhờ một thư ký đã chạy được ${tail}`,
    );
  });
});

describe('who may edit the secretary’s tabs', () => {
  it('is the owner, the listed secretaries and whoever else is named, lower-cased, each once', () => {
    expect(
      secretaryEditors('chu@gmail.com', { secretaryEmails: ['tk@gmail.com'] }, 'TK@gmail.com', 'dv@gmail.com'),
    ).toEqual(['chu@gmail.com', 'tk@gmail.com', 'dv@gmail.com']);
  });

  it('leaves out an owner Google does not name (a shared drive)', () => {
    expect(secretaryEditors('', { secretaryEmails: ['tk@gmail.com'] }, '')).toEqual(['tk@gmail.com']);
  });
});

describe('who Cấu hình names but cannot open the Sheet', () => {
  const owner = 'chu@gmail.com';
  const editors = ['tk@gmail.com', 'thon.dong@gmail.com'];

  it('is everyone who is neither the owner nor an editor, in the order given, each once, lower-cased', () => {
    expect(
      withoutAccess(
        ['Thon.Tay@gmail.com', 'chu@gmail.com', 'thon.dong@gmail.com', 'thon.tay@gmail.com', ''],
        owner,
        editors,
      ),
    ).toEqual(['thon.tay@gmail.com']);
  });

  it('with no owner (a shared drive) only the editors can open it', () => {
    expect(withoutAccess(['chu@gmail.com', 'tk@gmail.com'], '', editors)).toEqual(['chu@gmail.com']);
  });

  it('sorts the units’ editors from the secretaries', () => {
    const dong = { ...unit('T1', 'Thôn Đông'), editors: ['thon.dong@gmail.com', 'a@gmail.com'] };
    const tay = { ...unit('T2', 'Thôn Tây'), editors: ['a@gmail.com', 'b@gmail.com'] };
    expect(
      notSharedWith({ units: [dong, tay], secretaryEmails: ['tk@gmail.com', 'pho@gmail.com'] }, owner, editors),
    ).toEqual({
      units: ['a@gmail.com', 'b@gmail.com'],
      secretaries: ['pho@gmail.com'],
    });
  });
});
