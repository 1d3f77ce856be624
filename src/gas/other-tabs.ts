// The tabs that are neither the product's nor a unit's (a unit's copy of its tab, a tab made by
// hand), named for Tổng hợp's Kiểm tra and Kiểm tra dữ liệu. Only those tabs are read (one
// getValues each): a Sheet holding just the product's and the units' tabs costs no read here.
import { type OtherTab, otherTabFinding } from '../domain/other-tabs';
import { isReservedTabName } from '../domain/tab-names';
import type { Finding } from '../domain/types';
import { readAll } from './sheet-io';
import type { Tab, UnitSheet } from './unit-sheet';

/** `tabs` and `found` as listTabs and findUnitSheets read them earlier in the run. */
export function otherTabFindings(tabs: readonly Tab[], found: readonly UnitSheet[]): Finding[] {
  const claimed = new Set(found.flatMap((f) => (f.sheet ? [f.name] : [])));
  const units = found.map((f) => ({ unit: f.unit, tabName: f.sheet ? f.name : null }));
  const findings: Finding[] = [];
  for (const { sheet, name } of tabs) {
    if (claimed.has(name) || isReservedTabName(name)) continue;
    const tab: OtherTab = { name, values: readAll(sheet) };
    const finding = otherTabFinding(tab, units);
    if (finding) findings.push(finding);
  }
  return findings;
}
