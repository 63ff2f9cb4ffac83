// What the learned name decision (name-model.ts) sees of a candidate: the kind cues and span features
// of kinds.ts, and what says "a thing, not a name": digits (`A380`, `787`), money (`US$40`), a
// headline's capitals, words the article writes in lower case elsewhere, a bracketed acronym.
import type { Draft, Word, WordEvidence } from './model';
import { kindFeatures, KIND_TAGS, shape } from './kinds';
import { isLearnedCommonWord } from './learned-words';

export function nameFeatures(text: string, words: readonly Word[], d: Draft, evidence: WordEvidence): [string, number][] {
  const local = localNameFeatures(text, words, d, kindFeatures(words, d.from, d.to, { hasRole: d.roles.length > 0, isDatelinePlace: false }));
  const out: [string, number][] = [];
  for (const f of local) {
    if (typeof f !== 'string') out.push([f[0], f[1]]);
    else if (hasArticleFeature(f, text, words, d, evidence)) out.push([f, 1]);
  }
  return out;
}

/**
 * The features that read the article beyond the candidate's sentence and its neighbours (what the
 * article writes elsewhere, whether the name stands on the text's first line): a slot in the list of
 * localNameFeatures, filled by hasArticleFeature on each analysis, so the rest can be kept from one
 * analysis of a document to the next (draft-work.ts).
 */
export type ArticleFeature = 'lowerElsewhere' | 'capitalMidSentence' | 'surnameElsewhere' | 'firstLine';

/** Where a draft stands: its words and its offsets. */
export type DraftSpan = Pick<Draft, 'from' | 'to' | 'start' | 'end'>;

/** A feature with its value, or the place of an article feature in the list. */
export type LocalNameFeature = readonly [string, number] | ArticleFeature;

/**
 * nameFeatures in order, with the article features as slots: `kind` is the span's kindFeatures for
 * `{ hasRole, isDatelinePlace: false }` (kinds.ts scoreWithFeatures gives them with the kind scores).
 * Reads only the words of the candidate's sentence, the words right around it and `text` one
 * character around the span.
 */
export function localNameFeatures(text: string, words: readonly Word[], d: DraftSpan, kind: readonly (readonly [string, number])[]): LocalNameFeature[] {
  const out: LocalNameFeature[] = [...kind];
  const add = (f: string) => out.push([f, 1]);
  const span = words.slice(d.from, d.to + 1);
  const first = span[0];
  const last = span[span.length - 1];
  const next = words[d.to + 1];
  if (span.some((w) => /\d/.test(w.text))) add('digit');
  if (/\d/.test(last.text)) add('digitLast');
  if (next && next.sentence === last.sentence && /^\d/.test(next.text)) add('numberAfter');
  if (/[$£€¥]/.test(text.slice(Math.max(0, d.start - 1), d.end + 1))) add('money');
  add(`firstShape=${shape(first.text)}`);
  for (const t of first.tags) if (KIND_TAGS.has(t)) add(`firstTag=${t}`);
  if (first.lexicon) add(`firstLex=${first.lexicon}`);
  out.push('lowerElsewhere');
  if (span.every((w) => isLearnedCommonWord(w.key))) add('commonWords');
  out.push('capitalMidSentence', 'surnameElsewhere', 'firstLine');
  if (first.markBefore === '(' && last.markAfter === ')') add('bracketed');
  if (first.initial && span.length === 1) add('initialAlone');
  return out;
}

/** Whether the article gives the draft one of the article features. */
export function hasArticleFeature(f: ArticleFeature, text: string, words: readonly Word[], d: DraftSpan, evidence: WordEvidence): boolean {
  switch (f) {
    case 'lowerElsewhere':
      for (let k = d.from; k <= d.to; k++) if (!evidence.lower.has(words[k].key)) return false;
      return true;
    case 'capitalMidSentence':
      return evidence.midCapital.has(words[d.to].text);
    case 'surnameElsewhere':
      return evidence.surnames.has(words[d.to].text);
    case 'firstLine':
      return text.lastIndexOf('\n', d.start - 1) < 0;
  }
}
