// Nhắc nộp báo cáo: who is late and who gets a mail, from what src/gas/reminders.ts read (each
// unit's outcome of the period, Nhật ký gửi, the quota), and what the log says of each reminder.
import { unitAddress } from './mail-recipients';
import type { LateUnit, ReminderPlan } from './reminder-text';
import type { ReminderTarget } from './reminder-window';
import { type NewSendLogRow, reminderOn, type SendLogEntry } from './send-log';
import type { CivilDate, UnitSetting, UnitTotal } from './types';
import { formatDate, nameKey } from './vn-format';

/** What the plan needs to know of the period's consolidation, per unit. */
type UnitReport = Pick<UnitTotal, 'unitCode' | 'reported' | 'rejected'>;

export interface ReminderPlanInput {
  readonly target: ReminderTarget;
  readonly today: CivilDate;
  readonly units: readonly UnitSetting[];
  readonly reports: readonly UnitReport[];
  readonly log: readonly SendLogEntry[];
  readonly quota: number;
}

/**
 * Sorts the units of Cấu hình: reported; late without a usable address; late and reminded today
 * already (a unit gets at most one reminder a day, whoever sends it); late, to remind now.
 */
export function reminderPlan(input: ReminderPlanInput): ReminderPlan {
  const { target, today, log } = input;
  const byCode = new Map(input.reports.map((r) => [nameKey(r.unitCode), r]));
  const toSend: LateUnit[] = [];
  const remindedToday: LateUnit[] = [];
  const noAddress: LateUnit[] = [];
  const reported: UnitSetting[] = [];
  for (const unit of input.units) {
    const report = byCode.get(nameKey(unit.code));
    if (report?.reported) {
      reported.push(unit);
      continue;
    }
    const late = { unit, address: unitAddress(unit), rowsWithErrors: report?.rejected ?? 0 };
    if (late.address.emails.length === 0) noAddress.push(late);
    else if (reminderOn(log, unit.code, today)) remindedToday.push(late);
    else toSend.push(late);
  }
  return { target, today, toSend, remindedToday, noAddress, reported, quota: input.quota };
}

/**
 * The plan's units to mail once the log is read again under the lock: `still` not reminded today,
 * `again` reminded meanwhile by someone else.
 */
export function stillToRemind(
  plan: Pick<ReminderPlan, 'toSend' | 'today'>,
  log: readonly SendLogEntry[],
): { still: LateUnit[]; again: LateUnit[] } {
  const still = plan.toSend.filter((l) => !reminderOn(log, l.unit.code, plan.today));
  return { still, again: plan.toSend.filter((l) => !still.includes(l)) };
}

/** What a reminder run sends and logs. */
export interface ReminderSend {
  readonly target: ReminderTarget;
  readonly unit: UnitSetting;
  /** The addresses of the one message. */
  readonly to: readonly string[];
  /** "dd/MM/yyyy HH:mm" in the Sheet's time. */
  readonly time: string;
  readonly user: string;
  /** Sent by the daily trigger. */
  readonly automatic: boolean;
}

/** Nhật ký gửi's row of one reminder: the period and its deadline; the trigger's marked as automatic. */
export function reminderLogRow(r: ReminderSend): NewSendLogRow {
  return {
    time: r.time,
    kind: 'reminder',
    document: `Nhắc nộp báo cáo ${r.target.period.label} (hạn ${formatDate(r.target.deadline)})`,
    link: '',
    period: r.target.period.label,
    name: r.unit.name,
    unitCode: r.unit.code,
    email: r.to.join(', '),
    by: r.automatic ? `${r.user} (tự động)` : r.user,
  };
}
