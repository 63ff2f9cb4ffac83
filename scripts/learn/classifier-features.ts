import type { EntityKind, MentionLink } from '../../src/core/types';
import type { Word } from '../../src/core/entities/model';
import type { Draft } from '../../src/core/entities/model';
import type { KindCounts } from '../../src/core/entities/learned-words';
import { bestKind, ORG_SUFFIXES, PLACE_SUFFIXES } from '../../src/core/entities/kinds';
import { isFirstName } from '../../src/core/entities/words';
import { HONORIFICS, HEAD_TITLES } from '../../src/core/lexicon';

/** What the rules made of a draft after linking: its entity's kind and how it was linked. */
export interface RuleReading {
  readonly kind: EntityKind;
  readonly link: MentionLink;
}

/** compromise tags worth a feature (the rest are too common or too rare to help). */
const TAGS = [
  'FirstName', 'LastName', 'Person', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'Demonym', 'Acronym', 'ProperNoun', 'Noun', 'Plural', 'Adjective', 'Verb',
  'Value', 'Possessive', 'Abbreviation', 'Singular', 'Uncountable', 'Date',
];
const SAY = new Set(['said', 'says', 'told', 'added', 'wrote', 'explained', 'stated', 'argued', 'noted', 'asked', 'replied', 'claimed', 'tells', 'say']);
const CONTEXT_WORDS = new Set([
  'in', 'at', 'of', 'the', 'from', 'to', 'by', 'for', 'with', 'and', 'on', 'a', 'an', 'said', 'says', 'told', 'who',
  'is', 'was', 'has', 'had', 'will', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'says', 'near', 'into',
  'between', 'across', 'against', 'his', 'her', 'their', 'its', 'et', 'al', 'v', 'vs', 'university', 'city',
  'county', 'state', 'party', 'government', 'company', 'team', 'club', 'people', 'which', 'that', 'when', 'where',
]);

/**
 * Features of each draft for the learned candidate classifier: the span's shape, compromise's tags
 * and lexicon of its first and last words, the words around it, what the rules scored and linked,
 * and what the rest of the article says about the same words. Strings, one per active feature.
 * `kinds` is the learned word-kinds lookup (passed in so training can leave a document's own counts out).
 */
export function draftFeatures(
  text: string,
  words: readonly Word[],
  drafts: readonly Draft[],
  readings: ReadonlyMap<Draft, RuleReading>,
  kinds: (word: string) => KindCounts | undefined,
): string[][] {
  // Document-level: last words of multi-word people, first words of multi-word names, form counts.
  const personLast = new Set<string>();
  const multiFirst = new Set<string>();
  const multiWords = new Set<string>();
  const formCount = new Map<string, number>();
  for (const d of drafts) {
    formCount.set(d.text, (formCount.get(d.text) ?? 0) + 1);
    if (d.from < 0 || d.to === d.from) continue;
    const r = readings.get(d);
    if (r?.kind === 'person') personLast.add(words[d.to].text);
    multiFirst.add(words[d.from].text);
    for (let k = d.from; k <= d.to; k++) multiWords.add(words[k].text);
  }
  return drafts.map((d) => {
    if (d.from < 0) return [];
    const f: string[] = ['bias'];
    const add = (s: string) => f.push(s);
    const n = d.to - d.from + 1;
    const first = words[d.from];
    const last = words[d.to];
    const nb = n >= 3 ? '3' : String(n);
    add(`n=${nb}`);
    add(`shape=${shapeOf(words, d.from, d.to)}`);
    for (const [pos, w] of n === 1 ? [['1', first] as const] : [['F', first] as const, ['L', last] as const]) {
      add(`lex${pos}=${w.lexicon ?? '-'}`);
      for (const t of TAGS) if (w.tags.has(t)) add(`tag${pos}=${t}`);
      add(`key${pos}=${w.key}`);
      add(`suf${pos}=${w.key.slice(-3)}`);
      if (isFirstName(w)) add(`first${pos}`);
      if (ORG_SUFFIXES.has(w.key)) add(`orgsuf${pos}`);
      if (PLACE_SUFFIXES.has(w.key)) add(`placesuf${pos}`);
      const c = kinds(w.text);
      add(`lk${pos}=${lexBucket(c)}`);
    }
    if (n > 1) {
      for (let k = d.from + 1; k < d.to; k++) add(`mid=${words[k].key}`);
    }
    // Context.
    const prev = d.from > 0 && words[d.from - 1].sentence === first.sentence ? words[d.from - 1] : null;
    const prev2 = prev && d.from > 1 && words[d.from - 2].sentence === first.sentence ? words[d.from - 2] : null;
    const next = d.to + 1 < words.length && words[d.to + 1].sentence === last.sentence ? words[d.to + 1] : null;
    const next2 = next && d.to + 2 < words.length && words[d.to + 2].sentence === last.sentence ? words[d.to + 2] : null;
    add(`p1=${ctx(prev)}`);
    add(`p2=${ctx(prev2)}`);
    add(`n1=${ctx(next)}`);
    add(`n2=${ctx(next2)}`);
    if (prev && next) add(`p1n1=${ctx(prev)}_${ctx(next)}`);
    if (first.initial) add('initial');
    if (first.initial && n === 1) add('initial1');
    if (prev && HONORIFICS.has(prev.key)) add('honorific');
    if (prev && HEAD_TITLES.has(prev.key)) add('title-before');
    if ((next && SAY.has(next.key)) || (next2 && SAY.has(next2.key) && next?.key !== 'that')) add('say-after');
    if (prev && SAY.has(prev.key)) add('say-before');
    const before = text.slice(Math.max(0, d.start - 2), d.start);
    const after = text.slice(d.end, d.end + 2);
    if (/\($/.test(before.trimEnd()) && /^\s*\)/.test(after)) add('in-parens');
    else if (/\(\s*$/.test(before)) add('open-paren');
    if (/^\s*,/.test(after)) add('comma-after');
    if (/^\s*\(/.test(after)) add('paren-after');
    if (/^['’]/.test(text.slice(last.end, last.end + 1)) || last.possessive) add('possessive');
    if (/\d/.test(text.slice(d.end, d.end + 8))) add('digit-after');
    if (d.roles.length > 0) add('role');
    // What the rules decided.
    const own = bestKind(d.scores);
    const sorted = [...d.scores].sort((a, b) => b - a);
    const margin = sorted[0] - sorted[1];
    add(`rule=${own}`);
    add(`rule=${own}_m${margin < 1 ? 0 : margin < 3 ? 1 : margin < 6 ? 2 : 3}`);
    add(`rule=${own}_n${nb}`);
    const r = readings.get(d);
    if (r) {
      add(`linked=${r.kind}_${r.link}`);
      add(`linked=${r.kind}_${r.link}_n${nb}`);
    }
    // The article elsewhere.
    const count = formCount.get(d.text) ?? 1;
    add(`count=${count >= 4 ? 4 : count}`);
    if (n === 1) {
      if (personLast.has(first.text)) add('surname-of-person');
      if (multiFirst.has(first.text)) add('first-of-multi');
      if (multiWords.has(first.text)) add('in-multi');
      if (personLast.has(first.text) && first.initial) add('surname-of-person-initial');
    }
    return f;
  });
}

function ctx(w: Word | null): string {
  if (!w) return 'BOS';
  if (CONTEXT_WORDS.has(w.key)) return w.key;
  if (/^\p{P}+$/u.test(w.text)) return 'PUNCT';
  if (w.capital) return 'CAP';
  return 'w';
}

function shapeOf(words: readonly Word[], from: number, to: number): string {
  let s = '';
  for (let k = from; k <= to && s.length < 4; k++) {
    const t = words[k].text;
    if (/^\p{Lu}\.$/u.test(t)) s += 'I';
    else if (/^[\p{Lu}\d&.]{2,}$/u.test(t)) s += 'A';
    else if (/-/.test(t)) s += 'H';
    else if (/^\p{Lu}/u.test(t)) s += 'C';
    else s += 'l';
  }
  return s;
}

/** The learned word kind, bucketed: the majority kind and how sure the counts are. */
function lexBucket(c: KindCounts | undefined): string {
  if (!c) return 'unk';
  const total = c[0] + c[1] + c[2] + c[3];
  if (total === 0) return 'unk';
  let best = 0;
  for (let i = 1; i < 4; i++) if (c[i] > c[best]) best = i;
  const share = c[best] / total;
  return `${'POLN'[best]}${share > 0.8 ? 'h' : 'l'}${total >= 3 ? '+' : ''}`;
}
