/**
 * The shapes of date expressions the scanner recognises, before resolution. Each carries what the
 * words say; resolve.ts turns it into a value against the reference date, tense and narrative.
 */

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** `last`/`next`/`this` before a weekday, month, season or period. */
export type Relation = 'last' | 'next' | 'this';

export type Form =
  /** A day by its date: `Jan. 9`, `9 January 2022`, `Monday, Oct. 13`, `2022-01-09`. */
  | {
      readonly type: 'date';
      readonly month: number;
      readonly day: number;
      readonly year?: number;
      readonly weekday?: number;
      readonly iso?: boolean;
      /** The year was written with two digits (`'09`, `7/4/19`): its century comes from the reference. */
      readonly shortYear?: boolean;
      /**
       * A numeric date (`04/03/2025`): `mdy`/`dmy` when a number above 12 proves the order, `either`
       * when both readings are valid (month and day are then read month first until the article
       * or its dateline says otherwise).
       */
      readonly numeric?: 'mdy' | 'dmy' | 'either';
    }
  /** `the 20th` (`on the 20th`): a day of a month the text leaves to the reader. */
  | { readonly type: 'monthDay'; readonly day: number }
  /** `overnight`: the night before the reference day, or the coming one in a future clause. */
  | { readonly type: 'overnight' }
  /** `5–6 September 2019`. */
  | { readonly type: 'dayRange'; readonly month: number; readonly from: number; readonly to: number; readonly year?: number }
  /** `September 2013`, `September of 1976`. */
  | { readonly type: 'monthYear'; readonly month: number; readonly year: number }
  /** `in December`, `late September`, `last January`. */
  | { readonly type: 'month'; readonly month: number; readonly rel?: Relation }
  /** `1987`. */
  | { readonly type: 'year'; readonly year: number; readonly shortYear?: boolean }
  /** `the 1990s` (first year, length 10), `the 20th century` (length 100). */
  | { readonly type: 'span'; readonly first: number; readonly length: number }
  /** `Saturday`, `early Tuesday`, `Tuesday afternoon`, `last Friday`. */
  | { readonly type: 'weekday'; readonly weekday: number; readonly rel?: Relation }
  /** `today`, `yesterday`, `tomorrow`, `tonight`, `last night`: days from the reference. */
  | { readonly type: 'dayWord'; readonly offset: number }
  /** `last week`, `this month`, `earlier this year`, `this weekend`; `over the weekend` (bare: the tense decides). */
  | { readonly type: 'period'; readonly unit: 'week' | 'weekend' | 'month' | 'year'; readonly offset: number; readonly bare?: boolean }
  /** `two years ago`, `a few months ago` (n null). */
  | { readonly type: 'ago'; readonly n: number | null; readonly unit: Unit }
  /** `a day later`, `the next day`, `two days earlier`: from the previous dated event. */
  | { readonly type: 'narrative'; readonly n: number | null; readonly unit: Unit; readonly direction: 1 | -1 }
  /** `two days after the vote`: an offset from an event the words name but do not date. */
  | { readonly type: 'offset'; readonly unit: Unit }
  /** `the next few days`, `the past 60 days`, `recent weeks`: a window ending or starting now. */
  | { readonly type: 'window'; readonly n: number | null; readonly unit: Unit; readonly direction: 1 | -1 }
  /** `last spring`, `the summer of 2012`. */
  | { readonly type: 'season'; readonly season: string; readonly rel?: Relation; readonly year?: number }
  /** `Thanksgiving`, `Christmas 2020`. */
  | { readonly type: 'holiday'; readonly name: string; readonly year?: number }
  /** `the end of the year`, `year-end`, `the beginning of next month`. */
  | { readonly type: 'boundary'; readonly edge: 'start' | 'end'; readonly unit: 'week' | 'month' | 'year'; readonly offset: number; readonly year?: number; readonly month?: number }
  /** `three years`, `two more weeks`, `several days`: a length of time, not a date. */
  | { readonly type: 'duration' };

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly form: Form;
}
