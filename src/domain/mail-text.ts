// The words of the mails the product sends: the plan to its recipients and the reminder to a late
// unit. Each mail is written once as paragraphs and rendered twice, as plain text and as HTML, so
// the two cannot say different things; every value inserted into the HTML is escaped.

import { lowerFirst, planReference } from './doc-text';
import { oneLine } from './mail-recipients';
import { MENU, menuPath } from './menu-items';
import { periodRangeText } from './periods';
import type { CivilDate, Period, Settings, UnitSetting } from './types';
import { deadlineNote, formatDate, upperVi } from './vn-format';

export interface MailText {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

/** MailApp refuses a longer subject. */
const MAX_SUBJECT_LENGTH = 250;

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line, at most MAX_SUBJECT_LENGTH characters (cut at a word, with "…"). */
function subjectLine(text: string): string {
  const s = oneLine(text);
  if (s.length <= MAX_SUBJECT_LENGTH) return s;
  const cut = s.slice(0, MAX_SUBJECT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SUBJECT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

type Part = string | { readonly link: string };
export interface Para {
  readonly parts: readonly Part[];
  readonly bold?: boolean;
  /** Lines of a block kept together (the signature). */
  readonly lines?: boolean;
  /** A list under the paragraph: "- item" lines in the text, <ul> (or <ol> when numbered) in HTML. */
  readonly items?: readonly string[];
  readonly numbered?: boolean;
}

export const p = (...parts: Part[]): Para => ({ parts });

function isWebLink(url: string): boolean {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url);
}

function plainPart(part: Part): string {
  return typeof part === 'string' ? part : part.link;
}

function htmlPart(part: Part): string {
  if (typeof part === 'string') return escapeHtml(part);
  const url = part.link;
  return isWebLink(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

function plainItems(para: Para): string {
  const items = para.items ?? [];
  return items.map((item, i) => `\n${para.numbered ? `${i + 1}.` : '-'} ${item}`).join('');
}

function htmlItems(para: Para): string {
  if (!para.items || para.items.length === 0) return '';
  const tag = para.numbered ? 'ol' : 'ul';
  const lis = para.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
  return `\n<${tag} style="margin:0 0 12px 0">${lis}</${tag}>`;
}

/** The mail as plain text and as HTML, from the same paragraphs. */
export function render(subject: string, paras: readonly Para[]): MailText {
  const body = paras.map((para) => para.parts.map(plainPart).join('') + plainItems(para)).join('\n\n');
  const html = paras
    .map((para) => {
      let inner = para.parts.map(htmlPart).join('');
      if (para.lines) inner = inner.replace(/\n/g, '<br>');
      if (para.bold) inner = `<b>${inner}</b>`;
      return `<p style="margin:0 0 ${para.items?.length ? 4 : 12}px 0">${inner}</p>${htmlItems(para)}`;
    })
    .join('\n');
  const htmlBody = `<div style="font-family:'Times New Roman',Times,serif;font-size:15px;line-height:1.45;color:#000">\n${html}\n</div>`;
  return { subject: subjectLine(subject), body, htmlBody };
}

export function signature(settings: Pick<Settings, 'parentBody' | 'issuingBody'>): Para {
  const lines = [settings.parentBody, settings.issuingBody].map((s) => upperVi(oneLine(s))).filter(Boolean);
  return { parts: [lines.join('\n')], bold: true, lines: true };
}

export interface PlanDocRef {
  readonly name: string;
  readonly url: string;
}

/** The plan to one recipient: the PDF is attached by the caller, the link is in the text. */
export function planMail(
  settings: Pick<Settings, 'planNumber' | 'planSymbol' | 'planDate' | 'planTitle' | 'parentBody' | 'issuingBody'>,
  recipientName: string,
  doc: PlanDocRef,
): MailText {
  const ref = planReference(settings);
  const title = oneLine(settings.planTitle);
  const subject = title ? `${ref} về ${lowerFirst(title)}` : ref;
  const fileName = `${oneLine(doc.name)}.pdf`;
  const paras: Para[] = [
    p(`Kính gửi: ${oneLine(recipientName)}.`),
    p(`Xin trân trọng gửi tới Quý cơ quan, đơn vị ${ref}${title ? ` về ${lowerFirst(title)}` : ''}.`),
    p(`Văn bản được đính kèm thư này (tệp ${fileName}) và có thể xem trực tuyến tại: `, { link: doc.url }),
    p('Kính đề nghị Quý cơ quan, đơn vị quan tâm, phối hợp triển khai thực hiện.'),
    p('Trân trọng./.'),
    signature(settings),
    p('Thư này được gửi từ bảng tính Báo cáo NTM. Nếu cần trao đổi, xin trả lời thư này.'),
  ];
  return render(subject, paras);
}

export interface ReminderInput {
  readonly settings: Pick<Settings, 'planNumber' | 'planSymbol' | 'planDate' | 'parentBody' | 'issuingBody'>;
  readonly unit: Pick<UnitSetting, 'name' | 'tabName'>;
  /** The contact person greeted, or "" when the mail goes to the tab's editors. */
  readonly contactName: string;
  readonly period: Period;
  readonly deadline: CivilDate;
  readonly today: CivilDate;
  readonly sheetUrl: string;
  /** Sent by the daily trigger rather than by the secretary's click. */
  readonly automatic: boolean;
  /** Rows the unit typed that could not be counted (errors): the reason it looks late. */
  readonly rowsWithErrors?: number;
}

/** The reminder to a unit that has not reported for `period`. */
export function reminderMail(input: ReminderInput): MailText {
  const { settings, unit, period, deadline, today } = input;
  const unitName = oneLine(unit.name);
  const contact = oneLine(input.contactName);
  const ref = planReference(settings);
  const subject = `Nhắc nộp báo cáo kết quả tuyên truyền xây dựng nông thôn mới ${period.label} (hạn ${formatDate(deadline)}) – ${unitName}`;
  const paras: Para[] = [
    p(`Kính gửi: ${unitName}${contact ? ` (đồng chí ${contact})` : ''}.`),
    p(
      `Theo ${ref}, định kỳ 6 tháng và cả năm các đơn vị báo cáo kết quả thực hiện công tác tuyên truyền xây dựng nông thôn mới để tổng hợp.`,
    ),
    p(
      `Đến ngày ${formatDate(today)}, bảng tính Báo cáo NTM chưa ghi nhận kết quả của đơn vị cho kỳ ${period.label} (${periodRangeText(period)}). Hạn nộp là ngày ${formatDate(deadline)} (${deadlineNote(today, deadline)}).`,
    ),
    p(`Đề nghị đơn vị nhập kết quả vào tab "${oneLine(unit.tabName)}" của bảng tính: `, { link: input.sheetUrl }),
    ...((input.rowsWithErrors ?? 0) > 0
      ? [
          p(
            `Tab của đơn vị có ${input.rowsWithErrors} dòng chưa được tính vì có lỗi. Đề nghị mở tab, chọn ${menuPath(MENU.checkData)} để xem từng dòng, cột cần sửa, rồi sửa lại.`,
          ),
        ]
      : []),
    p(
      (input.rowsWithErrors ?? 0) > 0
        ? 'Mỗi hoạt động tuyên truyền nhập một dòng trong bảng hoạt động; phần đánh giá chung của kỳ (kết quả nổi bật, tồn tại, nguyên nhân, đề xuất) nhập ở bảng phía trên, dòng của kỳ báo cáo.'
        : 'Mỗi hoạt động tuyên truyền nhập một dòng trong bảng hoạt động; phần đánh giá chung của kỳ (kết quả nổi bật, tồn tại, nguyên nhân, đề xuất) nhập ở bảng phía trên, dòng của kỳ báo cáo. Nếu đơn vị đã nhập đủ, xin bỏ qua thư này.',
    ),
    p('Trân trọng./.'),
    signature(settings),
    p(`Thư nhắc được gửi ${input.automatic ? 'tự động ' : ''}từ bảng tính Báo cáo NTM.`),
  ];
  return render(subject, paras);
}
