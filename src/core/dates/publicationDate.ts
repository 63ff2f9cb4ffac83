import type { Span } from '../types';
import { formatIsoDay, isValidDay, parseIsoDay } from './calendar';
import { monthNumber } from './patterns';

/**
 * A line near the top that holds nothing but a full date, as Wikinews and many sites print the
 * publication date under the headline: `Monday, May 18, 2015`, `18 May 2015`, `2015-05-18`.
 *
 * Decision: it dates the article (a reference source ranked with the dateline) but it is not a
 * dateline: it names no place, and its date stays an ordinary date mention in the prose, where
 * `dates.weekday-mismatch` can still check it. Only a line that is exactly a date, with a year,
 * within the first few lines counts, so a sentence that starts with a date never does.
 */
export interface PublicationDate {
  readonly span: Span;
  readonly date: string;
}

const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const MONTH_FIRST = new RegExp(`^${WEEKDAY}([A-Z][a-z]{2,8}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`);
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Z][a-z]{2,8}\\.?),?\\s+(\\d{4})$`);
const ISO = /^(\d{4}-\d{2}-\d{2})$/;

/** How many non-blank lines from the top of the body may hold the date line. */
const MAX_LINES = 4;

export function findPublicationDate(text: string, from: number): PublicationDate | null {
  let seen = 0;
  let offset = from;
  while (offset < text.length && seen < MAX_LINES) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(offset, end);
    const trimmed = raw.trim();
    if (trimmed !== '') {
      seen++;
      const date = parseLine(trimmed);
      if (date) {
        const start = offset + raw.indexOf(trimmed);
        return { span: { start, end: start + trimmed.length }, date };
      }
    }
    offset = end + 1;
  }
  return null;
}

function parseLine(line: string): string | null {
  const iso = ISO.exec(line);
  if (iso) return parseIsoDay(iso[1]) ? iso[1] : null;
  const mf = MONTH_FIRST.exec(line);
  if (mf) return day(monthNumber(mf[1]), Number(mf[2]), Number(mf[3]));
  const df = DAY_FIRST.exec(line);
  if (df) return day(monthNumber(df[2]), Number(df[1]), Number(df[3]));
  return null;
}

function day(month: number | null, d: number, year: number): string | null {
  return month !== null && isValidDay(year, month, d) ? formatIsoDay(year, month, d) : null;
}
