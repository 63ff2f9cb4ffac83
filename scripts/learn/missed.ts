// Diagnostic (aggregate only, safe on dev): gold people not found as people, by what the article
// offers about them. `npx tsx scripts/learn/missed.ts [dev|train] [--list]` (--list on train only)
import { loadCorpus } from '../eval/corpus';
import { findEntities } from '../../src/core/entities';
import { findDates, findReference } from '../../src/core/dates';
import { splitSentences } from '../../src/core/text/sentences';
import { lexiconTag } from '../../src/core/nlp';

const split = process.argv[2] === 'dev' ? 'dev' : 'train';
const list = split === 'train' && process.argv.includes('--list');
const rows = new Map<string, number>();
for (const doc of loadCorpus(split)) {
  const reference = findReference(doc.text, { referenceDate: doc.dct });
  const sentences = splitSentences(doc.text, reference.frontMatter ? reference.frontMatter.end : 0);
  const dates = findDates(doc.text, sentences, reference);
  const ents = findEntities(doc.text, sentences, { dateline: reference.dateline, dates });
  const mentions = ents.flatMap((e) => e.mentions.map((m) => ({ ...m, kind: e.kind, name: e.name })));
  const people = ents.filter((e) => e.kind === 'person').map((e) => e.name.split(/\s+/));
  for (const g of doc.entities.filter((x) => x.type === 'PERSON')) {
    const exact = mentions.find((m) => m.start === g.start && m.end === g.end);
    if (exact?.kind === 'person') continue;
    const over = mentions.find((m) => m.start < g.end && g.start < m.end);
    const n = g.text.split(/\s+/).length;
    const fate = exact ? `as-${exact.kind}` : over ? `bound-${over.kind}${over.end - over.start > g.end - g.start ? '-long' : '-short'}` : 'missed';
    const w = g.text.split(/\s+/);
    const asFirst = n === 1 && people.some((p) => p.length > 1 && p[0] === w[0]);
    const asLast = n === 1 && people.some((p) => p.length > 1 && p[p.length - 1] === w[0]);
    const key = `${n > 2 ? 3 : n}w ${fate} lex=${lexiconTag(w[0].replace(/\.$/, '')) ?? '-'}${asFirst ? ' first-of-person' : ''}${asLast ? ' last-of-person' : ''}`;
    rows.set(key, (rows.get(key) ?? 0) + 1);
    if (list) console.log(`${key}  ${JSON.stringify(g.text)} pred=${JSON.stringify(over?.text ?? '')} …${JSON.stringify(doc.text.slice(Math.max(0, g.start - 30), g.end + 30))}`);
  }
}
for (const [k, v] of [...rows].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(4)}  ${k}`);
