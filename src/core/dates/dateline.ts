import type { Span } from '../types';
import { isValidDay } from './calendar';
import { monthNumber } from './patterns';
import { MONTHS, WEEKDAYS } from './words';

/**
 * The wire-service dateline that opens a story: `DETROIT, June 3 (Copydesk Wire) -`,
 * `SPRINGFIELD, Ill., Oct. 16, 2025 —`, `Nur-Sultan, Jan 9 (IANS)`, `WASHINGTON (AP) —`.
 */
export interface RawDateline {
  /** From the place to the separator (or the agency's closing parenthesis). */
  readonly span: Span;
  readonly place: string;
  readonly placeSpan: Span;
  readonly month: number | null;
  readonly day: number | null;
  readonly year: number | null;
  /** The weekday written before the date (`Thursday, Sept. 12`), 0 = Sunday, or null. */
  readonly weekday: number | null;
  readonly agency: string | null;
}

// A place word starts with a capital: `Nur-Sultan`, `DETROIT`, `St.`, `O'Hare`.
const WORD = "[A-Z][\\p{L}'’.\\-]*";
const PARTICLE = '(?:de|del|la|le|el|al|of|upon|am|an|sur|en|da|do|dos|das|di|von|van)';
const PLACE = `${WORD}(?:\\s+(?:${PARTICLE}\\s+)?${WORD}){0,4}`;
// `Ill.`, `N.Y.`, `D.C.`, or a region/country name: `Victoria`, `South Africa`.
const WEEKDAY = '(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day';
const REGION = `(?!${WEEKDAY}\\b)(?:(?:[A-Z][\\p{L}]*\\.\\s?){1,3}|[A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)`;
const MONTH = "(?:[A-Za-z]{3,9})\\.?";
const DATE_MD = `(${MONTH})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?`;
const DATE_DM = `(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?`;
const AGENCY = '\\(([^()\\n]{1,60})\\)';
const SEPARATOR = '[ \\t]*(?:—|–|--|-|:)';

const WITH_DATE = new RegExp(
  `^(${PLACE})((?:,\\s+${REGION}){0,2}),\\s+(?:(${WEEKDAY}),?\\s+)?(?:${DATE_MD}|${DATE_DM})(?:\\s*${AGENCY})?(${SEPARATOR})?(?=\\s|$)`,
  'u',
);
const AGENCY_ONLY = new RegExp(`^(${PLACE})((?:,\\s+${REGION}){0,2})\\s*${AGENCY}(${SEPARATOR})?(?=\\s|$)`, 'u');
// Without date or agency a dateline is only recognisable by an all-capitals place and a dash.
const CAPS_ONLY = new RegExp(`^([A-Z][A-Z'’.\\-]+(?:\\s+[A-Z][A-Z'’.\\-]+){0,3})((?:,\\s+${REGION}){0,2})[ \\t]+(?:—|–|--)(?=\\s)`, 'u');

/** Reads a dateline at `offset` (the start of the story's first prose line), or null. */
export function parseDateline(text: string, offset: number): RawDateline | null {
  const line = text.slice(offset, lineEnd(text, offset));
  // `Friday, January 3, 2014` is a publication-date line, not a place and a date.
  const first = /^[A-Za-z]+/.exec(line)?.[0].toLowerCase() ?? '';
  if (WEEKDAYS.has(first) || MONTHS.has(first)) return null;
  const dated = WITH_DATE.exec(line);
  if (dated) {
    // Groups: 3 weekday; 4-6 month, day, year; 7-9 day, month, year; 10 agency.
    const mdMonth = dated[4] !== undefined ? monthNumber(dated[4]) : null;
    const month = mdMonth ?? (dated[8] !== undefined ? monthNumber(dated[8]) : null);
    const day = Number(dated[5] ?? dated[7]);
    const yearText = dated[6] ?? dated[9];
    const year = yearText ? Number(yearText) : null;
    const weekday = dated[3] !== undefined ? (WEEKDAYS.get(dated[3].toLowerCase()) ?? null) : null;
    if (month !== null && isValidDay(year ?? 2000, month, day)) {
      return build(offset, dated[0], dated[1], dated[10] ?? null, { month, day, year, weekday });
    }
  }
  const agency = AGENCY_ONLY.exec(line);
  if (agency && !spellsInitials(agency[3], agency[1])) return build(offset, agency[0], agency[1], agency[3], null);
  const caps = CAPS_ONLY.exec(line);
  if (caps) return build(offset, caps[0], caps[1], null, null);
  return null;
}

/**
 * `General Motors (GM) announced`: brackets that spell the initials of the name before them define
 * its acronym; a wire agency's (`WASHINGTON (AP)`) never does.
 */
function spellsInitials(bracketed: string, place: string): boolean {
  const initials = place
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
  const letters = bracketed.replace(/[.\s]/g, '');
  return initials.length >= 2 && letters.length >= 2 && initials.startsWith(letters.toUpperCase()) && letters === letters.toUpperCase();
}

function build(
  offset: number,
  whole: string,
  place: string,
  agency: string | null,
  date: { month: number; day: number; year: number | null; weekday: number | null } | null,
): RawDateline {
  const trimmed = whole.replace(/\s+$/, '');
  return {
    span: { start: offset, end: offset + trimmed.length },
    place,
    placeSpan: { start: offset, end: offset + place.length },
    month: date?.month ?? null,
    day: date?.day ?? null,
    year: date?.year ?? null,
    weekday: date?.weekday ?? null,
    agency: agency ? agency.trim() : null,
  };
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}
