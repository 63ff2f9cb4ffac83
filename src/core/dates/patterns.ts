import { isValidDay } from './calendar';
import { isGivenNameTag, lexiconTag } from '../nlp';
import type { Candidate, Form, Relation, Unit } from './forms';
import { COUNT_NOUNS, HOLIDAYS, MONTHS, NUMBER_WORDS, SEASONS, UNITS, VAGUE_QUANTITIES, WEEKDAYS } from './words';

/**
 * The regular expressions that find date expressions, each with the builder that reads its match
 * into a Form. Month and weekday names must be capitalised (`may` is a verb, `march` a noun).
 */

export interface Recognizer {
  readonly name: string;
  readonly re: RegExp;
  build(m: RegExpExecArray, text: string): Candidate | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
const NOT_LETTER = '(?![A-Za-z])';

const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)${NOT_LETTER}`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(\\d{4})(?!\\d)';
/** `'09`: a year by its last two digits. */
const SHORT_YEAR = "['’](\\d{2})(?![\\d'’A-Za-z])";
const QTY = `(\\d+(?:\\.\\d+)?|${[...NUMBER_WORDS.keys(), ...VAGUE_QUANTITIES].sort(byLength).map(escape).join('|')})`;
const UNIT = `(${UNITS.join('|')}|centurie)`;
const HOLIDAY = [...HOLIDAYS.keys()].sort(byLength).map((k) => escape(k).replace(/'/g, "['’]")).join('|');
const SEASON = [...SEASONS.keys()].join('|');

/** `Jan.` → 1; null for anything else. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.replace(/\.$/, '').toLowerCase()) ?? null;
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase()) ?? null;
}

/** `two` → 2, `3` → 3, `several` → null (vague). */
export function quantity(word: string): number | null {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(lower)) return Number(lower);
  return NUMBER_WORDS.get(lower) ?? null;
}

function unitOf(word: string): Unit {
  const lower = word.toLowerCase();
  return (lower === 'centurie' ? 'century' : lower) as Unit;
}

function relationOf(word: string | undefined): Relation | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  if (lower === 'last' || lower === 'this past' || lower === 'past') return 'last';
  if (lower === 'next' || lower === 'this coming' || lower === 'coming') return 'next';
  if (lower === 'this') return 'this';
  return undefined;
}

/** The word just before `index`, lower case. */
function previousWord(text: string, index: number): string {
  const m = /([A-Za-z]+)[^A-Za-z\n]*$/.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1].toLowerCase() : '';
}

function nextWord(text: string, index: number): string {
  const m = /^\s*([A-Za-z]+)/.exec(text.slice(index, index + 30));
  return m ? m[1].toLowerCase() : '';
}

/** Words after a weekday that are no noun it could modify. */
const NOT_MODIFIED = new Set(['of', 'in', 'on', 'at', 'and', 'or', 'but', 'when', 'for', 'to', 'the', 'a', 'an', 'is', 'was', 'that', 'with', 'by', 'from']);

/** `a Wednesday media event`: the weekday is followed, in the same clause, by a lower-case noun. */
function modifiesNoun(text: string, end: number): boolean {
  if (!/^ [a-z]/.test(text.slice(end, end + 2))) return false;
  return !NOT_MODIFIED.has(nextWord(text, end));
}

function candidate(m: RegExpExecArray, form: Form, group = 0): Candidate {
  const range = m.indices?.[group] ?? [m.index, m.index + m[0].length];
  return { start: range[0], end: m.index + m[0].length, form };
}

function dayForm(month: number | null, day: number, year?: number, weekday?: string): Form | null {
  if (month === null || !isValidDay(year ?? 2000, month, day)) return null;
  const wd = weekday ? weekdayNumber(weekday) ?? undefined : undefined;
  return { type: 'date', month, day, ...(year !== undefined ? { year } : {}), ...(wd !== undefined ? { weekday: wd } : {}) };
}

/** Words before a bare month name that make it a time (`in May`), not a name or a verb. */
const MONTH_LEAD = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'before', 'after', 'of', 'between', 'and', 'to', 'or', 'early', 'late', 'mid', 'last', 'next', 'this', 'throughout', 'for']);
/** Words before `the summer` that make it a time of year. */
const SEASON_LEAD = new Set(['in', 'during', 'by', 'until', 'since', 'over', 'through', 'throughout', 'for', 'before', 'after', 'of']);
/** Words before `a day`/`an hour` that make it a length of time, not a rate (`$5 a day`). */
const ARTICLE_DURATION_LEAD = new Set(['for', 'in', 'within', 'over', 'after', 'than', 'nearly', 'almost', 'about', 'just', 'only', 'least', 'under', 'half', 'spent', 'took', 'lasted', 'last', 'lasts']);
/** Words before a weekday that make it recurring rather than one day. */
const HABITUAL = new Set(['a', 'every', 'each', 'any', 'some']);
/** Words before a four-digit number that make it a label: `Rule 2016`, `No. 1999`. */
const LABELS = new Set(['no', 'number', 'page', 'room', 'route', 'rule', 'section', 'article', 'chapter', 'flight', 'form', 'model', 'box', 'suite', 'highway']);
/** Words that may follow `on the 20th` or `overnight` without making them a modifier of a noun. */
const DAY_OF_MONTH_FOLLOWERS = new Set([
  'and', 'or', 'but', 'when', 'while', 'as', 'at', 'in', 'on', 'after', 'before', 'to', 'for',
  'from', 'until', 'with', 'amid', 'despite', 'because', 'if', 'so', 'into', 'near', 'outside',
  'inside', 'across', 'around', 'along', 'by', 'the', 'a', 'an', 'its', 'their', 'his', 'her',
  'said', 'says', 'officials', 'police', 'according', 'local', 'time', 'was', 'were', 'is', 'are',
]);

/** `1st`, `2nd`, `3rd`, `11th`: the suffix English writes after this day number. */
function ordinalMatches(day: number, suffix: string): boolean {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const expected = teen ? 'th' : day % 10 === 1 ? 'st' : day % 10 === 2 ? 'nd' : day % 10 === 3 ? 'rd' : 'th';
  return suffix === expected;
}

/** Words after a four-digit number that make it a count. */
const COUNTS = new Set(COUNT_NOUNS);

export const RECOGNIZERS: readonly Recognizer[] = [
  {
    name: 'iso date',
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/dg,
    build: (m) => {
      const form = dayForm(Number(m[2]), Number(m[3]), Number(m[1]));
      return form ? candidate(m, { ...form, iso: true } as Form) : null;
    },
  },
  {
    // `7/8/07`, `10/23/2010`, `25/03/2025`: a number above 12 shows which is the day; when both
    // could be, resolve.ts reads the order the article or its dateline uses (American month first
    // by default). A two-digit year takes its century from the reference date.
    name: 'numeric date',
    re: /(?<![\d/.,])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/dg,
    build: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const short = m[3].length === 2;
      const year = short ? 2000 + Number(m[3]) : Number(m[3]);
      const dayFirst = a > 12 && b <= 12;
      const numeric = dayFirst ? 'dmy' : b > 12 ? 'mdy' : a === b ? 'mdy' : 'either';
      const form = dayFirst ? dayForm(b, a, year) : dayForm(a, b, year);
      if (!form) return null;
      return candidate(m, { ...form, numeric, ...(short ? { shortYear: true } : {}) } as Form);
    },
  },
  {
    name: 'month day',
    re: new RegExp(`(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+${DAY}(?:\\s*[–-]\\s*(\\d{1,2})(?!\\d))?(?:,?\\s+(?:${YEAR}|${SHORT_YEAR}))?${NOT_LETTER}`, 'dg'),
    build: (m) => {
      const short = m[6] !== undefined;
      const year = m[5] ? Number(m[5]) : short ? 2000 + Number(m[6]) : undefined;
      const month = monthNumber(m[2]);
      if (m[4]) {
        if (month === null || !isValidDay(year ?? 2000, month, Number(m[3])) || !isValidDay(year ?? 2000, month, Number(m[4]))) return null;
        return candidate(m, { type: 'dayRange', month, from: Number(m[3]), to: Number(m[4]), ...(year ? { year } : {}) });
      }
      const form = dayForm(month, Number(m[3]), year, m[1]);
      return form ? candidate(m, short ? ({ ...form, shortYear: true } as Form) : form) : null;
    },
  },
  {
    name: 'day month',
    re: new RegExp(`(?<![\\d,.$])(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?${DAY}(?:\\s*[–-]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`, 'dg'),
    build: (m) => {
      const year = m[5] ? Number(m[5]) : undefined;
      const month = monthNumber(m[4]);
      if (m[3]) {
        if (month === null || !isValidDay(year ?? 2000, month, Number(m[2])) || !isValidDay(year ?? 2000, month, Number(m[3]))) return null;
        return candidate(m, { type: 'dayRange', month, from: Number(m[2]), to: Number(m[3]), ...(year ? { year } : {}) });
      }
      const form = dayForm(month, Number(m[2]), year, m[1]);
      return form ? candidate(m, form) : null;
    },
  },
  {
    name: 'month year',
    re: new RegExp(`(?:(?:early|late|mid)[-\\s]+)?(${MONTH}),?\\s+(?:of\\s+)?${YEAR}`, 'dg'),
    build: (m) => {
      const month = monthNumber(m[1]);
      return month === null ? null : candidate(m, { type: 'monthYear', month, year: Number(m[2]) });
    },
  },
  {
    name: 'month',
    re: new RegExp(`(?:(early|late|mid)[-\\s]+|(last|next|this|this past|this coming)\\s+)?(${FULL_MONTH})${NOT_LETTER}`, 'dg'),
    build: (m, text) => {
      const month = monthNumber(m[3]);
      if (month === null) return null;
      if (!m[1] && !m[2]) {
        const before = previousWord(text, m.index);
        if (!MONTH_LEAD.has(before)) return null;
        if (m[3] === 'May' && (before === 'and' || before === 'or' || before === 'to' || before === 'for')) return null;
      }
      const rel = relationOf(m[2]);
      return candidate(m, { type: 'month', month, ...(rel ? { rel } : {}) });
    },
  },
  {
    name: 'weekday',
    re: new RegExp(`(?:(?:early|late)\\s+)?(?:(last|next|this|this past|this coming|coming)\\s+)?(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night|overnight)(?![A-Za-z]))?`, 'dg'),
    build: (m, text) => {
      const weekday = weekdayNumber(m[2]);
      if (weekday === null) return null;
      // `on a Monday`, `every Tuesday`: a habit, not a day; but `a Wednesday news conference` is one.
      const before = previousWord(text, m.index);
      if (!m[1] && HABITUAL.has(before) && !(before === 'a' && modifiesNoun(text, m.index + m[0].length))) return null;
      const rel = relationOf(m[1]);
      return candidate(m, { type: 'weekday', weekday, ...(rel ? { rel } : {}) });
    },
  },
  {
    // `on the 20th`: after a preposition of time and before the clause goes on (not `the 20th floor`).
    // The look-behinds here allow at most four spaces: `\s+` there is tried back over the whole run
    // of white space at every position (100,000 newlines took 90 s instead of 0.1 s).
    name: 'day of month',
    re: /(?<=\b(?:on|by|until|till|since|before|after|from|through)\s{1,4})the\s+(\d{1,2})(?:st|nd|rd|th)(?![A-Za-z\d])/dgi,
    build: (m, text) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31 || !ordinalMatches(day, m[0].slice(-2).toLowerCase())) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (/^\s+of\b/i.test(after) || (/^ [a-z]/.test(after) && !DAY_OF_MONTH_FOLLOWERS.has(nextWord(text, m.index + m[0].length)))) return null;
      return candidate(m, { type: 'monthDay', day });
    },
  },
  {
    // `'98` after a preposition (`in '98`, `the class of '98`).
    name: 'short year',
    re: /(?<=\b(?:in|since|of|from|until|by|before|after|during|through)\s{1,4})['’](\d{2})(?![\d'’A-Za-z])/dg,
    build: (m) => candidate(m, { type: 'year', year: 2000 + Number(m[1]), shortYear: true }),
  },
  {
    // `over the weekend`, `at the weekend` (British): which weekend is the tense's to say.
    name: 'the weekend',
    re: /(?<=\b(?:over|at|during|on|across|through|throughout|by|until|till)\s{1,4})the\s+weekend\b(?!\s+of\b)/dgi,
    build: (m) => candidate(m, { type: 'period', unit: 'weekend', offset: 0, bare: true }),
  },
  {
    // `shelled the town overnight`, not `an overnight stay` (a noun after it) nor `overnight rates`.
    name: 'overnight',
    re: /\bovernight\b/dgi,
    build: (m, text) => {
      const end = m.index + m[0].length;
      if (/^ [a-z]/.test(text.slice(end, end + 2)) && !DAY_OF_MONTH_FOLLOWERS.has(nextWord(text, end))) return null;
      const before = previousWord(text, m.index);
      if (before === 'an' || before === 'the' || before === 'and' || before === 'or') return null;
      return candidate(m, { type: 'overnight' });
    },
  },
  {
    name: 'day word',
    re: /\b(today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b(?:\s+(?:morning|afternoon|evening|night)\b)?/dgi,
    build: (m) => {
      const word = m[1].toLowerCase();
      const offset = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
      return candidate(m, { type: 'dayWord', offset });
    },
  },
  {
    name: 'period',
    re: /\b(?:(?:earlier|later|early|late)\s+)?(last|next|this|this past|this coming|the past|the previous|the coming|past|coming)\s+(week|weekend|month|year)\b/dgi,
    build: (m) => {
      const rel = m[1].toLowerCase();
      const offset = /last|past|previous/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0;
      return candidate(m, { type: 'period', unit: m[2].toLowerCase() as 'week' | 'weekend' | 'month' | 'year', offset });
    },
  },
  {
    name: 'ago',
    re: new RegExp(`\\b${QTY}\\s+${UNIT}s?\\s+ago\\b`, 'dgi'),
    build: (m) => candidate(m, { type: 'ago', n: quantity(m[1]), unit: unitOf(m[2]) }),
  },
  {
    name: 'narrative offset',
    re: new RegExp(`\\b${QTY}\\s+${UNIT}s?\\s+(later|earlier|afterwards?|on)\\b`, 'dgi'),
    build: (m, text) => {
      // `two days on` is narrative only at a clause edge: `Two days on, …`.
      if (m[3].toLowerCase() === 'on' && !/^\s*[,.;]/.test(text.slice(m.index + m[0].length))) return null;
      return candidate(m, { type: 'narrative', n: quantity(m[1]), unit: unitOf(m[2]), direction: m[3].toLowerCase() === 'earlier' ? -1 : 1 });
    },
  },
  {
    name: 'narrative next',
    re: /\bthe\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)\b/dgi,
    build: (m, text) => {
      const which = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const dayLike = !/week|month|year/.test(unit);
      // `the next week` is a window from now (`over the next week`); `the following week` narrates.
      if (which === 'next' && !dayLike) {
        return candidate(m, { type: 'window', n: 1, unit: unit as Unit, direction: 1 });
      }
      void text;
      return candidate(m, { type: 'narrative', n: 1, unit: (dayLike ? 'day' : unit) as Unit, direction: which === 'next' || which === 'following' ? 1 : -1 });
    },
  },
  {
    name: 'day before/after',
    re: /\bthe\s+(day|week|month|year)\s+(before|after)\b/dgi,
    build: (m, text) => {
      const unit = m[1].toLowerCase() as Unit;
      const direction = m[2].toLowerCase() === 'after' ? 1 : -1;
      const following = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      // `the day after, …` narrates; `the day after the vote` counts from an event it names.
      if (/^\s*[A-Za-z0-9]/.test(following)) return candidate(m, { type: 'offset', unit });
      return candidate(m, { type: 'narrative', n: 1, unit, direction });
    },
  },
  {
    name: 'offset from event',
    re: new RegExp(`\\b${QTY}\\s+${UNIT}s?\\s+(?:after|before)\\b`, 'dgi'),
    build: (m) => candidate(m, { type: 'offset', unit: unitOf(m[2]) }),
  },
  {
    name: 'window',
    re: new RegExp(`\\b(?:the\\s+)?(next|past|last|coming|previous|following|recent|upcoming)\\s+(?:${QTY}\\s+)?${UNIT}s\\b`, 'dgi'),
    build: (m) => {
      const which = m[1].toLowerCase();
      const direction = /next|coming|following|upcoming/.test(which) ? 1 : -1;
      return candidate(m, { type: 'window', n: m[2] ? quantity(m[2]) : null, unit: unitOf(m[3]), direction });
    },
  },
  {
    name: 'season',
    re: new RegExp(`\\b(?:(last|next|this|this past|this coming|early|late|mid)[-\\s]+|(the)\\s+)?(${SEASON})(?:\\s+of\\s+${YEAR}|\\s+${YEAR})?${NOT_LETTER}`, 'dgi'),
    build: (m, text) => {
      const year = m[4] ? Number(m[4]) : m[5] ? Number(m[5]) : undefined;
      const rel = relationOf(m[1]);
      if (!m[1] && year === undefined) {
        if (!m[2] || !SEASON_LEAD.has(previousWord(text, m.index))) return null;
      }
      const season = m[3].toLowerCase();
      // `the summer of 2012`: the article is not part of the expression.
      const start = m[2] ? m.indices?.[3]?.[0] ?? m.index : m.index;
      return { start, end: m.index + m[0].length, form: { type: 'season', season, ...(rel ? { rel } : {}), ...(year !== undefined ? { year } : {}) } };
    },
  },
  {
    name: 'holiday',
    re: new RegExp(`(?<![A-Za-z])(${HOLIDAY})(?:\\s+${YEAR})?${NOT_LETTER}`, 'dg'),
    build: (m, text) => {
      // `illustrator Johnnie Christmas`: right after a given name, a holiday's name is a surname.
      if (/^[A-Z][a-z]+ $/.test(text.slice(Math.max(0, m.index - 20), m.index).replace(/^.*?(\S+ )$/s, '$1')) && isGivenNameTag(lexiconTag(previousWord(text, m.index)))) return null;
      return candidate(m, { type: 'holiday', name: m[1].replace(/’/g, "'"), ...(m[2] ? { year: Number(m[2]) } : {}) });
    },
  },
  {
    name: 'boundary',
    re: /\b(?:the\s+)?(end|beginning|start|close)\s+of\s+(?:(the|this|last|next)\s+)?(year|month|week)\b/dgi,
    build: (m) => {
      const rel = (m[2] ?? 'the').toLowerCase();
      const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      return candidate(m, { type: 'boundary', edge: m[1].toLowerCase() === 'end' || m[1].toLowerCase() === 'close' ? 'end' : 'start', unit: m[3].toLowerCase() as 'week' | 'month' | 'year', offset });
    },
  },
  {
    name: 'boundary of year',
    re: /\b(?:the\s+)?(end|beginning|start)\s+of\s+(\d{4})(?!\d)/dgi,
    build: (m) => candidate(m, { type: 'boundary', edge: m[1].toLowerCase() === 'end' ? 'end' : 'start', unit: 'year', offset: 0, year: Number(m[2]) }),
  },
  {
    name: 'year end',
    re: /\byear[-\s]end\b/dgi,
    build: (m) => candidate(m, { type: 'boundary', edge: 'end', unit: 'year', offset: 0 }),
  },
  {
    name: 'decade',
    re: /(?<![\d$])(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?((?:1[5-9]|20)\d)0(?:['’]?s)\b/dgi,
    build: (m) => candidate(m, { type: 'span', first: Number(m[1]) * 10, length: 10 }),
  },
  {
    name: 'decade word',
    re: /\bthe\s+(?:nineteen[-\s])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/dgi,
    build: (m) => {
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[1].toLowerCase()) + 2;
      return candidate(m, { type: 'span', first: 1900 + tens * 10, length: 10 });
    },
  },
  {
    name: 'century',
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[-\s]+[Cc]entury\b/dg,
    build: (m) => candidate(m, { type: 'span', first: (Number(m[1]) - 1) * 100, length: 100 }),
  },
  {
    name: 'year',
    re: /(?<![\dA-Za-z$€£#.,:/\-–])((?:1[5-9]|20)\d\d)(?![\d%]|[.,]\d|\s*[-–/]\s*\d)/dg,
    build: (m, text) => {
      const after = nextWord(text, m.index + m[0].length);
      if (COUNTS.has(after)) return null;
      if (LABELS.has(previousWord(text, m.index))) return null;
      return candidate(m, { type: 'year', year: Number(m[1]) });
    },
  },
  {
    // Dates known by their numerals alone.
    name: 'named date',
    re: /(?<![\d/])9\/11(?![\d/])/dg,
    build: (m) => candidate(m, { type: 'date', month: 9, day: 11, year: 2001 }),
  },
  {
    name: 'duration',
    re: new RegExp(`(?<![-–])\\b(?:(?:at least|more than|less than|fewer than|nearly|almost|about|around|over|up to|roughly|only|just)\\s+)?(${QTY}\\s+(?:(?:more|fewer|additional|extra|straight|consecutive|full|long)\\s+)?(?:${UNITS.join('|')}|centurie|minute|hour)s?)\\b(?!\\s+(?:ago|later|earlier|afterwards?|before|after|old)\\b)(?![-'’])`, 'dgi'),
    build: (m, text) => {
      const q = m[2].toLowerCase();
      if ((q === 'a' || q === 'an') && !ARTICLE_DURATION_LEAD.has(previousWord(text, m.indices?.[1]?.[0] ?? m.index))) return null;
      return candidate(m, { type: 'duration' }, 1);
    },
  },
];
