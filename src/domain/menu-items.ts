// The "Báo cáo NTM" menu as users read it: its title, its items and their order. Every label is
// typed here only: the messages that send someone to an action (menuPath), the alerts titled with
// it and the lock that names it take it from MENU, so renaming an item renames it everywhere.
// src/ui/menu.ts builds the menu itself from these.

export interface MenuItem {
  readonly label: string;
  /** The top-level function of src/main.ts the item calls. */
  readonly functionName: string;
}

export const MENU_TITLE = 'Báo cáo NTM';

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

/** Where a user finds the item: "Báo cáo NTM → Thiết lập bảng tính". */
export function menuPath(item: MenuItem): string {
  return `${MENU_TITLE} → ${item.label}`;
}
