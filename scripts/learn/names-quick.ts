// `npx tsx scripts/learn/names-quick.ts`: the names figures of `npm run eval` that a change to the entity
// engine moves, in one run: MEANTIME's mean of three topic folds (each under models learned without
// it) and dev.jsonl under models learned as the shipped ones are (train.jsonl and all of MEANTIME),
// so a feature can be tried without relearning the shipped weights first. Figures only: no errors.
import { loadCorpus, loadMeantime } from '../eval/corpus';
import { acrossFolds } from '../eval/folds';
import { evaluateNames, printNames, printNamesFolds } from '../eval/names';
import { underFoldModels } from './fold-models';

const train = loadCorpus('train');
const meantime = loadMeantime();
printNamesFolds(acrossFolds(meantime, (test, folds) => underFoldModels([...train, ...folds], () => evaluateNames(test))));
if (!process.argv.includes('--no-dev')) printNames(underFoldModels([...train, ...meantime], () => evaluateNames(loadCorpus('dev'))));
