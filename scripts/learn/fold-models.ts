// The learned models of the entity engine, trained on the given documents and put in use for one
// scoring run: how `npm run eval` scores a MEANTIME fold with nothing learned from the topic it scores.
import type { CorpusDoc } from '../eval/corpus';
import { trainKindModel } from './kinds';
import { useKindModel, type KindModel } from '../../src/core/entities/kind-model';
import { trainNameModel } from './names';
import { useNameModel, type NameModel } from '../../src/core/entities/name-model';

// The models by training set (the documents' ids): the eval scores several figures per fold, and
// training is deterministic, so each set is learned once.
const trained = new Map<string, { kinds: KindModel; names: NameModel | null }>();

export function underFoldModels<R>(docs: readonly CorpusDoc[], score: () => R): R {
  const key = docs.map((d) => d.id).join('\n');
  let models = trained.get(key);
  if (!models) {
    // The kind model first: the name model learns from the candidates found under it.
    const kinds = trainKindModel(docs);
    useKindModel(kinds);
    try {
      models = { kinds, names: process.env.COPYDESK_NO_NAME_MODEL === '1' ? null : trainNameModel(docs) };
    } finally {
      useKindModel(undefined);
    }
    trained.set(key, models);
  }
  useKindModel(models.kinds);
  useNameModel(models.names);
  try {
    return score();
  } finally {
    useKindModel(undefined);
    useNameModel(undefined);
  }
}
