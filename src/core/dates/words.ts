/**
 * Word lists for recognising dates in English news copy. Data only: the patterns that use them
 * live in patterns.ts.
 */

// Months and weekdays are the core's shared word lists (src/core/lexicon.ts).
export { MONTHS, WEEKDAYS } from '../lexicon';

/** Spelled-out quantities in durations and narrative offsets (`two days later`). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['hundred', 100], ['a couple of', 2],
  ['a couple', 2], ['couple of', 2], ['half a', 0.5],
]);

/** Quantities that are not a number: the expression stays vague (`a few days`). */
export const VAGUE_QUANTITIES: readonly string[] = [
  'a few', 'few', 'several', 'many', 'some', 'a number of', 'numerous', 'countless', 'recent',
];

/** Calendar units, singular. */
export const UNITS: readonly string[] = ['day', 'week', 'month', 'year', 'decade', 'century'];

/** Smaller units that make a duration but never a calendar value. */
export const CLOCK_UNITS: readonly string[] = ['minute', 'hour'];

/** Parts of a day that may follow a weekday or `yesterday` (`Tuesday afternoon`, `last night`). */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night', 'overnight'];

/**
 * Meteorological seasons of the northern hemisphere, as month ranges (winter crosses the year:
 * it is named by the year of its December).
 */
export const SEASONS: ReadonlyMap<string, { readonly from: number; readonly to: number }> = new Map([
  ['spring', { from: 3, to: 5 }],
  ['summer', { from: 6, to: 8 }],
  ['autumn', { from: 9, to: 11 }],
  ['fall', { from: 9, to: 11 }],
  ['winter', { from: 12, to: 2 }],
]);

/** How a holiday falls in a year. */
export type HolidayRule =
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | { readonly kind: 'nth'; readonly month: number; readonly weekday: number; readonly n: number; readonly offset?: number }
  | { readonly kind: 'last'; readonly month: number; readonly weekday: number }
  | { readonly kind: 'easter'; readonly offset: number };

/**
 * Holidays with a fixed rule (United States observance where countries differ). Keys are the
 * surface forms, matched case-sensitively with an optional possessive apostrophe variant.
 */
export const HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ["New Year's Day", { kind: 'fixed', month: 1, day: 1 }],
  ["New Year's Eve", { kind: 'fixed', month: 12, day: 31 }],
  ['Martin Luther King Jr. Day', { kind: 'nth', month: 1, weekday: 1, n: 3 }],
  ["Valentine's Day", { kind: 'fixed', month: 2, day: 14 }],
  ["St. Patrick's Day", { kind: 'fixed', month: 3, day: 17 }],
  ['Good Friday', { kind: 'easter', offset: -2 }],
  ['Easter Sunday', { kind: 'easter', offset: 0 }],
  ['Easter Monday', { kind: 'easter', offset: 1 }],
  ['Easter', { kind: 'easter', offset: 0 }],
  ["Mother's Day", { kind: 'nth', month: 5, weekday: 0, n: 2 }],
  ['Memorial Day', { kind: 'last', month: 5, weekday: 1 }],
  ["Father's Day", { kind: 'nth', month: 6, weekday: 0, n: 3 }],
  ['Juneteenth', { kind: 'fixed', month: 6, day: 19 }],
  ['Independence Day', { kind: 'fixed', month: 7, day: 4 }],
  ['Fourth of July', { kind: 'fixed', month: 7, day: 4 }],
  ['Labor Day', { kind: 'nth', month: 9, weekday: 1, n: 1 }],
  ['Columbus Day', { kind: 'nth', month: 10, weekday: 1, n: 2 }],
  ['Halloween', { kind: 'fixed', month: 10, day: 31 }],
  ['Veterans Day', { kind: 'fixed', month: 11, day: 11 }],
  ['Election Day', { kind: 'nth', month: 11, weekday: 1, n: 1, offset: 1 }], // Tuesday after the first Monday
  ['Thanksgiving Day', { kind: 'nth', month: 11, weekday: 4, n: 4 }],
  ['Thanksgiving', { kind: 'nth', month: 11, weekday: 4, n: 4 }],
  ['Black Friday', { kind: 'nth', month: 11, weekday: 4, n: 4, offset: 1 }],
  ['Christmas Eve', { kind: 'fixed', month: 12, day: 24 }],
  ['Christmas Day', { kind: 'fixed', month: 12, day: 25 }],
  ['Christmas', { kind: 'fixed', month: 12, day: 25 }],
  ['Boxing Day', { kind: 'fixed', month: 12, day: 26 }],
]);

/**
 * Words that, right after a four-digit number, show it is a count or a measure, not a year
 * (`2000 people`, `1500 metres`).
 */
export const COUNT_NOUNS: readonly string[] = [
  'people', 'persons', 'residents', 'workers', 'jobs', 'employees', 'troops', 'soldiers', 'police',
  'officers', 'students', 'members', 'votes', 'voters', 'homes', 'houses', 'cases', 'deaths',
  'dead', 'injured', 'units', 'cars', 'vehicles', 'shares', 'tons', 'tonnes', 'barrels', 'dollars',
  'euros', 'pounds', 'yuan', 'rupees', 'metres', 'meters', 'feet', 'miles', 'kilometres',
  'kilometers', 'km', 'kg', 'hectares', 'acres', 'words', 'pages', 'copies', 'times', 'points',
  'percent', 'per', 'items', 'signatures', 'participants', 'delegates', 'children', 'families',
  'refugees', 'animals', 'species', 'sonnets', 'authors', 'books', 'documents', 'files', 'sites',
  'stores', 'plants', 'flights', 'passengers', 'beds', 'seats', 'calories', 'mg', 'ml', 'hours',
  'minutes', 'seconds', 'days', 'weeks', 'months', 'years',
];

/** Modal and auxiliary forms that put the clause's event after the time of speaking. */
export const FUTURE_MARKERS: readonly string[] = ['will', "'ll", '’ll', 'shall', 'would', 'wo', 'gonna'];

/**
 * Verbs (any form) whose object or infinitive lies ahead of them: `expected the budget to pass by
 * Thanksgiving`, `is scheduled for Friday`.
 */
export const FUTURE_GOVERNORS: readonly string[] = [
  'expect', 'expects', 'expected', 'plan', 'plans', 'planned', 'planning', 'schedule',
  'schedules', 'scheduled', 'slated', 'due', 'set', 'intend', 'intends', 'intended', 'aim',
  'aims', 'aimed', 'hope', 'hopes', 'hoped', 'vow', 'vows', 'vowed', 'promise', 'promises',
  'promised', 'pledge', 'pledges', 'pledged', 'going', 'poised', 'upcoming', 'prepare',
  'prepares', 'preparing', 'threaten', 'threatens', 'threatened', 'forecast', 'forecasts', 'likely',
  'tipped', 'bound',
];

/** Present-tense forms of `be`: `the vote is on Friday` looks ahead. */
export const PRESENT_COPULAS: readonly string[] = ['is', 'are', 'am', "'s", '’s'];

/**
 * Present-tense verbs that, with a date, announce a scheduled event (`the trial begins on
 * March 3`, `he said the festival opens Friday`): they look ahead like `is`.
 */
export const SCHEDULE_VERBS: readonly string[] = [
  'begins', 'begin', 'starts', 'start', 'opens', 'closes', 'ends', 'resumes', 'expires', 'launches',
  'kicks', 'convenes', 'reconvenes', 'premieres', 'debuts', 'arrives', 'departs', 'leaves',
  'returns', 'airs', 'runs', 'continues', 'concludes', 'reopens', 'reopen', 'takes', 'goes', 'go',
  'comes', 'enters', 'hosts', 'visits', 'faces', 'meets', 'plays', 'travels', 'heads', 'holds',
  'votes', 'expires', 'finishes', 'take', 'rise', 'rises', 'change', 'changes', 'increase',
  'increases', 'open', 'close', 'end', 'resume', 'expire', 'launch', 'kick', 'convene', 'reconvene',
  'premiere', 'debut', 'arrive', 'depart', 'leave', 'return', 'air', 'run', 'continue', 'conclude',
  'come', 'enter', 'host', 'visit', 'face', 'meet', 'play', 'travel', 'head', 'hold', 'vote', 'finish',
];

/**
 * Verbs that move an event to another day (`adjourned to Oct. 7`, `postponed until November`): the
 * new day may fall either side of the reference, so they give no direction.
 */
export const RESCHEDULE_VERBS: readonly string[] = [
  'postponed', 'adjourned', 'delayed', 'deferred', 'moved', 'rescheduled', 'pushed', 'brought',
  'extended', 'postpone', 'postpones', 'adjourn', 'adjourns', 'delay', 'delays', 'defer', 'defers',
  'reschedule', 'reschedules', 'extend', 'extends',
];

/** Forms that put the clause in the past (besides regular `-ed` forms). */
export const PAST_FORMS: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'rose', 'fell', 'went', 'came', 'took', 'made',
  'met', 'held', 'gave', 'began', 'won', 'lost', 'left', 'saw', 'spoke', 'spoken', 'wrote',
  'written', 'sent', 'found', 'thought', 'got', 'kept', 'brought', 'bought', 'ran', 'struck',
  'stood', 'became', 'led', 'paid', 'sold', 'fought', 'caught', 'taught', 'drew', 'grew', 'knew',
  'threw', 'flew', 'broke', 'broken', 'chose', 'chosen', 'froze', 'stole', 'woke', 'drove',
  'rode', 'ate', 'felt', 'heard', 'meant', 'built', 'spent', 'lent', 'shot', 'sought', 'swore',
  'tore', 'wore', 'been', 'gone', 'done', 'given', 'taken', 'seen', 'known', 'shown', 'begun',
  'sank', 'sunk', 'sprang', 'swam', 'sang', 'rang', 'fled', 'bled', 'fed', 'slept', 'swept',
  'wept', 'dealt', 'hung', 'lit', 'arose', 'forgot', 'forgave', 'withdrew', 'undertook', 'overtook',
  'beat', 'beaten', 'bore', 'born', 'shook', 'hid', 'bit', 'slid', 'spun', 'stuck', 'struck',
  'understood', 'upheld', 'withheld', 'oversaw', 'foresaw',
  // Same form in present and past; with a date in news copy, nearly always past.
  'hit', 'cut', 'put', 'shut', 'spread', 'burst', 'cost', 'hurt', 'quit', 'let',
];

/** Words ending in `-ed` that are not past forms. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'needs', 'feed', 'seed', 'speed', 'bed', 'red', 'shed', 'hundred', 'embed', 'proceed',
  'succeed', 'exceed', 'breed', 'creed', 'deed', 'greed', 'heed', 'weed', 'bleed', 'steed', 'ted',
  'fred', 'ned', 'wed', 'sled', 'naked', 'sacred', 'wicked', 'kindred', 'indeed', 'united',
  'limited', 'based', 'related', 'armed', 'advanced', 'detailed', 'alleged', 'so-called',
];

/** Words that start a new clause: the verb of another clause does not date this one. */
export const CLAUSE_OPENERS: readonly string[] = [
  'that', 'who', 'which', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though',
  'but', 'whereas', 'where', 'if', 'unless', 'since', 'until',
];
