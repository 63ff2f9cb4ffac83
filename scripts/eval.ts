// `npm run eval [-- --split train] [--part a|b] [--json]`: measures Copydesk against the annotated corpus
// (../shared/corpus, format in its README). Report figures on dev; train is for learning diagnostics.
import { devPart, loadCorpus, loadMeantime, type MeantimeDoc } from './eval/corpus';
import { acrossFolds } from './eval/folds';
import { evaluateFindings, mergeFindings, printFindings } from './eval/findings';
import { evaluateNames, printNames, printNamesFolds } from './eval/names';
import { evaluateMeantimeTimex, evaluateTimex, meantimeWindow, printTimex } from './eval/timex';
import { evaluateEvents, printEventsFolds } from './eval/events';
import { evaluateSharedEvents, printSharedEvents } from './eval/shared-events';
import { evaluateMisspelling, mergeMisspelling, printMisspelling } from './eval/misspelling';
import { underFoldModels } from './learn/fold-models';

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
  // Each fold's models (kinds, the name decision) are learned from train.jsonl and the two other topics,
  // never from the one scored; every MEANTIME figure of a fold (names, dates, events, findings) is taken under them.
  const trainDocs = meantime ? loadCorpus('train') : [];
  const underFoldModel = <R>(train: MeantimeDoc[], score: () => R): R => underFoldModels([...trainDocs, ...train], score);
  const meantimeNames = meantime ? acrossFolds(meantime, (test, train) => underFoldModel(train, () => evaluateNames(test))) : null;
  const meantimeTimex = meantime
    ? acrossFolds(meantime, (test, train) => underFoldModel(train, () => evaluateTimex(test.map(meantimeWindow), { baselines: false })))
    : null;
  const meantimeEvents = meantime ? acrossFolds(meantime, (test, train) => underFoldModel(train, () => evaluateEvents(test))) : null;
  const sharedEvents = split === 'dev' && !part ? evaluateSharedEvents() : null;
  // The misspelling benchmark (scripts/eval/misspelling.ts): on MEANTIME per topic too.
  const misspelling = evaluateMisspelling(docs);
  const meantimeMisspellingTopics = meantime
    ? acrossFolds(meantime, (test, train) => underFoldModel(train, () => evaluateMisspelling(test)))
    : null;
  // Findings per 1,000 words on MEANTIME too (whole articles): how often each rule speaks on other news.
  const meantimeFindings = meantime
    ? mergeFindings(acrossFolds(meantime, (test, train) => underFoldModel(train, () => evaluateFindings(test))).map((f) => f.report))
    : null;
  const meantimeMisspelling = meantimeMisspellingTopics ? mergeMisspelling(meantimeMisspellingTopics.map((t) => t.report)) : null;
  if (json) {
    console.log(JSON.stringify({ split, part, names, heldOutNames: heldOut, timex, findings, meantimeNames, meantimeTimex, meantimeEvents, sharedEvents, misspelling, meantimeMisspelling, meantimeFindings }));
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
  if (meantimeTimex) {
    console.log('');
    evaluateMeantimeTimex(meantimeTimex);
  }
  if (meantimeEvents) {
    console.log('');
    printEventsFolds(meantimeEvents);
  }
  if (sharedEvents) {
    console.log('');
    printSharedEvents(sharedEvents);
  }
  console.log('');
  printFindings(findings);
  if (meantimeFindings) {
    console.log('');
    console.log('MEANTIME:');
    printFindings(meantimeFindings);
  }
  console.log('');
  console.log('Misspelling benchmark: one name word corrupted per copy, share flagged by names.spelling there');
  printMisspelling(split, misspelling);
  if (meantimeMisspelling) printMisspelling('meantime-dev', meantimeMisspelling);
  for (const { topic, report } of meantimeMisspellingTopics ?? []) printMisspelling(`  topic ${topic}`, report);
  if (process.env.COPYDESK_EVAL_MISSED === '1' && split === 'train') {
    for (const m of misspelling.missed) console.log(`  missed ${m.doc}: ${m.original} -> ${m.corrupted} (${m.operation})`);
  }
}

main(process.argv.slice(2));
