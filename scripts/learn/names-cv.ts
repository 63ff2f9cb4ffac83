// `npx tsx scripts/learn/names-cv.ts`: only the MEANTIME names figures of `npm run eval` (the mean of the
// three topic folds, each under models learned without it), for quick cross-validated comparisons.
import { loadCorpus, loadMeantime } from '../eval/corpus';
import { acrossFolds } from '../eval/folds';
import { evaluateNames, printNamesFolds } from '../eval/names';
import { underFoldModels } from './fold-models';

const train = loadCorpus('train');
printNamesFolds(acrossFolds(loadMeantime(), (test, folds) => underFoldModels([...train, ...folds], () => evaluateNames(test))));
