import { lexiconTag, type Token } from '../nlp';
import { TITLE_WORDS } from '../lexicon';
import type { ArticleEvent, DateMention, Entity, ReferenceDate, Span } from '../types';
import { findClauses, type Clause, type TokenRange } from './clauses';
import { particlesBefore, shortName, singleWordPersonMentions } from './names';
import { compareEvents } from './order';
import { buildSummary, type Placed } from './summary';
import { detached, recalledEvents, rememberEvents } from './memo';
import { firstStartingAtOrAfter, within } from './within';
import { PERSON_PRONOUNS, PRESENT_FORMS, REPORTING_VERBS } from './words';

export { compareEvents } from './order';

/** What events need of the article beyond its words: the reference date and the dateline to skip. */
export interface EventContext {
  readonly referenceDate?: ReferenceDate;
  readonly dateline?: Span | null;
}

/** How far back a `he`/`she` looks for the person it stands for, in UTF-16 units (about two sentences). */
const PRONOUN_REACH = 400;
/** A subject that is no named entity is shown as written, up to this many words. */
const MAX_SUBJECT_WORDS = 8;
/** Words a cut subject may not end on: they need the words after them. */
const DANGLING = /^(?:the|a|an|and|or|of|from|with|for|in|at|on|to|by|its|their|his|her)$/i;

interface Subject {
  readonly entities: Placed[];
  /** Entities inside the subject that are not it (`talks with Adebayo Okonkwo`). */
  readonly others: Placed[];
  readonly text: string;
  /** When the subject is no named entity. */
  readonly span: (Span & { text: string }) | null;
}

/**
 * Events, clause by clause (clauses.ts): each clause's verb group, its syntactic subject (never the
 * dateline, never merely the nearest name), the names in its objects, and the date expression inside
 * the clause nearest its verb. A relative clause, a reported clause and the main clause are events
 * of their own. A clause without a date of its own takes, in this order, the date of the clause it
 * is coordinated with (`rose on Monday and closed higher`), or the article's date when its tense says
 * it happened on the story's day: a present tense, or a bare verb of reporting (`X said`). A clause
 * becomes an event when it has a date or names an actor. Sorted by compareEvents.
 */
export function findEvents(
  text: string,
  sentences: readonly Span[],
  entities: readonly Entity[],
  dates: readonly DateMention[],
  tokens: readonly Token[],
  context: EventContext = {},
): ArticleEvent[] {
  const placed: Placed[] = entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const people = placed.filter((p) => p.entity.kind === 'person');
  const datesInOrder = dates.filter((d) => d.kind !== 'duration').sort((a, b) => a.start - b.start);
  const reference = context.referenceDate && context.referenceDate.source !== 'fallback' ? context.referenceDate.value : null;
  const dateline = context.dateline ?? null;
  const alone = singleWordPersonMentions(entities);
  const names = new Map<Entity, string>();

  const events: ArticleEvent[] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t].end <= sentence.end) t++;
    const words = tokens.slice(first, t);
    let from = 0;
    if (dateline && dateline.start < sentence.end && dateline.end > sentence.start) {
      while (from < words.length && words[from].start < dateline.end) from++;
    }
    if (from >= words.length) continue;
    const inSentence = within(placed, (p) => p.mention, sentence);
    const sentenceDates = within(datesInOrder, (d) => d, sentence);
    const sentenceEvents = new SentenceEvents(text, sentence, words, inSentence, people, sentenceDates, reference, alone, names);
    const key = sentenceEvents.memoKey(from);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const recalled = recalledEvents(words, key, sentenceText, sentence.start);
    if (recalled) {
      for (const e of recalled) events.push(e);
      continue;
    }
    const found = sentenceEvents.events(clausesOf(text, sentence, words, from));
    rememberEvents(words, key, sentenceText, sentence.start, found);
    for (const e of found) events.push(e);
  }
  return events.sort(compareEvents);
}

/**
 * Clauses depend only on the sentence's words and their tags, which a LineTokenCache keeps from one
 * analysis to the next (same `identity` for the same tagged word): after an edit only the changed
 * sentences are parsed again. Keyed weakly by the first word's identity, so forgotten lines free
 * their entries; clause indices are relative to the sentence's words, so they survive offset shifts.
 */
const clauseMemo = new WeakMap<object, Map<string, Clause[]>>();

function clausesOf(text: string, sentence: Span, words: readonly Token[], from: number): Clause[] {
  const key = `${from}\u0000${text.slice(sentence.start, sentence.end)}`;
  let forFirst = clauseMemo.get(words[0].identity);
  const cached = forFirst?.get(key);
  if (cached && sameIdentities(cached, words)) return cached;
  const clauses = findClauses(words, from);
  if (!forFirst) {
    forFirst = new Map();
    clauseMemo.set(words[0].identity, forFirst);
  }
  // A kept key is not compared again while its sentence's events are recalled (memo.ts), so it must
  // not hold on to this version of the article (300 scattered edits of a 10,000-word article kept
  // 11 MB more).
  forFirst.set(detached(key), clauses);
  identitiesOf.set(clauses, words.map((w) => w.identity));
  return clauses;
}

/** The word identities a memoised clause list was found on. */
const identitiesOf = new WeakMap<Clause[], readonly object[]>();

function sameIdentities(clauses: Clause[], words: readonly Token[]): boolean {
  const ids = identitiesOf.get(clauses);
  if (!ids || ids.length !== words.length) return false;
  for (let k = 0; k < ids.length; k++) if (ids[k] !== words[k].identity) return false;
  return true;
}

class SentenceEvents {
  constructor(
    private readonly text: string,
    private readonly sentence: Span,
    private readonly words: readonly Token[],
    private readonly actors: readonly Placed[],
    private readonly people: readonly Placed[],
    private readonly dates: readonly DateMention[],
    private readonly reference: string | null,
    private readonly alone: ReadonlySet<string>,
    private readonly names: Map<Entity, string>,
  ) {}

  /**
   * Everything the sentence's events read beyond its words and its text (memo.ts, which compares the
   * text apart: no copy of every sentence into a key on every analysis): the dateline's words (`from`),
   * the article's date, the sentence's extent, and relative to its start each name's
   * offsets, entity, kind and summary name, each date's offsets and value, and the person each
   * `he`/`she` of the sentence would stand for.
   */
  memoKey(from: number): string {
    const s = this.sentence.start;
    // Lengths before free text: no two different inputs give one key.
    let key = `${from},${this.reference ?? ''},${this.words[0].start - s},${this.sentence.end - s}`;
    for (const a of this.actors) key += `\u0001a${a.mention.start - s},${a.mention.end - s},${a.entity.kind},${a.entity.id.length}:${a.entity.id}${lengthed(this.nameOf(a))}`;
    for (const d of this.dates) key += `\u0001d${d.start - s},${d.end - s},${d.value ?? ''}`;
    for (const w of this.words) {
      if (w.text.length > LONGEST_PRONOUN || !PRONOUN_ENDINGS.includes(w.text.charCodeAt(w.text.length - 1)) || !PERSON_PRONOUNS.has(w.text.toLowerCase())) continue;
      const p = this.referent(w.start, w.text.toLowerCase());
      key += `\u0001p${w.start - s},${p ? `${p.entity.id.length}:${p.entity.id}${lengthed(this.nameOf(p))}` : '-'}`;
    }
    return key;
  }

  /** An actor as the summary names it: `van der Berg`, `Zhao`, `CSTO`. */
  private nameOf(p: Placed): string {
    // A person's short name reads all their mentions: once per person, not once per event.
    let name = p.entity.kind === 'person' ? this.names.get(p.entity) : undefined;
    if (name === undefined) {
      name = shortName(p.entity, p.mention, this.alone);
      if (p.entity.kind === 'person') this.names.set(p.entity, name);
    }
    if (p.entity.kind !== 'person' || !p.mention.text.startsWith(name)) return name;
    const particles = particlesBefore(this.text, p.mention.start);
    return particles ? `${particles} ${name}` : name;
  }

  events(clauses: readonly Clause[]): ArticleEvent[] {
    const own = clauses.map((c) => this.ownDate(c));
    const subjects: Subject[] = [];
    const out: ArticleEvent[] = [];
    clauses.forEach((clause, k) => {
      const shared = clause.sharesWith !== null ? subjects[clause.sharesWith] : undefined;
      const subject = shared ?? this.subject(clause);
      subjects.push(subject);
      const date = own[k] ?? this.sharedDate(clauses, own, k);
      const inherited = date ? null : this.inheritedDate(clause);
      const last = clause.ranges[clause.ranges.length - 1];
      const objects = this.objects(clause);
      const ids = unique([...subject.entities, ...objects, ...subject.others].map((p) => p.entity.id));
      const value = date?.value ?? inherited;
      if (value === null && ids.length === 0) return;
      const start = this.words[clause.ranges[0].from].start;
      const summary = buildSummary(this.text, this.words, clause.group, last.to, subject.text, this.inRanges(clause.ranges), this.dates);
      const end = Math.max(this.words[Math.min(last.to, this.words.length) - 1].end, summary.end);
      out.push({
        start,
        end,
        date: value,
        dateSpan: date ? { start: date.start, end: date.end } : null,
        actors: ids,
        summary: summary.text,
        ...(subject.span ? { subject: subject.span } : {}),
      });
    });
    return out;
  }

  /** Offsets of a token range. */
  private span(r: TokenRange): Span {
    const end = r.to < this.words.length ? this.words[r.to].start : this.sentence.end;
    return { start: this.words[r.from].start, end };
  }

  private inRanges(ranges: readonly TokenRange[]): Placed[] {
    return ranges.flatMap((r) => within(this.actors, (a) => a.mention, this.span(r)));
  }

  /** The date inside the clause's own words nearest its verb. */
  private ownDate(clause: Clause): DateMention | null {
    const verb = this.words[clause.group.head];
    let best: DateMention | null = null;
    let bestDistance = Infinity;
    for (const r of clause.ranges) {
      for (const d of within(this.dates, (x) => x, this.span(r))) {
        if (d.value === null) continue;
        const distance = d.start >= verb.end ? d.start - verb.end : verb.start - d.end;
        if (distance < bestDistance) {
          best = d;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** `was arrested and charged on Monday`: conjuncts share a date when only one has it. */
  private sharedDate(clauses: readonly Clause[], own: readonly (DateMention | null)[], k: number): DateMention | null {
    const root = (j: number): number => (clauses[j].sharesWith === null ? j : root(clauses[j].sharesWith as number));
    const r = root(k);
    for (let j = 0; j < clauses.length; j++) if (j !== k && own[j] && root(j) === r) return own[j];
    return null;
  }

  /**
   * The article's date, when the tense places the clause on the story's day: a present tense
   * (`is`, `has urged`, `says`) without a modal, or a bare verb of reporting in the simple past.
   */
  private inheritedDate(clause: Clause): string | null {
    if (this.reference === null) return null;
    const g = clause.group;
    let present = false;
    for (let k = g.first; k <= g.last; k++) {
      const w = this.words[k];
      const word = w.text.toLowerCase();
      // `can fly` states what is so on the story's day; `will`, `would`, `could` do not.
      if ((w.tags.has('Modal') && word !== 'can') || word === 'had' || word === "'d") return null;
      if (k === g.first && (PRESENT_FORMS.has(word) || word === 'can')) present = true;
      if (w.tags.has('PresentTense') && !w.tags.has('Infinitive')) present = true;
    }
    // A present tense compromise took for a plural noun (`Cisco sues Apple`).
    if (g.first === g.head && !this.words[g.head].tags.has('Verb')) present = true;
    if (present) return this.reference;
    if (g.first === g.head && REPORTING_VERBS.has(this.words[g.head].text.toLowerCase())) return this.reference;
    return null;
  }

  private subject(clause: Clause): Subject {
    const range = clause.subject;
    if (!range) return { entities: [], others: [], text: '', span: null };
    const words = this.words;
    // The head: the last word before the first preposition (`talks` in `talks with X`).
    let head = range.to - 1;
    for (let k = range.from + 1; k < range.to; k++) {
      if ((words[k].tags.has('Preposition') && !words[k].tags.has('Verb')) || words[k].tags.has('Gerund') || (words[k].tags.has('PastTense') && !words[k].tags.has('Noun'))) {
        head = k - 1;
        break;
      }
    }
    const span = this.span(range);
    // Up to the next word, not the last word's end: a name's period is no word of its own (`Subaru Corp.`).
    const all = within(this.actors, (a) => a.mention, span);
    const headWord = words[head];
    const headMention = all.find((a) => a.mention.start <= headWord.start && headWord.start < a.mention.end);
    if (headMention) {
      const entities = coordinated(this.text, all.filter((a) => a.mention.start <= headMention.mention.start), headMention);
      const others = all.filter((a) => !entities.includes(a));
      return { entities, others, text: entities.map((e) => this.nameOf(e)).join(' and '), span: null };
    }
    if (range.to - range.from === 1 && PERSON_PRONOUNS.has(headWord.text.toLowerCase())) {
      const referent = this.referent(headWord.start, headWord.text.toLowerCase());
      if (referent) return { entities: [referent], others: [], text: this.nameOf(referent), span: null };
    }
    const shown = this.text.slice(span.start, this.subjectCut(range, all)).replace(/\s+/g, ' ');
    return { entities: [], others: all, text: shown, span: { start: span.start, end: words[range.to - 1].end, text: this.text.slice(span.start, words[range.to - 1].end) } };
  }

  /**
   * Where a subject that is no name is cut for the summary: after MAX_SUBJECT_WORDS words, but never
   * inside a name (`the University of Tartu` whole) and never after a word that needs one after it
   * (`Researchers from the Baltic Survey and the` loses its `and the`).
   */
  private subjectCut(range: TokenRange, names: readonly Placed[]): number {
    const words = this.words;
    let last = Math.min(range.to, range.from + MAX_SUBJECT_WORDS) - 1;
    let end = words[last].end;
    const cutName = names.find((a) => a.mention.start < end && end < a.mention.end);
    if (cutName) return cutName.mention.end;
    while (last > range.from && DANGLING.test(words[last].text)) last--;
    end = words[last].end;
    return end;
  }

  /**
   * Who `he` or `she` at `offset` stands for, not further back than PRONOUN_REACH: the last person
   * named before it in its own sentence, else, in the last sentence before it that names anyone, the
   * person opening it (its subject: `Ishiba … defeated Takaichi. He told…` is Ishiba) or the last
   * named; in every case one whose given name is not of the other sex.
   */
  private referent(offset: number, pronoun: string): Placed | null {
    const end = firstStartingAtOrAfter(this.people, (p) => p.mention, offset);
    const fits = (p: Placed) => offset - p.mention.end <= PRONOUN_REACH && agrees(p.entity, pronoun);
    for (let k = end - 1; k >= 0 && this.people[k].mention.start >= this.sentence.start; k--) if (fits(this.people[k])) return this.people[k];
    let k = end - 1;
    while (k >= 0 && this.people[k].mention.start >= this.sentence.start) k--;
    // The sentences before, nearest first: the person that opens it as its subject when they fit,
    // else the last that fits (`This came after the President dismissed Masimov. He was detained…`).
    while (k >= 0) {
      let opening = k;
      while (opening > 0 && !SENTENCE_BREAK.test(this.text.slice(this.people[opening - 1].mention.end, this.people[opening].mention.start + 1))) opening--;
      const first = this.people[opening];
      if (fits(first) && opensSentence(this.text, first.mention.start)) return first;
      for (let j = k; j >= opening; j--) if (fits(this.people[j])) return this.people[j];
      k = opening - 1;
    }
    return null;
  }

  /** Names after the verb in the clause's own words: people and organizations anywhere, places as direct objects. */
  private objects(clause: Clause): Placed[] {
    const verbEnd = this.words[clause.group.last].end;
    const subject = clause.subject;
    const subjectSpan = subject ? { start: this.words[subject.from].start, end: this.words[subject.to - 1].end } : null;
    return this.inRanges(clause.ranges).filter((a) => {
      if (a.mention.start < verbEnd) return false;
      if (subjectSpan && a.mention.start >= subjectSpan.start && a.mention.start < subjectSpan.end) return false;
      if (this.dates.some((d) => d.start < a.mention.end && a.mention.start < d.end)) return false;
      if (a.entity.kind !== 'place') return true;
      const between = this.text.slice(verbEnd, a.mention.start);
      return /^\s*(?:the\s+)?$/i.test(between);
    });
  }
}

/** A sentence's end between two names: `.`, `!` or `?` before a capital, or a blank line. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}|\n\s*\n/u;

/**
 * Whether the name at `start` opens its sentence as its subject: only capitalised words, numbers,
 * articles and title words before it (`Japan's new Prime Minister Shigeru Ishiba`, `Apple chief
 * executive Tim Cook`), not a clause (`This came after the President`).
 */
function opensSentence(text: string, start: number): boolean {
  let cut = start;
  while (cut > 0 && start - cut < 200 && !/[.!?\n]/.test(text[cut - 1])) cut--;
  const lead = text.slice(cut, start).trim();
  if (lead === '') return true;
  return lead.split(/\s+/).every((w) => {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
    return bare === '' || /^[\p{Lu}\p{N}]/u.test(bare) || SUBJECT_LEAD_WORDS.has(bare.toLowerCase()) || TITLE_WORDS.has(bare.toLowerCase());
  });
}

const SUBJECT_LEAD_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'new', 'former', 'then', 'late', 'acting', 'newly', 'elected', 'appointed']);

/** Whether a person may be `he` or `she`: not where the lexicon gives their given name the other sex. */
function agrees(entity: Entity, pronoun: string): boolean {
  const tag = lexiconTag(entity.name.split(/\s+/)[0]);
  if (pronoun === 'he') return tag !== 'FemaleName';
  if (pronoun === 'she') return tag !== 'MaleName';
  return true;
}

/** The head name and the names joined to it by `and` or commas: `Tokayev and Russian President Vladimir Putin`. */
function coordinated(text: string, before: readonly Placed[], head: Placed): Placed[] {
  const out = [head];
  for (let k = before.length - 1; k >= 0; k--) {
    const candidate = before[k];
    if (candidate === head || candidate.mention.end > out[0].mention.start) continue;
    const between = text.slice(candidate.mention.end, out[0].mention.start);
    if (!/^(?:\s*(?:,|and|&)\s*)(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(between)) break;
    out.unshift(candidate);
  }
  return out;
}

const LONGEST_PRONOUN = Math.max(...[...PERSON_PRONOUNS].map((p) => p.length));
/**
 * The last letters of PERSON_PRONOUNS in either case: only these ASCII letters lower-case to those
 * letters, so a word ending otherwise is no such pronoun, and memoKey spares every short word of the
 * article a lower-cased copy on every analysis (a tenth of the events' time on an edit).
 */
const PRONOUN_ENDINGS: readonly number[] = [...new Set([...PERSON_PRONOUNS].flatMap((p) => [p.charCodeAt(p.length - 1), p.toUpperCase().charCodeAt(p.length - 1)]))];

const lengthed = (s: string): string => `${s.length}:${s}`;

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
