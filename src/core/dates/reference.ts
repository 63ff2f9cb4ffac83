import type { AnalyzeOptions, Dateline, ReferenceDate, Span } from '../types';
import { daysBetween, formatIsoDay, isValidDay, parseIsoDay, todayUtc, weekdayOf } from './calendar';
import { parseDateline, type RawDateline } from './dateline';
import { findFrontMatter } from './frontMatter';
import { findPublicationDate } from './publicationDate';

export interface ArticleReference {
  readonly referenceDate: ReferenceDate;
  readonly dateline: Dateline | null;
  /** The Markdown front matter block (`---` … `---`), when present: not prose, never analysed. */
  readonly frontMatter: Span | null;
  /**
   * True when the dateline's date has no year and nothing in the article or the options gives one:
   * the year came from options.datelineYear (the file's modification year) or from today.
   */
  readonly yearAssumed: boolean;
  /** The assumed year is the one the dateline's weekday fits (`Thursday, Sept. 12`), not the file's. */
  readonly yearFromWeekday: boolean;
}

/** How many lines (headline, blank lines) may precede the dateline. */
const MAX_LINES_BEFORE_DATELINE = 3;

/**
 * Reads the front matter and the dateline and decides the reference date:
 * options.referenceDate, else front matter `date:`, else the dateline (or a standalone
 * publication-date line, see publicationDate.ts), else options.today, else the current UTC day.
 *
 * A dateline without a year takes the year that puts it nearest an explicit reference (option,
 * front matter, publication line), since a story dated 2024-06-03 with the dateline `June 3` is
 * from 2024 whatever year it is now; failing that, options.datelineYear (the file's modification
 * year); failing that, the year of options.today or of the current UTC day.
 */
export function findReference(text: string, options: AnalyzeOptions): ArticleReference {
  const fm = findFrontMatter(text);
  const bodyStart = fm ? fm.span.end : 0;
  const raw = findDatelineLine(text, bodyStart);
  const publication = findPublicationDate(text, bodyStart);
  const option = options.referenceDate !== undefined ? checkedDay(options.referenceDate, 'referenceDate') : null;
  const today = options.today !== undefined ? checkedDay(options.today, 'today') : todayUtc();
  const explicit = option ?? fm?.date ?? publication?.date ?? null;

  const dateline = raw ? toDateline(raw, options.datelineYear, explicit, today) : null;
  let referenceDate: ReferenceDate;
  if (option) referenceDate = { value: option, source: 'option' };
  else if (fm?.date) referenceDate = { value: fm.date, source: 'front-matter' };
  else if (dateline?.date && raw?.year !== null) referenceDate = { value: dateline.date, source: 'dateline' };
  else if (publication) referenceDate = { value: publication.date, source: 'dateline' };
  else if (dateline?.date) referenceDate = { value: dateline.date, source: 'dateline' };
  else referenceDate = { value: today, source: 'fallback' };
  const yearAssumed = !!dateline?.date && raw?.year === null && explicit === null;
  const yearFromWeekday = yearAssumed && raw !== null && weekdayYear(raw, datelineAnchor(options.datelineYear, today)) !== null;
  return { referenceDate, dateline, frontMatter: fm ? fm.span : null, yearAssumed, yearFromWeekday };
}

/**
 * The dateline opens the first paragraph of prose. Before it may come blank lines, Markdown
 * headings (`# Headline`), a plain headline or a publication-date line: lines that do not end a
 * sentence. The search stops at the first line that reads as prose.
 */
function findDatelineLine(text: string, from: number): RawDateline | null {
  let offset = from;
  let lines = 0;
  while (offset < text.length && lines < MAX_LINES_BEFORE_DATELINE + 1) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(offset, end).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      const found = parseDateline(text, offset + (line.length - line.trimStart().length));
      if (found) return found;
      if (/[.!?]["'”’)]?$/.test(trimmed)) return null; // prose began without a dateline
    }
    if (trimmed !== '') lines++;
    offset = end + 1;
  }
  return null;
}

function toDateline(raw: RawDateline, datelineYear: number | undefined, explicit: string | null, today: string): Dateline {
  let date: string | null = null;
  if (raw.month !== null && raw.day !== null) {
    // A date the article or the caller states outright beats the file's modification year.
    const year =
      raw.year ??
      (explicit ? nearestYear(raw.month, raw.day, explicit) : (weekdayYear(raw, datelineAnchor(datelineYear, today)) ?? datelineYear ?? Number(today.slice(0, 4))));
    date = isValidDay(year, raw.month, raw.day) ? formatIsoDay(year, raw.month, raw.day) : null;
  }
  return { start: raw.span.start, end: raw.span.end, place: raw.place, date, agency: raw.agency, placeSpan: raw.placeSpan };
}

/**
 * The day a dateline without a year is read near: today, or the end of the file's modification
 * year when that is earlier (the story was written before the file was last saved).
 */
function datelineAnchor(datelineYear: number | undefined, today: string): string {
  const endOfFileYear = datelineYear !== undefined ? `${datelineYear}-12-31` : today;
  return endOfFileYear < today ? endOfFileYear : today;
}

/**
 * `Thursday, Sept. 12` without a year: the year nearest `anchor` in which that day is that weekday
 * (2024, when read in 2026), looking back one weekday cycle (28 years) and ahead one year. Null
 * when the dateline names no weekday or no such year is near.
 */
function weekdayYear(raw: RawDateline, anchor: string): number | null {
  if (raw.weekday === null || raw.month === null || raw.day === null) return null;
  const y = Number(anchor.slice(0, 4));
  let best: number | null = null;
  for (let year = y + 1; year >= Math.max(1, y - 28); year--) {
    if (!isValidDay(year, raw.month, raw.day)) continue;
    const day = formatIsoDay(year, raw.month, raw.day);
    if (weekdayOf(day) !== raw.weekday) continue;
    if (best === null || Math.abs(daysBetween(anchor, day)) < Math.abs(daysBetween(anchor, formatIsoDay(best, raw.month, raw.day)))) best = year;
  }
  return best;
}

function nearestYear(month: number, day: number, near: string): number {
  const y = Number(near.slice(0, 4));
  const options = [y - 1, y, y + 1].filter((year) => isValidDay(year, month, day));
  options.sort((a, b) => Math.abs(daysBetween(near, formatIsoDay(a, month, day))) - Math.abs(daysBetween(near, formatIsoDay(b, month, day))));
  return options[0] ?? y;
}

function checkedDay(value: string, name: string): string {
  if (!parseIsoDay(value)) throw new RangeError(`options.${name} must be an ISO day (YYYY-MM-DD): ${value}`);
  return value;
}
