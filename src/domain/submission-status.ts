// Tình hình nộp báo cáo: each unit's state for a period as the status sidebar shows it, and why a
// unit "có lỗi" in words the secretary can pass on. src/gas/dialogs.ts reads the Sheet and opens
// the sidebar with this view.
import { MENU, menuPath } from './menu-items';
import { deadlineOf, periodRangeText } from './periods';
import type { CivilDate, Consolidation, PeriodKind, Settings } from './types';
import { deadlineNote, formatDate } from './vn-format';

type SubmissionState = 'submitted' | 'notSubmitted' | 'error';

const STATE_TEXT: Readonly<Record<SubmissionState, string>> = {
  submitted: 'đã nộp',
  notSubmitted: 'chưa nộp',
  error: 'có lỗi',
};

interface UnitStatus {
  readonly code: string;
  readonly name: string;
  readonly tabName: string;
  readonly tabUrl: string | null;
  readonly state: SubmissionState;
  readonly stateText: string;
  /** Why the state is "có lỗi", in words the secretary can pass on; "" otherwise. */
  readonly problem: string;
  readonly counted: number;
  readonly notCounted: number;
  /** As written in the unit tab's header block; "" when never stamped. */
  readonly lastChange: string;
  /** Has not reported for the period: the sidebar offers a reminder. */
  readonly remind: boolean;
}

/**
 * Each unit's state for the period. A tab that cannot be read, or rows that cannot be counted, make
 * "có lỗi" (the unit has something to fix) whether or not it has reported; otherwise a unit has
 * reported ("đã nộp") as consolidation says (UnitTotal.reported: a narrative for the period or a
 * counted row; for the year, a row after the half-year).
 */
function unitStatuses(c: Consolidation, tabUrlOf: (tabName: string) => string | null): UnitStatus[] {
  return c.units.map((u) => {
    let problem = '';
    if (u.tabStatus === 'missing') {
      problem = `Không tìm thấy tab "${u.tabName}". Hãy chạy ${menuPath(MENU.setup)}.`;
    } else if (u.tabStatus === 'badHeader') {
      problem = `Dòng tiêu đề của tab "${u.tabName}" đã bị sửa. Hãy chạy ${menuPath(MENU.checkData)}.`;
    } else if (u.rejected > 0) {
      problem = `${u.rejected} dòng không tính được: đơn vị cần sửa (xem ${menuPath(MENU.checkData)}).`;
    }
    const state: SubmissionState = problem ? 'error' : u.reported ? 'submitted' : 'notSubmitted';
    return {
      code: u.unitCode,
      name: u.unitName,
      tabName: u.tabName,
      tabUrl: u.tabStatus === 'missing' ? null : tabUrlOf(u.tabName),
      state,
      stateText: STATE_TEXT[state],
      problem,
      counted: u.activities,
      notCounted: u.rejected,
      lastChange: u.lastChange,
      remind: !u.reported,
    };
  });
}

export interface StatusView {
  /** The period shown, which the "Nhắc" button names to the server. */
  readonly kind: PeriodKind;
  readonly year: number;
  readonly periodLabel: string;
  readonly range: string;
  readonly deadline: string;
  /** "còn 3 ngày", "hôm nay là hạn cuối", "đã quá hạn 2 ngày" */
  readonly deadlineNote: string;
  readonly readAt: string;
  readonly counts: Readonly<Record<SubmissionState, number>>;
  readonly units: readonly UnitStatus[];
  /** "Nhắc tự động đang BẬT (do … bật từ …)": the Sheet's state, whoever looks. */
  readonly autoReminders: string;
}

export function statusView(
  c: Consolidation,
  settings: Pick<Settings, 'deadlineHalf' | 'deadlineYear'>,
  today: CivilDate,
  readAt: string,
  tabUrlOf: (tabName: string) => string | null,
  autoReminders = '',
): StatusView {
  const units = unitStatuses(c, tabUrlOf);
  const deadline = deadlineOf(c.period, settings);
  const counts = { submitted: 0, notSubmitted: 0, error: 0 };
  for (const u of units) counts[u.state] += 1;
  return {
    kind: c.period.kind,
    year: c.period.year,
    periodLabel: c.period.label,
    range: periodRangeText(c.period),
    deadline: formatDate(deadline),
    deadlineNote: deadlineNote(today, deadline),
    readAt,
    counts,
    units,
    autoReminders,
  };
}
