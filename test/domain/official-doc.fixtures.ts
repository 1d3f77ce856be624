// Settings and a consolidation written out by hand for the document tests (values chosen so that
// every number the report prints can be checked against this file by eye).
import type { Consolidation, Money, Narrative, Settings, UnitTotal } from '../../src/domain/types';

export function settings(over: Partial<Settings> = {}): Settings {
  return {
    communeName: 'Minh Tiến',
    parentBody: 'UBND XÃ MINH TIẾN',
    issuingBody: 'BAN CHỈ ĐẠO CÁC CTMTQG',
    issuingAbbrev: 'BCĐ',
    placeName: 'Minh Tiến',
    planNumber: '42',
    planSymbol: 'KH-BCĐ',
    planDate: { y: 2023, m: 3, d: 10 },
    planTitle: 'Tuyên truyền thực hiện xây dựng nông thôn mới năm 2023 trên địa bàn xã Minh Tiến',
    planBasis: 'Kế hoạch số 76/KH-BCĐ ngày 24/02/2023',
    year: 2023,
    signerAuthority: '',
    signerPosition: 'TRƯỞNG BAN',
    signerSecondLine: 'CHỦ TỊCH UBND XÃ',
    signerName: 'Hoàng Văn Tài',
    superiorName: 'Văn phòng Điều phối NTM huyện',
    superiorEmails: ['vpdp@example.org'],
    secretaryEmails: [],
    reportSymbol: 'BC-BCĐ',
    reportNextNumber: '15',
    periodRule: 'nd09',
    deadlineHalf: { d: 17, m: 6 },
    deadlineYear: { d: 17, m: 12 },
    reminderDaysBefore: 3,
    reportChart: true,
    units: [
      unitSetting('BQL', 'Ban quản lý NTM xã', 'BQL'),
      unitSetting('HND', 'Hội Nông dân xã', 'Tổ chức chính trị - xã hội'),
      unitSetting('DTN', 'Đoàn Thanh niên xã', 'Tổ chức chính trị - xã hội'),
      unitSetting('VH', 'Công chức Văn hóa - Xã hội', 'Công chức'),
      unitSetting('T1', 'Thôn Đồng Tâm', 'Thôn'),
    ],
    recipients: [
      { name: 'Các thành viên BCĐ xã', email: 'bcd@example.org', role: 'Để biết' },
      { name: 'VT, BQLNTM', email: '', role: 'Lưu' },
      { name: 'TT ĐU, TT HĐND xã', email: 'ttdu@example.org', role: 'Kính gửi' },
      { name: 'CT, các PCT UBND xã', email: 'ct@example.org', role: 'Kính gửi' },
    ],
    ...over,
  };
}

function unitSetting(code: string, name: string, kind: Settings['units'][number]['kind']) {
  return { code, name, kind, tabName: name, editors: [], contactName: '', contactEmail: '' };
}

export function money(unit: number, integrated: number, social: number): Money {
  return { unit, integrated, social, total: unit + integrated + social };
}

export function unitTotal(code: string, name: string, over: Partial<UnitTotal>): UnitTotal {
  return {
    unitCode: code,
    unitName: name,
    tabName: name,
    activities: 0,
    rejected: 0,
    outsidePeriod: 0,
    participants: 0,
    money: money(0, 0, 0),
    tabStatus: 'ok',
    reported: false,
    lastChange: '',
    ...over,
  };
}

export function narrative(unitCode: string, unitName: string, over: Partial<Narrative>): Narrative {
  return { unitCode, unitName, results: '', shortcomings: '', causes: '', proposals: '', ...over };
}

export function consolidation(over: Partial<Consolidation> = {}): Consolidation {
  return {
    period: {
      kind: 'half',
      year: 2023,
      rule: 'nd09',
      start: { y: 2022, m: 12, d: 15 },
      end: { y: 2023, m: 6, d: 14 },
      label: '6 tháng đầu năm 2023',
    },
    units: [
      unitTotal('BQL', 'Ban quản lý NTM xã', {
        activities: 3,
        participants: 450,
        money: money(2_000_000, 0, 0),
        reported: true,
      }),
      unitTotal('HND', 'Hội Nông dân xã', {
        activities: 14,
        participants: 800,
        money: money(3_500_000, 4_000_000, 1_000_000),
        reported: true,
        rejected: 2,
      }),
      unitTotal('DTN', 'Đoàn Thanh niên xã', { tabStatus: 'missing' }),
      unitTotal('VH', 'Công chức Văn hóa - Xã hội', {
        activities: 45,
        participants: 0,
        money: money(2_000_000, 0, 0),
        reported: true,
      }),
      unitTotal('T1', 'Thôn Đồng Tâm', {}),
    ],
    byForm: [
      {
        form: 'Hội nghị tuyên truyền trực tiếp tại xã, thôn',
        measure: 'hội nghị',
        quantity: 12,
        activities: 12,
        participants: 1_250,
      },
      {
        form: 'Loa truyền thanh, thông tin đại chúng',
        measure: 'tin, bài',
        quantity: 45,
        activities: 45,
        participants: 0,
      },
      { form: 'Tham quan, học tập kinh nghiệm', measure: 'chuyến', quantity: 2, activities: 2, participants: 0 },
      { form: 'Văn nghệ cổ động', measure: 'buổi', quantity: 3, activities: 3, participants: 0 },
    ],
    byTopic: [
      {
        key: 'Chủ trương của Đảng, chính sách của Nhà nước',
        activities: 40,
        participants: 700,
        money: money(4_000_000, 0, 0),
      },
      { key: '', activities: 22, participants: 550, money: money(3_500_000, 4_000_000, 1_000_000) },
    ],
    byCriterion: [{ key: 'Giao thông', activities: 5, participants: 300, money: money(0, 0, 0) }],
    money: money(7_500_000, 4_000_000, 1_000_000),
    participants: 1_250,
    activities: 62,
    models: [
      { unitName: 'Hội Nông dân xã', text: 'Mô hình trồng rau an toàn thôn Đồng Tâm', date: { y: 2023, m: 4, d: 2 } },
    ],
    narratives: [
      narrative('HND', 'Hội Nông dân xã', {
        shortcomings: 'Một số hội viên chưa tham gia đầy đủ',
        causes: 'Thời tiết mưa nhiều',
        proposals: 'Đề nghị hỗ trợ kinh phí in tờ rơi',
      }),
      narrative('VH', 'Công chức Văn hóa - Xã hội', { shortcomings: 'Hệ thống loa ở thôn Đồng Tâm hỏng' }),
    ],
    notReported: ['Đoàn Thanh niên xã', 'Thôn Đồng Tâm'],
    findings: [],
    byMonth: [],
    previous: null,
    ...over,
  };
}
