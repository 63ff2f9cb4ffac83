import type { Token } from '../nlp';
import { COORDINATORS, RELATIVES, SAY_VERBS, SUBORDINATORS, TO_GOVERNORS } from './words';

/**
 * Clauses of one sentence, found on compromise's tags without a parser: each finite verb group
 * (`has urged`, `is to be held`, `was due to close`) heads a clause; the words between two verb
 * groups say where the second clause opens and where its subject is (`who`, `that`, `and`, a verb
 * of saying before it, a comma closing an interrupting relative clause).
 */

export type ClauseKind = 'main' | 'relative' | 'reported' | 'subordinate' | 'coordinate';

/** Token indices into the sentence's words; `last` inclusive. */
export interface VerbGroup {
  readonly first: number;
  /** The main verb: `held` in `is to be held`. */
  readonly head: number;
  readonly last: number;
}

export interface TokenRange {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

export interface Clause {
  readonly kind: ClauseKind;
  readonly group: VerbGroup;
  /** The words the clause owns (its dates are the dates inside them), in order. */
  readonly ranges: TokenRange[];
  /** The subject's words, or null (shared, inverted or none). */
  readonly subject: TokenRange | null;
  /** A coordinated clause shares the subject (and, when it has none, the date) of this clause. */
  readonly sharesWith: number | null;
  /** `…," said Teresa Okoro`: the subject follows the verb. */
  readonly inverted: boolean;
}

// An acronym keeps its capitals: `WHO regional director` is no relative pronoun, `US stocks` no pronoun.
const lower = (t: Token | undefined) => (t ? (/^\p{Lu}{2,}$/u.test(t.text) ? t.text : t.text.toLowerCase()) : '');
const isVerbish = (t: Token | undefined) => !!t && (t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary'));
const isAdverb = (t: Token | undefined) => !!t && (t.tags.has('Adverb') || t.tags.has('Negative'));
const endsWithComma = (t: Token | undefined) => !!t && /,/.test(t.post);
/** Punctuation after a word that closes a noun phrase. */
const breaksAfter = (t: Token | undefined) => !!t && /[,;:()"“”—–]/.test(t.post);
const isNounish = (t: Token) =>
  t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Possessive') || t.tags.has('Acronym');
const isDateWord = (t: Token) => t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month');
const isPreposition = (t: Token | undefined) => !!t && t.tags.has('Preposition') && !t.tags.has('Verb');

/** Verb groups of `words[from..]`: maximal runs of auxiliaries, modals, adverbs and verbs, with `to` chains. */
const ADVERB_LIKE = /^(first|once|since|only|even|ever|again|last)$/i;
const AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did']);

export function verbGroups(words: readonly Token[], from: number): VerbGroup[] {
  const out: VerbGroup[] = [];
  let i = from;
  while (i < words.length) {
    if (!isVerbish(words[i])) {
      i++;
      continue;
    }
    let last = i;
    let nounAfter = false;
    for (;;) {
      const next = words[last + 1];
      if (!next || breaksAfter(words[last])) break;
      if (isVerbish(next)) {
        if (isNounBeforeVerb(words, last)) {
          nounAfter = true;
          break;
        }
        last++;
        continue;
      }
      // `has already said`, `has once again delayed`, `had first presented` (compromise reads
      // `first`, `once`… as numbers): adverbs between an auxiliary and its verb.
      const auxiliary = words[last].tags.has('Auxiliary') || words[last].tags.has('Modal') || AUXILIARIES.has(lower(words[last]));
      let after = last + 1;
      while (after < last + 3 && words[after] && !breaksAfter(words[after]) && (isAdverb(words[after]) || (auxiliary && ADVERB_LIKE.test(words[after].text)))) after++;
      if (after > last + 1 && (after === last + 2 || auxiliary) && isVerbish(words[after])) {
        last = after;
        continue;
      }
      // `plans to reopen`, `is to be held`, `hoped to win`
      if (lower(next) === 'to' && (TO_GOVERNORS.has(lower(words[last])) || words[last].tags.has('Verb')) && isVerbOrBareNoun(words[last + 2])) {
        last += 2;
        continue;
      }
      // `was due to close` (compromise tags `close` a noun there)
      if (TO_GOVERNORS.has(lower(next)) && lower(words[last + 2]) === 'to' && isVerbOrBareNoun(words[last + 3])) {
        last += 3;
        continue;
      }
      break;
    }
    let head = last;
    // `broke down`: the particle is part of the verb, not its head.
    while (head > i && (words[head].tags.has('Auxiliary') || words[head].tags.has('Modal') || words[head].tags.has('Particle') || isAdverb(words[head]) || lower(words[head]) === 'to')) head--;
    out.push({ first: i, head, last });
    i = last + (nounAfter ? 2 : 1);
  }
  return out;
}

/**
 * `said talks would resume`, `expects prices will rise`: a word in -s the tagger read as a present
 * verb, right after a verb of saying or thinking and right before a modal or an auxiliary, is the
 * plural noun that opens the reported clause, not a verb of the saying's group.
 */
function isNounBeforeVerb(words: readonly Token[], last: number): boolean {
  const noun = words[last + 1];
  const after = words[last + 2];
  if (!SAY_VERBS.has(lower(words[last])) || !/[a-z]s$/.test(noun.text) || noun.tags.has('Auxiliary') || noun.tags.has('Modal') || breaksAfter(noun)) return false;
  return !!after && (after.tags.has('Modal') || after.tags.has('Auxiliary'));
}

function isVerbOrBareNoun(t: Token | undefined): boolean {
  return !!t && (t.tags.has('Verb') || (t.tags.has('Noun') && t.tags.has('Singular') && !t.tags.has('ProperNoun') && /^[a-z]+$/.test(t.text)));
}

function isPlainNoun(t: Token | undefined): boolean {
  return !!t && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Determiner');
}

/** A verb group that carries a clause: tensed, not an infinitive, not a participle used as an adjective. */
export function isFinite(words: readonly Token[], g: VerbGroup): boolean {
  const before = words[g.first - 1];
  if (lower(before) === 'to') return false;
  for (let k = g.first; k <= g.last; k++) {
    const t = words[k];
    if (t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Auxiliary')) return !t.tags.has('Gerund') && !t.tags.has('Infinitive') || k > g.first;
  }
  const head = words[g.head];
  if (head.tags.has('Gerund')) return false;
  if (head.tags.has('PastTense')) {
    const after = words[g.last + 1];
    // `chaos caused by protests`, `a plan drafted last year`, `Northline, based in Troy,`
    if (lower(after) === 'by') return false;
    if (before && (before.tags.has('Determiner') || /^(by|of|with)$/i.test(before.text))) return false;
    if (endsWithComma(before) && isPreposition(after) && g.first === g.last) return false;
    // `late and cancelled sailings`: a participle joined to an adjective before a noun describes it.
    if (g.first === g.last && /^(and|or)$/i.test(before?.text ?? '') && words[g.first - 2]?.tags.has('Adjective') && isPlainNoun(after)) return false;
    return true;
  }
  if (head.tags.has('PresentTense')) {
    // `after talks with …`, `the plans`: no tensed verb follows a preposition or an article (but a
    // determiner standing for a noun does: `some say`, `the firm that runs it`).
    if (g.first === g.head && before && (isPreposition(before) || /^(the|a|an)$/.test(lower(before)))) return false;
    if (!head.tags.has('Infinitive')) return true;
    return !!before && (before.tags.has('Noun') || before.tags.has('Pronoun')) && !before.tags.has('Preposition');
  }
  return false;
}

/**
 * `Cisco sues Apple`, `Halden, based in Troy, employs 9,000 people`: compromise reads a present
 * tense that ends in `-s` as a plural noun when nothing else in the sentence is a verb. In a sentence
 * without a finite verb, a lower-case `-s` word after a noun (or a comma) and before a name, a
 * determiner, a number or an adverb is taken for the verb.
 */
function presentVerbTaggedNoun(words: readonly Token[], from: number): number {
  for (let k = from + 1; k < words.length - 1; k++) {
    const t = words[k];
    if (!/^[a-z]+[^s]s$/.test(t.text) || !t.tags.has('Plural')) continue;
    const before = words[k - 1];
    const after = words[k + 1];
    if (!(before.tags.has('Noun') || endsWithComma(before)) || breaksAfter(t)) continue;
    if (after.tags.has('ProperNoun') || after.tags.has('Determiner') || after.tags.has('Value') || isAdverb(after) || /^(about|up|out|down)$/i.test(after.text)) return k;
  }
  return -1;
}

/** Prepositions a subject's noun phrase runs over (`gusts at the coast in the west reached`). */
const ACROSS_SUBJECT = /^(of|with|for|from|at|in|on|between|against|over)$/;
/**
 * Those an antecedent runs over: a relative pronoun refers to the noun right before it (`taken to
 * the hospital with injuries that were minor`: the injuries), or to a whole `of` phrase.
 */
const ACROSS_ANTECEDENT = /^(of)$/;
const ACROSS_WHO = /^(of|at|from|with|for|in)$/;

/**
 * The words of the noun phrase that ends just before `end` (exclusive), walking back over nouns,
 * determiners, adjectives and `of`/`with` between nouns; stops at punctuation, verbs and dates.
 */
export function nounPhraseBefore(words: readonly Token[], end: number, floor: number, across: RegExp = ACROSS_SUBJECT): TokenRange | null {
  let k = end - 1;
  let from = end;
  while (k >= floor) {
    const t = words[k];
    if (k < end - 1 && breaksAfter(t)) break;
    if (isDateWord(t) || isVerbish(t) && !t.tags.has('Noun')) break;
    if (isNounish(t) || t.tags.has('Pronoun') || /^(and|&)$/.test(lower(t)) && k > floor && isNounish(words[k - 1])) {
      from = k;
      k--;
      continue;
    }
    if (isPreposition(t) && across.test(lower(t)) && k > floor && words[k - 1].tags.has('Noun') && !isDateWord(words[k - 1]) && from < end) {
      from = k;
      k--;
      continue;
    }
    break;
  }
  // A phrase may not begin with a preposition or a conjunction.
  while (from < end && (isPreposition(words[from]) || /^(and|&)$/.test(lower(words[from])))) from++;
  return from < end ? { from, to: end } : null;
}

/** The noun phrase right after `start`, up to punctuation, a verb or a preposition: `said Teresa Okoro`. */
function nounPhraseAfter(words: readonly Token[], start: number, limit: number): TokenRange | null {
  let k = start;
  while (k < limit && (isNounish(words[k]) || words[k].tags.has('Pronoun')) && !isVerbish(words[k])) {
    k++;
    if (breaksAfter(words[k - 1])) break;
  }
  return k > start ? { from: start, to: k } : null;
}

/**
 * The subject among the words before a verb (`On Saturday, the President asked`; `Greta Okoro,
 * chief executive of Halden Motors, told`): split at commas, drop introductory phrases (a
 * preposition or adverb first, or only dates), and take the last part, or, when a comma comes
 * right before the verb, the first part (what precedes an appositive).
 */
export function subjectAmong(words: readonly Token[], from: number, to: number): TokenRange | null {
  const parts: TokenRange[] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (endsWithComma(words[k]) || /[—–(]/.test(words[k].post)) {
      parts.push({ from: start, to: k + 1 });
      start = k + 1;
    }
  }
  const trailingComma = start === to && parts.length > 0;
  if (start < to) parts.push({ from: start, to });
  const kept = parts.filter((p) => !isIntroduction(words, p));
  if (kept.length === 0) return null;
  // `Greta Okoro, chief executive of Halden, told`: the part before the appositive; but
  // `Irish budget carrier, Skylane, announced`: the name the common-noun part introduces.
  const named = (p: TokenRange) => everyBetween(words, p.from, p.to, (t) => t.tags.has('ProperNoun') || /^[\p{Lu}\d]/u.test(t.text) || t.tags.has('Determiner'));
  const hasName = (p: TokenRange) => !everyBetween(words, p.from, p.to, (t) => !t.tags.has('ProperNoun') || t.tags.has('Adjective') || t.tags.has('Demonym'));
  const chosen = trailingComma && kept.length > 1 ? (!hasName(kept[0]) && named(kept[1]) ? kept[1] : kept[0]) : kept[kept.length - 1];
  let f = chosen.from;
  while (f < chosen.to && (SUBORDINATORS.has(lower(words[f])) || COORDINATORS.has(lower(words[f])) || isAdverb(words[f]))) f++;
  // `In 2019 the company moved`, `Last year the carmaker recalled`: a date phrase opening the
  // subject without its comma.
  const dated = datedSubjectStart(words, { from: f, to: chosen.to });
  if (dated >= 0 && (isPreposition(words[f]) || isDateWord(words[f]) || DATE_MODIFIERS.test(words[f].text))) f = dated;
  let end = chosen.to;
  while (end > f && isAdverb(words[end - 1]) && !words[end - 1].tags.has('Noun')) end--;
  return f < end ? { from: f, to: end } : null;
}

/**
 * `Tavi Murray, a glaciologist at Swansea University who was not involved, called`: before a relative
 * clause the words may end on an appositive (an article opens it) to a name set off by a comma; the
 * name is the interrupted clause's subject, the appositive only the relative pronoun's antecedent.
 */
function nameBeforeAppositive(words: readonly Token[], pending: TokenRange): TokenRange | null {
  let comma = -1;
  for (let k = pending.from; k < pending.to - 1; k++) if (endsWithComma(words[k])) comma = k;
  if (comma < 0 || !ARTICLES_RE.test(words[comma + 1].text)) return null;
  let from = comma;
  while (from > pending.from && !endsWithComma(words[from - 1]) && /^\p{Lu}/u.test(words[from - 1].text)) from--;
  if (!/^\p{Lu}/u.test(words[from].text) || (from > pending.from && !endsWithComma(words[from - 1]))) return null;
  return { from, to: comma + 1 };
}

const ARTICLES_RE = /^(a|an|the)$/i;
const DATE_MODIFIERS = /^(last|next|this|early|late)$/i;
const TIME_OF_DAY = /^(night|morning|afternoon|evening)$/i;

/**
 * Where the subject starts after a date phrase run into it without a comma (`In March the council`,
 * `On Monday night the board`, `Last year the carmaker`): the word after the part's last date word
 * (and a time of day), when a noun phrase opens there; else -1.
 */
function datedSubjectStart(words: readonly Token[], p: TokenRange): number {
  const lastDate = lastIndex(words, p.from, p.to, isDateWord);
  if (lastDate < 0) return -1;
  let k = lastDate + 1;
  while (k < p.to && TIME_OF_DAY.test(words[k].text)) k++;
  if (k >= p.to) return -1;
  const t = words[k];
  return t.tags.has('Determiner') || t.tags.has('ProperNoun') || t.tags.has('Pronoun') ? k : -1;
}

function lastIndex(words: readonly Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let k = to - 1; k >= from; k--) if (test(words[k])) return k;
  return -1;
}

function isIntroduction(words: readonly Token[], p: TokenRange): boolean {
  const first = words[p.from];
  if (isPreposition(first)) return datedSubjectStart(words, p) < 0;
  if (isAdverb(first) && !first.tags.has('Noun')) return true;
  for (let k = p.from; k < p.to; k++) {
    const t = words[k];
    if (!isDateWord(t) && !t.tags.has('Value') && !/^(on|last|next|this|the|of|early|late)$/i.test(t.text)) return false;
  }
  return true;
}

/** The clauses of the sentence whose words are `words[from..]` (the dateline already left out). */
export function findClauses(words: readonly Token[], from: number): Clause[] {
  let groups = verbGroups(words, from).filter((g) => isFinite(words, g));
  if (groups.length === 0) {
    const guessed = presentVerbTaggedNoun(words, from);
    if (guessed >= 0) groups = [{ first: guessed, head: guessed, last: guessed }];
  }
  const clauses: Clause[] = [];
  // Words before a clause that opened with `who`/`that`…: the subject of the clause it interrupts.
  let pending: TokenRange | null = null;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    const gapFrom = k === 0 ? from : groups[k - 1].last + 1;
    const prev = k > 0 ? clauses[k - 1] : null;
    const prevHead = k > 0 ? lower(words[groups[k - 1].head]) : '';
    const afterSay = SAY_VERBS.has(prevHead);
    const clause = openClause(words, g, gapFrom, from, k, prev, afterSay, pending, groups);
    if (clause.kind === 'relative' || clause.kind === 'subordinate') {
      if (k === 0 && clause.ranges[0].from > from) pending = { from, to: clause.ranges[0].from };
    } else if (pending && clause.kind === 'main') {
      pending = null;
    }
    clauses.push(clause);
  }
  return closeRelatives(words, assignRanges(clauses, words.length));
}

/**
 * `dismissed Karim Masimov, who was chairman of the committee, on January 5`: a relative clause
 * set off by commas ends at its closing comma; the words after it go back to the clause it
 * interrupted (here the date, to `dismissed`).
 */
function closeRelatives(words: readonly Token[], clauses: Clause[]): Clause[] {
  const out = [...clauses];
  for (let k = 1; k < out.length; k++) {
    const c = out[k];
    if (c.kind !== 'relative' || c.ranges.length !== 1) continue;
    const r = c.ranges[0];
    if (!endsWithComma(words[r.from - 1]) && !(r.from > 1 && endsWithComma(words[r.from - 2]))) continue;
    let close = -1;
    for (let j = c.group.last; j < r.to - 1; j++) {
      if (endsWithComma(words[j])) {
        close = j + 1;
        break;
      }
    }
    if (close < 0) continue;
    const outer = out[k - 1];
    out[k] = { ...c, ranges: [{ from: r.from, to: close }] };
    out[k - 1] = { ...outer, ranges: [...outer.ranges, { from: close, to: r.to }] };
  }
  return out;
}

function openClause(
  words: readonly Token[],
  g: VerbGroup,
  gapFrom: number,
  sentenceFrom: number,
  k: number,
  prev: Clause | null,
  afterSay: boolean,
  pending: TokenRange | null,
  prevGroups: readonly VerbGroup[],
): Clause {
  const make = (kind: ClauseKind, open: number, subject: TokenRange | null, sharesWith: number | null = null, inverted = false): Clause => ({
    kind,
    group: g,
    ranges: [{ from: open, to: open }],
    subject,
    sharesWith,
    inverted,
  });
  // The verb after a relative clause closed by a comma: the interrupted clause goes on, whatever
  // the relative clause held (`Halden, which owns Troy Motors and Kessel, has agreed`).
  if (pending && prev && (prev.kind === 'relative' || prev.kind === 'subordinate') && endsWithComma(words[g.first - 1])) {
    const c = make('main', g.first, nameBeforeAppositive(words, pending) ?? subjectAmong(words, pending.from, pending.to));
    return { ...c, ranges: [pending, { from: g.first, to: g.first }] };
  }
  // Markers in the gap, the nearest to the verb first.
  for (let m = g.first - 1; m >= gapFrom; m--) {
    const w = lower(words[m]);
    const onlyAdverbsAfter = everyBetween(words, m + 1, g.first, isAdverb);
    if (RELATIVES.has(w) || (w === 'that' && !afterSay && onlyAdverbsAfter && m > gapFrom && words[m - 1].tags.has('Noun') && !words[m - 1].tags.has('Pronoun'))) {
      const open = m > gapFrom && isPreposition(words[m - 1]) ? m - 1 : m;
      if (onlyAdverbsAfter || w === 'whose') {
        // `who` stands for a person: not for the institution a role noun is `at` or `of` (`a glaciologist
        // at Swansea University who was not involved`).
        const antecedent = nounPhraseBefore(words, open, Math.max(sentenceFrom, open - 12), w === 'who' ? ACROSS_WHO : ACROSS_ANTECEDENT);
        return make('relative', open, w === 'whose' ? rangeOrNull(m + 1, g.first) : antecedent);
      }
      return make('relative', open, subjectAmong(words, m + 1, g.first));
    }
    // `as` opens a clause (`as chaos caused by protests is easing`) unless it introduces a role set off by commas.
    // `since 2018, Ahn said`, `after March 3, the board voted`: a date after the word and a comma
    // before the verb's subject make it a preposition, not a subordinator.
    const beforeDate = m + 1 < g.first && (isDateWord(words[m + 1]) || /^\d/.test(words[m + 1].text)) && anyBetween(words, m + 1, g.first - 1, endsWithComma);
    if (SUBORDINATORS.has(w) && !beforeDate && !(w === 'as' && (m + 1 >= g.first || anyBetween(words, m + 1, g.first - 1, endsWithComma)))) {
      return make(afterSay || w === 'that' ? 'reported' : 'subordinate', m, subjectAmong(words, m + 1, g.first));
    }
    if (COORDINATORS.has(w) && k > 0) {
      if (onlyAdverbsAfter) return make('coordinate', m, null, sameTense(words, g, prevGroups, k));
      if (endsWithComma(words[m - 1]) || (!afterSay && m > gapFrom)) return make('main', m, subjectAmong(words, m + 1, g.first));
    }
  }
  if (k === 0) {
    const subject = subjectAmong(words, sentenceFrom, g.first);
    if (!subject && SAY_VERBS.has(lower(words[g.head]))) return make('main', sentenceFrom, nounPhraseAfter(words, g.last + 1, words.length), null, true);
    return make('main', sentenceFrom, subject);
  }
  // `"…," said Teresa Okoro`; `…, Tokayev said.`
  // `said talks would resume`: the plural noun verbGroups left between the two groups.
  const np = nounPhraseBefore(words, g.first, gapFrom) ?? (gapFrom === g.first - 1 && gapFrom > 0 && isNounBeforeVerb(words, gapFrom - 1) ? { from: gapFrom, to: g.first } : null);
  if (!np && SAY_VERBS.has(lower(words[g.head]))) {
    return make('main', g.first, nounPhraseAfter(words, g.last + 1, words.length), null, true);
  }
  if (afterSay) return make('reported', np ? np.from : g.first, np);
  return make('main', np ? np.from : g.first, np);
}

/**
 * The clause a coordinated verb shares its subject with: the nearest earlier one whose verb has the
 * same tense (`informed Putin, noting that the situation is easing, and thanked` → `informed`).
 */
function sameTense(words: readonly Token[], g: VerbGroup, groups: readonly VerbGroup[], k: number): number {
  const tense = (x: VerbGroup) => {
    const t = words[x.first].tags;
    return t.has('PastTense') ? 'past' : t.has('PresentTense') ? 'present' : 'other';
  };
  const mine = tense(g);
  for (let j = k - 1; j >= 0; j--) if (tense(groups[j]) === mine) return j;
  return k - 1;
}

function rangeOrNull(from: number, to: number): TokenRange | null {
  return from < to ? { from, to } : null;
}

function everyBetween(words: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < to; k++) if (!test(words[k])) return false;
  return true;
}

function anyBetween(words: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < to; k++) if (test(words[k])) return true;
  return false;
}

/** Each clause owns the words from its opening to the next clause's opening (plus any range given). */
function assignRanges(clauses: Clause[], end: number): Clause[] {
  const opens = clauses.map((c) => c.ranges[c.ranges.length - 1].from);
  return clauses.map((c, k) => {
    const open = opens[k];
    let close = end;
    for (let j = 0; j < clauses.length; j++) if (opens[j] > open && opens[j] < close) close = opens[j];
    const own = c.ranges.slice(0, -1).map((r) => {
      let to = r.to;
      for (let j = 0; j < clauses.length; j++) if (opens[j] > r.from && opens[j] < to) to = opens[j];
      return { from: r.from, to };
    });
    return { ...c, ranges: [...own, { from: open, to: Math.max(close, c.group.last + 1) }] };
  });
}
