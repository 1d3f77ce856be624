// The protections of the tabs the product writes for the secretary (SECRETARY_TAB_PROTECTION):
// setup makes them follow "Email thư ký".
import { SECRETARY_TAB_PROTECTION } from '../domain/tab-names';
import type { Spreadsheet } from './gas-types';
import { protectSheet } from './sheet-io';

/**
 * A secretary added can write them, one removed no longer can. A description already there is
 * kept: protectSheet reads it as "list already set" and leaves a matching list alone. A tab whose
 * protection was lifted by hand gets the one its writer gives it.
 */
export function refreshSecretaryTabs(ss: Spreadsheet, secretaries: readonly string[]): void {
  for (const [name, description] of Object.entries(SECRETARY_TAB_PROTECTION)) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    const [current] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    protectSheet(sheet, current?.getDescription() || description, secretaries);
  }
}
