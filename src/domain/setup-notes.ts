// What Thiết lập bảng tính tells the secretary: the notes beyond "done" (a run left unfinished, the
// spreadsheet settings it changed, the narratives it archived, the fields it added to Cấu hình, and
// who cannot edit the Sheet yet; one Vietnamese line each), and the whole alert after a run.

import { describeFinding } from './findings';
import { MENU, menuPath } from './menu-items';
import type { SettingChange } from './sheet-settings';
import { TAB } from './tab-names';
import type { Finding } from './types';

/** How far a run got with the unit tabs. */
interface UnitTabProgress {
  /** Tabs this run made, refreshed or retired, of all it had to (units in Cấu hình and tabs to retire). */
  readonly done: number;
  readonly total: number;
  /** Units whose tab now exists laid out (made by this run or an earlier one), of the units in Cấu hình. */
  readonly ready: number;
  readonly units: number;
}

/** What a setup run did, as far as its notes speak of it. */
export interface SetupOutcome {
  readonly unitTabs: UnitTabProgress;
  /** False when the run stopped at its time budget: running setup again finishes the rest. */
  readonly complete: boolean;
  /** The spreadsheet settings this run changed (null: already right). */
  readonly changed: { readonly locale: SettingChange; readonly timeZone: SettingChange };
  /** Units' editors who cannot edit the Sheet yet: the protection alone does not share it. */
  readonly notShared: readonly string[];
  /** The same for the addresses of "Email thư ký". */
  readonly secretariesNotShared: readonly string[];
  /** Unit tabs whose protection could not take some of the unit's addresses (Google refused them). */
  readonly notAddedToTabs: readonly { readonly tab: string; readonly emails: readonly string[] }[];
  /** Labels of the fields this run added to Cấu hình (missing rows, e.g. from an older version). */
  readonly fieldsAdded: readonly string[];
  /**
   * Narratives of another year than Cấu hình's moved to Lưu trữ tự đánh giá (`units` tabs, labelled
   * for `years`), and the unit tabs whose rows 6–7 now carry `year`'s labels (`relabelled`).
   */
  readonly narrativesMoved: {
    readonly units: number;
    readonly years: readonly number[];
    readonly relabelled: number;
    readonly year: number;
  };
}

/** A first run makes Cấu hình, Danh mục and Hướng dẫn only: no unit tab yet, nothing else to say. */
export function firstRunOutcome(year: number): SetupOutcome {
  return {
    unitTabs: { done: 0, total: 0, ready: 0, units: 0 },
    complete: true,
    changed: { locale: null, timeZone: null },
    notShared: [],
    secretariesNotShared: [],
    notAddedToTabs: [],
    fieldsAdded: [],
    narrativesMoved: { units: 0, years: [], relabelled: 0, year },
  };
}

export function setupNotes(r: SetupOutcome): string[] {
  const notes: string[] = [];
  const tabs = r.unitTabs;
  if (!r.complete && tabs.ready < tabs.units) {
    notes.push(
      `Đã thiết lập xong ${tabs.ready}/${tabs.units} tab đơn vị; hãy chạy lại ${MENU.setup.label} để hoàn tất (dữ liệu đã nhập được giữ nguyên).`,
    );
  } else if (!r.complete) {
    // Every unit has its tab; the run ran out of time refreshing them (or retiring old ones).
    notes.push(
      `Đã có đủ ${tabs.units} tab đơn vị và đã cập nhật ${tabs.done}/${tabs.total} tab; hãy chạy lại ${MENU.setup.label} để cập nhật nốt (dữ liệu đã nhập được giữ nguyên).`,
    );
  }
  const { locale, timeZone } = r.changed;
  const changed = [
    locale ? `ngôn ngữ và vùng từ "${locale.from}" sang "${locale.to}" (Việt Nam)` : '',
    timeZone ? `múi giờ từ "${timeZone.from}" sang "${timeZone.to}" (giờ Việt Nam)` : '',
  ].filter(Boolean);
  if (changed.length > 0) {
    notes.push(
      `Đã đổi cài đặt của bảng tính (Tệp → Cài đặt): ${changed.join(', ')}, để số và ngày các đơn vị gõ (như 1.200.000 và 15/3/2023) được hiểu đúng và các kỳ báo cáo được tính theo giờ Việt Nam.`,
    );
  }
  const moved = r.narrativesMoved;
  if (moved.units > 0) {
    const years = moved.years.join(', ');
    notes.push(
      `Đã chuyển tự đánh giá năm ${years} của ${moved.units} đơn vị sang tab "${TAB.narrativeArchive}" (Tổng hợp các kỳ năm ${years} vẫn đọc được ở đó); dòng 6–7 của ${moved.relabelled} tab đơn vị nay là kỳ báo cáo năm ${moved.year}, để trống cho các đơn vị ghi tự đánh giá năm mới.`,
    );
  } else if (moved.relabelled > 0) {
    notes.push(
      `Đã đổi kỳ báo cáo ở dòng 6–7 của ${moved.relabelled} tab đơn vị sang năm ${moved.year} (các dòng này chưa có nội dung tự đánh giá).`,
    );
  }
  if (r.fieldsAdded.length > 0) {
    notes.push(
      `Đã thêm vào tab ${TAB.settings} các dòng còn thiếu: ${r.fieldsAdded.map((l) => `"${l}"`).join(', ')}. Hãy xem và điền nếu cần.`,
    );
  }
  if (r.secretariesNotShared.length > 0) {
    notes.push(
      `Các email thư ký sau chưa có quyền chỉnh sửa bảng tính nên chưa làm được việc của thư ký: ${r.secretariesNotShared.join(', ')}. Hãy chia sẻ bảng tính với các email này (Chia sẻ → Người chỉnh sửa).`,
    );
  }
  for (const t of r.notAddedToTabs) {
    notes.push(
      `Google không nhận các email sau nên chưa thêm được vào danh sách người được sửa tab "${t.tab}": ${t.emails.join(', ')}. Tab này vẫn chỉ chủ bảng tính và thư ký sửa được (cùng các email khác của đơn vị đã thêm được). Hãy kiểm tra lại các email đó trong tab ${TAB.settings} (phải là địa chỉ có tài khoản Google) rồi chạy lại ${MENU.setup.label}.`,
    );
  }
  if (r.notShared.length > 0) {
    notes.push(
      `Các email người nhập sau chưa có quyền chỉnh sửa bảng tính nên chưa nhập được vào tab của đơn vị mình: ${r.notShared.join(', ')}. Hãy chia sẻ bảng tính với các email này (Chia sẻ → Người chỉnh sửa); mỗi đơn vị vẫn chỉ sửa được tab của mình.`,
    );
  }
  return notes;
}

/** What a setup run did, as the alert after it speaks of it. */
export interface SetupReport {
  /** Cấu hình did not exist and was created from the template: nothing else was done. */
  readonly firstRun: boolean;
  /** False when the run stopped at its time budget. */
  readonly complete: boolean;
  /** Lines already written for the secretary (locale, sharing, fields added, narratives moved). */
  readonly notes: readonly string[];
  readonly created: readonly string[];
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  readonly refreshed: readonly string[];
  readonly retired: readonly string[];
  /** Problems in Cấu hình (not errors) and in Danh mục. */
  readonly warnings: readonly Finding[];
}

const SETUP_FIRST_RUN_MESSAGE = `Đã tạo tab "Cấu hình" và "Danh mục".\nHãy điền tên xã, người ký, cơ quan cấp trên, danh sách đơn vị (kèm email người nhập) và nơi nhận trong tab Cấu hình, rồi chạy lại ${menuPath(MENU.setup)} để tạo tab cho từng đơn vị.`;

/** The alert after Thiết lập bảng tính. */
export function describeSetup(result: SetupReport): string {
  if (result.firstRun) return SETUP_FIRST_RUN_MESSAGE;
  const lines = [
    result.complete ? 'Đã thiết lập xong bảng tính. Dữ liệu các đơn vị đã nhập được giữ nguyên.' : '',
    ...result.notes,
    result.created.length ? `Tab mới: ${result.created.join(', ')}.` : '',
    result.renamed.length ? `Đổi tên tab: ${result.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}.` : '',
    result.refreshed.length
      ? `Cập nhật định dạng, danh sách chọn và quyền sửa: ${result.refreshed.length} tab đơn vị.`
      : '',
    result.retired.length
      ? `Tab của đơn vị không còn trong Cấu hình (giữ nguyên dữ liệu, không tổng hợp): ${result.retired.join(', ')}.`
      : '',
    result.warnings.length ? `Lưu ý (Cấu hình, Danh mục):\n${result.warnings.map(describeFinding).join('\n')}` : '',
  ];
  return lines.filter(Boolean).join('\n');
}
