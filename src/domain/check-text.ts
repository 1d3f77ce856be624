// Kiểm tra dữ liệu: what the alert says after a check (how many errors, warnings and cells read
// again, the first problems, and where the full list is). src/gas/check.ts does the reading.

import { describeFinding } from './findings';
import { MENU } from './menu-items';
import { TAB } from './tab-names';
import type { Finding } from './types';

export interface CheckResult {
  /** The units checked: one when a unit checks its own tab. */
  readonly units: readonly string[];
  readonly findings: readonly Finding[];
  /** Danh mục was checked too (the secretary's check of every tab). */
  readonly catalogueChecked: boolean;
  /** True when the full list was written to the Kiểm tra tab. */
  readonly wroteTab: boolean;
}

/** How many findings an alert box can show before it becomes unreadable. */
const ALERT_LINES = 25;

export function describeCheck(result: CheckResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  const fixed = result.findings.filter((f) => f.severity === 'fixed');
  const scope =
    (result.units.length === 1 && !result.catalogueChecked
      ? `tab của ${result.units[0]}`
      : `${result.units.length} đơn vị`) + (result.catalogueChecked ? ` và tab ${TAB.catalogue}` : '');
  if (result.findings.length === 0) return `Đã kiểm tra ${scope}: không thấy vấn đề nào. Dữ liệu không bị thay đổi.`;
  const ordered = [...errors, ...warnings, ...fixed];
  const shown = ordered.slice(0, ALERT_LINES).map(describeFinding);
  const more = ordered.length - shown.length;
  return [
    `Đã kiểm tra ${scope}: ${errors.length} lỗi (dòng không được tính), ${warnings.length} cảnh báo, ${fixed.length} ô đã tự đọc lại. Dữ liệu không bị thay đổi.`,
    ...shown,
    more > 0
      ? result.wroteTab
        ? `… và ${more} vấn đề khác: xem đầy đủ ở tab "${TAB.check}".`
        : `… và ${more} vấn đề khác: sửa các dòng trên rồi chạy ${MENU.checkData.label} lại.`
      : result.wroteTab
        ? `Danh sách đầy đủ ở tab "${TAB.check}".`
        : '',
  ]
    .filter(Boolean)
    .join('\n');
}
