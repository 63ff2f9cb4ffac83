// Diagnostic: error categories of findEntities on a split (`npx tsx scripts/learn/errors.ts
// train|dev|dev-a [--list]`). Lists individual errors on train and on dev part a (the inspected half of
// dev); on dev as a whole it prints aggregate counts only, so the held-out part b is never read.
import { devPart, loadCorpus } from '../eval/corpus';
import { copydeskSpans, type NameSpanOut } from '../eval/names';
import { tokenize } from '../../src/core/nlp';
import { classifyNameErrors, errorPrinter } from './name-errors';

const arg = process.argv[2];
const split = arg === 'dev' || arg === 'dev-a' ? 'dev' : 'train';
const list = process.argv.includes('--list') && arg !== 'dev';
const genreAt = process.argv.indexOf('--genre');
const genre = genreAt >= 0 ? process.argv[genreAt + 1] : null;
const corpus = () => {
  const docs = loadCorpus(split);
  return (arg === 'dev-a' ? devPart(docs, 'a') : docs).filter((d) => !genre || d.genre === genre);
};
const KIND = { PERSON: 'person', ORG: 'organization', PLACE: 'place' } as const;
const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
for (const doc of corpus()) {
  const pred = copydeskSpans(doc);
  const gold = doc.entities.map((g) => ({ kind: KIND[g.type], start: g.start, end: g.end }) as NameSpanOut);
  classifyNameErrors(doc.text, pred, gold, bump, list ? errorPrinter(doc.text, 30) : undefined);
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  ${k}`);

// Aggregate shape of false positives (safe on dev: counts of shapes, no examples).
if (process.argv.includes('--shapes')) {
  const shapes = new Map<string, number>();
  for (const doc of corpus()) {
    const gold = doc.entities;
    for (const p of copydeskSpans(doc)) {
      if (gold.some((g) => g.start < p.end && p.start < g.end)) continue;
      const t = doc.text.slice(p.start, p.end);
      const n = t.split(/\s+/).length;
      const before = doc.text.slice(Math.max(0, p.start - 2), p.start);
      const shape = [
        p.kind,
        n === 1 ? '1w' : n === 2 ? '2w' : '3+w',
        /^[\p{Lu}\d&.]+$/u.test(t) ? 'CAPS' : '',
        /(^|[.!?"\n]\s?)$/.test(before) || p.start === 0 ? 'initial' : '',
        doc.text.slice(p.start - 1, p.start) === '\n' || /\n/.test(doc.text.slice(p.end, p.end + 1)) ? 'line-edge' : '',
        /^(the|a|an) $/i.test(doc.text.slice(Math.max(0, p.start - 4), p.start).replace(/^.*?(\w+ )$/, '$1')) ? 'after-the' : '',
      ].filter((x) => x).join(' ');
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
  }
  for (const [k, v] of [...shapes].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  ${k}`);
}

// Aggregate compromise tags of single-word false positives vs single-word true positives.
if (process.argv.includes('--tags')) {
  const fp = new Map<string, number>();
  const tp = new Map<string, number>();
  for (const doc of corpus()) {
    const tokens = tokenize(doc.text);
    for (const p of copydeskSpans(doc)) {
      const t = doc.text.slice(p.start, p.end);
      if (/\s/.test(t)) continue;
      const tok = tokens.find((x) => x.start === p.start);
      const key = `${p.kind} ${[...(tok?.tags ?? [])].filter((x) => !['Noun', 'Singular', 'ProperNoun'].includes(x)).sort().join(',')}`;
      const hit = doc.entities.some((g) => g.start === p.start && g.end === p.end);
      const m = hit ? tp : fp;
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  const keys = new Set([...fp.keys(), ...tp.keys()]);
  for (const k of [...keys].sort((a, b) => (fp.get(b) ?? 0) - (fp.get(a) ?? 0))) console.log(`fp ${String(fp.get(k) ?? 0).padStart(4)} tp ${String(tp.get(k) ?? 0).padStart(4)}  ${k}`);
}

// Aggregate shape of boundary errors: which side, how many words, and what compromise made of them.
if (process.argv.includes('--bounds')) {
  const shapes = new Map<string, number>();
  for (const doc of corpus()) {
    const tokens = tokenize(doc.text);
    const tagsIn = (s: number, e: number) =>
      tokens
        .filter((t) => t.start >= s && t.end <= e + 3)
        .map((t) => [...t.tags].filter((x) => ['Person', 'Place', 'Organization', 'Demonym', 'Honorific', 'Actor', 'Acronym', 'FirstName', 'Adjective', 'Value', 'Possessive'].includes(x)).join('+') || '-')
        .join(' ');
    for (const p of copydeskSpans(doc)) {
      if (doc.entities.some((g) => g.start === p.start && g.end === p.end)) continue;
      const g = doc.entities.find((x) => x.start < p.end && p.start < x.end);
      if (!g) continue;
      const left = p.start < g.start ? `+L(${tagsIn(p.start, g.start)})` : p.start > g.start ? `-L(${tagsIn(g.start, p.start)})` : '';
      const right = p.end > g.end ? `+R(${tagsIn(g.end, p.end)})` : p.end < g.end ? `-R(${tagsIn(p.end, g.end)})` : '';
      const shape = `${p.kind}/${g.type} ${left} ${right}`;
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
  }
  for (const [k, v] of [...shapes].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  ${k}`);
}

// Aggregate person decisions: predicted people by shape (exact typed hit or not), gold people by fate.
if (process.argv.includes('--people')) {
  const rows = new Map<string, [number, number]>();
  const fate = new Map<string, number>();
  for (const doc of corpus()) {
    const tokens = tokenize(doc.text);
    const pred = copydeskSpans(doc);
    for (const p of pred.filter((x) => x.kind === 'person')) {
      const t = doc.text.slice(p.start, p.end);
      const first = tokens.find((x) => x.start === p.start);
      const shape = `${Math.min(3, t.split(/\s+/).length)}w ${first?.tags.has('FirstName') ? 'first-name' : ''} ${first?.tags.has('Person') ? 'person-tag' : ''}`;
      const hit = doc.entities.some((g) => g.type === 'PERSON' && g.start === p.start && g.end === p.end);
      const r = rows.get(shape) ?? [0, 0];
      r[hit ? 0 : 1]++;
      rows.set(shape, r);
    }
    for (const g of doc.entities.filter((x) => x.type === 'PERSON')) {
      const exact = pred.find((p) => p.start === g.start && p.end === g.end);
      const over = pred.find((p) => p.start < g.end && g.start < p.end);
      const f = exact ? (exact.kind === 'person' ? 'found' : `as ${exact.kind}`) : over ? `boundary (${over.kind})` : 'missed';
      const n = Math.min(3, g.text.split(/\s+/).length);
      fate.set(`${n}w ${f}`, (fate.get(`${n}w ${f}`) ?? 0) + 1);
    }
  }
  for (const [k, [tp, fp]] of [...rows].sort((a, b) => b[1][1] - a[1][1])) console.log(`tp ${String(tp).padStart(4)} fp ${String(fp).padStart(4)}  ${k}`);
  for (const [k, v] of [...fate].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  gold ${k}`);
}
