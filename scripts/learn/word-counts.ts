// Counting shared by scripts/learn/lexicon.ts and scripts/learn/classifier.ts: in one document, the
// words written in lower case mid-sentence, and for capitalised words how often they stand inside a
// person, organization or place name, or outside any name (mid-sentence only).
import type { CorpusDoc } from '../eval/corpus';

export type Row = [number, number, number, number];

const KIND_INDEX = { PERSON: 0, ORG: 1, PLACE: 2 } as const;

export function countDoc(doc: CorpusDoc, lower: Map<string, number>, kinds: Map<string, Row>, sign = 1): void {
  const inside = new Array<number>(doc.text.length).fill(-1);
  for (const e of doc.entities) for (let i = e.start; i < e.end; i++) inside[i] = KIND_INDEX[e.type];
  const re = /[\p{L}][\p{L}'’-]*/gu;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const word = m[0].replace(/['’]s$/, '');
    const before = doc.text.slice(Math.max(0, m.index - 3), m.index);
    const sentenceStart = m.index === 0 || /(^|[.!?:"“\n]\s*)$/.test(before) || /\n\s*$/.test(before);
    if (/^\p{Ll}/u.test(word)) {
      // `et al.` in citations is Latin, not a lower-case `al` (which would make `Al Gore` ordinary words).
      if (word === 'et' || (word === 'al' && /\bet\s$/.test(before))) continue;
      if (!sentenceStart) lower.set(word, (lower.get(word) ?? 0) + sign);
      continue;
    }
    if (!/^\p{Lu}/u.test(word) || word.length < 2) continue;
    const k = inside[m.index];
    if (k < 0 && sentenceStart) continue;
    const row = kinds.get(word) ?? [0, 0, 0, 0];
    row[k < 0 ? 3 : k] += sign;
    kinds.set(word, row);
  }
}
