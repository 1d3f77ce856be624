// The "Báo cáo NTM" menu: each item names a top-level function exported by src/main.ts. The labels
// are typed here only: the messages and titles that name an action take them from MENU.

interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

const MENU_TITLE = 'Báo cáo NTM';

/** The menu's items by what they do. */
export const MENU = {
  setup: { label: 'Thiết lập bảng tính', functionName: 'menuSetup' },
  invite: { label: 'Gửi thư mời nhập liệu', functionName: 'menuInvite' },
  checkData: { label: 'Kiểm tra dữ liệu', functionName: 'menuCheckData' },
  checkSetup: { label: 'Kiểm tra cài đặt', functionName: 'menuCheckSetup' },
  consolidate: { label: 'Tổng hợp báo cáo', functionName: 'menuConsolidate' },
  createReport: { label: 'Tạo báo cáo (Google Doc)', functionName: 'menuCreateReport' },
  statusSidebar: { label: 'Tình hình nộp báo cáo', functionName: 'menuStatusSidebar' },
  createPlan: { label: 'Tạo kế hoạch (Google Doc)', functionName: 'menuCreatePlan' },
  sendPlan: { label: 'Gửi kế hoạch qua Gmail', functionName: 'menuSendPlan' },
  remind: { label: 'Nhắc nộp báo cáo', functionName: 'menuRemind' },
  autoReminders: { label: 'Bật/tắt nhắc tự động', functionName: 'menuToggleAutoReminders' },
} as const satisfies Record<string, MenuItem>;

/** The order of the menu; null stands for a separator. */
export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  MENU.setup,
  MENU.invite,
  MENU.checkData,
  MENU.checkSetup,
  null,
  MENU.consolidate,
  MENU.createReport,
  MENU.statusSidebar,
  null,
  MENU.createPlan,
  MENU.sendPlan,
  MENU.remind,
  MENU.autoReminders,
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
