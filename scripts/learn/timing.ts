// Diagnostic: time of findEntities alone against one compromise pass, per document of a split.
import nlp from 'compromise';
import { loadCorpus } from '../eval/corpus';
import { findEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';

const docs = loadCorpus(process.argv[2] === 'train' ? 'train' : 'dev');
nlp(docs[0].text).json({ offset: true });
findEntities(docs[0].text, splitSentences(docs[0].text), { dateline: null, dates: [] });
for (let round = 0; round < 2; round++) {
  let a = 0;
  let b = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    nlp(doc.text + ' ').json({ offset: true });
    const t1 = performance.now();
    findEntities(doc.text + ' ', splitSentences(doc.text), { dateline: null, dates: [] });
    b += performance.now() - t1;
    a += t1 - t0;
  }
  console.log(`compromise pass ${a.toFixed(0)} ms, findEntities ${b.toFixed(0)} ms (${(b / a).toFixed(2)}x)`);
}
