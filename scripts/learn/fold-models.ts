// The learned models of the entity engine, trained on the given documents and put in use for one
// scoring run: how `npm run eval` scores a MEANTIME fold with nothing learned from the topic it scores.
import type { CorpusDoc } from '../eval/corpus';
import { trainKindModel } from './kinds';
import { useKindModel } from '../../src/core/entities/kind-model';
import { trainNameModel } from './names';
import { useNameModel } from '../../src/core/entities/name-model';

export function underFoldModels<R>(docs: readonly CorpusDoc[], score: () => R): R {
  // The kind model first: the name model learns from the candidates found under it.
  useKindModel(trainKindModel(docs));
  useNameModel(process.env.COPYDESK_NO_NAME_MODEL === '1' ? null : trainNameModel(docs));
  try {
    return score();
  } finally {
    useKindModel(undefined);
    useNameModel(undefined);
  }
}
