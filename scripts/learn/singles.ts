// Diagnostic (aggregate only, safe on dev): single-word mentions by predicted kind and context cue,
// against the gold kind. `npx tsx scripts/learn/singles.ts [dev|train]`
import { loadCorpus } from '../eval/corpus';
import { findEntities } from '../../src/core/entities';
import { nameContext } from '../eval/names';
import { tokenize } from '../../src/core/nlp';

const split = process.argv[2] === 'dev' ? 'dev' : 'train';
const rows = new Map<string, Record<string, number>>();
const CUES: [string, RegExp, RegExp][] = [
  ['X-said', /$/, /^['’]?s?\s+(said|says|told|added|explained|stated|argued|noted|asked|replied|insisted|claimed|wrote)\b/],
  ['said-X', /\b(said|says|told|according to)\s+$/i, /^/],
  ['X,who', /$/, /^,\s+who\b/],
  ['X,age', /$/, /^,\s+\d{1,2},/],
  ['the-X', /\bthe\s+$/, /^/],
  ['in-X', /\b(in|at|from|to|near)\s+$/, /^/],
];
for (const doc of loadCorpus(split)) {
  const { sentences, dateline, dates } = nameContext(doc);
  const tokens = tokenize(doc.text);
  for (const e of findEntities(doc.text, sentences, { dateline, dates })) {
    for (const m of e.mentions) {
      if (/\s/.test(m.text)) continue;
      const g = doc.entities.find((x) => x.start === m.start && x.end === m.end);
      const gk = g ? g.type : doc.entities.some((x) => x.start < m.end && m.start < x.end) ? 'bound' : 'none';
      const before = doc.text.slice(Math.max(0, m.start - 20), m.start);
      const after = doc.text.slice(m.end, m.end + 20);
      const cue = CUES.filter(([, b, a]) => b.test(before) && a.test(after) && !(b.source === '$' && a.source === '^')).map(([n]) => n).join('+') || '-';
      const ti = tokens.findIndex((t) => t.start >= m.end);
      const nt = ti >= 0 && /^\s*$/.test(doc.text.slice(m.end, tokens[ti].start)) ? tokens[ti] : null;
      const mod = nt && /^\p{Ll}/u.test(nt.text) && nt.tags.has('Noun') && !nt.tags.has('Verb') && !nt.tags.has('Pronoun') ? 'X-noun' : '';
      const key = `${e.kind.padEnd(12)} ${m.link.padEnd(8)} ${cue} ${mod}`;
      const r = rows.get(key) ?? {};
      r[gk] = (r[gk] ?? 0) + 1;
      rows.set(key, r);
    }
  }
}
for (const [k, r] of [...rows].sort()) console.log(`${k.padEnd(40)} ${JSON.stringify(r)}`);
