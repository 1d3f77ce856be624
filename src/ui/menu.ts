// Builds the "Báo cáo NTM" menu; its title, items and order are src/domain/menu-items.ts's.
import { MENU_ITEMS, MENU_TITLE } from '../domain/menu-items';

/** Builds the menu. Kept free of any other work: onOpen is a simple trigger with 30 s and limited authorisation. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.label, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}
