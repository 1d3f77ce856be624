// Gửi thư mời nhập liệu: one mail per unit with the link to its own tab, once a period. The log
// (Nhật ký gửi) says who was invited; the secretary may send again (all, when everyone was invited,
// or one unit by marking its row "gửi lại").

import { civilInZone } from '../domain/civil-date';
import { invitationMail, inviteTarget } from '../domain/invitation';
import type { InvitePreview, InviteResult, InviteUnit } from '../domain/invitation-text';
import { inviteLogDocument, invitePreview, invitesByState } from '../domain/invite-plan';
import { messageTo, unitMessageCost } from '../domain/mail-batch';
import { MENU } from '../domain/menu-items';
import { secretaryEditors } from '../domain/secretary';
import { formatDateTime } from '../domain/vn-format';
import { readCatalogue } from './catalogue-tab';
import type { Spreadsheet } from './gas-types';
import { withDocumentLock } from './lock';
import { editorEmails, ownerEmail } from './owner';
import { readSendLog, type SendAttempt, sendWithLog, todaysBatch } from './send-log';
import { readSettings } from './settings-tab';
import { tabLinks } from './sheet-io';
import { findUnitSheets } from './unit-sheet';

/** Works out who would be invited now, from Cấu hình, the tabs, the sharing and the log. Sends nothing. */
export function previewInvites(ss: Spreadsheet, now: Date): InvitePreview {
  const { settings } = readSettings(ss);
  return invitePreview({
    target: inviteTarget(civilInZone(now, ss.getSpreadsheetTimeZone()), settings),
    units: findUnitSheets(ss, settings.units).map(({ unit, sheet, name }) => ({ unit, tabName: sheet ? name : null })),
    owner: ownerEmail(ss),
    sheetEditors: editorEmails(ss),
    log: readSendLog(ss),
    quota: MailApp.getRemainingDailyQuota(),
  });
}

/**
 * Sends to `chosen` (the units confirmed), as many as today's quota allows. With `again` false the
 * log is read once more under the lock, and a unit invited meanwhile by someone else is skipped.
 */
export function sendInvites(
  ss: Spreadsheet,
  preview: InvitePreview,
  chosen: readonly InviteUnit[],
  again: boolean,
  now: Date,
  user: string,
): InviteResult {
  return withDocumentLock(MENU.invite, () => {
    const { settings } = readSettings(ss);
    const { period } = preview.target;
    const pending = again ? chosen : invitesByState(readSendLog(ss), period.label, chosen).toSend;
    const { now: batch, later } = todaysBatch(pending, unitMessageCost);
    if (batch.length === 0) return { target: preview.target, sent: [], failed: [], later };
    const catalogue = readCatalogue(ss).catalogue;
    const tabs = new Map(findUnitSheets(ss, settings.units).map((u) => [u.unit.code, u]));
    const time = formatDateTime(now, ss.getSpreadsheetTimeZone());
    const tabUrl = tabLinks(ss);
    const owner = ownerEmail(ss);
    const attempts: SendAttempt<InviteUnit>[] = batch.flatMap((invite) => {
      const tab = tabs.get(invite.unit.code);
      if (!tab?.sheet) return [];
      const link = tabUrl(tab.sheet);
      const to = messageTo(invite.address.emails);
      const mail = invitationMail({
        settings,
        unit: invite.unit,
        target: preview.target,
        tabUrl: link,
        catalogue,
        senderEmail: user || owner,
      });
      return [
        {
          item: invite,
          cost: to.length,
          log: {
            time,
            kind: 'invite',
            document: inviteLogDocument(tab.name),
            link,
            period: period.label,
            name: invite.unit.name,
            unitCode: invite.unit.code,
            email: to.join(', '),
            by: user,
          },
          send: () =>
            MailApp.sendEmail({ to: to.join(','), subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody }),
        },
      ];
    });
    const outcome = sendWithLog(ss, secretaryEditors(owner, settings, user), attempts);
    return { target: preview.target, ...outcome, later: [...outcome.later, ...later] };
  });
}
