// The plan (Kế hoạch) as the secretary edits it in the "Kế hoạch" tab: one row per paragraph,
// with its level in the first column, so that next year's plan is an edit of cells rather than
// of code. The default rows are the whole text of Kế hoạch số 42/KH-BCĐ, the plan the product was
// made from. The header, subject, Nơi nhận and signature come from the settings.

import { bodyParagraph, bulletParagraph, minorHeading, paragraph, sectionHeading, subHeading } from './doc-blocks';
import { documentHeader, documentTitle, recipientsAndSignature } from './doc-parts';
import { textLines } from './doc-text';
import { type Block, type OfficialDocument, officialDocument } from './official-doc';
import type { CivilDate, Settings } from './types';
import { collapse } from './vn-format';

export const PLAN_HEADERS = ['Cấp', 'Nội dung'] as const;

/**
 * Level of a row: a Roman numeral ("I") for a section heading, a number ("1") for a sub-heading,
 * a letter ("a") for a minor heading, "-" or "+" for a list line, "" for a paragraph.
 */
export interface PlanRow {
  readonly level: string;
  readonly text: string;
}

type LevelKind = 'section' | 'sub' | 'minor' | 'dash' | 'plus' | 'paragraph';

/**
 * "II." → "II", "1)" → "1", " - " → "-"; numbers read back from the Sheet as numbers too. A single
 * lower-case letter is a minor heading ("c)"), not the Roman numeral it may look like.
 */
function normaliseLevel(value: unknown): string {
  const s = collapse(value === null || value === undefined ? '' : String(value)).replace(/[.)]$/, '');
  if (/^[ivxlc]{2,}$/.test(s)) return s.toUpperCase();
  return s;
}

function levelKind(level: string): LevelKind {
  if (level === '') return 'paragraph';
  if (level === '-') return 'dash';
  if (level === '+') return 'plus';
  if (/^[IVXLC]+$/.test(level)) return 'section';
  if (/^\d+$/.test(level)) return 'sub';
  if (/^[a-zđ]$/i.test(level)) return 'minor';
  return 'paragraph';
}

/**
 * The rows of the tab's values (as getValues returns them, header row included or not). Rows with
 * no text are skipped; a level the product does not know makes a plain paragraph.
 */
export function planRowsFromValues(values: readonly (readonly unknown[])[]): PlanRow[] {
  const rows: PlanRow[] = [];
  values.forEach((row, i) => {
    const level = normaliseLevel(row[0]);
    const raw = row[1];
    const text = raw === null || raw === undefined ? '' : String(raw).trim();
    if (i === 0 && level.toLowerCase() === 'cấp' && text.toLowerCase() === 'nội dung') return;
    if (text === '') return;
    rows.push({ level, text });
  });
  return rows;
}

/**
 * The tab's values, header row first. Cells such as "-" or "+" would be read by Sheets as the
 * start of a formula: the writer must keep them text (e.g. through src/gas/cell-text.ts asCells).
 */
export function planRowsToValues(rows: readonly PlanRow[]): string[][] {
  return [[...PLAN_HEADERS], ...rows.map((r) => [r.level, r.text])];
}

export interface PlanMeta {
  readonly number: string;
  /** null leaves the day and month of the date line blank. */
  readonly date: CivilDate | null;
}

function planFileName(settings: Settings): string {
  const title = collapse(settings.planTitle);
  return title ? `Kế hoạch ${title}` : `Kế hoạch tuyên truyền NTM năm ${settings.year}`;
}

function rowBlocks(row: PlanRow): Block[] {
  const [first, ...rest] = textLines(row.text);
  if (first === undefined) return [];
  const more = rest.map((l) => paragraph('body', l));
  switch (levelKind(row.level)) {
    case 'section':
      return [sectionHeading(row.level, first), ...more];
    case 'sub':
      return [subHeading(row.level, first), ...more];
    case 'minor':
      return [minorHeading(row.level, first), ...more];
    case 'dash':
      return [bulletParagraph(first), ...more];
    case 'plus':
      return [paragraph('bullet', `+ ${first}`), ...more];
    default:
      return [bodyParagraph(first), ...more];
  }
}

export function buildPlan(rows: readonly PlanRow[], settings: Settings, meta: PlanMeta): OfficialDocument {
  const blocks: Block[] = [
    documentHeader(settings, { number: meta.number, symbol: settings.planSymbol, date: meta.date }),
    ...documentTitle('KẾ HOẠCH', settings.planTitle),
    ...rows.flatMap(rowBlocks),
    recipientsAndSignature(settings),
  ];
  return officialDocument(planFileName(settings), blocks);
}

const P = (text: string): PlanRow => ({ level: '', text });
const D = (text: string): PlanRow => ({ level: '-', text });
const H = (level: string, text: string): PlanRow => ({ level, text });

/** Kế hoạch số 42/KH-BCĐ ngày 10/03/2023 of the Steering Committee of xã Minh Tiến, as written. */
export const DEFAULT_PLAN_ROWS: readonly PlanRow[] = [
  P(
    'Căn cứ Kế hoạch số 76/KH-BCĐ ngày 24/02/2023 của Ban Chỉ đạo các Chương trình MTQG huyện Hữu Lũng về kế hoạch truyền thông, tuyên truyền, bồi dưỡng đào tạo, tập huấn Chương trình MTQG xây dựng nông thôn mới năm 2023. Ban Chỉ đạo các Chương trình MTQG xã Minh Tiến xây dựng kế hoạch tuyên truyền thực hiện xây dựng nông thôn mới năm 2023 như sau:',
  ),
  H('I', 'MỤC ĐÍCH, YÊU CẦU'),
  H('1', 'Mục đích'),
  P(
    'Tiếp tục đẩy mạnh và thực hiện có hiệu quả công tác tuyên truyền nhằm nâng cao nhận thức, ý nghĩa, những nội dung cơ bản của Chương trình xây dựng nông thôn mới năm 2023 và giai đoạn 2021-2025 đến cả hệ thống chính trị và các tầng lớp Nhân dân; nâng cao chất lượng, hiệu quả cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” góp phần thực hiện thắng lợi các mục tiêu, nhiệm vụ xây dựng nông thôn mới năm 2023 và các năm tiếp theo.',
  ),
  P(
    'Thông qua các hoạt động tuyên truyền nhằm khơi dậy quyết tâm và tinh thần tự giác, tự nguyện, ý thức trách nhiệm trong mỗi cán bộ, đảng viên, các tầng lớp Nhân dân cùng các nhà đầu tư hiểu rõ và đầy đủ về cơ chế chính sách của Trung ương, tỉnh về xây dựng nông thôn mới, từ đó tạo sự đồng thuận, đồng tình, tranh thủ sự giúp đỡ, phối hợp tạo điều kiện của các cấp, các ngành, các đoàn thể, doanh nghiệp, …. nhiệt tình tham gia đóng góp ủng hộ; tiếp tục thu hút các dự án đầu tư vào nông nghiệp, nông thôn tạo tiền đề để nâng cao thu nhập, chất lượng cuộc sống cho người dân khu vực nông thôn.',
  ),
  P(
    'Cổ vũ, động viên kịp thời các tập thể, cá nhân điển hình tiên tiến có thành tích xuất sắc trong phong trào xây dựng nông thôn mới. Tích cực phổ biến những kinh nghiệm tốt, những cách làm hay, sáng tạo trong phong trào xây dựng nông thôn mới để tuyên truyền, nhân rộng trong toàn xã.',
  ),
  H('2', 'Yêu cầu'),
  P(
    'Thực hiện đổi mới, đa dạng hóa công tác tuyên truyền, vận động cán bộ, công chức và Nhân dân tham gia thực hiện Chương trình theo hướng thiết thực, cụ thể, tập trung vào những nội dung phát triển cơ sở hạ tầng thiết yếu phục vụ sản xuất và dân sinh; đổi mới tư duy, cách thức sản xuất, phát triển kinh tế số, chuyển đổi số, thương mại điện tử để nâng cao thu nhập, xây dựng đời sống văn hóa, xây dựng môi trường nông thôn xanh, sạch, đẹp; bảo đảm quốc phòng, an ninh khu vực nông thôn.',
  ),
  P(
    'Công tác tuyên truyền, vận động xây dựng nông thôn mới là nhiệm vụ của cả hệ thống chính trị và toàn xã hội, được thực hiện thường xuyên, liên tục, bằng nhiều hình thức phong phú, đa dạng gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, bảo đảm thiết thực, hiệu quả, tránh hình thức và chạy theo thành tích.',
  ),
  P(
    'Phát huy sức mạnh tổng hợp của các lực lượng tuyên truyền, các loại hình thức tuyên truyền; kết hợp chặt chẽ giữa tuyên truyền với vận động, gắn với tuyên truyền nội dung Chương trình mục tiêu quốc gia xây dựng nông thôn mới, lấy kết quả vận động để đẩy mạnh tuyên truyền.',
  ),
  H('II', 'NỘI DUNG THỰC HIỆN VÀ HÌNH THỨC TUYÊN TRUYỀN'),
  H('1', 'Nội dung tuyên truyền'),
  D(
    'Tập trung công tác tuyên truyền về các chủ trương của Đảng, chính sách của Nhà nước và các văn bản chỉ đạo, hướng dẫn của các Bộ, ngành Trung ương, của tỉnh, huyện trong thực hiện Chương trình xây dựng nông thôn mới năm 2023 và giai đoạn 2021-2025.',
  ),
  D(
    'Tập trung tuyên truyền các cơ chế, chính sách của Trung ương, của tỉnh, huyện liên quan đến nhóm các tiêu chí về xã nông thôn mới; các chính sách về thu hút doanh nghiệp đầu tư vào nông nghiệp, nông thôn; chính sách liên quan đến hỗ trợ phát triển sản xuất, nâng cao thu nhập cho người dân; Chương trình “Mỗi xã một sản phẩm (OCOP)”; tuyên truyền quảng bá các sản phẩm nông sản; tuyên truyền đẩy mạnh phát triển kinh tế số, thương mại điện tử, địa chỉ số góp phần nâng cao tư duy, nhận thức của các cấp, các ngành và người dân nông thôn trong xây dựng nông thôn mới.',
  ),
  D(
    'Tuyên truyền, vận động Nhân dân tích cực tham gia xây dựng nông thôn mới, chủ động trong việc thực hiện các tiêu chí liên quan trực tiếp đến người dân như: Tiêu chí giao thông, thủy lợi, cơ sở vật chất văn hóa, thu nhập, văn hóa, môi trường, quốc phòng an ninh. Thường xuyên tuyên truyền, phản ánh các tấm gương tập thể, cá nhân điển hình, các gương người tốt việc tốt trong phong trào thi đua “Hữu Lũng cùng cả nước chung sức xây dựng nông thôn mới giai đoạn 2021-2025”; cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và cuộc vận động “Xây dựng gia đình 5 không 3 sạch 3 an toàn” gắn với xây dựng nông thôn mới.',
  ),
  D(
    'Công chức văn hoá thường xuyên cập nhật những nội dung điển hình, những nội dung thiết thực liên quan đến Chương trình xây dựng nông thôn mới trên địa bàn xã, phát thanh và tuyên truyền rộng rãi về những gương điển hình tham gia đóng góp cho Chương trình xây dựng nông thôn mới trên địa bàn xã.',
  ),
  D(
    'Tổ chức các đoàn tham quan, học tập, chia sẻ kinh nghiệm xây dựng nông thôn mới giữa các xã trên địa bàn trong và ngoài tỉnh phù hợp điều kiện thực tiễn, bảo đảm thiết thực, hiệu quả.',
  ),
  H('2', 'Hình thức tuyên truyền'),
  D(
    'Tuyên truyền trên các thông tin đại chúng, trên hệ thống loa truyền thanh của xã, tuyên truyền qua hệ thống băng zôn, khẩu hiệu, panô, áp phích, Zalo, facebook… về Chương trình mục tiêu quốc gia xây dựng nông thôn mới.',
  ),
  D('Tổ chức các hội nghị tuyên truyền trực tiếp tại xã, thôn.'),
  D(
    'Tổ chức tuyên truyền lồng ghép thông qua các hội nghị của tổ chức đảng, chính quyền; các cuộc họp thôn; buổi sinh hoạt của các tổ chức đoàn thể; các buổi tập huấn cho các đối tượng.',
  ),
  D('Xây dựng và nhân rộng các mô hình điển hình tiên tiến về xây dựng nông thôn mới.'),
  D(
    'Phát động thi đua xây dựng nông thôn mới gắn với các phong trào thi đua yêu nước trong cán bộ, đảng viên và các tầng lớp Nhân dân.',
  ),
  D(
    'Tổ chức tham quan học tập kinh nghiệm về xây dựng nông thôn mới. Đối tượng là cán bộ làm công tác xây dựng nông thôn mới các cấp và các cá nhân, hộ gia đình, hợp tác xã và doanh nghiệp có thành tích trong phong trào thi đua xây dựng nông thôn mới.',
  ),
  H('3', 'Thời gian tuyên truyền'),
  P('Trong năm 2023 và những năm tiếp theo.'),
  H('III', 'KINH PHÍ THỰC HIỆN'),
  P('Kinh phí chủ động cân đối của đơn vị, kinh phí lồng ghép, huy động xã hội hóa từ các nguồn hợp pháp khác.'),
  H('IV', 'TỔ CHỨC THỰC HIỆN'),
  H('1', 'Ban quản lý xây dựng nông thôn mới xã'),
  D(
    'Phối hợp với các phòng chuyên môn, các tổ chức chính trị - xã hội xã, các thôn tổ chức thực hiện có hiệu quả các hoạt động tuyên truyền xây dựng nông thôn mới trên địa bàn xã.',
  ),
  D(
    'Phối hợp với Văn phòng Điều phối xây dựng nông thôn mới huyện tổ chức các lớp tập huấn, tuyên truyền về Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn xã đạt hiệu quả.',
  ),
  D(
    'Tham mưu cho Ban Chỉ đạo tổ chức các đoàn công tác đi học tập kinh nghiệm xây dựng nông thôn mới tại các địa phương trong và ngoài tỉnh.',
  ),
  D(
    'Cử cán bộ tham gia các lớp tập huấn, bồi dưỡng kiến thức về xây dựng nông thôn mới; các đoàn công tác tham quan, học tập kinh nghiệm xây dựng nông thôn mới khi Văn phòng Điều phối tỉnh, huyện triệu tập.',
  ),
  H('2', 'Các công chức chuyên môn, các tổ chức chính trị - xã hội xã'),
  D(
    'Căn cứ chức năng, nhiệm vụ chủ động xây dựng kế hoạch tuyên truyền với các hình thức, nội dung cụ thể, thiết thực, phù hợp với điều kiện của từng ban, ngành. Đối với các đồng chí cán bộ, công chức được giao phụ trách thôn và phụ trách tiêu chí xây dựng kế hoạch thực hiện các nội dung tuyên truyền gắn với xây dựng nông thôn mới, tập trung tuyên truyền, phổ biến các nội dung của tiêu chí do mình phụ trách.',
  ),
  D(
    'Công chức văn hoá phụ trách thông tin tuyên truyền tăng thời lượng phát trên loa truyền thanh để tuyên truyền, phổ biến các chủ trương của Đảng, chính sách của Nhà nước về xây dựng nông thôn mới; thường xuyên cập nhật thông tin về xây dựng nông thôn mới và kịp thời đưa tin về những gương điển hình về xây dựng nông thôn mới, gương người tốt, việc tốt tham gia đóng góp cho Chương trình xây dựng nông thôn mới.',
  ),
  D(
    'MTTQ và các tổ chức chính trị xã hội xây dựng kế hoạch tuyên truyền xây dựng nông thôn mới, chú trọng vào phát hiện các mô hình điển hình trong xây dựng nông thôn mới trên địa bàn, xây dựng các mô hình trực quan từ đó nhân rộng gắn với các phong trào thi đua yêu nước; xây dựng các chương trình, hội thi theo hình thức sân khấu hóa để đẩy mạnh tuyên truyền đến các đoàn viên, hội viên trong việc thực hiện Chương trình xây dựng nông thôn mới.',
  ),
  H('3', 'Các Thôn'),
  D('Lựa chọn các nội dung, hình thức, tổ chức tuyên truyền phù hợp với các điều kiện cụ thể trên địa của từng thôn.'),
  D(
    'Chủ động phối hợp với Ban quản lý xây dựng Nông thôn mới của xã và các cơ quan có liên quan tổ chức các hoạt động tuyên truyền về Chương trình MTQG xây dựng nông thôn mới; biểu dương những tập thể, cá nhân đạt thành tích cao, nhiều đóng góp trong xây dựng nông thôn mới.',
  ),
  H('4', 'Báo cáo kết quả thực hiện'),
  P(
    'Định kỳ 6 tháng và hết năm các công chức chuyên môn, đoàn thể chính trị - xã hội, các đơn vị liên quan và các thôn báo cáo kết quả thực hiện công tác tuyên truyền xây dựng nông thôn mới (kết hợp trong báo cáo thực hiện Chương trình xây dựng nông thôn mới) gửi về Ban Chỉ đạo các Chương trình MTQG xã (qua Ban quản lý xây dựng nông thôn mới xã) để tổng hợp.',
  ),
  P(
    'Ban Chỉ đạo các Chương trình MTQG xã đề nghị các công chức chuyên môn, các tổ chức chính trị - xã hội xã, các thôn và các đơn vị có liên quan tổ chức triển khai thực hiện hiệu quả kế hoạch này./.',
  ),
];
