import type { Word } from '../../src/core/entities/model';
import type { Draft } from '../../src/core/entities/model';
import { linkDrafts } from '../../src/core/entities/link';
import { learnedKinds, type KindCounts } from '../../src/core/entities/learned-words';
import { draftFeatures, type RuleReading } from './classifier-features';

/**
 * The learned candidate classifier (an experiment of scripts/learn/classifier.ts, not shipped: it did
 * not improve dev): a linear model over `draftFeatures` with four classes (person, organization,
 * place, not a name). It rescores a draft's kind, and drops a draft it reads as no name by a margin.
 */
export interface ClassifierModel {
  /** Feature → weights of person, organization, place, none. */
  readonly weights: ReadonlyMap<string, readonly number[]>;
  /** How far `none` must beat every kind to drop the draft. */
  readonly dropMargin: number;
  /** The model decides the kind (else it only drops drafts and the rules' kind stands). */
  readonly decidesKind: boolean;
  /** Drop margin for drafts the rules read as people (surnames link through them). */
  readonly personDropMargin: number;
  /** With `decidesKind`: the model's scores are added to the rules' with this weight (0: the model alone). */
  readonly blend: number;
}

export function parseModel(text: string, settings: Omit<ClassifierModel, 'weights'>): ClassifierModel {
  const weights = new Map<string, number[]>();
  if (text) {
    for (const row of text.split('\n')) {
      const tab = row.lastIndexOf('\t');
      weights.set(row.slice(0, tab), row.slice(tab + 1).split(',').map(Number));
    }
  }
  return { weights, ...settings };
}

/** What the rules alone made of each draft: linked entity kind and link type. */
export function ruleReadings(drafts: readonly Draft[]): Map<Draft, RuleReading> {
  const readings = new Map<Draft, RuleReading>();
  for (const g of linkDrafts(drafts)) for (const m of g.members) readings.set(m.draft, { kind: g.kind, link: m.link });
  return readings;
}

export function scoreFeatures(model: ClassifierModel, features: readonly string[]): number[] {
  const s = [0, 0, 0, 0];
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let i = 0; i < 4; i++) s[i] += w[i];
  }
  return s;
}

/** Drafts rescored (and some dropped) by the learned classifier; unchanged without a model. */
export function applyClassifier(
  model: ClassifierModel | null,
  text: string,
  words: readonly Word[],
  drafts: readonly Draft[],
  kinds: (word: string) => KindCounts | undefined = learnedKinds,
): Draft[] {
  if (!model || model.weights.size === 0) return [...drafts];
  const readings = ruleReadings(drafts);
  const features = draftFeatures(text, words, drafts, readings, kinds);
  const out: Draft[] = [];
  drafts.forEach((d, i) => {
    if (d.from < 0 || d.fixedKind) {
      out.push(d);
      return;
    }
    const s = scoreFeatures(model, features[i]);
    const best = Math.max(s[0], s[1], s[2]);
    const margin = readings.get(d)?.kind === 'person' ? model.personDropMargin : model.dropMargin;
    if (s[3] - best > margin) return;
    if (!model.decidesKind) {
      out.push(d);
      return;
    }
    // Scores on the rules' scale: the best kind leads the others by its margin (at most 10).
    const own = [0, 1, 2].map((k) => 5 + Math.max(-5, Math.min(5, s[k] - best)));
    const scores = (model.blend > 0 ? own.map((x, k) => d.scores[k] + model.blend * x) : own) as [number, number, number];
    out.push({ ...d, scores });
  });
  return out;
}
