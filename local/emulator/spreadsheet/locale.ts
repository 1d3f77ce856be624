// What the spreadsheet locale changes: separators in typed numbers, day/month order in typed
// dates, the format Sheets gives a cell when a date is typed, and default sheet names.

export interface LocaleInfo {
  readonly decimal: string;
  readonly group: string;
  /** Whether typed dates read day first (15/3/2023) rather than month first (3/15/2023). */
  readonly dayFirst: boolean;
  readonly dateFormat: string;
  readonly dateTimeFormat: string;
  readonly timeFormat: string;
  /** Prefix of default sheet names ("Trang tính1"). */
  readonly sheetPrefix: string;
}

const VI: LocaleInfo = {
  decimal: ',',
  group: '.',
  dayFirst: true,
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
  sheetPrefix: 'Trang tính',
};

const EN_US: LocaleInfo = {
  decimal: '.',
  group: ',',
  dayFirst: false,
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  timeFormat: 'h:mm:ss am/pm',
  sheetPrefix: 'Sheet',
};

const EN_GB: LocaleInfo = {
  ...EN_US,
  dayFirst: true,
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
};

export function localeInfo(locale: string): LocaleInfo {
  if (locale.startsWith('vi')) return VI;
  if (locale === 'en_GB' || locale === 'en_AU' || locale === 'en_IN') return EN_GB;
  return EN_US;
}
