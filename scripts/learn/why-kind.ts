// Diagnostic: the kind cues, hand scores and model probabilities of the drafts whose text is one of
// the given forms, on MEANTIME training topics (`npx tsx scripts/learn/why-kind.ts apple,gm Chrysler,Opel`),
// each topic read under models learned from train.jsonl and the other topic named.
import { loadCorpus, loadMeantime, meantimeTopic, type MeantimeTopic } from '../eval/corpus';
import { nameContext } from '../eval/names';
import { findDrafts } from '../../src/core/entities';
import { kindFeatures } from '../../src/core/entities/kinds';
import { activeKindModel, kindProbabilities } from '../../src/core/entities/kind-model';
import { underFoldModels } from './fold-models';

const topics = (process.argv[2] ?? '').split(',').filter((t) => t) as MeantimeTopic[];
const forms = new Set((process.argv[3] ?? '').split(','));
const all = loadMeantime();
const train = loadCorpus('train');
for (const topic of topics) {
  const others = all.filter((d) => topics.includes(meantimeTopic(d)) && meantimeTopic(d) !== topic);
  underFoldModels([...train, ...others], () => {
    const seen = new Set<string>();
    for (const doc of all.filter((d) => meantimeTopic(d) === topic)) {
      const { sentences, dateline, dates } = nameContext(doc);
      const { words, drafts } = findDrafts(doc.text, sentences, { dateline, dates });
      for (const d of drafts) {
        if (!forms.has(d.text) || d.from < 0 || seen.has(d.text)) continue;
        seen.add(d.text);
        const f = kindFeatures(words, d.from, d.to, { hasRole: d.roles.length > 0, isDatelinePlace: false });
        const model = activeKindModel();
        const p = model ? kindProbabilities(model, f) : null;
        console.log(`${d.text} scores=${d.scores.map((x) => x.toFixed(2)).join(',')} p=${p?.map((x) => x.toFixed(3)).join(',')} …${JSON.stringify(doc.text.slice(d.start - 30, d.end + 30))}`);
        console.log('   ' + f.map(([n, v]) => `${n}${v !== 1 ? '=' + v.toFixed(2) : ''}${model?.weights.get(n) ? '[' + model.weights.get(n)!.map((x) => x.toFixed(1)).join(',') + ']' : ''}`).join(' '));
      }
    }
  });
}
