import type { ArticleEvent, DateMention, Entity, Mention, MentionLink, Span } from '../core';

/**
 * How analysis data reads in hovers, the outline and the tree view. Plain strings, free of `vscode`.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * A resolved date value as a reader says it.
 * @example formatDateValue('2022-01-08') === 'Saturday, 8 January 2022'
 * @example formatDateValue('2022-01') === 'January 2022'
 * @example formatDateValue('2022-01-03/2022-01-09') === 'Monday, 3 January 2022 – Sunday, 9 January 2022'
 */
export function formatDateValue(value: string): string {
  const range = value.split('/');
  if (range.length === 2) return `${formatDateValue(range[0])} – ${formatDateValue(range[1])}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return value;
}

/**
 * Why a date resolved as it did (or why it did not).
 * @example 'reference date 2022-01-09 (dateline), past weekday'
 */
export function dateExplanation(date: DateMention): string {
  const why = [date.anchor, date.rule].filter((part): part is string => !!part && part.trim() !== '').join(', ');
  if (date.value !== null) return why;
  return why ? `not pinned to a day: ${why}` : `not pinned to a day (${date.kind} expression)`;
}

/** `2022-01-05 Tokayev dismissed Karim Masimov`; undated events show their summary alone. */
export function eventLabel(event: ArticleEvent): string {
  return event.date ? `${event.date} ${event.summary}` : event.summary;
}

/** `person · Kazakh President · 6 mentions`: the kind, the roles as the text gives them, how often named. */
export function entityDetail(entity: Entity): string {
  return [entity.kind, ...distinctRoles(entity), pluralize(entity.mentions.length, 'mention')].join(' · ');
}

/** How a mention names its entity, in a journalist's words (the core's `MentionLink` is for code). */
export const MENTION_FORMS: Readonly<Record<MentionLink, string>> = {
  full: 'full name',
  surname: 'surname',
  partial: 'short name',
  acronym: 'acronym',
  title: 'title',
};

/** How long a mention's snippet runs in the outline: enough to tell two mentions apart at a glance. */
const MENTION_SNIPPET_LENGTH = 60;

/**
 * A mention as the outline lists it: its line and the words around it in its sentence.
 * @example mentionLabel(text, sentences, mention, 12) === 'line 12: …Tokayev said on Saturday that…'
 */
export function mentionLabel(text: string, sentences: readonly Span[], mention: Mention, line: number): string {
  const sentence = sentenceAt(sentences, mention.start) ?? mention;
  return `line ${line}: ${snippet(text, sentence, mention, MENTION_SNIPPET_LENGTH)}`;
}

/** The sentence (of spans in text order) that holds `offset`, by binary search. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

export function distinctRoles(entity: Entity): string[] {
  return [...new Set(entity.roles.map((role) => role.text))];
}

export function pluralize(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * One line of `text` from `span` (a sentence), white space collapsed, cut to about `maxLength`
 * characters around `focus` (the mention the reader is looking for) with ellipses.
 */
export function snippet(text: string, span: Span, focus: Span, maxLength = 120): string {
  let start = span.start;
  let end = span.end;
  if (end - start > maxLength) {
    const middle = Math.floor((focus.start + focus.end) / 2);
    start = Math.max(span.start, Math.min(middle - Math.floor(maxLength / 2), span.end - maxLength));
    end = Math.min(span.end, start + maxLength);
    // Cut between words, not inside one.
    const firstSpace = text.slice(start, focus.start).search(/\s/);
    if (start > span.start && firstSpace >= 0) start += firstSpace + 1;
    const lastSpace = text.slice(focus.end, end).search(/\s\S*$/);
    if (end < span.end && lastSpace >= 0) end = focus.end + lastSpace;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > span.start ? '…' : ''}${body}${end < span.end ? '…' : ''}`;
}
