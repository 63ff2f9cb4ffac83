// `npm run eval [-- --split train] [--part a|b] [--json]`: measures Copydesk against the annotated corpus
// (../shared/corpus, format in its README). Report figures on dev; train is for learning diagnostics.
import { devPart, loadCorpus, loadMeantime } from './eval/corpus';
import { acrossFolds } from './eval/folds';
import { evaluateFindings, printFindings } from './eval/findings';
import { evaluateNames, printNames, printNamesFolds } from './eval/names';
import { evaluateTimex, printTimex } from './eval/timex';
import { trainKindModel } from './learn/kinds';
import { useKindModel } from '../src/core/entities/kind-model';

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const splitAt = argv.indexOf('--split');
  const split = splitAt >= 0 ? argv[splitAt + 1] : 'dev';
  if (split !== 'dev' && split !== 'train') {
    console.error(`unknown split: ${split} (dev or train)`);
    process.exit(2);
  }
  const partAt = argv.indexOf('--part');
  const part = partAt >= 0 ? argv[partAt + 1] : null;
  if (part !== null && (split !== 'dev' || (part !== 'a' && part !== 'b'))) {
    console.error(`unknown part: ${part} (a or b, dev only)`);
    process.exit(2);
  }
  const all = loadCorpus(split);
  const docs = part === 'a' || part === 'b' ? devPart(all, part) : all;
  const names = evaluateNames(docs);
  const timex = evaluateTimex(docs);
  const findings = evaluateFindings(docs);
  // Part b of dev, in the same run (both halves were read while developing earlier rules).
  const heldOut = split === 'dev' && !part ? evaluateNames(devPart(all, 'b')) : null;
  // MEANTIME (another corpus, other annotators), cross-validated by topic; see ../shared/corpus/README.md.
  const meantime = split === 'dev' && !part ? loadMeantime() : null;
  // Each fold's kind model is learned from train.jsonl and the two other topics, never from the one scored.
  const meantimeNames = meantime
    ? acrossFolds(meantime, (test, train) => {
        useKindModel(trainKindModel([...loadCorpus('train'), ...train]));
        try {
          return evaluateNames(test);
        } finally {
          useKindModel(undefined);
        }
      })
    : null;
  if (json) {
    console.log(JSON.stringify({ split, part, names, heldOutNames: heldOut, timex, findings, meantimeNames }));
    return;
  }
  console.log(`split: ${split}${part ? `, part ${part}` : ''}`);
  printNames(names);
  if (heldOut) {
    console.log('');
    console.log('dev part b (also read while developing earlier rules: not held out):');
    printNames(heldOut);
  }
  if (meantimeNames) {
    console.log('');
    printNamesFolds(meantimeNames);
  }
  console.log('');
  printTimex(timex);
  console.log('');
  printFindings(findings);
}

main(process.argv.slice(2));
