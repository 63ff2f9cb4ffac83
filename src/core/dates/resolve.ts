import type { DateKind, DateMention, ReferenceDate, Span } from '../types';
import { sentenceAt } from '../text/sentences';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  formatIsoDay,
  formatIsoMonth,
  formatIsoYear,
  isValidDay,
  parseIsoDay,
  startOfWeek,
  weekdayOf,
} from './calendar';
import type { Candidate, Form, Relation } from './forms';
import { holidayDate } from './holidays';
import { clauseDirection, type Direction, type Tense } from './tense';
import { HOLIDAYS, SEASONS } from './words';

/**
 * Turns scanned candidates into DateMentions: explicit dates as written, deictic forms against the
 * reference date and the clause's tense, narrative forms (`a day later`) against the most recent
 * explicitly dated expression before them.
 */

interface Resolution {
  readonly kind: DateKind;
  readonly value: string | null;
  readonly anchor: string | null;
  readonly rule: string;
  readonly confidence: number;
  /** Whether a later `a day later` may count from this one: a dated event, not a plan or a span. */
  readonly anchorable: boolean;
}

interface Anchor {
  readonly value: string;
  readonly text: string;
}

interface Context {
  readonly text: string;
  readonly reference: ReferenceDate;
  readonly ref: string;
  readonly refYear: number;
  readonly refMonth: number;
  readonly refLabel: string;
  tense(span: Span): Tense;
  direction(span: Span): Direction;
  readonly previous: Anchor | null;
  /** A year that opens the date's sentence (`In 2019, … on March 3`), with its text. */
  readonly clauseYear: Anchor | null;
}

/** Weekdays and similar forms are confidently placed within a week of the reference. */
const CONFIDENT = 0.6;

/**
 * `datelineOrder`: the order of day and month the dateline implies for numeric dates (`dmy` for a
 * dateline outside the United States), or null; an order the article's own unambiguous numeric
 * dates show wins over it.
 */
export function resolveCandidates(
  text: string,
  sentences: readonly Span[],
  candidates: readonly Candidate[],
  reference: ReferenceDate,
  datelineOrder: NumericOrder | null = null,
): DateMention[] {
  const refDay = parseIsoDay(reference.value);
  if (!refDay) throw new RangeError(`reference date is not an ISO day: ${reference.value}`);
  const order = numericOrder(candidates) ?? datelineOrder;
  const out: DateMention[] = [];
  let previous: Anchor | null = null;
  for (const c of candidates) {
    const ctx: Context = {
      text,
      reference,
      ref: reference.value,
      refYear: refDay.year,
      refMonth: refDay.month,
      refLabel: `reference date ${reference.value} (${reference.source})`,
      previous,
      clauseYear: clauseYear(text, sentences, c, candidates, out, () => clauseDirection(text, sentenceAt(sentences, c.start) ?? c, c), refDay.year),
      tense: (span) => clauseDirection(text, sentenceAt(sentences, span.start) ?? span, span).tense,
      direction: (span) => clauseDirection(text, sentenceAt(sentences, span.start) ?? span, span),
    };
    const mentionText = text.slice(c.start, c.end);
    const restated = restatement(text, c, out[out.length - 1]);
    const r = restated ?? publishable(resolve(inOrder(c, order), mentionText, ctx));
    out.push({ start: c.start, end: c.end, text: mentionText, kind: r.kind, value: r.value, anchor: r.anchor, rule: r.rule, confidence: r.confidence });
    if (r.anchorable && r.value !== null && r.confidence >= CONFIDENT) previous = { value: r.value, text: mentionText };
  }
  return out;
}

export type NumericOrder = 'mdy' | 'dmy';

/**
 * `Last year's flood hit between June and September`, `In 2019, the plant closed on March 3`: a
 * year that opens the sentence frames it, so it is the year of a month or a day written without
 * one later in that sentence, unless the verb governing that date points the other way (`In
 * 2024 the plant closed, and it will reopen on March 3`). A year inside the sentence frames
 * nothing: in `The mill, built in 1998, closed on March 3` or `won in 2012 and again on May 4`
 * it belongs to another event.
 */
function clauseYear(text: string, sentences: readonly Span[], c: Candidate, candidates: readonly Candidate[], out: readonly DateMention[], direction: () => Direction, refYear: number): Anchor | null {
  const f = c.form;
  const bare = (f.type === 'date' && f.year === undefined) || (f.type === 'dayRange' && f.year === undefined) || (f.type === 'month' && f.rel === undefined);
  if (!bare) return null;
  const sentence = sentenceAt(sentences, c.start);
  if (!sentence) return null;
  let first = out.length;
  while (first > 0 && out[first - 1].start >= sentence.start) first--;
  const opening = out[first];
  if (!opening || opening.start >= c.start || opening.value === null) return null;
  const form = candidates[first]?.form; // one mention per candidate, in the same order
  const yearForm = form?.type === 'year' || (form?.type === 'period' && form.unit === 'year');
  if (!yearForm || !/^\d{4}$/.test(opening.value)) return null;
  if (!/^\W*(?:(?:in|by|during|since|through|throughout|for)\s+)?$/i.test(text.slice(sentence.start, opening.start))) return null;
  const year = Number(opening.value);
  const tense = direction().tense;
  if ((tense === 'future' && year < refYear) || (tense === 'past' && year > refYear)) return null;
  return { value: opening.value, text: opening.text };
}

/** The order the article's numeric dates prove (a number above 12), when they agree. */
function numericOrder(candidates: readonly Candidate[]): NumericOrder | null {
  let found: NumericOrder | null = null;
  for (const c of candidates) {
    if (c.form.type !== 'date' || (c.form.numeric !== 'mdy' && c.form.numeric !== 'dmy')) continue;
    if (c.form.month === c.form.day) continue;
    if (found !== null && found !== c.form.numeric) return null;
    found = c.form.numeric;
  }
  return found;
}

/** A numeric date both ways valid (`04/03/2025`), read day first where the article reads so. */
function inOrder(c: Candidate, order: NumericOrder | null): Candidate {
  if (c.form.type !== 'date' || c.form.numeric !== 'either' || order !== 'dmy') return c;
  return { ...c, form: { ...c.form, month: c.form.day, day: c.form.month, numeric: 'dmy' } };
}

/**
 * A two-digit year (`'09`, `7/4/19`) is the latest year with those digits no more than ten years
 * after the reference: `'98` is 1998 and `'09` 2009 from 2025, `'30` is 2030 but `'45` 1945.
 */
function fullYear(written: number, refYear: number): number {
  const yy = ((written % 100) + 100) % 100;
  let year = Math.floor((refYear + 10) / 100) * 100 + yy;
  if (year > refYear + 10) year -= 100;
  return year;
}

/**
 * `declared an emergency on Monday, a day before the flood arrived`: an offset from an event set off
 * by a comma right after a date restates that date (Monday is the day before the flood), so it takes
 * that date's value instead of counting from an earlier one.
 */
function restatement(text: string, c: Candidate, before: DateMention | undefined): Resolution | null {
  if (c.form.type !== 'offset' && c.form.type !== 'narrative') return null;
  if (!before || before.value === null || before.kind === 'duration') return null;
  if (!/^\s*,\s*$/.test(text.slice(before.end, c.start))) return null;
  return {
    kind: 'relative',
    value: before.value,
    anchor: `the date it restates, ${before.value} ("${before.text}")`,
    rule: 'appositive: restates the date before it',
    confidence: before.confidence,
    anchorable: false,
  };
}

// An ISO year, month or day, or a range of them, with four-digit years: what DateMention.value promises.
const ISO_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

/**
 * Arithmetic near the ends of the calendar (`a day later` after `Dec. 31, 9999`, `last week` from a
 * reference of 0000-01-01, `10,000 years ago`) leaves the years ISO days can write: such a value
 * cannot be pinned down, so it becomes null rather than a malformed string.
 */
function publishable(r: Resolution): Resolution {
  if (r.value === null || ISO_VALUE.test(r.value)) return r;
  return { ...r, value: null, rule: `${r.rule}: outside years 0000-9999`, anchorable: false };
}

function resolve(c: Candidate, mentionText: string, ctx: Context): Resolution {
  const f = c.form;
  switch (f.type) {
    case 'date':
      return resolveDate(f, c, ctx);
    case 'dayRange': {
      const year = f.year ?? (ctx.clauseYear ? Number(ctx.clauseYear.value) : chooseYear(f.month, f.from, ctx, ctx.direction(c)));
      return absolute(`${formatIsoDay(year, f.month, f.from)}/${formatIsoDay(year, f.month, f.to)}`, f.year ? 'explicit date range' : 'date range, year from reference', f.year ? null : ctx.refLabel, 0.9);
    }
    case 'monthYear':
      return absolute(formatIsoMonth(f.year, f.month), 'explicit month', null, 0.95);
    case 'month':
      return resolveMonth(f.month, f.rel, c, ctx);
    case 'year':
      if (f.shortYear) return absolute(formatIsoYear(fullYear(f.year, ctx.refYear)), 'two-digit year, century from reference', ctx.refLabel, 0.8);
      return absolute(formatIsoYear(f.year), 'explicit year', null, 0.9);
    case 'monthDay':
      return resolveMonthDay(f.day, c, ctx);
    case 'overnight': {
      const future = ctx.tense(c) === 'future';
      return relative(future ? ctx.ref : addDays(ctx.ref, -1), future ? 'overnight, future tense: the coming night' : 'overnight: the night before reference', ctx.refLabel, 0.7, !future);
    }
    case 'span':
      return { ...absolute(`${formatIsoYear(f.first)}/${formatIsoYear(f.first + f.length - 1)}`, f.length === 10 ? 'decade' : 'century', null, 0.85), anchorable: false };
    case 'weekday':
      return resolveWeekday(f.weekday, f.rel, c, ctx);
    case 'dayWord':
      return relative(addDays(ctx.ref, f.offset), f.offset === 0 ? 'same day as reference' : f.offset < 0 ? 'day before reference' : 'day after reference', ctx.refLabel, 0.9, f.offset <= 0);
    case 'period':
      return resolvePeriod(f.unit, f.offset, c, ctx, f.bare);
    case 'ago':
      return resolveAgo(f.n, f.unit, ctx);
    case 'narrative':
      return resolveNarrative(f.n, f.unit, f.direction, mentionText, ctx);
    case 'offset':
      return { kind: 'relative', value: null, anchor: null, rule: 'offset from an event the text does not date', confidence: 0.3, anchorable: false };
    case 'window':
      return resolveWindow(f.n, f.unit, f.direction, ctx);
    case 'season':
      return resolveSeason(f.season, f.rel, f.year, c, ctx);
    case 'holiday':
      return resolveHoliday(f.name, f.year, c, ctx);
    case 'boundary':
      return resolveBoundary(f, ctx);
    case 'duration':
      return { kind: 'duration', value: null, anchor: null, rule: 'duration', confidence: 0.8, anchorable: false };
  }
}

function absolute(value: string, rule: string, anchor: string | null, confidence: number): Resolution {
  return { kind: 'absolute', value, anchor, rule, confidence, anchorable: true };
}

function relative(value: string | null, rule: string, anchor: string | null, confidence: number, anchorable: boolean): Resolution {
  return { kind: 'relative', value, anchor, rule, confidence, anchorable };
}

function resolveDate(f: Extract<Form, { type: 'date' }>, c: Candidate, ctx: Context): Resolution {
  if (f.year !== undefined && (f.shortYear || f.numeric === 'either')) {
    const year = f.shortYear ? fullYear(f.year, ctx.refYear) : f.year;
    if (!isValidDay(year, f.month, f.day)) return { kind: 'absolute', value: null, anchor: null, rule: 'no such day', confidence: 0.3, anchorable: false };
    const rule = f.numeric === 'either' ? 'numeric date, month first (the article shows no other order)' : 'explicit date, two-digit year';
    return absolute(formatIsoDay(year, f.month, f.day), rule, f.shortYear ? ctx.refLabel : null, f.numeric === 'either' ? 0.7 : 0.9);
  }
  if (f.year !== undefined) {
    return absolute(formatIsoDay(f.year, f.month, f.day), f.iso ? 'ISO date' : 'explicit date', null, 0.95);
  }
  if (ctx.clauseYear && isValidDay(Number(ctx.clauseYear.value), f.month, f.day)) {
    return absolute(formatIsoDay(Number(ctx.clauseYear.value), f.month, f.day), 'explicit date, year that opens its sentence', `the sentence's year ("${ctx.clauseYear.text}")`, 0.85);
  }
  const year = chooseYear(f.month, f.day, ctx, ctx.direction(c));
  // `born on Feb. 29`: no year near the reference has that day, and the text gives none.
  if (!isValidDay(year, f.month, f.day)) return { kind: 'absolute', value: null, anchor: ctx.refLabel, rule: 'Feb. 29 without a year: no leap year to assume', confidence: 0.3, anchorable: false };
  return absolute(formatIsoDay(year, f.month, f.day), 'explicit date, year from reference', ctx.refLabel, 0.9);
}

/**
 * The year for a date written without one. News style (AP) leaves the year out for dates within
 * the coming or past year, so the reference year is the default, and the tense of the verb that
 * governs the date moves it: a past tense puts it at or before the reference (`resigned on
 * Sept. 30` in June copy is last September), a future one at or after it (`is set to resume on
 * March 2` in June copy is next March). A few days' contradiction is a slip or a stale plan, not
 * a year's distance, so the year moves only beyond STRONG_SHIFT_DAYS; a tense read beyond the
 * date's own clause moves it only beyond a season (across New Year: `died Dec. 28` in January
 * copy). Without a tense, the nearest occurrence within half a year.
 */
const STRONG_SHIFT_DAYS = 14;
const WEAK_SHIFT_DAYS = 120;

function chooseYear(month: number, day: number, ctx: Context, direction: Direction): number {
  const dateIn = (year: number) => formatIsoDay(year, month, Math.min(day, daysInMonth(year, month)));
  const diff = daysBetween(ctx.ref, dateIn(ctx.refYear));
  const { tense } = direction;
  const shift = direction.strong ? STRONG_SHIFT_DAYS : WEAK_SHIFT_DAYS;
  if (tense === 'past') return diff > shift ? ctx.refYear - 1 : ctx.refYear;
  if (tense === 'future') return diff < -shift ? ctx.refYear + 1 : ctx.refYear;
  if (diff > 183) return ctx.refYear - 1;
  if (diff < -183) return ctx.refYear + 1;
  return ctx.refYear;
}

/**
 * `on the 20th`: the 20th of the reference month or of the month before or after it, whichever
 * the tense points to (at or after the reference for a future, at or before it for a past), else
 * the nearest.
 */
function resolveMonthDay(day: number, c: Candidate, ctx: Context): Resolution {
  const options: string[] = [];
  for (const k of [-1, 0, 1]) {
    const first = parseIsoDay(addMonths(formatIsoDay(ctx.refYear, ctx.refMonth, 1), k));
    if (first && day <= daysInMonth(first.year, first.month)) options.push(formatIsoDay(first.year, first.month, day));
  }
  const tense = ctx.tense(c);
  let value: string | undefined;
  if (tense === 'future') value = options.find((d) => d >= ctx.ref);
  else if (tense === 'past') value = [...options].reverse().find((d) => d <= ctx.ref);
  else value = [...options].sort((a, b) => Math.abs(daysBetween(ctx.ref, a)) - Math.abs(daysBetween(ctx.ref, b)) || a.localeCompare(b))[0];
  if (value === undefined) return relative(null, 'day of the month: no such day near the reference', ctx.refLabel, 0.3, false);
  const rule = tense === 'future' ? 'day of the month, future tense' : tense === 'past' ? 'day of the month, past tense' : 'day of the month, nearest to reference';
  return relative(value, rule, ctx.refLabel, 0.7, tense !== 'future');
}

function resolveWeekday(weekday: number, rel: Relation | undefined, c: Candidate, ctx: Context): Resolution {
  const refWd = weekdayOf(ctx.ref);
  const back = (refWd - weekday + 7) % 7; // days back to the same or previous such weekday
  const ahead = (weekday - refWd + 7) % 7;
  if (rel === 'last') return relative(addDays(ctx.ref, -(back || 7)), 'weekday after "last"', ctx.refLabel, 0.8, true);
  if (rel === 'next') return relative(addDays(ctx.ref, ahead || 7), 'weekday after "next"', ctx.refLabel, 0.8, false);
  const tense = ctx.tense(c);
  if (rel === 'this' && back !== 0 && tense === null) {
    // `this Friday`: the one of the current week (Monday to Sunday).
    const monday = startOfWeek(ctx.ref);
    const value = addDays(monday, (weekday + 6) % 7);
    return relative(value, 'weekday after "this": the current week', ctx.refLabel, 0.75, value <= ctx.ref);
  }
  if (back === 0) {
    // News style names the day of the story by its weekday (`said on Monday` in Monday's copy).
    return relative(ctx.ref, 'weekday, same day as reference', ctx.refLabel, 0.7, tense !== 'future');
  }
  if (tense === 'future') return relative(addDays(ctx.ref, ahead), 'future weekday', ctx.refLabel, 0.8, false);
  return relative(addDays(ctx.ref, -back), tense === 'past' ? 'past weekday' : 'weekday, past by default (news)', ctx.refLabel, tense === 'past' ? 0.8 : 0.65, true);
}

function resolveMonth(month: number, rel: Relation | undefined, c: Candidate, ctx: Context): Resolution {
  if (rel === undefined && ctx.clauseYear) {
    return { kind: 'absolute', value: formatIsoMonth(Number(ctx.clauseYear.value), month), anchor: `the sentence's year ("${ctx.clauseYear.text}")`, rule: 'month, year that opens its sentence', confidence: 0.8, anchorable: true };
  }
  let year: number;
  let rule: string;
  let anchorable = true;
  if (rel === 'last') {
    year = month < ctx.refMonth ? ctx.refYear : ctx.refYear - 1;
    rule = 'month after "last"';
  } else if (rel === 'next') {
    year = month > ctx.refMonth ? ctx.refYear : ctx.refYear + 1;
    rule = 'month after "next"';
    anchorable = false;
  } else if (rel === 'this') {
    year = ctx.refYear;
    rule = 'month of the reference year';
  } else {
    const direction = ctx.direction(c);
    const tense = direction.tense;
    if (tense === null && direction.strong) {
      // A verb that gives no direction (`postponed until November`): the nearest such month.
      const ahead = (month - ctx.refMonth + 12) % 12;
      year = ahead === 0 || ahead <= 6 ? (month >= ctx.refMonth ? ctx.refYear : ctx.refYear + 1) : month <= ctx.refMonth ? ctx.refYear : ctx.refYear - 1;
      rule = 'month, nearest to reference (the verb gives no direction)';
    } else if (tense === 'future') {
      year = month >= ctx.refMonth ? ctx.refYear : ctx.refYear + 1;
      rule = 'month, future tense';
      anchorable = false;
    } else {
      year = month <= ctx.refMonth ? ctx.refYear : ctx.refYear - 1;
      rule = tense === 'past' ? 'month, past tense' : 'month, past by default (news)';
    }
  }
  return { kind: 'absolute', value: formatIsoMonth(year, month), anchor: ctx.refLabel, rule, confidence: 0.75, anchorable };
}

function resolvePeriod(unit: 'week' | 'weekend' | 'month' | 'year', offset: number, c: Candidate, ctx: Context, bare = false): Resolution {
  const anchorable = offset <= 0;
  switch (unit) {
    case 'week': {
      const monday = addDays(startOfWeek(ctx.ref), 7 * offset);
      return relative(`${monday}/${addDays(monday, 6)}`, offset < 0 ? 'previous week' : offset > 0 ? 'next week' : 'week of reference', ctx.refLabel, 0.85, anchorable);
    }
    case 'weekend': {
      const refWd = weekdayOf(ctx.ref);
      const lastSaturday = addDays(ctx.ref, -((refWd - 6 + 7) % 7)); // on or before the reference
      let saturday: string;
      if (offset < 0) saturday = refWd === 6 || refWd === 0 ? addDays(lastSaturday, -7) : lastSaturday;
      else if (offset > 0) saturday = addDays(lastSaturday, 7);
      else if (bare) {
        // `over the weekend`: news reports the one just gone unless the verb looks ahead.
        saturday = refWd === 6 || refWd === 0 || ctx.tense(c) !== 'future' ? lastSaturday : addDays(lastSaturday, 7);
      } else saturday = refWd === 6 || refWd === 0 || ctx.tense(c) === 'past' ? lastSaturday : addDays(lastSaturday, 7);
      return relative(`${saturday}/${addDays(saturday, 1)}`, 'weekend', ctx.refLabel, 0.75, anchorable);
    }
    case 'month': {
      const d = addMonths(formatIsoDay(ctx.refYear, ctx.refMonth, 1), offset);
      return relative(d.slice(0, 7), offset < 0 ? 'previous month' : offset > 0 ? 'next month' : 'month of reference', ctx.refLabel, 0.85, anchorable);
    }
    case 'year':
      return relative(formatIsoYear(ctx.refYear + offset), offset < 0 ? 'previous year' : offset > 0 ? 'next year' : 'year of reference', ctx.refLabel, 0.85, anchorable);
  }
}

function resolveAgo(n: number | null, unit: string, ctx: Context): Resolution {
  if (n === null || !Number.isInteger(n)) return { kind: 'vague', value: null, anchor: ctx.refLabel, rule: 'vague time ago', confidence: 0.5, anchorable: false };
  switch (unit) {
    case 'day':
      return relative(addDays(ctx.ref, -n), 'days before reference', ctx.refLabel, 0.85, true);
    case 'week':
      return relative(addDays(ctx.ref, -7 * n), 'weeks before reference', ctx.refLabel, 0.6, true);
    case 'month':
      return relative(addMonths(ctx.ref, -n).slice(0, 7), 'months before reference', ctx.refLabel, 0.7, true);
    case 'year':
      return relative(formatIsoYear(ctx.refYear - n), 'years before reference', ctx.refLabel, 0.8, true);
    default:
      return relative(formatIsoYear(ctx.refYear - n * (unit === 'decade' ? 10 : 100)), 'decades before reference', ctx.refLabel, 0.5, false);
  }
}

function resolveNarrative(n: number | null, unit: string, direction: 1 | -1, mentionText: string, ctx: Context): Resolution {
  const prev = ctx.previous;
  const rule = `${unit}s ${direction > 0 ? 'after' : 'before'} previous date`;
  if (!prev) return relative(null, `${rule}: no dated event before it`, null, 0.2, false);
  const anchor = `previous date ${prev.value} ("${prev.text}")`;
  if (n === null || !Number.isInteger(n)) return relative(null, `${rule}: vague amount`, anchor, 0.3, false);
  const step = n * direction;
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(prev.value);
  const isMonth = /^\d{4}-\d{2}$/.test(prev.value);
  const isYear = /^\d{4}$/.test(prev.value);
  let value: string | null = null;
  if (unit === 'day' && isDay) value = addDays(prev.value, step);
  else if (unit === 'week' && isDay) {
    // `the following week` is a week; `a week later` is a day.
    if (/^the\s/i.test(mentionText)) {
      const monday = addDays(startOfWeek(prev.value), 7 * step);
      value = `${monday}/${addDays(monday, 6)}`;
    } else value = addDays(prev.value, 7 * step);
  } else if (unit === 'month' && (isDay || isMonth)) value = addMonths(`${prev.value.slice(0, 7)}-01`, step).slice(0, 7);
  else if (unit === 'year' && (isDay || isMonth || isYear)) value = formatIsoYear(Number(prev.value.slice(0, 4)) + step);
  if (value === null) return relative(null, `${rule}: previous date is not precise enough`, anchor, 0.2, false);
  return relative(value, rule, anchor, 0.75, true);
}

function resolveWindow(n: number | null, unit: string, direction: 1 | -1, ctx: Context): Resolution {
  if (n === null || !Number.isInteger(n)) {
    return { kind: 'vague', value: null, anchor: ctx.refLabel, rule: direction > 0 ? 'vague window ahead' : 'vague window back', confidence: 0.5, anchorable: false };
  }
  const days: Record<string, number> = { day: 1, week: 7 };
  const months: Record<string, number> = { month: 1, year: 12, decade: 120, century: 1200 };
  const other = days[unit] !== undefined ? addDays(ctx.ref, direction * n * days[unit]) : addMonths(ctx.ref, direction * n * (months[unit] ?? 12));
  const value = direction > 0 ? `${ctx.ref}/${other}` : `${other}/${ctx.ref}`;
  return { kind: 'relative', value, anchor: ctx.refLabel, rule: direction > 0 ? 'window ahead of reference' : 'window before reference', confidence: 0.7, anchorable: false };
}

interface SeasonInstance {
  readonly from: string; // ISO month
  readonly to: string;
  readonly start: string; // ISO day
  readonly end: string;
  readonly year: number;
}

function seasonInstance(season: string, year: number): SeasonInstance {
  const s = SEASONS.get(season) ?? { from: 3, to: 5 };
  const endYear = s.to < s.from ? year + 1 : year;
  return {
    from: formatIsoMonth(year, s.from),
    to: formatIsoMonth(endYear, s.to),
    start: formatIsoDay(year, s.from, 1),
    end: formatIsoDay(endYear, s.to, daysInMonth(endYear, s.to)),
    year,
  };
}

function resolveSeason(season: string, rel: Relation | undefined, year: number | undefined, c: Candidate, ctx: Context): Resolution {
  const value = (i: SeasonInstance) => `${i.from}/${i.to}`;
  if (year !== undefined) return absolute(value(seasonInstance(season, year)), 'season of an explicit year', null, 0.85);
  const instances = [-2, -1, 0, 1].map((k) => seasonInstance(season, ctx.refYear + k));
  const current = instances.find((i) => i.start <= ctx.ref && ctx.ref <= i.end);
  const ended = instances.filter((i) => i.end < ctx.ref);
  const upcoming = instances.filter((i) => i.start > ctx.ref);
  const latestEnded = ended[ended.length - 1];
  let chosen: SeasonInstance;
  let rule: string;
  let anchorable = true;
  if (rel === 'last') {
    chosen = latestEnded;
    rule = 'season after "last"';
  } else if (rel === 'next') {
    chosen = upcoming[0];
    rule = 'season after "next"';
    anchorable = false;
  } else if (rel === 'this') {
    chosen = current ?? instances.find((i) => i.year === ctx.refYear) ?? upcoming[0];
    rule = 'season of the reference year';
  } else if (ctx.tense(c) === 'future') {
    chosen = current ?? upcoming[0];
    rule = 'season, future tense';
    anchorable = false;
  } else {
    chosen = current ?? latestEnded;
    rule = 'season, past tense';
  }
  return { kind: 'relative', value: value(chosen), anchor: ctx.refLabel, rule, confidence: 0.7, anchorable };
}

function resolveHoliday(name: string, year: number | undefined, c: Candidate, ctx: Context): Resolution {
  const rule = HOLIDAYS.get(name) ?? HOLIDAYS.get(name.replace(/['’]/g, "'"));
  if (!rule) return { kind: 'absolute', value: null, anchor: null, rule: 'unknown holiday', confidence: 0.3, anchorable: false };
  if (year !== undefined) return absolute(holidayDate(rule, year), 'holiday of an explicit year', null, 0.9);
  const dates = [-1, 0, 1].map((k) => holidayDate(rule, ctx.refYear + k));
  const tense = ctx.tense(c);
  let value: string;
  let how: string;
  if (tense === 'future') {
    value = dates.find((d) => d >= ctx.ref) ?? dates[2];
    how = 'holiday, future tense';
  } else if (tense === 'past') {
    value = [...dates].reverse().find((d) => d <= ctx.ref) ?? dates[0];
    how = 'holiday, past tense';
  } else {
    value = [...dates].sort((a, b) => Math.abs(daysBetween(ctx.ref, a)) - Math.abs(daysBetween(ctx.ref, b)) || a.localeCompare(b))[0];
    how = 'holiday, nearest to reference';
  }
  return { kind: 'absolute', value, anchor: ctx.refLabel, rule: how, confidence: 0.75, anchorable: tense !== 'future' };
}

function resolveBoundary(f: Extract<Form, { type: 'boundary' }>, ctx: Context): Resolution {
  const end = f.edge === 'end';
  let value: string;
  switch (f.unit) {
    case 'year': {
      const y = f.year ?? ctx.refYear + f.offset;
      value = end ? formatIsoDay(y, 12, 31) : formatIsoDay(y, 1, 1);
      break;
    }
    case 'month': {
      const first = addMonths(formatIsoDay(ctx.refYear, ctx.refMonth, 1), f.offset);
      const d = parseIsoDay(first);
      value = end && d ? formatIsoDay(d.year, d.month, daysInMonth(d.year, d.month)) : first;
      break;
    }
    case 'week': {
      const monday = addDays(startOfWeek(ctx.ref), 7 * f.offset);
      value = end ? addDays(monday, 6) : monday;
      break;
    }
  }
  const anchor = f.year !== undefined ? null : ctx.refLabel;
  return { kind: 'relative', value, anchor, rule: `${f.edge} of ${f.unit}`, confidence: 0.6, anchorable: false };
}
