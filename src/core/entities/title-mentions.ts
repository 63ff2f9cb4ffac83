import type { Draft, Group, Word } from './model';
import { HEAD_TITLES } from '../lexicon';

/**
 * `the President` alone refers back to a person the article titled so. The rule: among the people
 * named earlier whose role holds the title word, link to the most salient one (most mentions so far)
 * when it is the only one, or has at least twice the mentions of the next; otherwise the reference
 * is ambiguous and stays unlinked. Plurals (`The Presidents`) and titles before a name are not
 * title mentions.
 */
export function linkTitleMentions(text: string, words: readonly Word[], groups: Group[], covered: (w: Word) => boolean): void {
  const people = groups.filter((g) => g.kind === 'person');
  if (people.length === 0) return;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (!w.capital || !HEAD_TITLES.has(w.key) || w.initial || words[k - 1].key !== 'the' || covered(w)) continue;
    const next = words[k + 1];
    if (next && next.sentence === w.sentence && next.capital && !/[,;:]/.test(text.slice(w.end, next.start))) continue;
    const holders: { group: Group; count: number }[] = [];
    for (const g of people) {
      const titled = g.members.some((m) => m.draft.start < w.start && m.draft.roles.some((r) => hasWord(r.text, w.key)));
      if (!titled) continue;
      holders.push({ group: g, count: g.members.filter((m) => m.draft.start < w.start).length });
    }
    holders.sort((a, b) => b.count - a.count);
    if (holders.length === 0 || (holders.length > 1 && holders[0].count < 2 * holders[1].count)) continue;
    const draft: Draft = {
      start: w.start,
      end: w.end,
      text: w.text,
      from: k,
      to: k,
      roles: [],
      scores: [0, 0, 0],
      fixedKind: 'person',
      definedBy: null,
    };
    holders[0].group.members.push({ draft, link: 'title' });
  }
}

function hasWord(role: string, key: string): boolean {
  return role
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .includes(key);
}

