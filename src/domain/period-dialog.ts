// The period dialog of Tổng hợp báo cáo and Tạo báo cáo: what it shows, every range computed here so
// that the page holds no period rule. src/gas/dialogs.ts opens it with this view.
import { MENU } from './menu-items';
import { defaultPeriod, PERIOD_KINDS, periodOf, periodRangeText } from './periods';
import { PERIOD_RULE_LABELS } from './settings-layout';
import type { CivilDate, PeriodKind, Settings } from './types';

export type DialogAction = 'consolidate' | 'report';

const DIALOG_TITLES: Readonly<Record<DialogAction, string>> = {
  consolidate: MENU.consolidate.label,
  report: MENU.createReport.label,
};

/** Years offered around the default period's: the two before it (late reports) and the next one. */
const YEARS_BEFORE = 2;
const YEARS_AFTER = 1;

interface PeriodChoice {
  readonly kind: PeriodKind;
  readonly year: number;
  readonly label: string;
  /** "từ ngày 15/12/2022 đến ngày 14/06/2023" */
  readonly range: string;
}

/** Everything the period dialog shows. */
export interface PeriodDialogView {
  readonly action: DialogAction;
  readonly title: string;
  readonly intro: string;
  readonly runLabel: string;
  readonly busyLabel: string;
  readonly busyNote: string;
  readonly ruleLabel: string;
  readonly years: readonly number[];
  readonly kind: PeriodKind;
  readonly year: number;
  readonly choices: readonly PeriodChoice[];
}

/** The dialog on `today`: the period that ends nearest today is chosen, Cấu hình's year is offered too. */
export function periodDialogView(
  action: DialogAction,
  settings: Pick<Settings, 'periodRule' | 'year'>,
  today: CivilDate,
): PeriodDialogView {
  const rule = settings.periodRule;
  const preset = defaultPeriod(today, rule);
  const years = new Set<number>([settings.year]);
  for (let y = preset.year - YEARS_BEFORE; y <= preset.year + YEARS_AFTER; y++) years.add(y);
  const sorted = [...years].sort((a, b) => a - b);
  const choices = sorted.flatMap((year) =>
    PERIOD_KINDS.map((kind) => {
      const p = periodOf(kind, year, rule);
      return { kind, year, label: p.label, range: periodRangeText(p) };
    }),
  );
  const report = action === 'report';
  return {
    action,
    title: DIALOG_TITLES[action],
    intro: report
      ? 'Chọn kỳ báo cáo. Tiện ích tổng hợp lại số liệu của kỳ, tạo văn bản báo cáo (Google Doc) theo thể thức Nghị định 30/2020/NĐ-CP và chia sẻ quyền xem với cơ quan cấp trên.'
      : 'Chọn kỳ báo cáo. Tiện ích đọc tab của các đơn vị và ghi kết quả vào tab Tổng hợp; các dòng không tính được liệt kê ở tab Kiểm tra. Dữ liệu của các đơn vị không bị thay đổi.',
    runLabel: report ? 'Tạo báo cáo' : 'Tổng hợp',
    busyLabel: report ? 'Đang tạo báo cáo…' : 'Đang tổng hợp…',
    busyNote: 'Việc này có thể mất đến vài phút. Vui lòng không đóng hộp thoại.',
    ruleLabel: PERIOD_RULE_LABELS[rule],
    years: sorted,
    kind: preset.kind,
    year: preset.year,
    choices,
  };
}
