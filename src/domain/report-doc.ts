// The report (Báo cáo) built from a consolidation: what the secretary used to retype by hand.
// Outline as ND30 reports usually go: I results (with tables), II shortcomings and causes, III
// tasks for the next period, IV proposals; then Nơi nhận and the signature; then an appendix
// with one row per unit. Numbers come only from the Consolidation; unit text is quoted as typed.
import { UNSPECIFIED } from './activity-row';
import { formatCivil } from './civil-date';
import { comparable, comparedWithYearBefore } from './comparison';
import { bodyParagraph, bulletParagraph, gridTable, paragraph, sectionHeading, subHeading } from './doc-blocks';
import { documentHeader, documentTitle, recipientsAndSignature, registrationNumber } from './doc-parts';
import { lowerFirst, planReference, singleLine, textLines } from './doc-text';
import { formSentence } from './form-phrases';
import { type Block, type OfficialDocument, officialDocument, TABLE_SIZE } from './official-doc';
import { periodRangeText } from './periods';
import { chartTitle, REPORT_CHART } from './summary-charts';

/** The chart in the Phụ lục: most of the text width, so its labels stay legible. */
const CHART_WIDTH_PT = 420;

import { groupStatements } from './statements';
import type {
  CivilDate,
  Consolidation,
  GroupTotal,
  Narrative,
  Period,
  PeriodFigures,
  Settings,
  UnitKind,
} from './types';
import { collapse, formatMoney, formatNumber } from './vn-format';

export interface ReportMeta {
  /** Registration number ("15"), or "" to leave it blank. */
  readonly number: string;
  readonly date: CivilDate;
  /** 1 for the first report of this period, 2 when regenerated, ... */
  readonly version: number;
}

/** "6 tháng đầu năm 2023" / "năm 2023": the period as it reads inside a sentence. */
function periodWords(period: Period): string {
  return period.kind === 'half' ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`;
}

function planAbout(settings: Settings): string {
  const title = singleLine(settings.planTitle);
  return title ? ` về ${lowerFirst(title)}` : '';
}

function reportSubject(c: Consolidation, settings: Settings): string {
  return `Kết quả thực hiện công tác tuyên truyền xây dựng nông thôn mới ${periodWords(c.period)} trên địa bàn xã ${collapse(settings.communeName)}`;
}

function reportFileName(c: Consolidation, meta: ReportMeta, communeName = ''): string {
  const commune = collapse(communeName);
  const base = `Báo cáo tuyên truyền NTM ${periodWords(c.period)}${commune ? ` - xã ${commune}` : ''}`;
  return meta.version > 1 ? `${base} (lần ${meta.version})` : base;
}

export function buildReport(c: Consolidation, settings: Settings, meta: ReportMeta): OfficialDocument {
  const blocks: Block[] = [
    documentHeader(settings, { number: meta.number, symbol: settings.reportSymbol, date: meta.date }),
    ...documentTitle('BÁO CÁO', reportSubject(c, settings)),
    bodyParagraph(
      `Căn cứ ${planReference(settings)}${planAbout(settings)}, kết quả thực hiện công tác tuyên truyền xây dựng nông thôn mới ${periodWords(c.period)} trên địa bàn xã ${collapse(settings.communeName)} như sau:`,
    ),
    sectionHeading('I', 'KẾT QUẢ THỰC HIỆN'),
    ...leadership(c, settings),
    ...byForm(c),
    ...byContent(c),
    ...funding(c),
    ...models(c),
    ...highlights(c, settings),
    sectionHeading('II', 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'),
    subHeading('1', 'Tồn tại, hạn chế'),
    ...attributedOrNone(c, settings, 'shortcomings', 'Không có đơn vị nào báo cáo tồn tại, hạn chế trong kỳ.'),
    ...notReportedLine(c),
    subHeading('2', 'Nguyên nhân'),
    ...attributedOrNone(
      c,
      settings,
      'causes',
      'Không có đơn vị nào báo cáo nguyên nhân của tồn tại, hạn chế trong kỳ.',
    ),
    sectionHeading('III', 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    ...nextTasks(c, settings),
    sectionHeading('IV', 'ĐỀ XUẤT, KIẾN NGHỊ'),
    ...attributedOrNone(c, settings, 'proposals', 'Không có đơn vị nào đề xuất, kiến nghị trong kỳ.'),
    bodyParagraph(
      `Trên đây là báo cáo kết quả thực hiện công tác tuyên truyền xây dựng nông thôn mới ${periodWords(c.period)} trên địa bàn xã ${collapse(settings.communeName)}./.`,
    ),
    recipientsAndSignature(settings, [settings.superiorName]),
    ...appendix(c, settings, meta),
  ];
  return officialDocument(reportFileName(c, meta, settings.communeName), blocks);
}

// ---- I. results ---------------------------------------------------------------------------------

const KIND_WORDS: Record<UnitKind, (n: number) => string> = {
  BQL: (n) => (n === 1 ? 'Ban quản lý xây dựng nông thôn mới xã' : `${n} ban quản lý`),
  'Công chức': (n) => `${n} công chức chuyên môn`,
  'Tổ chức chính trị - xã hội': (n) => `${n} tổ chức chính trị - xã hội`,
  Thôn: (n) => `${n} thôn`,
};

function joinVi(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

function leadership(c: Consolidation, settings: Settings): Block[] {
  const counts = new Map<UnitKind, number>();
  for (const u of settings.units) counts.set(u.kind, (counts.get(u.kind) ?? 0) + 1);
  const kinds = (Object.keys(KIND_WORDS) as UnitKind[]).filter((k) => counts.has(k));
  const breakdown = kinds.map((k) => KIND_WORDS[k](counts.get(k)!));
  const total = c.units.length;
  const reported = c.units.filter((u) => u.reported).length;
  const first =
    `Thực hiện ${planReference(settings)}${planAbout(settings)}, Ban quản lý xây dựng nông thôn mới xã đã tham mưu ` +
    `triển khai kế hoạch đến ${total} đơn vị thực hiện${breakdown.length > 0 ? `, gồm: ${joinVi(breakdown)}` : ''}. ` +
    'Các đơn vị căn cứ chức năng, nhiệm vụ chủ động lựa chọn nội dung, hình thức tuyên truyền phù hợp và báo cáo kết quả định kỳ 6 tháng, cả năm.';
  const span = `Trong kỳ báo cáo (${periodRangeText(c.period)})`;
  const second =
    c.notReported.length === 0
      ? `${span}, tất cả ${total} đơn vị đã báo cáo kết quả.`
      : `${span}, ${reported}/${total} đơn vị đã báo cáo kết quả; còn ${c.notReported.length} đơn vị chưa báo cáo: ${c.notReported.map(singleLine).join(', ')}.`;
  return [subHeading('1', 'Công tác lãnh đạo, chỉ đạo'), bodyParagraph(first), bodyParagraph(second)];
}

function byForm(c: Consolidation): Block[] {
  const blocks: Block[] = [subHeading('2', 'Kết quả theo hình thức tuyên truyền')];
  if (c.byForm.length === 0) {
    blocks.push(bodyParagraph('Trong kỳ, chưa có đơn vị nào báo cáo hoạt động tuyên truyền.'));
    return blocks;
  }
  blocks.push(
    bodyParagraph(
      `Trong kỳ, các đơn vị đã thực hiện ${formatNumber(c.activities)} hoạt động tuyên truyền với ${formatNumber(c.participants)} lượt người tham dự, cụ thể:`,
    ),
  );
  const forms = c.byForm.map((f) => f.form);
  c.byForm.forEach((f, i) => {
    blocks.push(bulletParagraph(formSentence(f, forms) + (i === c.byForm.length - 1 ? '.' : ';')));
  });
  const rows = c.byForm.map((f, i) => [
    String(i + 1),
    f.form,
    f.measure,
    formatNumber(f.quantity),
    // Loudspeaker broadcasts and banners have no audience to count: "0 người" would misread.
    f.participants > 0 ? formatNumber(f.participants) : '-',
  ]);
  rows.push(['', 'Tổng cộng', '', '', formatNumber(c.participants)]);
  blocks.push(
    gridTable(
      'byForm',
      [
        { title: 'STT', width: 38, align: 'center' },
        { title: 'Hình thức', width: 190, align: 'left' },
        { title: 'Đơn vị tính', width: 75, align: 'center' },
        { title: 'Số lượng', width: 70, align: 'right' },
        { title: 'Số người tham dự', width: 0, align: 'right' },
      ],
      rows,
      1,
    ),
  );
  blocks.push(
    ...comparisonParagraph(c, [
      ['Số hoạt động tuyên truyền', c.activities, (p) => p.activities, (n) => `${formatNumber(n)} hoạt động`],
      ['Số lượt người tham dự', c.participants, (p) => p.participants, (n) => `${formatNumber(n)} lượt người`],
    ]),
  );
  return blocks;
}

type Compared = readonly [string, number, (p: PeriodFigures) => number, (n: number) => string];

/**
 * "Số hoạt động tuyên truyền tăng 15,2% so với cùng kỳ năm 2022 (55 hoạt động)." for each figure
 * that had a non-zero value a year earlier; nothing at all without counted rows a year earlier.
 */
function comparisonParagraph(c: Consolidation, figures: readonly Compared[]): Block[] {
  const before = comparable(c);
  if (!before) return [];
  const sentences = figures.flatMap(([subject, now, figure, unit]) => {
    const then = figure(before);
    const words = comparedWithYearBefore(now, then, before.period.year);
    return words ? [`${subject} ${words} (${unit(then)}).`] : [];
  });
  return sentences.length > 0 ? [bodyParagraph(sentences.join(' '))] : [];
}

/** The group of rows with no topic (or criterion), named in words for the reader. */
function groupName(key: string, unnamed: string): string {
  return key === '' || key === UNSPECIFIED ? unnamed : key;
}

function groupTable(role: string, title: string, groups: readonly GroupTotal[], withMoney: boolean, unnamed: string) {
  const rows = groups.map((g, i) => {
    const row = [String(i + 1), groupName(g.key, unnamed), formatNumber(g.activities), formatNumber(g.participants)];
    if (withMoney) row.push(formatNumber(g.money.total));
    return row;
  });
  const columns = [
    { title: 'STT', width: 38, align: 'center' as const },
    { title, width: withMoney ? 200 : 265, align: 'left' as const },
    { title: 'Số hoạt động', width: 75, align: 'right' as const },
    { title: 'Số người tham dự', width: withMoney ? 80 : 0, align: 'right' as const },
  ];
  if (withMoney) columns.push({ title: 'Kinh phí (đồng)', width: 0, align: 'right' });
  return gridTable(role, columns, rows);
}

function byContent(c: Consolidation): Block[] {
  const blocks: Block[] = [subHeading('3', 'Kết quả theo nội dung tuyên truyền')];
  if (c.byTopic.length === 0) {
    blocks.push(bodyParagraph('Trong kỳ, chưa có hoạt động tuyên truyền nào được báo cáo theo nội dung.'));
    return blocks;
  }
  blocks.push(bodyParagraph('Các hoạt động tuyên truyền tập trung vào các nội dung sau:'));
  blocks.push(groupTable('byTopic', 'Nội dung tuyên truyền', c.byTopic, true, 'Chưa ghi nội dung'));
  if (c.byCriterion.length > 0) {
    blocks.push(bodyParagraph('Các hoạt động gắn với các tiêu chí xã nông thôn mới:'));
    blocks.push(groupTable('byCriterion', 'Tiêu chí nông thôn mới', c.byCriterion, false, 'Chưa ghi tiêu chí'));
  }
  return blocks;
}

function funding(c: Consolidation): Block[] {
  const blocks: Block[] = [subHeading('4', 'Kinh phí thực hiện')];
  if (c.money.total === 0) {
    blocks.push(bodyParagraph('Trong kỳ, các đơn vị không báo cáo kinh phí chi cho công tác tuyên truyền.'));
    return blocks;
  }
  blocks.push(
    bodyParagraph(`Tổng kinh phí thực hiện công tác tuyên truyền trong kỳ: ${formatMoney(c.money.total)}, trong đó:`),
    bulletParagraph(`Kinh phí chủ động cân đối của đơn vị: ${formatMoney(c.money.unit)};`),
    bulletParagraph(`Kinh phí lồng ghép: ${formatMoney(c.money.integrated)};`),
    bulletParagraph(`Kinh phí huy động xã hội hóa: ${formatMoney(c.money.social)}.`),
    ...comparisonParagraph(c, [
      ['Tổng kinh phí', c.money.total, (p) => p.money.total, formatMoney],
      ['Kinh phí chủ động cân đối của đơn vị', c.money.unit, (p) => p.money.unit, formatMoney],
      ['Kinh phí lồng ghép', c.money.integrated, (p) => p.money.integrated, formatMoney],
      ['Kinh phí huy động xã hội hóa', c.money.social, (p) => p.money.social, formatMoney],
    ]),
  );
  return blocks;
}

function models(c: Consolidation): Block[] {
  const blocks: Block[] = [subHeading('5', 'Mô hình, gương điển hình')];
  const entries = c.models.filter((m) => textLines(m.text).length > 0);
  if (entries.length === 0) {
    blocks.push(bodyParagraph('Trong kỳ, các đơn vị chưa báo cáo mô hình, gương điển hình.'));
    return blocks;
  }
  blocks.push(bodyParagraph(`Các đơn vị đã báo cáo ${entries.length} mô hình, gương điển hình:`));
  for (const m of entries) blocks.push(...attributedText(m.unitName, m.text));
  return blocks;
}

/** The units' own "Kết quả nổi bật", quoted; the item is left out when no unit wrote one. */
function highlights(c: Consolidation, settings: Settings): Block[] {
  const blocks = attributed(c.narratives, settings, 'results');
  return blocks.length > 0 ? [subHeading('6', 'Kết quả nổi bật do các đơn vị báo cáo'), ...blocks] : [];
}

// ---- II–IV --------------------------------------------------------------------------------------

/** "- Hội Nông dân xã: first line", then the unit's further lines as they were typed. */
function attributedText(unitName: string, text: string): Block[] {
  const [first, ...rest] = textLines(text);
  if (first === undefined) return [];
  return [bulletParagraph(`${singleLine(unitName)}: ${first}`), ...rest.map((l) => paragraph('body', l))];
}

/** Narratives in Cấu hình's unit order (those of units no longer listed last, as given). */
function inUnitOrder(narratives: readonly Narrative[], settings: Settings): Narrative[] {
  const rank = new Map(settings.units.map((u, i) => [u.code, i]));
  const at = (n: Narrative) => rank.get(n.unitCode) ?? settings.units.length;
  return narratives
    .map((n, i) => ({ n, i }))
    .sort((a, b) => at(a.n) - at(b.n) || a.i - b.i)
    .map((x) => x.n);
}

/** Each statement once, after the units that made it: "- Hội Nông dân xã, Thôn Đồng Tâm: ...". */
function attributed(
  narratives: readonly Narrative[],
  settings: Settings,
  field: 'results' | 'shortcomings' | 'causes' | 'proposals',
): Block[] {
  const said = inUnitOrder(narratives, settings).map((n) => ({ unitName: singleLine(n.unitName), text: n[field] }));
  return groupStatements(said).flatMap((st) => attributedText(st.unitNames.join(', '), st.lines.join('\n')));
}

function attributedOrNone(
  c: Consolidation,
  settings: Settings,
  field: 'shortcomings' | 'causes' | 'proposals',
  none: string,
): Block[] {
  const blocks = attributed(c.narratives, settings, field);
  return blocks.length > 0 ? blocks : [bodyParagraph(none)];
}

function notReportedLine(c: Consolidation): Block[] {
  if (c.notReported.length === 0) return [];
  return [
    bulletParagraph(
      `Còn ${c.notReported.length}/${c.units.length} đơn vị chưa báo cáo kết quả trong kỳ: ${c.notReported.map(singleLine).join(', ')}.`,
    ),
  ];
}

function nextTasks(c: Consolidation, settings: Settings): Block[] {
  const next = c.period.kind === 'half' ? `6 tháng cuối năm ${c.period.year}` : `năm ${c.period.year + 1}`;
  const tasks: string[] = [];
  if (c.period.kind === 'year') {
    tasks.push(`Xây dựng, ban hành kế hoạch tuyên truyền xây dựng nông thôn mới năm ${c.period.year + 1};`);
  } else {
    tasks.push(
      `Tiếp tục triển khai thực hiện có hiệu quả ${planReference(settings)}; đổi mới, đa dạng hóa nội dung, hình thức tuyên truyền gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị;`,
    );
  }
  tasks.push(
    'Đẩy mạnh tuyên truyền trên hệ thống loa truyền thanh, các phương tiện thông tin đại chúng, Zalo, Facebook; tập trung vào các tiêu chí liên quan trực tiếp đến người dân như giao thông, thủy lợi, cơ sở vật chất văn hóa, thu nhập, văn hóa, môi trường, quốc phòng và an ninh;',
    'Phát hiện, biểu dương, nhân rộng các mô hình, gương điển hình tiên tiến trong phong trào thi đua xây dựng nông thôn mới;',
    c.notReported.length > 0
      ? `Đôn đốc ${c.notReported.length} đơn vị chưa báo cáo trong kỳ và các đơn vị thực hiện báo cáo kết quả đầy đủ, đúng thời hạn.`
      : 'Các đơn vị tiếp tục báo cáo kết quả thực hiện đầy đủ, đúng thời hạn.',
  );
  return [bodyParagraph(`Trong ${next}, tập trung thực hiện một số nhiệm vụ sau:`), ...tasks.map(bulletParagraph)];
}

// ---- appendix -----------------------------------------------------------------------------------

function unitNote(u: Consolidation['units'][number]): string {
  const notes: string[] = [];
  if (u.tabStatus === 'missing') notes.push('Không có trang tính');
  else if (u.tabStatus === 'badHeader') notes.push('Tiêu đề bảng bị sửa');
  if (!u.reported) notes.push('Chưa báo cáo');
  if (u.rejected > 0) notes.push(`${formatNumber(u.rejected)} dòng không được tính`);
  return notes.join('; ');
}

function appendix(c: Consolidation, settings: Settings, meta: ReportMeta): Block[] {
  const ref = `Báo cáo số ${registrationNumber(meta.number)}/${collapse(settings.reportSymbol)} ngày ${formatCivil(meta.date)}`;
  const rows = c.units.map((u, i) => [
    String(i + 1),
    u.unitName,
    formatNumber(u.activities),
    formatNumber(u.participants),
    formatNumber(u.money.total),
    unitNote(u),
  ]);
  rows.push([
    '',
    'Tổng cộng',
    formatNumber(c.activities),
    formatNumber(c.participants),
    formatNumber(c.money.total),
    '',
  ]);
  const centred = { align: 'center' as const, firstLineIndentPt: 0, spaceAfterPt: 0 };
  return [
    paragraph('appendixLabel', 'Phụ lục', { ...centred, bold: true, pageBreakBefore: true }),
    paragraph('appendixTitle', 'KẾT QUẢ THỰC HIỆN THEO ĐƠN VỊ', { ...centred, bold: true }),
    paragraph('appendixNote', `(Kèm theo ${ref})`, { ...centred, italic: true, spaceAfterPt: 12 }),
    gridTable(
      'byUnit',
      [
        { title: 'STT', width: 38, align: 'center' },
        { title: 'Đơn vị', width: 150, align: 'left' },
        { title: 'Số hoạt động', width: 62, align: 'right' },
        { title: 'Số người tham dự', width: 70, align: 'right' },
        { title: 'Kinh phí (đồng)', width: 82, align: 'right' },
        { title: 'Ghi chú', width: 0, align: 'left' },
      ],
      rows,
      1,
    ),
    ...appendixChart(c, settings),
  ];
}

/** The chart of Tổng hợp the Phụ lục shows (REPORT_CHART), unless Cấu hình turns it off or nothing was counted. */
function appendixChart(c: Consolidation, settings: Settings): Block[] {
  if (!settings.reportChart || c.activities === 0) return [];
  const caption = paragraph('chartCaption', `Biểu đồ: ${chartTitle(REPORT_CHART, c.period)}`, {
    align: 'center',
    italic: true,
    size: TABLE_SIZE,
    firstLineIndentPt: 0,
  });
  return [{ kind: 'chart', key: REPORT_CHART, widthPt: CHART_WIDTH_PT, caption }];
}
