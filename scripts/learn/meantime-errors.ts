// Diagnostic: name errors on MEANTIME topics read for development (`npx tsx scripts/learn/meantime-errors.ts
// airbus,apple [--list]`). Name only training topics of the fold you mean to score: reading a topic's
// errors spends it as held-out text (../shared/corpus/README.md). Each topic read is scored under a kind
// model learned from train.jsonl and the other topics named, never from itself.
import { loadCorpus, loadMeantime, meantimeTopic, type MeantimeDoc, type MeantimeTopic } from '../eval/corpus';
import { copydeskSpans, type NameSpanOut } from '../eval/names';
import { underFoldModels } from './fold-models';
import { classifyNameErrors, errorPrinter } from './name-errors';

const topics = (process.argv[2] ?? '').split(',').filter((t) => t) as MeantimeTopic[];
if (topics.length === 0 || topics.length > 2) {
  console.error('name one or two MEANTIME topics to read (airbus, apple, gm)');
  process.exit(2);
}
const list = process.argv.includes('--list');
const KIND = { PERSON: 'person', ORG: 'organization', PLACE: 'place' } as const;
const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const all = loadMeantime();
const train = loadCorpus('train');
for (const topic of topics) {
  const others = all.filter((d) => topics.includes(meantimeTopic(d)) && meantimeTopic(d) !== topic);
  underFoldModels([...train, ...others], () => {
    for (const doc of all.filter((d) => meantimeTopic(d) === topic)) errors(doc);
  });
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  ${k}`);

function errors(doc: MeantimeDoc): void {
  const end = doc.annotated_end;
  const gold = doc.entities.map((g) => ({ kind: KIND[g.type], start: g.start, end: g.end }) as NameSpanOut);
  const others = doc.other_names ?? [];
  const pred = copydeskSpans(doc).filter(
    (p) => p.start < end && (gold.some((g) => p.start < g.end && g.start < p.end) || !others.some((o) => p.start < o.end && o.start < p.end)),
  );
  classifyNameErrors(doc.text, pred, gold, bump, list ? errorPrinter(doc.text, 40) : undefined);
}
