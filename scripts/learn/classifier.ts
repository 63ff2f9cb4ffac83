// Experiment (issue 8): a learned candidate classifier over the rules' name drafts, trained on
// train.jsonl ONLY. `npx tsx scripts/learn/classifier.ts` prints 5-fold cross-validation by document
// on train (exact-span names F1 any kind / person F1, overall and per genre) for rules alone and for
// each setting, then the size of the model trained on all of train. Deterministic (fixed seed and
// order). Not shipped: no setting improved dev over the rules (see the lead's commit message); to
// ship one, serialise `train(...)` as a data module and call `applyClassifier` between `findDrafts`
// and `entitiesFromDrafts` in src/core/entities/index.ts.
//
// Each draft the rules propose is one example; its label is the gold kind of the gold mention with
// exactly its span, else `none`. The learned word kinds are a feature; for a training document they
// are counted without that document (leave one out), so the model does not learn to trust them more
// than they deserve on unseen text. The model is an averaged perceptron over four classes.
import { loadCorpus, type CorpusDoc } from '../eval/corpus';
import type { EntityKind } from '../../src/core/types';
import { entitiesFromDrafts, findDrafts } from '../../src/core/entities';
import { applyClassifier, ruleReadings, scoreFeatures, type ClassifierModel } from './classifier-model';
import { draftFeatures } from './classifier-features';
import type { Draft } from '../../src/core/entities/model';
import type { Word } from '../../src/core/entities/model';
import type { KindCounts } from '../../src/core/entities/learned-words';
import { countDoc, type Row } from './word-counts';
import { mulberry32 } from '../../test/random';
import { nameContext } from '../eval/names';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place'];
const GOLD = { PERSON: 0, ORG: 1, PLACE: 2 } as const;

interface Prepared {
  doc: CorpusDoc;
  words: Word[];
  drafts: Draft[];
  kinds: (word: string) => KindCounts | undefined;
  examples: { features: string[]; label: number }[];
}

export interface Settings {
  epochs: number;
  /** Update weight of each genre's examples (absent: 1). */
  genreWeight: Record<string, number>;
  dropMargin: number;
  personDropMargin: number;
  decidesKind: boolean;
  blend: number;
  /** Features seen in fewer training documents are left out. */
  minDocs: number;
  /** Logistic regression instead of the averaged perceptron, with this L2 weight. */
  logistic?: boolean;
  l2?: number;
}

function prepare(docs: CorpusDoc[]): Prepared[] {
  const global = new Map<string, Row>();
  const ignored = new Map<string, number>();
  for (const doc of docs) countDoc(doc, ignored, global);
  return docs.map((doc) => {
    const own = new Map<string, Row>();
    countDoc(doc, new Map(), own);
    const kinds = (word: string): KindCounts | undefined => {
      const g = global.get(word);
      if (!g) return undefined;
      const o = own.get(word) ?? [0, 0, 0, 0];
      const r: Row = [g[0] - o[0], g[1] - o[1], g[2] - o[2], g[3] - o[3]];
      return r[0] + r[1] + r[2] + r[3] >= 2 ? r : undefined;
    };
    const { sentences, dateline, dates } = nameContext(doc);
    const { words, drafts } = findDrafts(doc.text, sentences, { dateline, dates });
    const features = draftFeatures(doc.text, words, drafts, ruleReadings(drafts), kinds);
    const examples: Prepared['examples'] = [];
    drafts.forEach((d, i) => {
      if (d.from < 0 || d.fixedKind) return;
      const gold = doc.entities.find((g) => g.start === d.start && g.end === d.end);
      examples.push({ features: features[i], label: gold ? GOLD[gold.type] : 3 });
    });
    return { doc, words, drafts, kinds, examples };
  });
}


/** The examples to learn from: features seen in fewer than `minDocs` documents dropped, genres weighted. */
function trainingExamples(data: Prepared[], s: Settings) {
  const docCount = new Map<string, number>();
  for (const p of data) {
    const seen = new Set<string>();
    for (const e of p.examples) for (const f of e.features) seen.add(f);
    for (const f of seen) docCount.set(f, (docCount.get(f) ?? 0) + 1);
  }
  const keep = (f: string) => (docCount.get(f) ?? 0) >= s.minDocs;
  const examples = data.flatMap((p) =>
    p.examples.map((e) => ({ features: e.features.filter(keep), label: e.label, weight: s.genreWeight[p.doc.genre] ?? 1 })),
  );
  return examples;
}

function train(data: Prepared[], s: Settings): ClassifierModel {
  const examples = trainingExamples(data, s);
  const w = new Map<string, number[]>();
  const u = new Map<string, number[]>();
  const rand = mulberry32(20261125);
  let c = 1;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const e = examples[i];
      if (e.weight <= 0) continue;
      const score = scoreOf(e.features, w);
      let guess = 0;
      for (let k = 1; k < 4; k++) if (score[k] > score[guess]) guess = k;
      if (guess !== e.label) {
        for (const f of e.features) {
          let wf = w.get(f);
          let uf = u.get(f);
          if (!wf || !uf) {
            wf = [0, 0, 0, 0];
            uf = [0, 0, 0, 0];
            w.set(f, wf);
            u.set(f, uf);
          }
          wf[e.label] += e.weight;
          wf[guess] -= e.weight;
          uf[e.label] += c * e.weight;
          uf[guess] -= c * e.weight;
        }
      }
      c++;
    }
  }
  const weights = new Map<string, number[]>();
  for (const [f, wf] of w) {
    const uf = u.get(f) ?? [0, 0, 0, 0];
    weights.set(f, wf.map((x, k) => x - uf[k] / c));
  }
  return { weights, ...modelSettings(s) };
}

/** Fisher–Yates in place, from the seeded generator: both trainers see the same example order. */
function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** The four class scores of one example's features under the current weights. */
function scoreOf(features: readonly string[], w: ReadonlyMap<string, number[]>): number[] {
  const score = [0, 0, 0, 0];
  for (const f of features) {
    const wf = w.get(f);
    if (wf) for (let k = 0; k < 4; k++) score[k] += wf[k];
  }
  return score;
}

/** Multinomial logistic regression, AdaGrad with L2, same example order as the perceptron. */
function trainLogistic(data: Prepared[], s: Settings): ClassifierModel {
  const examples = trainingExamples(data, s);
  const w = new Map<string, number[]>();
  const g2 = new Map<string, number[]>();
  const rand = mulberry32(20261125);
  const order = examples.map((_, i) => i);
  const rate = 0.5;
  const l2 = s.l2 ?? 1e-4;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const e = examples[i];
      if (e.weight <= 0) continue;
      const score = scoreOf(e.features, w);
      const max = Math.max(...score);
      const exp = score.map((x) => Math.exp(x - max));
      const z = exp[0] + exp[1] + exp[2] + exp[3];
      for (const f of e.features) {
        let wf = w.get(f);
        let gf = g2.get(f);
        if (!wf || !gf) {
          wf = [0, 0, 0, 0];
          gf = [0, 0, 0, 0];
          w.set(f, wf);
          g2.set(f, gf);
        }
        for (let k = 0; k < 4; k++) {
          const grad = e.weight * (exp[k] / z - (k === e.label ? 1 : 0)) + l2 * wf[k];
          gf[k] += grad * grad;
          wf[k] -= (rate * grad) / Math.sqrt(gf[k] + 1e-8);
        }
      }
    }
  }
  return { weights: w, ...modelSettings(s) };
}

function modelSettings(s: Settings): Omit<ClassifierModel, 'weights'> {
  // Infinity does not survive JSON: a margin no score reaches stands for it.
  const finite = (x: number) => Math.min(x, 1e9);
  return { dropMargin: finite(s.dropMargin), personDropMargin: finite(s.personDropMargin), decidesKind: s.decidesKind, blend: s.blend };
}

type Counts = { tp: number; pred: number; gold: number };
const zero = (): Counts => ({ tp: 0, pred: 0, gold: 0 });

/** Exact-span counts, any kind and person, the way scripts/eval/names.ts counts them. */
function scoreDoc(p: Prepared, model: ClassifierModel | null, all: Counts, person: Counts): void {
  const drafts = applyClassifier(model, p.doc.text, p.words, p.drafts, p.kinds);
  const seen = new Set<string>();
  const pred: { kind: EntityKind; start: number; end: number }[] = [];
  for (const e of entitiesFromDrafts(p.doc.text, p.words, drafts)) {
    for (const m of e.mentions) {
      const key = `${m.start}:${m.end}:${e.kind}`;
      if (!seen.has(key)) {
        seen.add(key);
        pred.push({ kind: e.kind, start: m.start, end: m.end });
      }
    }
  }
  const gold = p.doc.entities.map((g) => ({ kind: KINDS[GOLD[g.type]], start: g.start, end: g.end }));
  const match = (ps: typeof pred, gs: typeof gold, c: Counts) => {
    const used = new Array<boolean>(gs.length).fill(false);
    for (const x of ps) {
      const i = gs.findIndex((g, j) => !used[j] && g.start === x.start && g.end === x.end);
      if (i >= 0) {
        used[i] = true;
        c.tp++;
      }
    }
    c.pred += ps.length;
    c.gold += gs.length;
  };
  match(pred, gold, all);
  match(pred.filter((x) => x.kind === 'person'), gold.filter((g) => g.kind === 'person'), person);
}

const f1 = (c: Counts) => (c.pred + c.gold ? (2 * c.tp) / (c.pred + c.gold) : 0);

/** Per held-out example: the rules' linked kind, the model's decision, the gold label (counts). */
const diag = new Map<string, number>();
function diagnose(p: Prepared, model: ClassifierModel): void {
  const readings = ruleReadings(p.drafts);
  const features = draftFeatures(p.doc.text, p.words, p.drafts, readings, p.kinds);
  const names = ['person', 'organization', 'place', 'none'];
  p.drafts.forEach((d, i) => {
    if (d.from < 0 || d.fixedKind) return;
    const gold = p.doc.entities.find((g) => g.start === d.start && g.end === d.end);
    const label = gold ? names[GOLD[gold.type]] : 'none';
    const s = scoreFeatures(model, features[i]);
    const best = Math.max(s[0], s[1], s[2]);
    const m = s[3] - best > model.dropMargin ? 'none' : names[s.indexOf(best)];
    const r = readings.get(d)?.kind ?? '?';
    if (m === r) return;
    const key = `${p.doc.genre} rule ${r} -> model ${m} (gold ${label}) ${m === label ? 'FIXED' : r === label ? 'BROKE' : 'still wrong'}`;
    diag.set(key, (diag.get(key) ?? 0) + 1);
  });
}

function crossValidate(data: Prepared[], s: Settings | null, folds = 5): string {
  const byGenre = new Map<string, [Counts, Counts]>();
  for (let fold = 0; fold < folds; fold++) {
    const held = data.filter((_, i) => i % folds === fold);
    const model = s ? (s.logistic ? trainLogistic : train)(data.filter((_, i) => i % folds !== fold), s) : null;
    for (const p of held) {
      if (model && process.argv.includes('--diag')) diagnose(p, model);
      for (const g of ['all', p.doc.genre]) {
        if (!byGenre.has(g)) byGenre.set(g, [zero(), zero()]);
        const [a, b] = byGenre.get(g) as [Counts, Counts];
        scoreDoc(p, model, a, b);
      }
    }
  }
  return ['all', 'interview', 'academic', 'court']
    .map((g) => {
      const c = byGenre.get(g);
      if (c && process.argv.includes('--counts')) return `${g} ${JSON.stringify(c[1])}`;
      return c ? `${g} ${f1(c[0]).toFixed(3)}/${f1(c[1]).toFixed(3)}` : '';
    })
    .join('  ');
}

/** The model as a shipped data module would hold it: weights under 0.5 pruned, one decimal. */
function serialise(model: ClassifierModel): string {
  const rows: string[] = [];
  for (const f of [...model.weights.keys()].sort()) {
    const w = model.weights.get(f) as number[];
    if (Math.max(...w.map(Math.abs)) < 0.5) continue;
    rows.push(`${f}\t${w.map((x) => String(Math.round(x * 10) / 10)).join(',')}`);
  }
  return rows.join('\n');
}

export const CHOSEN: Settings = {
  epochs: 10,
  genreWeight: { interview: 1, academic: 0.5, court: 0.5 },
  dropMargin: Infinity,
  personDropMargin: Infinity,
  decidesKind: true,
  blend: 0.25,
  minDocs: 2,
};

function main(argv: string[]): void {
  const data = prepare(loadCorpus('train'));
  {
    console.log(`rules alone          ${crossValidate(data, null)}`);
    const variants: [string, Partial<Settings>][] = [
      ['chosen', {}],
      ['kind only b.25', { dropMargin: Infinity, personDropMargin: Infinity, blend: 0.25 }],
      ['kind only b1', { dropMargin: Infinity, personDropMargin: Infinity, blend: 1 }],
      ['never drop person b.25', { dropMargin: 0, personDropMargin: Infinity }],
      ['arbiter drop 0', { personDropMargin: 0, blend: 0 }],
      ['d2 pd2', { dropMargin: 2, personDropMargin: 2 }],
      ['d2 pd4', { dropMargin: 2, personDropMargin: 4 }],
      ['d4 pd4', { dropMargin: 4, personDropMargin: 4 }],
      ['d4 pd4 b1', { dropMargin: 4, personDropMargin: 4, blend: 1 }],
      ['d2 pd4 b0', { dropMargin: 2, personDropMargin: 4, blend: 0 }],
      ['drop only', { decidesKind: false }],
      ['kind only', { dropMargin: Infinity }],
      ['drop margin 2', { dropMargin: 2 }],
      ['all genres 1', { genreWeight: {} }],
      ['interview only', { genreWeight: { academic: 0, court: 0 } }],
      ['epochs 5', { epochs: 5 }],
      ['person drop 2', { personDropMargin: 2 }],
      ['person drop 8', { personDropMargin: 8 }],
      ['person never', { personDropMargin: Infinity }],
      ['person never drop only', { personDropMargin: Infinity, decidesKind: false }],
      ['person never b.25', { personDropMargin: Infinity, blend: 0.25 }],
      ['person drop 4', { personDropMargin: 4 }],
      ['blend 0.5', { blend: 0.5 }],
      ['blend 1', { blend: 1 }],
      ['blend 0.5 pd2', { blend: 0.5, personDropMargin: 2 }],
      ['blend 1 pd2', { blend: 1, personDropMargin: 2 }],
      ['blend 0.25 pd2', { blend: 0.25, personDropMargin: 2 }],
      ['lr', { logistic: true }],
      ['lr drop 1', { logistic: true, dropMargin: 1 }],
      ['lr drop 2', { logistic: true, dropMargin: 2 }],
      ['lr l2 1e-3', { logistic: true, l2: 1e-3 }],
      ['lr l2 1e-3 drop 1', { logistic: true, l2: 1e-3, dropMargin: 1 }],
      ['minDocs 3', { minDocs: 3 }],
    ];
    const only = argv.indexOf('--only');
    for (const [name, v] of variants) {
      if (only >= 0 && !argv[only + 1].split(',').includes(name)) continue;
      console.log(`${name.padEnd(20)} ${crossValidate(data, { ...CHOSEN, ...v })}`);
    }
    for (const [k, v] of [...diag].sort()) console.log(`${String(v).padStart(4)} ${k}`);
  }
  const text = serialise((CHOSEN.logistic ? trainLogistic : train)(data, CHOSEN));
  console.log(`model on all of train (${data.length} documents): ${text.split('\n').length} features, ${text.length} bytes`);
}

main(process.argv.slice(2));
