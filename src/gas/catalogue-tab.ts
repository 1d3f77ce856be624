// The Danh mục tab: the lists the units' dropdowns offer. Its values are the secretary's; setup
// creates it with the defaults and keeps its protection, every action that reads units' rows reads it.

import {
  CATALOGUE_A1,
  CATALOGUE_KEYS,
  type CatalogueRead,
  catalogueToRows,
  DEFAULT_CATALOGUE,
  parseCatalogue,
} from '../domain/catalogue';
import { MENU, menuPath } from '../domain/menu-items';
import { TAB } from '../domain/tab-names';
import type { Finding } from '../domain/types';
import { UserError } from './errors';
import type { Sheet, Spreadsheet } from './gas-types';
import { ensureSize, protectSheet, readAll, writeBlock } from './sheet-io';
import { HEADER_BACKGROUND } from './style';

const CATALOGUE_PROTECTION = 'Danh mục: chỉ thư ký BQL NTM xã được sửa (các đơn vị chọn từ danh sách thả xuống)';

/** The Danh mục lists, and what is wrong in the tab (for the secretary's Kiểm tra). */
export function readCatalogue(ss: Spreadsheet): CatalogueRead {
  const sheet = ss.getSheetByName(TAB.catalogue);
  if (!sheet) throw new UserError(`Chưa có tab "${TAB.catalogue}". Hãy chạy ${menuPath(MENU.setup)}.`);
  return parseCatalogue(readAll(sheet));
}

export function createCatalogueTab(ss: Spreadsheet, secretaries: readonly string[]): Sheet {
  const sheet = ss.insertSheet(TAB.catalogue, Math.min(1, ss.getNumSheets()));
  const rows = catalogueToRows(DEFAULT_CATALOGUE);
  ensureSize(sheet, rows.length, CATALOGUE_KEYS.length);
  writeBlock(sheet, 1, 1, rows, CATALOGUE_KEYS.length);
  sheet.getRange(1, 1, 1, CATALOGUE_KEYS.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, CATALOGUE_KEYS.length, 300);
  sheet.getRange(CATALOGUE_A1).setWrap(true);
  protectSheet(sheet, CATALOGUE_PROTECTION, secretaries);
  return sheet;
}

/**
 * An existing Danh mục on a re-run: its protection is put back (in case it was lifted by hand), and
 * what is wrong in its lists is returned for setup's warnings.
 */
export function refreshCatalogueTab(sheet: Sheet, secretaries: readonly string[]): Finding[] {
  protectSheet(sheet, CATALOGUE_PROTECTION, secretaries);
  return parseCatalogue(readAll(sheet)).findings;
}
