/**
 * Small proleptic-Gregorian calendar helpers over ISO day strings (`YYYY-MM-DD`). Pure arithmetic
 * on UTC days, so results never depend on the machine's time zone.
 */

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; null when malformed or not a real calendar day (`2025-02-30`). */
export function parseIsoDay(iso: string): Ymd | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(ymd.year, ymd.month, ymd.day) ? ymd : null;
}

/**
 * A real calendar day that `YYYY-MM-DD` can write: years 0000–9999 only, so that a day that passes
 * this check always formats to a valid ISO day (`Dec. 31, 9999` plus one day does not).
 */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 0 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function formatIsoDay(year: number, month: number, day: number): string {
  return `${formatIsoYear(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatIsoMonth(year: number, month: number): string {
  return `${formatIsoYear(year)}-${pad(month, 2)}`;
}

/**
 * `0987`, `2022`. Arithmetic near the ends of the calendar can leave 0000–9999 (`a day later` after
 * `Dec. 31, 9999`): such years are written `10000`, `-0001`, which mustParse still reads (so the
 * arithmetic never throws) and which parseIsoDay and published values reject.
 */
export function formatIsoYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** Day number since 1970-01-01 (UTC), for differences and arithmetic. */
export function toDayNumber(iso: string): number {
  const d = mustParse(iso);
  return Math.round(utcMs(d.year, d.month - 1, d.day) / 86_400_000);
}

/** Date.UTC without its legacy quirk: it reads years 0–99 as 1900–1999 (`Jan. 1, 0001` is not 1901). */
function utcMs(year: number, month0: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month0, day);
  return date.getTime();
}

export function fromDayNumber(n: number): string {
  const date = new Date(n * 86_400_000);
  return formatIsoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday, like Date.getUTCDay. */
export function weekdayOf(iso: string): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const d = mustParse(iso);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDay(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** The n-th (1-based) given weekday of a month: Thanksgiving is nthWeekday(y, 11, 4, 4). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = weekdayOf(formatIsoDay(year, month, 1));
  const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  return formatIsoDay(year, month, day);
}

/** The last given weekday of a month: Memorial Day is lastWeekday(y, 5, 1). */
export function lastWeekday(year: number, month: number, weekday: number): string {
  const lastDay = daysInMonth(year, month);
  const last = weekdayOf(formatIsoDay(year, month, lastDay));
  return formatIsoDay(year, month, lastDay - ((last - weekday + 7) % 7));
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDay(year, month, day);
}

/** The Monday starting the ISO week that contains `iso`. */
export function startOfWeek(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** The current UTC day: the only non-deterministic input, used when nothing else dates the text. */
export function todayUtc(): string {
  const now = new Date();
  return formatIsoDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

// What formatIsoDay writes, out-of-range years (see formatIsoYear) included.
const ANY_YEAR_DAY = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

function mustParse(iso: string): Ymd {
  const m = ANY_YEAR_DAY.exec(iso);
  if (!m) throw new RangeError(`not an ISO day: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
