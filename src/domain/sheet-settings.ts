// The spreadsheet settings the product needs. Units type "1.200.000" and "15/3/2023": only the
// Vietnamese locale reads them as a number and a date (en_US would read 3/4/2023 as 4 March), and
// the periods are cut in Vietnam time. Thiết lập bảng tính sets them; Kiểm tra cài đặt checks them.

const SHEET_LOCALE = 'vi_VN';
const SHEET_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A setting to change, from what it is to what it must be; null when it is right already. */
export type SettingChange = { readonly from: string; readonly to: string } | null;

/** What must change in the Sheet's locale and time zone, as read from the Sheet. */
export function sheetSettingsChanges(
  locale: string,
  timeZone: string,
): { readonly locale: SettingChange; readonly timeZone: SettingChange } {
  return {
    locale: locale !== SHEET_LOCALE ? { from: locale, to: SHEET_LOCALE } : null,
    timeZone: timeZone !== SHEET_TIME_ZONE ? { from: timeZone, to: SHEET_TIME_ZONE } : null,
  };
}
