// The "Báo cáo NTM" menu: each item names a top-level function exported by src/main.ts.

export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

export const MENU_TITLE = 'Báo cáo NTM';

/** null stands for a separator. */
export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  { label: 'Thiết lập bảng tính', functionName: 'menuSetup' },
  { label: 'Gửi thư mời nhập liệu', functionName: 'menuInvite' },
  { label: 'Kiểm tra dữ liệu', functionName: 'menuCheckData' },
  { label: 'Kiểm tra cài đặt', functionName: 'menuCheckSetup' },
  null,
  { label: 'Tổng hợp báo cáo', functionName: 'menuConsolidate' },
  { label: 'Tạo báo cáo (Google Doc)', functionName: 'menuCreateReport' },
  { label: 'Tình hình nộp báo cáo', functionName: 'menuStatusSidebar' },
  null,
  { label: 'Tạo kế hoạch (Google Doc)', functionName: 'menuCreatePlan' },
  { label: 'Gửi kế hoạch qua Gmail', functionName: 'menuSendPlan' },
  { label: 'Nhắc nộp báo cáo', functionName: 'menuRemind' },
  { label: 'Bật/tắt nhắc tự động', functionName: 'menuToggleAutoReminders' },
];

/** Builds the menu. Kept free of any other work: onOpen is a simple trigger with 30 s and limited authorisation. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.label, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}
