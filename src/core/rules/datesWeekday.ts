import type { DateMention } from '../types';
import type { RawFinding, Rule, RuleContext } from './context';
import { quote } from './messages';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const WEEKDAY_BEFORE_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+$/i;

/**
 * `dates.weekday-mismatch`: a weekday next to an explicit date that falls on another day
 * (`Tuesday, Oct. 20` when Oct. 20, 2025 is a Monday). Fixes: change the weekday, or move the date to
 * the nearest day that is that weekday.
 */
export const datesWeekdayMismatch: Rule = {
  id: 'dates.weekday-mismatch',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const date of context.dates) {
      const finding = checkDate(context, date);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function checkDate(context: RuleContext, date: DateMention): RawFinding | null {
  if (!date.value || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return null;
  const dayNumber = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:.]\d)/.exec(date.text.replace(/\b\d{4}\b/g, ''));
  if (!dayNumber) return null; // a bare weekday: its value came from the weekday itself
  const weekday = locateWeekday(context.text, date);
  if (!weekday) return null;
  const stated = WEEKDAYS.findIndex((w) => w.toLowerCase() === weekday.text.toLowerCase());
  const actual = weekdayOf(date.value);
  if (stated === actual) return null;

  const dateText = datePart(context.text, date, weekday);
  const year = date.value.slice(0, 4);
  const shown = /\b\d{4}\b/.test(dateText) ? dateText : `${dateText}, ${year}`;
  const fixes = [
    {
      title: `Change ${quote(weekday.text)} to ${quote(WEEKDAYS[actual])}`,
      edits: [{ start: weekday.start, end: weekday.end, replacement: matchCase(WEEKDAYS[actual], weekday.text) }],
    },
  ];
  const moved = moveDay(context.text, date, stated, actual);
  if (moved) fixes.push(moved);
  return {
    start: Math.min(weekday.start, date.start),
    end: date.end,
    message: `${shown} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[stated]}.`,
    fixes,
  };
}

interface Located {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function locateWeekday(text: string, date: DateMention): Located | null {
  const inside = WEEKDAY_RE.exec(date.text);
  if (inside) return { start: date.start + inside.index, end: date.start + inside.index + inside[0].length, text: inside[0] };
  const before = text.slice(Math.max(0, date.start - 16), date.start);
  const m = WEEKDAY_BEFORE_RE.exec(before);
  if (!m) return null;
  const start = date.start - before.length + m.index;
  return { start, end: start + m[1].length, text: m[1] };
}

/** The explicit date without its weekday: `Oct. 20` from `Tuesday, Oct. 20`. */
function datePart(text: string, date: DateMention, weekday: Located): string {
  const from = weekday.end > date.start ? weekday.end : date.start;
  return text.slice(from, date.end).replace(/^[\s,]+/, '');
}

/** Fix that moves the day number to the nearest day with the stated weekday, in the same month. */
function moveDay(text: string, date: DateMention, stated: number, actual: number) {
  const forward = (stated - actual + 7) % 7;
  const delta = forward <= 3 ? forward : forward - 7;
  const target = addDays(date.value as string, delta);
  if (target.slice(0, 7) !== (date.value as string).slice(0, 7)) return null;
  const body = text.slice(date.start, date.end);
  const re = /\b(\d{1,2})(st|nd|rd|th)?\b(?!\d)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (Number(m[1]) !== Number((date.value as string).slice(8, 10))) continue;
    const newDay = String(Number(target.slice(8, 10)));
    const start = date.start + m.index;
    const fixed = (body.slice(0, m.index) + newDay + body.slice(m.index + m[1].length)).replace(WEEKDAY_RE, '').replace(/^[\s,]+/, '');
    return {
      title: `Change the date to ${quote(fixed)}, a ${WEEKDAYS[stated]}`,
      edits: [{ start, end: start + m[1].length, replacement: newDay }],
    };
  }
  return null;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function matchCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word;
}
