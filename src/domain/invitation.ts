// Gửi thư mời nhập liệu: at the start of a period every unit gets one mail with the link to its own
// tab, the period and its deadline, how to fill the tab in five short steps, the lists it chooses
// from, and whom to ask. The people who type are village heads and officers of the mass
// organisations, so the words are plain and the steps concrete.

import { compareCivil } from './civil-date';
import { isEmail, normalizeEmail, splitEmails } from './email';
import { oneLine } from './mail-recipients';
import { type MailText, p, render, signature } from './mail-text';
import { MENU, menuPath } from './menu-items';
import { deadlineOf, PERIOD_KINDS, periodOf, periodRangeText } from './periods';
import type { Catalogue, CivilDate, Period, Settings, UnitSetting } from './types';
import { UNIT_TAB } from './unit-tab';
import { formatDate } from './vn-format';

export interface InviteTarget {
  readonly period: Period;
  readonly deadline: CivilDate;
}

/** The period units are reporting for now: the first whose deadline is today or later. */
export function inviteTarget(
  today: CivilDate,
  settings: Pick<Settings, 'periodRule' | 'deadlineHalf' | 'deadlineYear'>,
): InviteTarget {
  let best: InviteTarget | null = null;
  for (let year = today.y - 1; year <= today.y + 1; year++) {
    for (const kind of PERIOD_KINDS) {
      const period = periodOf(kind, year, settings.periodRule);
      const deadline = deadlineOf(period, settings);
      if (compareCivil(deadline, today) < 0) continue;
      if (!best || compareCivil(deadline, best.deadline) < 0) best = { period, deadline };
    }
  }
  return best!;
}

export interface InviteAddress {
  /** The people who type in the tab, then the contact person: valid, lower-cased, each once. */
  readonly emails: readonly string[];
  readonly invalid: readonly string[];
}

/** Everyone who needs the link: the tab's editors and the unit's contact person. */
export function inviteAddress(unit: Pick<UnitSetting, 'editors' | 'contactEmail'>): InviteAddress {
  const split = splitEmails([...unit.editors, unit.contactEmail].join(','));
  return { emails: split.emails, invalid: split.invalid };
}

/** Whom a unit asks: the contact of the management board's own unit (kind BQL), else the sender. */
function helpContact(
  settings: Pick<Settings, 'units'>,
  senderEmail: string,
): { readonly name: string; readonly email: string } {
  const board = settings.units.find((u) => u.kind === 'BQL' && isEmail(u.contactEmail.trim()));
  if (board) return { name: oneLine(board.contactName), email: normalizeEmail(board.contactEmail) };
  return { name: '', email: normalizeEmail(senderEmail) };
}

export interface InvitationInput {
  readonly settings: Pick<Settings, 'communeName' | 'parentBody' | 'issuingBody' | 'units'>;
  readonly unit: Pick<UnitSetting, 'name' | 'tabName' | 'contactName'>;
  readonly target: InviteTarget;
  /** The link that opens the unit's own tab (the Sheet's URL with #gid=…). */
  readonly tabUrl: string;
  readonly catalogue: Pick<Catalogue, 'forms' | 'topics'>;
  readonly senderEmail: string;
}

export function invitationMail(input: InvitationInput): MailText {
  const { settings, unit, target } = input;
  const unitName = oneLine(unit.name);
  const tab = oneLine(unit.tabName);
  const contact = oneLine(unit.contactName);
  const commune = oneLine(settings.communeName);
  const help = helpContact(settings, input.senderEmail);
  const period = target.period;
  const subject = `Mời nhập kết quả tuyên truyền nông thôn mới ${period.label} (hạn ${formatDate(target.deadline)}) – ${unitName}`;
  const steps = [
    `Mở đường liên kết trên (đăng nhập Google bằng địa chỉ email nhận thư này). Bảng tính mở ở tab "${tab}" của đơn vị; đơn vị chỉ sửa được tab này.`,
    `Mỗi hoạt động tuyên truyền ghi một dòng, từ dòng ${UNIT_TAB.activityFirstRow} trở xuống; ngày gõ dạng 15/03/${period.year}.`,
    'Hình thức, Nội dung, Tiêu chí NTM: bấm vào ô và chọn trong danh sách thả xuống (danh sách lấy từ tab Danh mục).',
    'Số lượng, số người tham dự, kinh phí: chỉ gõ chữ số, không kèm đơn vị (gõ 1200000, không gõ "1.200.000 đồng").',
    `Phần tự đánh giá (kết quả nổi bật, tồn tại, nguyên nhân, đề xuất) ghi ở các dòng trên cùng của tab, dòng "${period.label}". Xong, chọn menu ${menuPath(MENU.checkData)} để xem còn chỗ nào cần sửa.`,
  ];
  const paras = [
    p(`Kính gửi: ${unitName}${contact ? ` (đồng chí ${contact})` : ''}.`),
    p(
      `Ban Chỉ đạo xã ${commune} mời đơn vị nhập kết quả công tác tuyên truyền xây dựng nông thôn mới kỳ ${period.label} (${periodRangeText(period)}) vào tab của đơn vị trong bảng tính Báo cáo NTM. Hạn nhập: ngày ${formatDate(target.deadline)}.`,
    ),
    p(`Tab "${tab}" của đơn vị: `, { link: input.tabUrl }),
    { ...p('Cách nhập, năm bước:'), items: steps, numbered: true },
    { ...p('Các hình thức tuyên truyền trong danh sách:'), items: input.catalogue.forms.map(oneLine) },
    { ...p('Các nội dung tuyên truyền trong danh sách:'), items: input.catalogue.topics.map(oneLine) },
    p(
      'Tiện ích của bảng tính không sửa, không xóa những gì đơn vị đã nhập: nó chỉ đọc để tổng hợp và báo cho đơn vị những chỗ cần sửa.',
    ),
    p(
      `Cần hỏi gì, xin liên hệ thư ký BQL nông thôn mới xã${help.name ? `, đồng chí ${help.name}` : ''}: ${help.email}, hoặc trả lời thư này.`,
    ),
    p('Trân trọng./.'),
    signature(settings),
    p('Thư mời được gửi từ bảng tính Báo cáo NTM.'),
  ];
  return render(subject, paras);
}
