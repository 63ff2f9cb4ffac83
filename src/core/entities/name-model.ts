// The learned decision whether a candidate the rules propose is a name at all (person, organization or
// place), or something else capitalised: a product (`Airbus A380`), a unit (`GHz`), an amount
// (`US$40`), an event. A logistic regression over the candidate's features (name-features.ts), trained
// by scripts/learn/names.ts on train.jsonl and MEANTIME (never on dev.jsonl); the shipped weights are
// in name-weights.ts, and evaluation swaps in a model trained without the fold it scores (useNameModel).
import { NAME_WEIGHTS } from './name-weights';
import { modelSlot } from './model-slot';

/** Weight per feature and the bias of the log-odds that a candidate is a name. */
export interface NameModel {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}

const slot = modelSlot(() => parseNameModel(NAME_WEIGHTS));

/** The model in use: the one set by useNameModel, else the shipped weights (null: keep every candidate). */
export const activeNameModel: () => NameModel | null = slot.active;

/** Sets the model for the following analyses (undefined: back to the shipped one; null: none). */
export const useNameModel: (model: NameModel | null | undefined) => void = slot.use;

/** The model set by useNameModel (undefined: none set), so a learner can put it back. */
export function nameModelOverride(): NameModel | null | undefined {
  return slot.overridden();
}

/** The probability that a candidate with these features is a name. */
export function nameProbability(model: NameModel, features: readonly (readonly [string, number])[]): number {
  let z = model.bias;
  for (const [f, v] of features) z += (model.weights.get(f) ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/** The text form of name-weights.ts: the bias on the first line, then `feature<TAB>weight` (empty: no model). */
export function parseNameModel(text: string): NameModel | null {
  if (text === '') return null;
  const rows = text.split('\n');
  const weights = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const tab = row.lastIndexOf('\t');
    weights.set(row.slice(0, tab), Number(row.slice(tab + 1)));
  }
  return { bias: Number(rows[0]), weights };
}

/** The text form parseNameModel reads, rounded to three decimals, features in sorted order. */
export function formatNameModel(model: NameModel): string {
  const r = (x: number) => String(Math.round(x * 1000) / 1000);
  const rows = [...model.weights.entries()]
    .filter(([, w]) => Math.abs(w) >= 0.0005)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, w]) => `${name}\t${r(w)}`);
  return [r(model.bias), ...rows].join('\n');
}
