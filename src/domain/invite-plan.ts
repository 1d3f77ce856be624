// Gửi thư mời nhập liệu: who would be invited now, from what src/gas/invite.ts read (Cấu hình, each
// unit's tab, who can open the Sheet, Nhật ký gửi, the quota).
import { type InviteTarget, inviteAddress } from './invitation';
import type { InvitePreview, InviteUnit } from './invitation-text';
import { byDeliveryState } from './mail-batch';
import { withoutAccess } from './secretary';
import { inviteDeliveryState, type SendLogEntry } from './send-log';
import type { UnitSetting } from './types';

export interface InvitePlanInput {
  readonly target: InviteTarget;
  /** Each unit of Cấu hình, in its order, with its tab's name as it is now (null: no tab). */
  readonly units: readonly { readonly unit: UnitSetting; readonly tabName: string | null }[];
  /** The owner ('' on a shared drive) and the editors of the Sheet, lower-cased. */
  readonly owner: string;
  readonly sheetEditors: readonly string[];
  readonly log: readonly SendLogEntry[];
  readonly quota: number;
}

/**
 * Sorts the units: without an address; without a tab (setup has not made it yet); and the others
 * by what Nhật ký gửi says of this period's invitation (see invitesByState).
 */
export function invitePreview(input: InvitePlanInput): InvitePreview {
  const withAddress: InviteUnit[] = [];
  const noAddress: InviteUnit[] = [];
  const noTab: InviteUnit[] = [];
  for (const { unit, tabName } of input.units) {
    const invite: InviteUnit = {
      unit,
      address: inviteAddress(unit),
      tabName,
      noAccess: withoutAccess(unit.editors, input.owner, input.sheetEditors),
    };
    if (invite.address.emails.length === 0) noAddress.push(invite);
    else if (tabName === null) noTab.push(invite);
    else withAddress.push(invite);
  }
  return {
    target: input.target,
    ...invitesByState(input.log, input.target.period.label, withAddress),
    noAddress,
    noTab,
    quota: input.quota,
  };
}

/** toSend, alreadySent, uncertain: by the log's rows of each unit's invitation for the period. */
export function invitesByState(log: readonly SendLogEntry[], periodLabel: string, list: readonly InviteUnit[]) {
  return byDeliveryState(
    list,
    (i) => inviteDeliveryState(log, i.unit.code, periodLabel),
    (i) => i,
  );
}

/** Nhật ký gửi's "Văn bản" of an invitation. */
export function inviteLogDocument(tabName: string): string {
  return `Thư mời nhập liệu – tab "${tabName}"`;
}
