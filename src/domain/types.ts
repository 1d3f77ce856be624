// Shared shapes of the domain. Pure data: no Apps Script globals, no Date objects whose meaning
// depends on a time zone (calendar days are CivilDate).

/** A calendar day, independent of any time zone. Months are 1-12. */
export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** A day and month without a year (a deadline that recurs every year). */
export interface DayMonth {
  readonly d: number;
  readonly m: number;
}

export type UnitKind = 'BQL' | 'Công chức' | 'Tổ chức chính trị - xã hội' | 'Thôn';

export interface UnitSetting {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly tabName: string;
  /** E-mails of the people allowed to edit this unit's tab (lower-cased). */
  readonly editors: readonly string[];
  readonly contactName: string;
  readonly contactEmail: string;
}

export type RecipientRole = 'Kính gửi' | 'Để biết' | 'Lưu';

export interface Recipient {
  readonly name: string;
  readonly email: string;
  readonly role: RecipientRole;
}

/** Nghị định 09/2019/NĐ-CP cut-offs (15/12 of the previous year ...) or the calendar. */
export type PeriodRule = 'nd09' | 'calendar';
export type PeriodKind = 'half' | 'year';

export interface Settings {
  /** Commune name without the word "xã", e.g. "Minh Tiến". */
  readonly communeName: string;
  /** e.g. "UBND XÃ MINH TIẾN" */
  readonly parentBody: string;
  /** e.g. "BAN CHỈ ĐẠO CÁC CTMTQG" */
  readonly issuingBody: string;
  /** Abbreviation of the issuing body used in document symbols, e.g. "BCĐ". */
  readonly issuingAbbrev: string;
  /** Place in the date line, e.g. "Minh Tiến". */
  readonly placeName: string;
  readonly planNumber: string;
  /** e.g. "KH-BCĐ" */
  readonly planSymbol: string;
  readonly planDate: CivilDate | null;
  readonly planTitle: string;
  /** The superior plan this one is based on (Căn cứ ...). */
  readonly planBasis: string;
  readonly year: number;
  /** "" or e.g. "TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN". */
  readonly signerAuthority: string;
  /** e.g. "TRƯỞNG BAN" */
  readonly signerPosition: string;
  /** e.g. "CHỦ TỊCH UBND XÃ" when the body uses the commune's seal; "" otherwise. */
  readonly signerSecondLine: string;
  readonly signerName: string;
  readonly superiorName: string;
  readonly superiorEmails: readonly string[];
  /**
   * Who besides the owner does the secretary's work (setup, Tổng hợp, Docs, mail): the Sheet may
   * belong to another account (the chairman, a former secretary) or to a shared drive.
   */
  readonly secretaryEmails: readonly string[];
  /** e.g. "BC-BCĐ" */
  readonly reportSymbol: string;
  /** Next report number to use; "" leaves the number blank for the clerk to fill. */
  readonly reportNextNumber: string;
  readonly periodRule: PeriodRule;
  readonly deadlineHalf: DayMonth;
  readonly deadlineYear: DayMonth;
  readonly reminderDaysBefore: number;
  /** The report Doc's Phụ lục carries a chart (Cấu hình "Biểu đồ trong báo cáo"; default yes). */
  readonly reportChart: boolean;
  /**
   * Plausibility limits on one activity row (row-limits.ts): a row above one is not counted and is
   * listed in Kiểm tra. parseSettings always sets them; optional so that settings built in code
   * need not (rowLimitsOf gives the defaults).
   */
  readonly limitParticipants?: number;
  readonly limitQuantity?: number;
  readonly limitMoneyUnit?: number;
  readonly limitMoneyIntegrated?: number;
  readonly limitMoneySocial?: number;
  /**
   * Free note shown in Cấu hình, e.g. the sample-data mark (sample.ts SAMPLE_MARK). parseSettings
   * always sets it ("" when blank); optional so that settings built in code need not.
   */
  readonly note?: string;
  readonly units: readonly UnitSetting[];
  readonly recipients: readonly Recipient[];
}

export interface Catalogue {
  readonly forms: readonly string[];
  readonly topics: readonly string[];
  readonly funding: readonly string[];
  readonly criteria: readonly string[];
  readonly measures: readonly string[];
}

export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  readonly rule: PeriodRule;
  /** Inclusive bounds. */
  readonly start: CivilDate;
  readonly end: CivilDate;
  /** e.g. "6 tháng đầu năm 2023", "Cả năm 2023"; also the row label in a unit's narrative table. */
  readonly label: string;
}

/** A problem found in what a user typed. Never fatal to a run. */
export interface Finding {
  readonly tab: string;
  /** 1-based row of the sheet, or null when the problem is about the whole tab. */
  readonly row: number | null;
  /** Column letter and header, e.g. "A (Ngày)", or null. */
  readonly column: string | null;
  /** error: the row is not counted; warning: counted, but look at it; fixed: read after a safe fix-up. */
  readonly severity: 'error' | 'warning' | 'fixed';
  readonly message: string;
}

/** One counted communication activity. */
export interface Activity {
  readonly unitCode: string;
  readonly tab: string;
  readonly row: number;
  readonly date: CivilDate;
  readonly form: string;
  readonly topic: string;
  readonly criterion: string;
  readonly description: string;
  readonly quantity: number;
  readonly measure: string;
  readonly participants: number;
  readonly moneyUnit: number;
  readonly moneyIntegrated: number;
  readonly moneySocial: number;
  readonly model: string;
  readonly note: string;
}

export interface Narrative {
  readonly unitCode: string;
  readonly unitName: string;
  readonly results: string;
  readonly shortcomings: string;
  readonly causes: string;
  readonly proposals: string;
}

export interface Money {
  readonly unit: number;
  readonly integrated: number;
  readonly social: number;
  readonly total: number;
}

export interface FormTotal {
  readonly form: string;
  readonly measure: string;
  readonly quantity: number;
  readonly activities: number;
  readonly participants: number;
}

export interface GroupTotal {
  /** The topic or criterion ("" grouped as "(không ghi)"). */
  readonly key: string;
  readonly activities: number;
  readonly participants: number;
  readonly money: Money;
}

export interface UnitTotal {
  readonly unitCode: string;
  readonly unitName: string;
  readonly tabName: string;
  /** Rows counted in the period. */
  readonly activities: number;
  /** Rows that could not be counted (errors), outside-the-period rows excluded. */
  readonly rejected: number;
  /** Rows with a readable date outside the period. */
  readonly outsidePeriod: number;
  readonly participants: number;
  readonly money: Money;
  /** ok: read; missing: no such tab; badHeader: the header row was changed. */
  readonly tabStatus: 'ok' | 'missing' | 'badHeader';
  /**
   * Reported = a narrative for the period, or a counted activity; for the whole year, an activity
   * dated after the half-year's end (the year contains the half-year a unit may have reported alone).
   */
  readonly reported: boolean;
  /** As written in the unit tab's header block, or "". */
  readonly lastChange: string;
}

export interface ModelEntry {
  readonly unitName: string;
  readonly text: string;
  readonly date: CivilDate;
}

/** The rows of one period counted on their own: the same period one year earlier, for comparison. */
export interface PeriodFigures {
  readonly period: Period;
  readonly activities: number;
  readonly participants: number;
  readonly money: Money;
  /** Rows dated in that period that could not be counted (their findings are in Kiểm tra). */
  readonly rejected: number;
}

/** Counted activities of one calendar month of the period. */
export interface MonthTotal {
  readonly y: number;
  readonly m: number;
  readonly activities: number;
  readonly participants: number;
}

export interface Consolidation {
  readonly period: Period;
  readonly units: readonly UnitTotal[];
  readonly byForm: readonly FormTotal[];
  readonly byTopic: readonly GroupTotal[];
  readonly byCriterion: readonly GroupTotal[];
  readonly money: Money;
  readonly participants: number;
  readonly activities: number;
  readonly models: readonly ModelEntry[];
  readonly narratives: readonly Narrative[];
  readonly notReported: readonly string[];
  readonly findings: readonly Finding[];
  /** Every month the period touches, in order, zeros included. */
  readonly byMonth: readonly MonthTotal[];
  /**
   * The same period one year earlier (same rule), from the rows the tabs still hold; null when no
   * row is dated in it. Only counted rows are ever compared (see comparison.ts).
   */
  readonly previous: PeriodFigures | null;
}
