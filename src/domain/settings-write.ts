// The Cấu hình tab written: the whole tab from the settings, or the rows of the fields it lacks.
import { cellText } from './cell-value';
import {
  defaultSettings,
  FIELD_HEADERS,
  type FieldKey,
  PERIOD_RULE_LABELS,
  RECIPIENT_HEADERS,
  SETTINGS_FIELDS,
  SETTINGS_HINT,
  SETTINGS_LAYOUT,
  SETTINGS_TITLE,
  UNIT_HEADERS,
} from './settings-layout';
import { fieldRows, type Row } from './settings-sheet';
import type { Settings } from './types';
import { formatDate, formatDayMonth } from './vn-format';

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
    case 'reportChart':
      return s.reportChart ? 'Có' : 'Không';
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
