// The sample commune, from Kế hoạch số 42/KH-BCĐ ngày 10/03/2023 of the Steering Committee of xã
// Minh Tiến: what the offline runner and a first setup show. The bodies, the plan and the signer
// are the plan's; the villages, the contact people and every e-mail address are invented, and the
// addresses are in example.com (RFC 2606), which can never reach anyone.
import { DEFAULT_CATALOGUE } from './catalogue';
import { civil } from './civil-date';
import { defaultDeadlines } from './periods';
import type { Catalogue, Settings, UnitKind, UnitSetting } from './types';

/** Shown in the settings' note, so nobody takes the sample for real figures. */
const SAMPLE_MARK = 'DỮ LIỆU MẪU – không phải số liệu thật';

const deadlines = defaultDeadlines('nd09');

function unit(
  code: string,
  name: string,
  kind: UnitKind,
  tabName: string,
  mailbox: string,
  contactName: string,
): UnitSetting {
  const email = `${mailbox}.minhtien@example.com`;
  return { code, name, kind, tabName, editors: [email], contactName, contactEmail: email };
}

export const SAMPLE_SETTINGS: Settings = {
  communeName: 'Minh Tiến',
  parentBody: 'UBND XÃ MINH TIẾN',
  issuingBody: 'BAN CHỈ ĐẠO CÁC CTMTQG',
  issuingAbbrev: 'BCĐ',
  placeName: 'Minh Tiến',
  planNumber: '42',
  planSymbol: 'KH-BCĐ',
  planDate: civil(2023, 3, 10),
  planTitle: 'Tuyên truyền thực hiện xây dựng nông thôn mới năm 2023 trên địa bàn xã Minh Tiến',
  planBasis:
    'Kế hoạch số 76/KH-BCĐ ngày 24/02/2023 của Ban Chỉ đạo các Chương trình MTQG huyện Hữu Lũng về kế hoạch truyền thông, tuyên truyền, bồi dưỡng đào tạo, tập huấn Chương trình MTQG xây dựng nông thôn mới năm 2023',
  year: 2023,
  signerAuthority: '',
  signerPosition: 'TRƯỞNG BAN',
  signerSecondLine: 'CHỦ TỊCH UBND XÃ',
  signerName: 'Hoàng Văn Tài',
  superiorName: 'Văn phòng Điều phối NTM huyện Hữu Lũng',
  superiorEmails: ['vpdp.huuluong@example.com'],
  // The owner of the sample Sheet is its secretary: nobody else needs to be listed.
  secretaryEmails: [],
  reportSymbol: 'BC-BCĐ',
  reportNextNumber: '',
  periodRule: 'nd09',
  deadlineHalf: deadlines.half,
  deadlineYear: deadlines.year,
  reminderDaysBefore: 3,
  reportChart: true,
  limitParticipants: 20_000,
  limitQuantity: 10_000,
  limitMoneyUnit: 500_000_000,
  limitMoneyIntegrated: 500_000_000,
  limitMoneySocial: 500_000_000,
  note: SAMPLE_MARK,
  // Plan section IV: 1. the management board; 2. the specialist civil servants, MTTQ and the
  // socio-political organisations; 3. the villages.
  units: [
    unit('BQL', 'Ban quản lý xây dựng nông thôn mới xã', 'BQL', 'BQL NTM', 'bqlntm', 'Nguyễn Thị Hạnh'),
    unit('CC-VHXH', 'Công chức Văn hóa - Xã hội', 'Công chức', 'CC Văn hóa - Xã hội', 'vanhoa', 'Lý Văn Minh'),
    unit(
      'CC-DCNN',
      'Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường',
      'Công chức',
      'CC Địa chính - NN - MT',
      'diachinh',
      'Vi Văn Thắng',
    ),
    unit(
      'CC-VPTK',
      'Công chức Văn phòng - Thống kê',
      'Công chức',
      'CC Văn phòng - Thống kê',
      'vanphong',
      'Lương Thị Hoa',
    ),
    unit('CC-TCKT', 'Công chức Tài chính - Kế toán', 'Công chức', 'CC Tài chính - Kế toán', 'taichinh', 'Hà Thị Thu'),
    unit('MTTQ', 'Ủy ban MTTQ Việt Nam xã', 'Tổ chức chính trị - xã hội', 'MTTQ', 'mttq', 'Hoàng Văn Bình'),
    unit('DTN', 'Đoàn Thanh niên xã', 'Tổ chức chính trị - xã hội', 'Đoàn Thanh niên', 'doanthanhnien', 'Nông Văn Tú'),
    unit('HLHPN', 'Hội Liên hiệp Phụ nữ xã', 'Tổ chức chính trị - xã hội', 'Hội Phụ nữ', 'hoiphunu', 'Chu Thị Mai'),
    unit('HND', 'Hội Nông dân xã', 'Tổ chức chính trị - xã hội', 'Hội Nông dân', 'hoinongdan', 'Lăng Văn Sơn'),
    unit(
      'HCCB',
      'Hội Cựu chiến binh xã',
      'Tổ chức chính trị - xã hội',
      'Hội Cựu chiến binh',
      'hoiccb',
      'Triệu Văn Hùng',
    ),
    unit('T-DT', 'Thôn Đồng Tâm', 'Thôn', 'Thôn Đồng Tâm', 'thondongtam', 'Dương Văn Khánh'),
    unit('T-HB', 'Thôn Hòa Bình', 'Thôn', 'Thôn Hòa Bình', 'thonhoabinh', 'Lâm Thị Nga'),
    unit('T-TL', 'Thôn Tân Lập', 'Thôn', 'Thôn Tân Lập', 'thontanlap', 'Mã Văn Hải'),
  ],
  // The plan's Nơi nhận, in its order.
  recipients: [
    { name: 'Văn phòng Điều phối NTM huyện Hữu Lũng', email: 'vpdp.huuluong@example.com', role: 'Kính gửi' },
    { name: 'TT ĐU, TT HĐND xã', email: 'danguy.minhtien@example.com', role: 'Để biết' },
    { name: 'CT, các PCT UBND xã', email: 'ubnd.minhtien@example.com', role: 'Để biết' },
    { name: 'Các thành viên BCĐ xã', email: 'bcd.minhtien@example.com', role: 'Để biết' },
    { name: 'UBND các xã', email: 'cacxa.huuluong@example.com', role: 'Để biết' },
    { name: 'VT, BQLNTM', email: '', role: 'Lưu' },
  ],
};

/**
 * The default catalogue, with topic 9 naming the district's own emulation movement as the plan
 * does (II.1): "Hữu Lũng cùng cả nước chung sức xây dựng nông thôn mới giai đoạn 2021-2025".
 */
export const SAMPLE_CATALOGUE: Catalogue = {
  ...DEFAULT_CATALOGUE,
  topics: DEFAULT_CATALOGUE.topics.map((t) =>
    t.startsWith('Phong trào thi đua')
      ? 'Phong trào thi đua “Hữu Lũng cùng cả nước chung sức xây dựng NTM giai đoạn 2021-2025”'
      : t,
  ),
};
