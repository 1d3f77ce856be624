// Kiểm tra cài đặt: the self-check of a real Sheet after deploying. The adapter (gas/setup-check.ts)
// reads what Google says; the rules here turn each reading into one finding in Vietnamese, with what
// to do, and lay the findings out for the Kiểm tra tab.
import { normalizeEmail } from './email';
import { MENU, menuPath } from './menu-items';
import { sheetSettingsChanges } from './sheet-settings';
import type { SheetLayout } from './summary-sheet';

type CheckLevel = 'ok' | 'warn' | 'error' | 'info';

export interface SetupFinding {
  readonly area: string;
  readonly level: CheckLevel;
  readonly detail: string;
  /** What to do; '' when nothing is needed. */
  readonly todo: string;
}

export const LEVEL_TEXT: Readonly<Record<CheckLevel, string>> = {
  ok: 'Đạt',
  warn: 'Nên xem',
  error: 'Cần sửa',
  info: 'Thông tin',
};

const AUTH = 'https://www.googleapis.com/auth/';

/** Each scope of the manifest: what it lets the product do, and which actions ask for it. */
const SCOPE_USES: readonly { readonly scope: string; readonly what: string; readonly actions: string }[] = [
  { scope: `${AUTH}spreadsheets.currentonly`, what: 'xem và sửa bảng tính này', actions: 'mọi chức năng' },
  { scope: `${AUTH}script.container.ui`, what: 'hiện menu, hộp thoại và thanh bên', actions: 'mọi mục của menu' },
  {
    scope: `${AUTH}userinfo.email`,
    what: 'biết email của bạn',
    actions: 'mọi mục của menu (để biết bạn là thư ký hay đơn vị)',
  },
  {
    scope: `${AUTH}documents`,
    what: 'tạo và sửa Google Docs',
    actions: [MENU.createReport, MENU.createPlan, MENU.sendPlan].map((i) => i.label).join(', '),
  },
  {
    scope: `${AUTH}script.send_mail`,
    what: 'gửi thư bằng tài khoản của bạn',
    actions: `${MENU.sendPlan.label}, ${MENU.remind.label}, nhắc tự động`,
  },
  {
    scope: `${AUTH}script.scriptapp`,
    what: 'chạy khi bạn vắng mặt (trình kích hoạt)',
    actions: MENU.autoReminders.label,
  },
];

const RERUN_SETUP = `Chạy ${menuPath(MENU.setup)}.`;

export function sheetSettingsFindings(timeZone: string, locale: string): SetupFinding[] {
  const area = 'Múi giờ và ngôn ngữ';
  const change = sheetSettingsChanges(locale, timeZone);
  const bad = [
    change.timeZone ? `múi giờ là "${timeZone}" (cần "${change.timeZone.to}", giờ Việt Nam)` : '',
    change.locale ? `ngôn ngữ và vùng là "${locale}" (cần "${change.locale.to}", Việt Nam)` : '',
  ].filter(Boolean);
  if (bad.length === 0) {
    return [{ area, level: 'ok', detail: `Múi giờ ${timeZone}, ngôn ngữ và vùng ${locale}.`, todo: '' }];
  }
  return [
    {
      area,
      level: 'error',
      detail: `Bảng tính có ${bad.join(' và ')}: số và ngày đơn vị gõ có thể bị hiểu sai, kỳ báo cáo tính lệch giờ.`,
      todo: `Chạy ${menuPath(MENU.setup)} (tiện ích tự đặt lại), hoặc Tệp → Cài đặt.`,
    },
  ];
}

/** A unit tab as found: null when the Sheet has no tab for the unit. */
export interface UnitTabState {
  readonly tabName: string;
  /** null: the tab has no sheet protection. */
  readonly protection: { readonly warningOnly: boolean; readonly editors: readonly string[] } | null;
}

/** The unit's tab exists, is protected (not warning-only) and lists exactly `expected`. */
export function unitTabFinding(
  unitName: string,
  state: UnitTabState | null,
  expected: readonly string[],
): SetupFinding {
  const area = `Tab ${unitName}`;
  if (!state) {
    return { area, level: 'error', detail: 'Không tìm thấy tab của đơn vị này.', todo: RERUN_SETUP };
  }
  const p = state.protection;
  if (!p || p.warningOnly) {
    return {
      area,
      level: 'error',
      detail: `Tab "${state.tabName}" ${p ? 'chỉ cảnh báo khi sửa' : 'không được bảo vệ'}: mọi người có quyền sửa bảng tính đều sửa được.`,
      todo: RERUN_SETUP,
    };
  }
  const want = [...new Set(expected.map(normalizeEmail).filter(Boolean))];
  const have = [...new Set(p.editors.map(normalizeEmail))];
  const missing = want.filter((e) => !have.includes(e));
  const extra = have.filter((e) => !want.includes(e));
  if (missing.length === 0 && extra.length === 0) {
    return {
      area,
      level: 'ok',
      detail: `Tab "${state.tabName}" được bảo vệ, đúng ${want.length} người được sửa.`,
      todo: '',
    };
  }
  const parts = [
    missing.length > 0 ? `chưa có quyền sửa: ${missing.join(', ')}` : '',
    extra.length > 0 ? `có quyền sửa nhưng không có trong Cấu hình: ${extra.join(', ')}` : '',
  ].filter(Boolean);
  return {
    area,
    level: 'error',
    detail: `Tab "${state.tabName}": ${parts.join('; ')}.`,
    todo: `${RERUN_SETUP} Nếu email vẫn chưa thêm được, hãy kiểm tra lại email đó trong tab Cấu hình.`,
  };
}

export function accessFinding(units: readonly string[], secretaries: readonly string[]): SetupFinding {
  const area = 'Quyền sửa bảng tính';
  if (units.length === 0 && secretaries.length === 0) {
    return { area, level: 'ok', detail: 'Mọi email trong Cấu hình đều đã được chia sẻ bảng tính.', todo: '' };
  }
  const who = [
    secretaries.length > 0 ? `thư ký: ${secretaries.join(', ')}` : '',
    units.length > 0 ? `người nhập của đơn vị: ${units.join(', ')}` : '',
  ].filter(Boolean);
  return {
    area,
    level: 'error',
    detail: `Chưa được chia sẻ bảng tính (nên chưa sửa được gì) — ${who.join('; ')}.`,
    todo: 'Chia sẻ bảng tính với các email này (Chia sẻ → Người chỉnh sửa); mỗi đơn vị vẫn chỉ sửa được tab của mình.',
  };
}

interface ReminderReading {
  readonly on: boolean;
  /** Who turned it on or off last ('' when never). */
  readonly by: string;
  /** "dd/MM/yyyy HH:mm", '' when never. */
  readonly since: string;
  /** The person running the check. */
  readonly user: string;
  /** Their own daily reminder triggers; null when they have not granted the trigger scope. */
  readonly ownTriggers: number | null;
}

export function reminderFinding(r: ReminderReading): SetupFinding {
  const area = 'Nhắc tự động';
  const mine = r.by !== '' && r.by === r.user;
  const seen =
    r.ownTriggers === null
      ? 'Bạn chưa cấp quyền "trình kích hoạt" nên không xem được trình kích hoạt của mình.'
      : `Bạn có ${r.ownTriggers} trình kích hoạt nhắc hằng ngày.`;
  if (!r.on) {
    const stale = (r.ownTriggers ?? 0) > 0;
    return {
      area,
      level: stale ? 'warn' : 'info',
      detail: `Đang tắt${r.by ? ` (do ${r.by} tắt lúc ${r.since})` : ''}. ${seen}`,
      todo: stale
        ? `Trình kích hoạt cũ sẽ tự gỡ ở lần chạy tới và không gửi thư. Muốn bật: ${menuPath(MENU.autoReminders)}.`
        : '',
    };
  }
  const head = `Đang bật (do ${r.by} bật lúc ${r.since}); thư nhắc gửi từ tài khoản ${r.by}, trình kích hoạt thuộc tài khoản đó.`;
  if (mine) {
    const ok = r.ownTriggers === 1;
    return {
      area,
      level: ok ? 'ok' : 'error',
      detail: `${head} ${seen}`,
      todo: ok ? '' : `Chạy ${menuPath(MENU.autoReminders)}, trả lời "Không" để giữ đúng một trình kích hoạt.`,
    };
  }
  return {
    area,
    level: 'info',
    detail: `${head} Google chỉ cho mỗi người xem trình kích hoạt của chính mình, nên bạn không xem được trình kích hoạt đó.`,
    todo: `Nếu ${r.by} không còn làm thư ký: tắt rồi bật lại nhắc tự động bằng tài khoản của bạn.`,
  };
}

export function quotaFinding(quota: number | null): SetupFinding {
  const area = 'Hạn mức gửi thư hôm nay';
  if (quota === null) {
    return {
      area,
      level: 'info',
      detail: 'Bạn chưa cấp quyền gửi thư nên không xem được hạn mức.',
      todo: 'Google sẽ hỏi quyền này khi bạn gửi kế hoạch hoặc thư nhắc lần đầu.',
    };
  }
  return {
    area,
    level: quota > 0 ? 'ok' : 'warn',
    detail: `Còn gửi được tới ${quota} người nhận hôm nay (tài khoản thường: 100 người/ngày).`,
    todo: quota > 0 ? '' : 'Đợi sang ngày mai để gửi tiếp.',
  };
}

export function scopeFinding(granted: readonly string[]): SetupFinding {
  const lacking = SCOPE_USES.filter((u) => !granted.includes(u.scope));
  if (lacking.length === 0) {
    return { area: 'Quyền đã cấp cho tiện ích', level: 'ok', detail: 'Bạn đã cấp đủ mọi quyền.', todo: '' };
  }
  return {
    area: 'Quyền đã cấp cho tiện ích',
    level: 'info',
    detail: `Chưa cấp: ${lacking.map((u) => `${u.what} – dùng cho ${u.actions}`).join('; ')}.`,
    todo: 'Không cần làm gì ngay: Google sẽ hỏi đúng quyền đó khi bạn chạy chức năng cần đến nó.',
  };
}

export type DocReading =
  | { readonly state: 'none' }
  | { readonly state: 'noScope'; readonly name: string }
  | { readonly state: 'ok'; readonly name: string; readonly url: string }
  | { readonly state: 'failed'; readonly name: string; readonly url: string; readonly error: string };

export function docFinding(label: 'báo cáo' | 'kế hoạch', d: DocReading): SetupFinding {
  const area = label === 'báo cáo' ? 'Báo cáo mới nhất' : 'Kế hoạch';
  const make = (label === 'báo cáo' ? MENU.createReport : MENU.createPlan).label;
  switch (d.state) {
    case 'none':
      return { area, level: 'info', detail: `Chưa tạo văn bản ${label} nào.`, todo: '' };
    case 'noScope':
      return {
        area,
        level: 'info',
        detail: `"${d.name}": chưa kiểm tra được vì bạn chưa cấp quyền Google Docs.`,
        todo: `Google sẽ hỏi quyền này khi bạn chạy ${make}.`,
      };
    case 'ok':
      return { area, level: 'ok', detail: `"${d.name}" mở được: ${d.url}`, todo: '' };
    case 'failed':
      return {
        area,
        level: 'error',
        detail: `"${d.name}" không mở được (${d.error}): ${d.url}`,
        todo: `Văn bản có thể đã bị xoá hoặc bạn không còn quyền: tìm lại trong Google Drive, hoặc chạy ${make} để tạo bản mới.`,
      };
  }
}

export function setupCheckSummary(findings: readonly SetupFinding[]): string {
  const count = (l: CheckLevel) => findings.filter((f) => f.level === l).length;
  return `${MENU.checkSetup.label}: ${count('ok')} mục đạt, ${count('error')} mục cần sửa, ${count('warn')} mục nên xem, ${count('info')} mục thông tin.`;
}

/** Errors first, then what to look at, then the rest, each group in the order checked. */
export function findingsByLevel(findings: readonly SetupFinding[]): SetupFinding[] {
  return (['error', 'warn', 'info', 'ok'] as const).flatMap((level) => findings.filter((f) => f.level === level));
}

const SETUP_CHECK_WIDTH = 4;

/** The Kiểm tra tab: title, who and when, the summary, then one row per finding. */
export function setupCheckLayout(
  findings: readonly SetupFinding[],
  meta: { readAt: string; readBy: string },
): SheetLayout {
  const pad = (cells: string[]) => [...cells, ...new Array(SETUP_CHECK_WIDTH - cells.length).fill('')];
  const values = [
    pad(['KIỂM TRA CÀI ĐẶT']),
    pad([`Kiểm tra lúc ${meta.readAt}, người thực hiện: ${meta.readBy || '(không rõ)'}`]),
    pad([setupCheckSummary(findings)]),
    pad([]),
    ['Mục', 'Kết quả', 'Chi tiết', 'Việc cần làm'],
    ...findingsByLevel(findings).map((f) => [f.area, LEVEL_TEXT[f.level], f.detail, f.todo]),
  ];
  return {
    values,
    width: SETUP_CHECK_WIDTH,
    titleRows: [1],
    sectionRows: [],
    headerRows: [5],
    totalRows: [],
    numberFormats: [],
  };
}
