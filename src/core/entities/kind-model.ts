// The learned weighing of a name's kind cues: a multinomial logistic regression over the cues of
// kinds.ts and the span's words, trained by scripts/learn/kinds.ts on train.jsonl and MEANTIME (never
// on dev.jsonl). The shipped weights are in kind-weights.ts; evaluation may swap in a model trained
// without the fold it scores (useKindModel).
import { KIND_WEIGHTS } from './kind-weights';
import { modelSlot } from './model-slot';

/** Weights per feature for person, organization, place, and the three biases. */
export interface KindModel {
  readonly bias: readonly [number, number, number];
  readonly weights: ReadonlyMap<string, readonly [number, number, number]>;
}

const slot = modelSlot(() => parseKindModel(KIND_WEIGHTS));

/** The model in use: the one set by useKindModel, else the shipped weights (null: hand-set weights). */
export const activeKindModel: () => KindModel | null = slot.active;

/** Sets the model for the following analyses (undefined: back to the shipped one; null: hand weights). */
export const useKindModel: (model: KindModel | null | undefined) => void = slot.use;

/** Softmax probabilities of person, organization, place for the features. */
export function kindProbabilities(model: KindModel, features: readonly (readonly [string, number])[]): [number, number, number] {
  const z: [number, number, number] = [model.bias[0], model.bias[1], model.bias[2]];
  for (const [name, value] of features) {
    const w = model.weights.get(name);
    if (!w) continue;
    for (let i = 0; i < 3; i++) z[i] += w[i] * value;
  }
  const m = Math.max(z[0], z[1], z[2]);
  const e = z.map((x) => Math.exp(x - m));
  const sum = e[0] + e[1] + e[2];
  return [e[0] / sum, e[1] / sum, e[2] / sum];
}

/** The compact text form of kind-weights.ts: `bias;name:w0,w1,w2;…` (empty: no model). */
export function parseKindModel(text: string): KindModel | null {
  if (text === '') return null;
  const rows = text.split('\n');
  const bias = rows[0].split(',').map(Number) as [number, number, number];
  const weights = new Map<string, [number, number, number]>();
  for (const row of rows.slice(1)) {
    const tab = row.lastIndexOf('\t');
    weights.set(row.slice(0, tab), row.slice(tab + 1).split(',').map(Number) as [number, number, number]);
  }
  return { bias, weights };
}

/** The text form parseKindModel reads, rounded to three decimals, features in sorted order. */
export function formatKindModel(model: KindModel): string {
  const r = (x: number) => String(Math.round(x * 1000) / 1000);
  const rows = [...model.weights.entries()]
    .filter(([, w]) => w.some((x) => Math.abs(x) >= 0.0005))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, w]) => `${name}\t${w.map(r).join(',')}`);
  return [model.bias.map(r).join(','), ...rows].join('\n');
}
