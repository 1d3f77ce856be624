// The Cấu hình tab read and written (layout: settings-layout.ts). Everything that names bodies,
// people, numbers and dates lives there, never in code.
//
// Fields are found by their label in column A, not by position, so a row inserted by hand does not
// shift every value. Blank rows inside the units and recipients tables are skipped.
//
// settingsToRows writes dates and day-months as text ("10/03/2023", "17/06"): the adapter writes
// every string as text (src/gas/cell-text.ts), and parseSettings reads both that text and the Date
// that Sheets makes when a user types a new date into the cell.
import { cellText } from './cell-value';
import { civilInZone, daysInMonth, isDateValue, isValidCivil } from './civil-date';
import { isEmail, normalizeEmail, splitEmails } from './email';
import { defaultDeadlines } from './periods';
import { readLimitSettings } from './row-limits';
import {
  defaultParentBody,
  defaultSettings,
  FIELD_HEADERS,
  type FieldKey,
  PERIOD_RULE_LABELS,
  parsePeriodRule,
  parseRecipientRole,
  parseUnitKind,
  RECIPIENT_HEADERS,
  RECIPIENT_ROLES,
  SETTINGS_FIELDS,
  SETTINGS_HINT,
  SETTINGS_LAYOUT,
  SETTINGS_TITLE,
  UNIT_HEADERS,
  UNIT_KINDS,
} from './settings-layout';
import { isReservedTabName, MAX_UNIT_TAB_NAME_LENGTH, PRODUCT_TAB_NAMES, TAB } from './tab-names';
import type { CivilDate, DayMonth, Finding, Recipient, Settings, UnitSetting } from './types';
import { columnLetter } from './unit-tab';
import { foldVi, formatDate, formatDayMonth, nameKey } from './vn-format';

export * from './settings-layout';

/** Short column names for findings, e.g. "I (Email người nhập)". */
const UNIT_SHORT = ['Mã', 'Tên đơn vị', 'Loại', 'Tên tab', 'Email người nhập', 'Người liên hệ', 'Email liên hệ'];
const RECIPIENT_SHORT = ['Nơi nhận', 'Email', 'Vai trò'];

function fieldValue(s: Settings, key: FieldKey): string | number {
  switch (key) {
    case 'planDate':
      return s.planDate ? formatDate(s.planDate) : '';
    case 'superiorEmails':
    case 'secretaryEmails':
      return s[key].join(', ');
    case 'periodRule':
      return PERIOD_RULE_LABELS[s.periodRule];
    case 'deadlineHalf':
    case 'deadlineYear':
      return formatDayMonth(s[key]);
    case 'note':
      return s.note ?? '';
    default:
      return s[key] ?? '';
  }
}

/** The whole tab from A1 as one rectangular block (A:O) for a single setValues. */
export function settingsToRows(settings: Settings): { values: (string | number)[][] } {
  const L = SETTINGS_LAYOUT;
  const height = L.headerRow + Math.max(SETTINGS_FIELDS.length, settings.units.length, settings.recipients.length);
  const values: (string | number)[][] = [];
  for (let r = 0; r < height; r++) values.push(new Array<string | number>(L.width).fill(''));
  const put = (row: number, col: number, cells: readonly (string | number)[]) => {
    cells.forEach((v, i) => {
      values[row - 1][col - 1 + i] = v;
    });
  };
  put(L.titleRow, L.labelCol, [SETTINGS_TITLE]);
  put(L.hintRow, L.labelCol, [SETTINGS_HINT]);
  put(L.headerRow, L.labelCol, FIELD_HEADERS);
  put(L.headerRow, L.unitsCol, UNIT_HEADERS);
  put(L.headerRow, L.recipientsCol, RECIPIENT_HEADERS);
  SETTINGS_FIELDS.forEach((f, i) => {
    put(L.firstRow + i, L.labelCol, [f.label, fieldValue(settings, f.key), f.hint]);
  });
  settings.units.forEach((u, i) => {
    put(L.firstRow + i, L.unitsCol, [
      u.code,
      u.name,
      u.kind,
      u.tabName,
      u.editors.join(', '),
      u.contactName,
      u.contactEmail,
    ]);
  });
  settings.recipients.forEach((rc, i) => {
    put(L.firstRow + i, L.recipientsCol, [rc.name, rc.email, rc.role]);
  });
  return { values };
}

// ---------------------------------------------------------------------------------------------
// Reading back

export interface SettingsRead {
  /** null when any problem is an error: no workflow should run on settings it cannot trust. */
  readonly settings: Settings | null;
  readonly problems: Finding[];
}

type Row = readonly unknown[];

const DATE_TEXT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const DAY_MONTH_TEXT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{4})?$/;

function readCivil(value: unknown, timeZone: string): CivilDate | null | 'bad' {
  if (isDateValue(value)) return civilInZone(value, timeZone);
  const text = cellText(value, timeZone);
  if (text === '') return null;
  const m = DATE_TEXT.exec(text);
  if (!m || typeof value === 'number') return 'bad';
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(y, mo, d) ? { y, m: mo, d } : 'bad';
}

function readDayMonth(value: unknown, timeZone: string): DayMonth | null | 'bad' {
  if (isDateValue(value)) {
    const c = civilInZone(value, timeZone);
    return { d: c.d, m: c.m };
  }
  const text = cellText(value, timeZone);
  if (text === '') return null;
  const m = DAY_MONTH_TEXT.exec(text);
  if (!m || typeof value === 'number') return 'bad';
  const [d, mo] = [Number(m[1]), Number(m[2])];
  // Judged against a leap year: 29/02 is a valid recurring deadline (deadlineOf moves it to 28/02).
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(2024, mo) ? { d, m: mo } : 'bad';
}

function readInteger(value: unknown, timeZone: string): number | null | 'bad' {
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'bad';
  const text = cellText(value, timeZone);
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : 'bad';
}

/** Drops the "- " and the trailing ";" or "." a recipient copied from a Nơi nhận list carries: the Doc adds its own. */
function recipientName(text: string): string {
  return text
    .replace(/^[-–•+]\s*/, '')
    .replace(/[;.]\s*$/, '')
    .trim();
}

/**
 * Reads the tab (values from A1, as getValues gives them; Dates are read in `timeZone`) and checks
 * everything at once. Every problem names its row and column and says what to do.
 */
export function parseSettings(values: readonly Row[], timeZone: string): SettingsRead {
  const L = SETTINGS_LAYOUT;
  const problems: Finding[] = [];
  const problem = (
    row: number | null,
    column: string | null,
    message: string,
    severity: Finding['severity'] = 'error',
  ) => {
    problems.push({ tab: TAB.settings, row, column, severity, message });
  };
  const cell = (row: number, col: number): unknown => values[row - 1]?.[col - 1] ?? '';
  const valueColumn = `${columnLetter(L.valueCol)} (${FIELD_HEADERS[1]})`;
  if (values.every((row) => row.every((v) => cellText(v, timeZone) === ''))) {
    problem(
      null,
      null,
      'Tab Cấu hình đang trống. Chạy Báo cáo NTM → Thiết lập bảng tính để tạo lại, rồi điền các mục.',
    );
    return { settings: null, problems };
  }

  const rowOf = fieldRows(values, timeZone);
  const base = defaultSettings(0);
  const raw = (key: FieldKey): unknown => {
    const r = rowOf.get(key);
    return r === undefined ? '' : cell(r, L.valueCol);
  };
  const text = (key: FieldKey) => cellText(raw(key), timeZone);
  const at = (key: FieldKey) => rowOf.get(key) ?? null;
  for (const f of SETTINGS_FIELDS) {
    if (rowOf.has(f.key)) continue;
    const required = f.key === 'communeName' || f.key === 'year';
    problem(
      null,
      `${columnLetter(L.labelCol)} (${FIELD_HEADERS[0]})`,
      `Thiếu dòng "${f.label}" ở cột Mục${required ? '' : ', đang dùng giá trị mặc định'}. Chạy lại Thiết lập bảng tính để thêm lại dòng này.`,
      required ? 'error' : 'warning',
    );
  }

  let communeName = text('communeName');
  if (/^xã\s/i.test(communeName)) {
    const typed = communeName;
    communeName = communeName.replace(/^xã\s+/i, '');
    problem(
      at('communeName'),
      valueColumn,
      `Tên xã ghi không kèm chữ "xã": đã đọc "${typed}" là "${communeName}".`,
      'fixed',
    );
  }
  if (communeName === '' && rowOf.has('communeName')) {
    problem(at('communeName'), valueColumn, 'Chưa nhập tên xã. Nhập tên xã, không ghi chữ "xã" (ví dụ: Minh Tiến).');
  }

  let year = 0;
  const yearRead = readInteger(raw('year'), timeZone);
  if (yearRead === null || yearRead === 'bad' || yearRead < 2000 || yearRead > 2100) {
    if (rowOf.has('year')) {
      problem(
        at('year'),
        valueColumn,
        yearRead === null
          ? 'Chưa nhập năm báo cáo. Nhập năm bằng bốn chữ số (ví dụ: 2023).'
          : `Năm báo cáo "${text('year')}" không hợp lệ. Nhập năm bằng bốn chữ số, từ 2000 đến 2100 (ví dụ: 2023).`,
      );
    }
  } else {
    year = yearRead;
  }

  let planDate: CivilDate | null = null;
  const dateRead = readCivil(raw('planDate'), timeZone);
  if (dateRead === 'bad') {
    problem(
      at('planDate'),
      valueColumn,
      `Ngày ban hành kế hoạch "${text('planDate')}" không phải ngày có thật. Nhập theo dạng ngày/tháng/năm (ví dụ: 10/03/2023).`,
    );
  } else {
    planDate = dateRead;
  }

  const superior = splitEmails(text('superiorEmails'));
  if (superior.invalid.length > 0) {
    problem(
      at('superiorEmails'),
      valueColumn,
      `Email cơ quan cấp trên không hợp lệ: ${quoteList(superior.invalid)}. Sửa lại (ví dụ: vpdp@example.com); nhiều địa chỉ thì cách nhau bởi dấu phẩy.`,
    );
  }

  const secretaries = splitEmails(text('secretaryEmails'));
  if (secretaries.invalid.length > 0) {
    problem(
      at('secretaryEmails'),
      valueColumn,
      `Email thư ký không hợp lệ: ${quoteList(secretaries.invalid)}. Sửa lại (ví dụ: thuky.bqlntm@gmail.com); nhiều địa chỉ thì cách nhau bởi dấu phẩy.`,
    );
  }

  let periodRule = base.periodRule;
  const ruleText = text('periodRule');
  const ruleRead = parsePeriodRule(ruleText);
  if (ruleRead) periodRule = ruleRead;
  else if (ruleText === '') {
    if (rowOf.has('periodRule')) {
      problem(
        at('periodRule'),
        valueColumn,
        `Chưa chọn cách tính kỳ báo cáo: dùng "${PERIOD_RULE_LABELS.nd09}".`,
        'fixed',
      );
    }
  } else {
    problem(
      at('periodRule'),
      valueColumn,
      `Không hiểu cách tính kỳ báo cáo "${ruleText}". Chọn "${PERIOD_RULE_LABELS.nd09}" hoặc "${PERIOD_RULE_LABELS.calendar}".`,
    );
  }

  const deadlines = defaultDeadlines(periodRule);
  const readDeadline = (key: 'deadlineHalf' | 'deadlineYear', fallback: DayMonth, what: string): DayMonth => {
    const read = readDayMonth(raw(key), timeZone);
    if (read === 'bad') {
      problem(
        at(key),
        valueColumn,
        `Hạn nộp báo cáo ${what} "${text(key)}" không hợp lệ. Nhập ngày/tháng (ví dụ: ${formatDayMonth(fallback)}).`,
      );
      return fallback;
    }
    if (read === null) {
      if (rowOf.has(key)) {
        problem(at(key), valueColumn, `Chưa nhập hạn nộp báo cáo ${what}: dùng ${formatDayMonth(fallback)}.`, 'fixed');
      }
      return fallback;
    }
    return read;
  };
  const deadlineHalf = readDeadline('deadlineHalf', deadlines.half, '6 tháng');
  const deadlineYear = readDeadline('deadlineYear', deadlines.year, 'năm');

  let reminderDaysBefore = base.reminderDaysBefore;
  const reminderRead = readInteger(raw('reminderDaysBefore'), timeZone);
  if (reminderRead === 'bad' || (typeof reminderRead === 'number' && (reminderRead < 0 || reminderRead > 60))) {
    problem(
      at('reminderDaysBefore'),
      valueColumn,
      `Số ngày nhắc trước hạn "${text('reminderDaysBefore')}" không hợp lệ. Nhập một số nguyên từ 0 đến 60 (ví dụ: 3).`,
    );
  } else if (reminderRead === null) {
    if (rowOf.has('reminderDaysBefore')) {
      problem(
        at('reminderDaysBefore'),
        valueColumn,
        `Chưa nhập số ngày nhắc trước hạn: dùng ${base.reminderDaysBefore}.`,
        'fixed',
      );
    }
  } else {
    reminderDaysBefore = reminderRead;
  }

  const limits = readLimitSettings(
    (key) => ({ value: raw(key), row: at(key) }),
    timeZone,
    (row, message, severity) => problem(row, valueColumn, message, severity),
  );

  // A blank text field keeps its default only when the row is missing; a row left blank on purpose
  // means blank (e.g. no signer authority, no second signer line).
  const textOr = (key: FieldKey, fallback: string) => (rowOf.has(key) ? text(key) : fallback);

  const units = parseUnits(values, timeZone, problem);
  const recipients = parseRecipients(values, timeZone, problem);

  const settings: Settings = {
    communeName,
    parentBody: textOr('parentBody', '') || (communeName ? defaultParentBody(communeName) : ''),
    issuingBody: textOr('issuingBody', base.issuingBody),
    issuingAbbrev: textOr('issuingAbbrev', base.issuingAbbrev),
    placeName: textOr('placeName', '') || communeName,
    planNumber: text('planNumber'),
    planSymbol: textOr('planSymbol', base.planSymbol),
    planDate,
    planTitle: text('planTitle'),
    planBasis: text('planBasis'),
    year,
    signerAuthority: text('signerAuthority'),
    signerPosition: textOr('signerPosition', base.signerPosition),
    signerSecondLine: textOr('signerSecondLine', base.signerSecondLine),
    signerName: text('signerName'),
    superiorName: text('superiorName'),
    superiorEmails: superior.emails,
    secretaryEmails: secretaries.emails,
    reportSymbol: textOr('reportSymbol', base.reportSymbol),
    reportNextNumber: text('reportNextNumber'),
    periodRule,
    deadlineHalf,
    deadlineYear,
    reminderDaysBefore,
    ...limits,
    note: text('note'),
    units,
    recipients,
  };
  return { settings: problems.some((p) => p.severity === 'error') ? null : settings, problems };
}

/** The row of each field present in the tab, found by its label in column A (the first one wins). */
function fieldRows(values: readonly Row[], timeZone: string): Map<FieldKey, number> {
  const L = SETTINGS_LAYOUT;
  const rowOf = new Map<FieldKey, number>();
  for (let r = L.firstRow; r <= values.length; r++) {
    const label = foldVi(cellText(values[r - 1]?.[L.labelCol - 1] ?? '', timeZone));
    const spec = SETTINGS_FIELDS.find((f) => foldVi(f.label) === label);
    if (spec && !rowOf.has(spec.key)) rowOf.set(spec.key, r);
  }
  return rowOf;
}

/**
 * The valid addresses of "Email thư ký", read on their own: who may run the secretary's actions
 * must be known even when another field of Cấu hình has an error, so that a secretary who is not
 * the owner is told the errors rather than refused. [] when the row is missing or blank.
 */
export function readSecretaryEmails(values: readonly Row[], timeZone: string): string[] {
  const row = fieldRows(values, timeZone).get('secretaryEmails');
  if (row === undefined) return [];
  return splitEmails(cellText(values[row - 1]?.[SETTINGS_LAYOUT.valueCol - 1] ?? '', timeZone)).emails;
}

/**
 * The rows of the fields that Cấu hình lacks (a Sheet set up before a field existed, or a row
 * deleted by hand), with their default values, to write below the last used row of the fields
 * table (A:C): null when none is missing. The required fields are not offered: without them the
 * settings are refused anyway.
 */
export function missingFieldRows(
  values: readonly Row[],
  timeZone: string,
): { readonly row: number; readonly cells: (string | number)[][]; readonly labels: string[] } | null {
  const L = SETTINGS_LAYOUT;
  const present = fieldRows(values, timeZone);
  const missing = SETTINGS_FIELDS.filter((f) => !present.has(f.key) && f.key !== 'communeName' && f.key !== 'year');
  if (missing.length === 0) return null;
  let last: number = L.headerRow;
  for (let r = L.firstRow; r <= values.length; r++) {
    const row = values[r - 1] ?? [];
    const used = [L.labelCol, L.valueCol, L.hintCol].some((c) => cellText(row[c - 1] ?? '', timeZone) !== '');
    if (used) last = r;
  }
  const defaults = defaultSettings(0);
  return {
    row: last + 1,
    cells: missing.map((f) => [f.label, fieldValue(defaults, f.key), f.hint]),
    labels: missing.map((f) => f.label),
  };
}

type Report = (row: number | null, column: string | null, message: string, severity?: Finding['severity']) => void;

function headerProblem(
  values: readonly Row[],
  firstCol: number,
  headers: readonly string[],
  tableName: string,
  timeZone: string,
  problem: Report,
): boolean {
  const L = SETTINGS_LAYOUT;
  const row = values[L.headerRow - 1] ?? [];
  const found = headers.map((_, i) => cellText(row[firstCol - 1 + i], timeZone));
  if (found.every((h, i) => nameKey(h) === nameKey(headers[i]))) return false;
  const range = `${columnLetter(firstCol)}${L.headerRow}:${columnLetter(firstCol + headers.length - 1)}${L.headerRow}`;
  problem(
    L.headerRow,
    range,
    `Tiêu đề bảng ${tableName} ở ${range} đã bị đổi hoặc bị dời cột (phải là: ${headers.join(' | ')}). Trả lại tiêu đề và vị trí các cột, hoặc chạy lại Thiết lập bảng tính.`,
  );
  return true;
}

function parseUnits(values: readonly Row[], timeZone: string, problem: Report): UnitSetting[] {
  const L = SETTINGS_LAYOUT;
  if (headerProblem(values, L.unitsCol, UNIT_HEADERS, 'Đơn vị', timeZone, problem)) return [];
  const col = (i: number) => `${columnLetter(L.unitsCol + i)} (${UNIT_SHORT[i]})`;
  const units: UnitSetting[] = [];
  const codeRow = new Map<string, number>();
  const tabRow = new Map<string, number>();
  for (let r = L.firstRow; r <= values.length; r++) {
    const cells = UNIT_HEADERS.map((_, i) => cellText(values[r - 1]?.[L.unitsCol - 1 + i], timeZone));
    if (cells.every((c) => c === '')) continue;
    const [code, name, kindText, tabName, editorsText, contactName, contactText] = cells;

    if (code === '')
      problem(r, col(0), 'Chưa nhập mã đơn vị. Nhập một mã ngắn, không trùng với đơn vị khác (ví dụ: HND).');
    else if (codeRow.has(nameKey(code))) {
      problem(r, col(0), `Mã đơn vị "${code}" trùng với dòng ${codeRow.get(nameKey(code))}. Đặt một mã khác.`);
    } else codeRow.set(nameKey(code), r);

    if (name === '') problem(r, col(1), 'Chưa nhập tên đơn vị (ví dụ: Hội Nông dân xã).');

    const kind = parseUnitKind(kindText);
    if (!kind) {
      problem(
        r,
        col(2),
        `${kindText === '' ? 'Chưa chọn loại đơn vị' : `Không có loại đơn vị "${kindText}"`}. Chọn một trong: ${UNIT_KINDS.join('; ')}.`,
      );
    }

    if (tabName === '') problem(r, col(3), 'Chưa nhập tên tab của đơn vị (ví dụ: Hội Nông dân).');
    else if (tabName.length > MAX_UNIT_TAB_NAME_LENGTH) {
      problem(
        r,
        col(3),
        `Tên tab dài ${tabName.length} ký tự; tên tab của đơn vị tối đa ${MAX_UNIT_TAB_NAME_LENGTH} ký tự để khi ` +
          'tải bảng tính về dạng Excel (.xlsx) tên tab vẫn giữ nguyên. Đặt tên ngắn hơn (ví dụ: "CC Địa chính - NN - MT").',
      );
    } else if (isReservedTabName(tabName)) {
      problem(
        r,
        col(3),
        `Tên tab "${tabName}" trùng với tab của chương trình (${PRODUCT_TAB_NAMES.join(', ')}) hoặc tên tab tạm của chương trình. Đặt tên khác.`,
      );
    } else if (tabRow.has(nameKey(tabName))) {
      problem(
        r,
        col(3),
        `Tên tab "${tabName}" trùng với đơn vị ở dòng ${tabRow.get(nameKey(tabName))} (không phân biệt chữ hoa, chữ thường). Đặt tên khác.`,
      );
    } else tabRow.set(nameKey(tabName), r);

    const editors = splitEmails(editorsText);
    if (editors.invalid.length > 0) {
      problem(
        r,
        col(4),
        `Email người nhập không hợp lệ: ${quoteList(editors.invalid)}. Sửa lại (ví dụ: ten@gmail.com); nhiều địa chỉ thì cách nhau bởi dấu phẩy.`,
      );
    } else if (editors.emails.length === 0) {
      problem(
        r,
        col(4),
        'Chưa có email người nhập: chỉ chủ bảng tính sửa được tab của đơn vị này. Nhập email của người được giao nhập số liệu.',
        'warning',
      );
    }

    const contactEmail = normalizeEmail(contactText);
    if (contactEmail !== '' && !isEmail(contactEmail)) {
      problem(
        r,
        col(6),
        `Email liên hệ "${contactText}" không hợp lệ. Nhập một địa chỉ (ví dụ: ten@gmail.com) hoặc để trống.`,
      );
    }

    if (kind) {
      units.push({ code, name, kind, tabName, editors: editors.emails, contactName, contactEmail });
    }
  }
  return units;
}

function parseRecipients(values: readonly Row[], timeZone: string, problem: Report): Recipient[] {
  const L = SETTINGS_LAYOUT;
  if (headerProblem(values, L.recipientsCol, RECIPIENT_HEADERS, 'Nơi nhận', timeZone, problem)) return [];
  const col = (i: number) => `${columnLetter(L.recipientsCol + i)} (${RECIPIENT_SHORT[i]})`;
  const recipients: Recipient[] = [];
  for (let r = L.firstRow; r <= values.length; r++) {
    const cells = RECIPIENT_HEADERS.map((_, i) => cellText(values[r - 1]?.[L.recipientsCol - 1 + i], timeZone));
    if (cells.every((c) => c === '')) continue;
    const [nameText, emailText, roleText] = cells;
    const name = recipientName(nameText);
    if (name === '') problem(r, col(0), 'Chưa nhập tên nơi nhận (ví dụ: Văn phòng Điều phối NTM huyện).');
    const email = normalizeEmail(emailText);
    if (email !== '' && !isEmail(email)) {
      problem(
        r,
        col(1),
        `Email "${emailText}" không hợp lệ. Nhập một địa chỉ (ví dụ: ten@gmail.com), hoặc để trống nếu nơi nhận này không nhận thư.`,
      );
    }
    let role = parseRecipientRole(roleText);
    if (roleText === '') {
      role = 'Để biết';
      problem(r, col(2), 'Chưa chọn vai trò: coi là "Để biết".', 'fixed');
    } else if (!role) {
      problem(r, col(2), `Không có vai trò "${roleText}". Chọn một trong: ${RECIPIENT_ROLES.join('; ')}.`);
    }
    if (role) recipients.push({ name, email, role });
  }
  return recipients;
}

function quoteList(items: readonly string[]): string {
  return items.map((s) => `"${s}"`).join(', ');
}
