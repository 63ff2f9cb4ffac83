// Diagnostic: the misspelling benchmark of `npm run eval` (scripts/eval/misspelling.ts) alone, fast,
// on one corpus: `npx tsx scripts/learn/spelling.ts train|dev|meantime [--list]`. With --list it
// prints each missed corruption and each false alarm on the untouched articles, on train only (dev
// are printed as figures only: dev is never read). On MEANTIME, `--read airbus,apple` lists them for
// the topics named (read two topics at most: the third stays held out, see ../shared/corpus/README.md).
// `meantime` scores each topic under the kind model learned without it, as `npm run eval` does.
import { loadCorpus, loadMeantime } from '../eval/corpus';
import { acrossFolds } from '../eval/folds';
import { evaluateMisspelling, mergeMisspelling, printMisspelling, type MisspellingReport } from '../eval/misspelling';
import { trainKindModel } from './kinds';
import { useKindModel } from '../../src/core/entities/kind-model';

const split = process.argv[2] ?? 'train';
const list = process.argv.includes('--list') && split === 'train';
const readAt = process.argv.indexOf('--read');
const readTopics = readAt >= 0 ? process.argv[readAt + 1].split(',') : [];
if (readTopics.length > 2) {
  console.error('read the errors of two MEANTIME topics at most');
  process.exit(2);
}

function show(report: MisspellingReport): void {
  for (const m of report.missed) console.log(`  missed ${m.doc}: ${m.original} -> ${m.corrupted} (${m.operation})`);
  for (const a of report.alarms) console.log(`  ${a.sourceSlip ? 'slip ' : 'alarm'}  ${a.doc}: ${a.word}  …${a.context}…  ${a.message}`);
}

if (split === 'meantime') {
  const docs = loadMeantime();
  const trainDocs = loadCorpus('train');
  const folds = acrossFolds(docs, (test, train) => {
    useKindModel(trainKindModel([...trainDocs, ...train]));
    try {
      return evaluateMisspelling(test);
    } finally {
      useKindModel(undefined);
    }
  });
  printMisspelling('meantime-dev', mergeMisspelling(folds.map((f) => f.report)));
  for (const { topic, report } of folds) printMisspelling(`  topic ${topic}`, report);
  for (const { topic, report } of folds) if (readTopics.includes(topic)) show(report);
} else if (split === 'train' || split === 'dev') {
  const report = evaluateMisspelling(loadCorpus(split));
  printMisspelling(split, report);
  if (list) show(report);
} else {
  console.error(`unknown corpus: ${split} (train, dev or meantime)`);
  process.exit(2);
}
