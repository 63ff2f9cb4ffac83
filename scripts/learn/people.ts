// Diagnostic (aggregate only, safe on dev): person mentions by how they were decided, with hit
// rates; and gold people by what Copydesk made of them. `npx tsx scripts/learn/people.ts [dev|train] [--genre g]`
import { loadCorpus } from '../eval/corpus';
import { findEntities } from '../../src/core/entities';
import { nameContext } from '../eval/names';
import { lexiconTag, tokenize } from '../../src/core/nlp';

const split = process.argv[2] === 'dev' ? 'dev' : 'train';
const genreAt = process.argv.indexOf('--genre');
const genre = genreAt >= 0 ? process.argv[genreAt + 1] : null;
const rows = new Map<string, [number, number, number]>();
const bump = (k: string, i: number) => {
  const r = rows.get(k) ?? [0, 0, 0];
  r[i]++;
  rows.set(k, r);
};
for (const doc of loadCorpus(split).filter((d) => !genre || d.genre === genre)) {
  const { sentences, dateline, dates } = nameContext(doc);
  const tokens = tokenize(doc.text);
  for (const e of findEntities(doc.text, sentences, { dateline, dates })) {
    for (const m of e.mentions) {
      const g = doc.entities.find((x) => x.start === m.start && x.end === m.end);
      const over = doc.entities.some((x) => x.start < m.end && m.start < x.end);
      const i = g ? (g.type === 'PERSON' ? 0 : 1) : over ? 1 : 2;
      if (e.kind !== 'person') continue;
      const n = m.text.split(/\s+/).length;
      const tok = tokens.find((t) => t.start === m.start);
      const lex = lexiconTag(m.text.split(/\s+/)[0].replace(/\.$/, '')) ?? '-';
      const prev = doc.text.slice(Math.max(0, m.start - 5), m.start).toLowerCase().match(/(\w+)\W*$/)?.[1] ?? '^';
      const ctx = prev === 'the' ? 'the' : '';
      const multi = e.mentions.some((x) => x.text.split(/\s+/).length > 1);
      bump(`${n > 2 ? 3 : n}w link=${m.link} ent-multi=${multi} lex=${lex} tag=${tok?.tags.has('Person') ? 'P' : tok?.tags.has('Organization') ? 'O' : tok?.tags.has('Place') ? 'L' : '-'} ${ctx}`, i);
    }
  }
}
console.log('person-hit other-gold no-gold  shape');
for (const [k, r] of [...rows].sort((a, b) => b[1][1] + b[1][2] - a[1][1] - a[1][2])) console.log(`${r.map((x) => String(x).padStart(4)).join(' ')}  ${k}`);
