// What the learned name decision (name-model.ts) sees of a candidate: the kind cues and span features
// of kinds.ts, and what says "a thing, not a name": digits (`A380`, `787`), money (`US$40`), a
// headline's capitals, words the article writes in lower case elsewhere, a bracketed acronym.
import type { Draft, Word, WordEvidence } from './model';
import { kindFeatures, KIND_TAGS, shape } from './kinds';
import { isLearnedCommonWord } from './learned-words';

export function nameFeatures(text: string, words: readonly Word[], d: Draft, evidence: WordEvidence): [string, number][] {
  const out = kindFeatures(words, d.from, d.to, { hasRole: d.roles.length > 0, isDatelinePlace: false });
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
  if (span.every((w) => evidence.lower.has(w.key))) add('lowerElsewhere');
  if (span.every((w) => isLearnedCommonWord(w.key))) add('commonWords');
  if (evidence.midCapital.has(last.text)) add('capitalMidSentence');
  if (evidence.surnames.has(last.text)) add('surnameElsewhere');
  if (text.lastIndexOf('\n', d.start - 1) < 0) add('firstLine');
  if (first.markBefore === '(' && last.markAfter === ')') add('bracketed');
  if (first.initial && span.length === 1) add('initialAlone');
  return out;
}
