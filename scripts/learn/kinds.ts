// `npx tsx scripts/learn/kinds.ts`: learns the weighing of name-kind cues (src/core/entities/kind-model.ts)
// from train.jsonl and meantime-dev.jsonl (all three topics; dev.jsonl is never learned from) and
// writes src/core/entities/kind-weights.ts. Same input, same bytes: no randomness, a fixed order, and
// the header names the sha256 of the input files. `npm run eval` trains the same way per MEANTIME fold,
// leaving out the topic it scores.
import { loadCorpus, loadMeantime, type CorpusDoc, type MeantimeDoc } from '../eval/corpus';
import { writeWeightsModule } from './weights-module';
import { nameContext } from '../eval/names';
import { findDrafts } from '../../src/core/entities';
import { kindFeatures } from '../../src/core/entities/kinds';
import { nameModelOverride, useNameModel } from '../../src/core/entities/name-model';
import { formatKindModel, useKindModel, type KindModel } from '../../src/core/entities/kind-model';

const KIND_OF: Record<string, number> = { PERSON: 0, ORG: 1, PLACE: 2 };

interface Sample {
  readonly features: [string, number][];
  readonly kind: number;
}

/** The drafts the engine finds whose span is exactly a gold name, with their features and gold kind. */
export function kindSamples(docs: readonly CorpusDoc[]): Sample[] {
  const out: Sample[] = [];
  useKindModel(null);
  const names = nameModelOverride();
  useNameModel(null);
  try {
    for (const doc of docs) {
      const end = (doc as Partial<MeantimeDoc>).annotated_end ?? Infinity;
      const gold = new Map(doc.entities.map((g) => [`${g.start}:${g.end}`, KIND_OF[g.type]]));
      const { sentences, dateline, dates } = nameContext(doc);
      const { words, drafts } = findDrafts(doc.text, sentences, { dateline, dates });
      for (const d of drafts) {
        if (d.from < 0 || d.fixedKind || d.start >= end) continue;
        const kind = gold.get(`${d.start}:${d.end}`);
        if (kind === undefined) continue;
        out.push({ features: kindFeatures(words, d.from, d.to, { hasRole: d.roles.length > 0, isDatelinePlace: false }), kind });
      }
    }
  } finally {
    useKindModel(undefined);
    useNameModel(names);
  }
  return out;
}

/**
 * Multinomial logistic regression by stochastic gradient descent in the samples' order (deterministic),
 * L2-regularised; features seen fewer than twice are left out. (Balancing the classes was tried: worse
 * on every MEANTIME fold.)
 */
export function trainKindModel(docs: readonly CorpusDoc[], epochs = 12, rate = 0.1, l2 = 1e-4): KindModel {
  const samples = kindSamples(docs);
  const counts = new Map<string, number>();
  for (const s of samples) for (const [f] of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, [number, number, number]>();
  for (const [f, c] of counts) if (c >= 2) weights.set(f, [0, 0, 0]);
  const bias: [number, number, number] = [0, 0, 0];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const lr = rate / (1 + epoch);
    for (const s of samples) {
      const z: [number, number, number] = [bias[0], bias[1], bias[2]];
      for (const [f, v] of s.features) {
        const w = weights.get(f);
        if (w) for (let i = 0; i < 3; i++) z[i] += w[i] * v;
      }
      const m = Math.max(...z);
      const e = z.map((x) => Math.exp(x - m));
      const sum = e[0] + e[1] + e[2];
      for (let i = 0; i < 3; i++) {
        const g = e[i] / sum - (i === s.kind ? 1 : 0);
        for (const [f, v] of s.features) {
          const w = weights.get(f);
          if (w) w[i] -= lr * (g * v + l2 * w[i]);
        }
      }
    }
  }
  return { bias, weights };
}

function main(): void {
  const model = trainKindModel([...loadCorpus('train'), ...loadMeantime()]);
  const bytes = writeWeightsModule(
    'scripts/learn/kinds.ts',
    'kind-weights.ts',
    'KIND_WEIGHTS',
    'Learned weights of the name-kind cues: first line the biases, then `feature<TAB>person,organization,place`.',
    formatKindModel(model),
  );
  console.log(`${model.weights.size} features, ${bytes} bytes`);
}

if (require.main === module) main();
