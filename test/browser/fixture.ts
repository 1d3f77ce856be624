// A small commune for the dialog tests, played through the real bundle (dist/ must be built): four
// units whose states are known by hand for 6 tháng đầu năm 2023 (15/12/2022 – 14/06/2023), seen on
// 20/06/2023 09:00 (Asia/Ho_Chi_Minh), three days after the units' deadline of 17/06/2023.
//
//   Hội Nông dân xã        2 rows in the period, 1 after it            → đã nộp, 2 counted, 0 not
//   <img ... alert(1)>     1 row in the period, 1 with 31/4/2023        → có lỗi, 1 counted, 1 not
//   Thôn Đồng Tâm          nothing                                      → chưa nộp (Nhắc)
//   Đoàn Thanh niên xã     its tab was deleted after setup              → có lỗi, tab missing (Nhắc)
import { newScenario, pasteActivities, type Scenario, shareWithUnits, writeSettings } from '../../local/tools/scenario';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings, UnitSetting } from '../../src/domain/types';

export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const XSS_LAST_CHANGE = '<script>alert(2)</script>';
export const XSS_TAB = 'Thôn <b>Mới</b> & "Cũ"';

function unit(code: string, name: string, kind: UnitSetting['kind'], tabName: string, mailbox: string): UnitSetting {
  const email = `${mailbox}@example.com`;
  return { code, name, kind, tabName, editors: [email], contactName: 'Người liên hệ', contactEmail: email };
}

export const FARMERS = unit('HND', 'Hội Nông dân xã', 'Tổ chức chính trị - xã hội', 'Hội Nông dân', 'hnd');
export const HOSTILE = unit('T-MOI', XSS_NAME, 'Thôn', XSS_TAB, 'thonmoi');
export const VILLAGE = unit('T-DT', 'Thôn Đồng Tâm', 'Thôn', 'Thôn Đồng Tâm', 'dongtam');
export const YOUTH = unit('DTN', 'Đoàn Thanh niên xã', 'Tổ chức chính trị - xã hội', 'Đoàn Thanh niên', 'dtn');

export const SETTINGS: Settings = { ...SAMPLE_SETTINGS, units: [FARMERS, HOSTILE, VILLAGE, YOUTH] };

/** Midnight of a day in Vietnam (UTC+7), as a date cell holds it. */
function vnDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 7 * 3600 * 1000);
}

function activity(date: unknown, description: string): unknown[] {
  const row: unknown[] = new Array(13).fill('');
  row[0] = date;
  row[1] = DEFAULT_CATALOGUE.forms[4];
  row[2] = DEFAULT_CATALOGUE.topics[0];
  row[4] = description;
  row[5] = 1;
  row[6] = 'hội nghị';
  row[7] = 60;
  return row;
}

export function dialogScenario(): Scenario {
  const s = newScenario({ now: new Date('2023-06-20T09:00:00+07:00') });
  s.app.call('menuSetup');
  writeSettings(s, SETTINGS);
  s.app.call('menuSetup');
  shareWithUnits(s, SETTINGS);
  pasteActivities(s, FARMERS, [
    activity(vnDate(2023, 3, 10), 'Hội nghị phổ biến tiêu chí NTM'),
    activity(vnDate(2023, 5, 5), 'Hội nghị chuyên đề OCOP'),
    activity(vnDate(2023, 6, 20), 'Hội nghị sau ngày chốt số liệu'),
  ]);
  // Pasted from another file, which drops the date validation that would refuse 31/4.
  pasteActivities(s, HOSTILE, [activity(vnDate(2023, 4, 2), 'Họp thôn'), activity('31/4/2023', 'Ngày không có thật')], {
    fromOtherFile: true,
  });
  s.ss.sheet(FARMERS.tabName).getRange(3, 2).setValue("'12/06/2023 10:15");
  s.ss.sheet(HOSTILE.tabName).getRange(3, 2).setValue(XSS_LAST_CHANGE);
  s.ss.deleteSheet(s.ss.sheet(YOUTH.tabName));
  s.ws.ui.shown.length = 0;
  return s;
}

/** The HTML of the last dialog or sidebar the bundle opened, after calling `menuFunction`. */
export function openedBy(s: Scenario, menuFunction: string): { title: string; html: string; kind: string } {
  const before = s.ws.ui.dialogs.length;
  s.app.call(menuFunction);
  const opened = s.ws.ui.dialogs.slice(before);
  if (opened.length !== 1) {
    const alerts = s.ws.ui.shown.map((q) => q.message).join('\n');
    throw new Error(`${menuFunction} opened ${opened.length} dialogs; alerts: ${alerts}`);
  }
  return opened[0];
}
