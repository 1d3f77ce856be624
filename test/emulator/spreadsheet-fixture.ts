// A Workspace with one spreadsheet open, seen through SpreadsheetApp as the bundle sees it.
import { Workspace } from '../../local/emulator';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export function openSpreadsheet(locale = 'vi_VN') {
  const ws = new Workspace();
  const file = ws.spreadsheets.create('Báo cáo NTM', { locale });
  const app = ws.globals().SpreadsheetApp as App;
  const ss = app.getActiveSpreadsheet();
  return { ws, file, app, ss, sheet: ss.getActiveSheet() };
}
