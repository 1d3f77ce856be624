// Plausibility limits on one activity row: a phone number typed as participants (912345678) or an ID
// number as money (123456789012) is a typing mistake far more often than a real figure, and one such
// cell outweighs every other row of the report. A row over a limit is not counted; Kiểm tra lists the
// value beside the limit, so the secretary either has it fixed or raises the limit in Cấu hình.
//
// The defaults fit one activity of a commune: a conference or broadcast reaches at most the
// commune's population, a row's quantity counts sessions, items or leaflets, and one activity's
// money from one source is at most some hundreds of millions of đồng.
import { cellText } from './cell-value';
import { lowerFirst } from './doc-text';
import type { Finding, Settings } from './types';
import { formatNumber } from './vn-format';
import { readNumber } from './vn-parse';

export interface RowLimits {
  readonly participants: number;
  readonly quantity: number;
  readonly moneyUnit: number;
  readonly moneyIntegrated: number;
  readonly moneySocial: number;
}

type RowLimitField = keyof RowLimits;

export const DEFAULT_ROW_LIMITS: RowLimits = {
  participants: 20_000,
  quantity: 10_000,
  moneyUnit: 500_000_000,
  moneyIntegrated: 500_000_000,
  moneySocial: 500_000_000,
};

/** The highest limit Cấu hình accepts: beyond it a total could no longer be read in the report. */
const MAX_ROW_LIMIT = 1_000_000_000_000;

/** The Settings key of each limit (a field of Cấu hình). */
const LIMIT_SETTING = {
  participants: 'limitParticipants',
  quantity: 'limitQuantity',
  moneyUnit: 'limitMoneyUnit',
  moneyIntegrated: 'limitMoneyIntegrated',
  moneySocial: 'limitMoneySocial',
} as const satisfies Record<RowLimitField, keyof Settings>;

export type LimitSettingKey = (typeof LIMIT_SETTING)[RowLimitField];

const FIELDS = Object.keys(LIMIT_SETTING) as RowLimitField[];

/** What each limit is about, in the words of the unit tab and of Cấu hình. */
const WHAT: Record<RowLimitField, { readonly label: string; readonly unitWord: string; readonly example: string }> = {
  participants: { label: 'Số người tham dự', unitWord: 'người', example: 'số điện thoại' },
  quantity: { label: 'Số lượng', unitWord: '', example: 'thừa chữ số' },
  moneyUnit: { label: 'Kinh phí đơn vị', unitWord: 'đồng', example: 'số căn cước, số tài khoản' },
  moneyIntegrated: { label: 'Kinh phí lồng ghép', unitWord: 'đồng', example: 'số căn cước, số tài khoản' },
  moneySocial: { label: 'Kinh phí xã hội hóa', unitWord: 'đồng', example: 'số căn cước, số tài khoản' },
};

/** The Cấu hình rows of the limits (label and hint), in SETTINGS_FIELDS order. */
export const LIMIT_FIELD_SPECS: readonly {
  readonly key: LimitSettingKey;
  readonly label: string;
  readonly hint: string;
}[] = FIELDS.map((field) => ({
  key: LIMIT_SETTING[field],
  label: limitLabel(field),
  hint:
    'Một dòng hoạt động có số lớn hơn không được tính và được liệt kê ở tab Kiểm tra để xem lại (thường là gõ nhầm). ' +
    `Nếu số đó đúng, nâng giới hạn này. Mặc định: ${formatNumber(DEFAULT_ROW_LIMITS[field])}`,
}));

function limitLabel(field: RowLimitField): string {
  const { label, unitWord } = WHAT[field];
  return `Giới hạn ${lowerFirst(label)} một dòng${unitWord === 'đồng' ? ' (đồng)' : ''}`;
}

/** The limits of the settings; a limit missing (settings built in code) takes its default. */
export function rowLimitsOf(settings: Partial<Pick<Settings, LimitSettingKey>>): RowLimits {
  const out = { ...DEFAULT_ROW_LIMITS };
  for (const field of FIELDS) {
    const v = settings[LIMIT_SETTING[field]];
    if (typeof v === 'number') out[field] = v;
  }
  return out;
}

/** The default value of each limit's Settings key, for defaultSettings. */
export function defaultLimitSettings(): Record<LimitSettingKey, number> {
  const out = {} as Record<LimitSettingKey, number>;
  for (const field of FIELDS) out[LIMIT_SETTING[field]] = DEFAULT_ROW_LIMITS[field];
  return out;
}

export interface LimitCell {
  /** The cell as getValues gave it ('' when the row is missing). */
  readonly value: unknown;
  /** Its row, or null when the field's row is missing from Cấu hình. */
  readonly row: number | null;
}

type Problem = (row: number | null, message: string, severity: Finding['severity']) => void;

/** Reads the limits of Cấu hình: a blank or missing row keeps the default, a bad value is an error. */
export function readLimitSettings(
  cell: (key: LimitSettingKey) => LimitCell,
  timeZone: string,
  problem: Problem,
): Record<LimitSettingKey, number> {
  const out = defaultLimitSettings();
  for (const field of FIELDS) {
    const key = LIMIT_SETTING[field];
    const { value, row } = cell(key);
    const n = readNumber(value);
    const fallback = formatNumber(DEFAULT_ROW_LIMITS[field]);
    if (n.ok && n.blank) {
      if (row !== null) problem(row, `Chưa nhập "${limitLabel(field)}": dùng ${fallback}.`, 'fixed');
    } else if (!n.ok || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_ROW_LIMIT) {
      problem(
        row,
        `"${limitLabel(field)}" là "${cellText(value, timeZone)}", không dùng được. Nhập một số nguyên dương, ` +
          `không quá ${formatNumber(MAX_ROW_LIMIT)} (mặc định: ${fallback}).`,
        'error',
      );
    } else {
      out[key] = n.value;
    }
  }
  return out;
}

export interface RowAmounts {
  readonly quantity: number;
  readonly participants: number;
  readonly moneyUnit: number;
  readonly moneyIntegrated: number;
  readonly moneySocial: number;
}

export interface OverLimit {
  readonly field: RowLimitField;
  readonly message: string;
}

/** Each amount of a row above its limit, with the message that names the value and the limit. */
export function overLimits(amounts: RowAmounts, limits: RowLimits): OverLimit[] {
  return FIELDS.filter((field) => amounts[field] > limits[field]).map((field) => {
    const { label, unitWord, example } = WHAT[field];
    const unit = unitWord ? ` ${unitWord}` : '';
    return {
      field,
      message:
        `${label} ${formatNumber(amounts[field])}${unit} lớn hơn giới hạn ${formatNumber(limits[field])}${unit} ` +
        `cho một dòng (tab Cấu hình, mục "${limitLabel(field)}"): có thể gõ nhầm (${example}). Hãy sửa lại cho đúng; ` +
        'nếu số này đúng, báo thư ký nâng giới hạn trong Cấu hình. Dòng này chưa được tính.',
    };
  });
}
