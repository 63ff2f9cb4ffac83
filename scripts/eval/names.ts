// Scores name mentions (people, organizations, places) against the annotated corpus: Copydesk's
// `findEntities` and compromise alone, on the same documents, with the same scorer.
import type { CorpusDoc, GoldEntity, MeantimeDoc } from './corpus';
import { foldMean, type FoldReport } from './folds';
import type { DateMention, Dateline, EntityKind, Span } from '../../src/core/types';
import { findEntities } from '../../src/core/entities';
import { findDates, findReference } from '../../src/core/dates';
import { splitSentences } from '../../src/core/text/sentences';
import { compromiseNameSpans } from '../../src/core/nlp';

export interface NameSpanOut {
  kind: EntityKind;
  start: number;
  end: number;
}

export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SystemScore {
  exact: Prf;
  overlap: Prf;
  byKind: Record<EntityKind, Prf>;
  ms: number;
}

export interface NamesReport {
  docs: number;
  words: number;
  goldMentions: number;
  copydesk: SystemScore;
  compromise: SystemScore;
  /** Documents where the dates engine threw, so names ran without dates or dateline. */
  datesFallbacks: number;
}

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place'];
const GOLD_KIND: Record<GoldEntity['type'], EntityKind> = { PERSON: 'person', ORG: 'organization', PLACE: 'place' };

/** What the entity finder needs of a corpus document: sentences, and dates and dateline when the dates engine works. */
export function nameContext(
  doc: CorpusDoc,
  onFallback: () => void = () => undefined,
): { sentences: Span[]; dateline: Dateline | null; dates: DateMention[] } {
  let dateline: Dateline | null = null;
  let dates: DateMention[] = [];
  let sentences = splitSentences(doc.text);
  try {
    const reference = findReference(doc.text, { referenceDate: doc.dct });
    dateline = reference.dateline;
    sentences = splitSentences(doc.text, reference.frontMatter ? reference.frontMatter.end : 0);
    dates = findDates(doc.text, sentences, reference);
  } catch {
    onFallback();
  }
  return { sentences, dateline, dates };
}

/** Copydesk's mention spans for one document; dates and dateline when the dates engine works. */
export function copydeskSpans(doc: CorpusDoc, onFallback: () => void = () => undefined): NameSpanOut[] {
  const { sentences, dateline, dates } = nameContext(doc, onFallback);
  const out: NameSpanOut[] = [];
  for (const entity of findEntities(doc.text, sentences, { dateline, dates })) {
    for (const m of entity.mentions) out.push({ kind: entity.kind, start: m.start, end: m.end });
  }
  return out;
}

export function compromiseSpans(doc: CorpusDoc): NameSpanOut[] {
  return compromiseNameSpans(doc.text).map((s) => ({ kind: s.kind, start: s.start, end: s.end }));
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}

/** One-to-one matching: each gold mention counts once, each prediction counts once. */
function countMatches(pred: NameSpanOut[], gold: NameSpanOut[], same: (p: NameSpanOut, g: NameSpanOut) => boolean): number {
  const used = new Array<boolean>(gold.length).fill(false);
  let tp = 0;
  for (const p of pred) {
    for (let i = 0; i < gold.length; i++) {
      if (!used[i] && same(p, gold[i])) {
        used[i] = true;
        tp++;
        break;
      }
    }
  }
  return tp;
}

const exact = (p: NameSpanOut, g: NameSpanOut) => p.start === g.start && p.end === g.end;
const overlaps = (p: NameSpanOut, g: NameSpanOut) => p.start < g.end && g.start < p.end;

/**
 * What of a document is scored: MEANTIME annotates only up to `annotated_end`, and a prediction on one
 * of its untyped names (`other_names`: products, indices) that matches no gold name counts neither way.
 */
function scoredPredictions(doc: CorpusDoc, pred: NameSpanOut[], gold: NameSpanOut[]): NameSpanOut[] {
  const m = doc as Partial<MeantimeDoc>;
  const end = m.annotated_end ?? Infinity;
  const others = m.other_names ?? [];
  return pred.filter(
    (p) =>
      p.start < end &&
      (gold.some((g) => overlaps(p, g)) || !others.some((o) => p.start < o.end && o.start < p.end)),
  );
}

function score(docs: CorpusDoc[], system: (doc: CorpusDoc) => NameSpanOut[]): SystemScore {
  const totals = { exact: [0, 0, 0], overlap: [0, 0, 0] };
  const kinds = Object.fromEntries(KINDS.map((k) => [k, [0, 0, 0]])) as Record<EntityKind, number[]>;
  let ms = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const all = dedupe(system(doc));
    ms += performance.now() - t0;
    const gold = doc.entities.map((g) => ({ kind: GOLD_KIND[g.type], start: g.start, end: g.end }));
    const pred = scoredPredictions(doc, all, gold);
    totals.exact[0] += countMatches(pred, gold, exact);
    totals.overlap[0] += countMatches(pred, gold, overlaps);
    for (const t of [totals.exact, totals.overlap]) {
      t[1] += pred.length;
      t[2] += gold.length;
    }
    for (const k of KINDS) {
      const p = pred.filter((x) => x.kind === k);
      const g = gold.filter((x) => x.kind === k);
      kinds[k][0] += countMatches(p, g, exact);
      kinds[k][1] += p.length;
      kinds[k][2] += g.length;
    }
  }
  return {
    exact: prf(totals.exact[0], totals.exact[1], totals.exact[2]),
    overlap: prf(totals.overlap[0], totals.overlap[1], totals.overlap[2]),
    byKind: Object.fromEntries(KINDS.map((k) => [k, prf(kinds[k][0], kinds[k][1], kinds[k][2])])) as Record<EntityKind, Prf>,
    ms,
  };
}

/** A span predicted twice (compromise can call one span both a person and a place) counts once. */
function dedupe(spans: NameSpanOut[]): NameSpanOut[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}:${s.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function evaluateNames(docs: CorpusDoc[]): NamesReport {
  let datesFallbacks = 0;
  // compromise first: its one-off lexicon loading then is not charged to either system's timing.
  compromiseSpans(docs[0]);
  const compromise = score(docs, compromiseSpans);
  const copydesk = score(docs, (doc) => copydeskSpans(doc, () => datesFallbacks++));
  return {
    docs: docs.length,
    words: docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0),
    goldMentions: docs.reduce((n, d) => n + d.entities.length, 0),
    copydesk,
    compromise,
    datesFallbacks,
  };
}

export function printNames(report: NamesReport): void {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, s: SystemScore) =>
    [
      name.padEnd(11),
      `${f(s.exact.precision)} ${f(s.exact.recall)} ${f(s.exact.f1)}`,
      f(s.overlap.f1).padStart(7),
      ...KINDS.map((k) => f(s.byKind[k].f1).padStart(7)),
      `${Math.round(s.ms)}`.padStart(7),
    ].join('  ');
  console.log(`Names: ${report.docs} documents, ${report.words} words, ${report.goldMentions} gold mentions`);
  console.log(['system'.padEnd(11), 'P     R     F1   ', 'overlap', ' person', '    org', '  place', '     ms'].join('  '));
  console.log(row('copydesk', report.copydesk));
  console.log(row('compromise', report.compromise));
  if (report.datesFallbacks) {
    console.log(`(dates engine unavailable on ${report.datesFallbacks} documents: names ran without dates and dateline)`);
  }
}

/**
 * Names on MEANTIME, by fold: each fold's figure is the score on its held-out topic with the kind model
 * learned from train.jsonl and the two other topics (scripts/eval.ts); the row printed is the mean of
 * the three folds.
 */
export function printNamesFolds(folds: FoldReport<NamesReport>[]): void {
  const f = (x: number) => x.toFixed(3);
  const mean = (sys: 'copydesk' | 'compromise', fig: (s: SystemScore) => number) => foldMean(folds, (r) => fig(r[sys]));
  const row = (name: string, sys: 'copydesk' | 'compromise') =>
    [
      name.padEnd(11),
      `${f(mean(sys, (s) => s.exact.precision))} ${f(mean(sys, (s) => s.exact.recall))} ${f(mean(sys, (s) => s.exact.f1))}`,
      f(mean(sys, (s) => s.overlap.f1)).padStart(7),
      ...KINDS.map((k) => f(mean(sys, (s) => s.byKind[k].f1)).padStart(7)),
    ].join('  ');
  const gold = folds.reduce((n, x) => n + x.report.goldMentions, 0);
  console.log(`Names, MEANTIME (mean of 3 folds by topic; ${gold} gold mentions in the annotated windows)`);
  console.log(['system'.padEnd(11), 'P     R     F1   ', 'overlap', ' person', '    org', '  place'].join('  '));
  console.log(row('copydesk', 'copydesk'));
  console.log(row('compromise', 'compromise'));
  for (const x of folds) {
    const c = x.report.copydesk;
    console.log(
      `  fold ${x.topic.padEnd(7)} copydesk F1 ${f(c.exact.f1)}  person ${f(c.byKind.person.f1)}  org ${f(c.byKind.organization.f1)}  place ${f(c.byKind.place.f1)}   compromise F1 ${f(x.report.compromise.exact.f1)}`,
    );
  }
}
