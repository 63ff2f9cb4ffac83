// `npx tsx scripts/learn/names.ts`: learns whether a candidate of the rules is a name at all
// (src/core/entities/name-model.ts) from train.jsonl and meantime-dev.jsonl (all three topics; dev.jsonl
// is never learned from) and writes src/core/entities/name-weights.ts. Same input, same bytes: no
// randomness, a fixed order, and the header names the sha256 of the input files. `npm run eval` trains
// the same way per MEANTIME fold, leaving out the topic it scores (scripts/learn/fold-models.ts).
import { loadCorpus, loadMeantime, type CorpusDoc, type MeantimeDoc } from '../eval/corpus';
import { writeWeightsModule } from './weights-module';
import { nameContext } from '../eval/names';
import { findDrafts } from '../../src/core/entities';
import { gatherEvidence } from '../../src/core/entities/candidates';
import { nameFeatures } from '../../src/core/entities/name-features';
import { formatNameModel, nameModelOverride, useNameModel, type NameModel } from '../../src/core/entities/name-model';

interface Sample {
  readonly features: [string, number][];
  readonly name: boolean;
}

/**
 * Every candidate the rules find in the scored part of a document, labelled a name when its span is
 * exactly a gold name (any kind) and not one when it overlaps none; candidates that overlap a gold name
 * with other bounds (a boundary error, not a thing) and MEANTIME's untyped names are left out.
 */
export function nameSamples(docs: readonly CorpusDoc[]): Sample[] {
  const out: Sample[] = [];
  const keep = nameModelOverride();
  useNameModel(null);
  try {
    for (const doc of docs) {
      const m = doc as Partial<MeantimeDoc>;
      const end = m.annotated_end ?? Infinity;
      const others = m.other_names ?? [];
      const { sentences, dateline, dates } = nameContext(doc);
      const { words, drafts } = findDrafts(doc.text, sentences, { dateline, dates });
      const evidence = gatherEvidence(words);
      for (const d of drafts) {
        if (d.from < 0 || d.fixedKind || d.start >= end) continue;
        const exact = doc.entities.some((g) => g.start === d.start && g.end === d.end);
        const overlaps = doc.entities.some((g) => g.start < d.end && d.start < g.end);
        if (!exact && (overlaps || others.some((o) => o.start < d.end && d.start < o.end))) continue;
        out.push({ features: nameFeatures(doc.text, words, d, evidence), name: exact });
      }
    }
  } finally {
    useNameModel(keep);
  }
  return out;
}

/**
 * Logistic regression by stochastic gradient descent in the samples' order (deterministic),
 * L2-regularised; features seen fewer than twice are left out.
 */
export function trainNameModel(docs: readonly CorpusDoc[], epochs = 12, rate = 0.1, l2 = 1e-3): NameModel {
  const samples = nameSamples(docs);
  const counts = new Map<string, number>();
  for (const s of samples) for (const [f] of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [f, c] of counts) if (c >= 2) weights.set(f, 0);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const lr = rate / (1 + epoch);
    for (const s of samples) {
      let z = bias;
      for (const [f, v] of s.features) z += (weights.get(f) ?? 0) * v;
      const g = 1 / (1 + Math.exp(-z)) - (s.name ? 1 : 0);
      bias -= lr * g;
      for (const [f, v] of s.features) {
        const w = weights.get(f);
        if (w !== undefined) weights.set(f, w - lr * (g * v + l2 * w));
      }
    }
  }
  return { bias, weights };
}

function main(): void {
  const model = trainNameModel([...loadCorpus('train'), ...loadMeantime()]);
  const bytes = writeWeightsModule(
    'scripts/learn/names.ts',
    'name-weights.ts',
    'NAME_WEIGHTS',
    'Learned weights of the name decision: first line the bias, then `feature<TAB>weight` (log-odds of a name).',
    formatNameModel(model),
  );
  console.log(`${model.weights.size} features, ${bytes} bytes`);
}

if (require.main === module) main();
