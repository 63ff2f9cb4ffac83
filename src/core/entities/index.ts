import type { Entity, Mention, Role, Span } from '../types';
import { readWords } from './words';
import { findChunks } from './chunks';
import { gatherEvidence, toCandidates } from './candidates';
import { toDrafts } from './drafts';
import { dropHeadlineWords } from './headlines';
import { linkDrafts } from './link';
import { linkTitleMentions } from './title-mentions';
import type { Draft, EntityContext, Group, Word } from './model';
import type { LineCacheSet } from '../text/lineCaches';
import { directJudge, keptJudge } from './draft-work';
import { activeNameModel } from './name-model';

export type { EntityContext } from './model';

export { spellingVariants, isSpellingVariant, type SpellingVariant } from './variants';

/**
 * People, organizations and places with their mentions, linked within the article (surnames,
 * partial names, acronyms, titles), in order of first mention.
 */
export function findEntities(text: string, sentences: readonly Span[], context: EntityContext): Entity[] {
  const { words, drafts } = findDrafts(text, sentences, context);
  return entitiesFromDrafts(text, words, drafts);
}

/** Links drafts into entities, with title mentions (also for scripts/learn/classifier.ts). */
export function entitiesFromDrafts(text: string, words: readonly Word[], drafts: readonly Draft[]): Entity[] {
  const groups = dropCutTails(text, linkDrafts(drafts));
  const covered = new Set<number>();
  for (const d of drafts) for (let k = d.from; k >= 0 && k <= d.to; k++) covered.add(k);
  linkTitleMentions(text, words, groups, (w) => covered.has(w.index));
  return toEntities(groups);
}

/** The words and the rules' name drafts, before linking (also for scripts/learn/classifier.ts). */
export function findDrafts(text: string, sentences: readonly Span[], context: EntityContext): { words: Word[]; drafts: Draft[] } {
  const dates = [...context.dates].sort((a, b) => a.start - b.start);
  const keeps = context.lineCaches && context.incremental ? context.lineCaches : null;
  const words = readWords(text, sentences, dates, context.tokens, keeps ? previousWords.get(keeps) : undefined);
  if (keeps) previousWords.set(keeps, words);
  const evidence = gatherEvidence(words);
  const candidates = dropHeadlineWords(text, words, toCandidates(words, findChunks(words), evidence), context.lineCaches);
  // An incremental analysis keeps each candidate's work from one version to the next (draft-work.ts).
  const judge = context.lineCaches && context.incremental ? keptJudge(text, words, context.lineCaches) : directJudge(text, words);
  const drafts = toDrafts(text, words, candidates, context, judge);
  const model = activeNameModel();
  if (!model) return { words, drafts };
  // The learned name decision drops the rules' candidates that read as things (name-model.ts); spans
  // the context fixes (the dateline's place and agency) stay.
  const kept = drafts.filter((d) => d.from < 0 || d.fixedKind !== null || judge.nameProbability(model, d, evidence) >= NAME_THRESHOLD);
  return { words, drafts: kept };
}

/** The words of each document's latest analysis, by its caches (see readWords). */
const previousWords = new WeakMap<LineCacheSet, readonly Word[]>();

/** The probability of being a name under which a candidate is dropped. */
const NAME_THRESHOLD = 0.3;

/**
 * `York` in `New York`, `Zealand` in a sentence opening `New Zealand`: an entity all of whose mentions
 * sit right after the first words of a longer name of the article, so that together they spell it, is
 * that name cut off its head, not an entity. A head ending in a joining word (`Bank of` England) is a
 * name inside a name, which stays.
 */
function dropCutTails(text: string, groups: Group[]): Group[] {
  // The heads of every name by each of its word tails (`New` by `York`): one lookup per mention.
  const heads = new Map<string, string[]>();
  // Each name once: a mention written like an earlier one adds the same heads again (an edit paid for every mention).
  const seen = new Set<string>();
  for (const g of groups) {
    for (const m of g.members) {
      const n = m.draft.text;
      if (seen.has(n)) continue;
      seen.add(n);
      for (let at = n.indexOf(' '); at >= 0; at = n.indexOf(' ', at + 1)) {
        const list = heads.get(n.slice(at + 1)) ?? [];
        list.push(n.slice(0, at + 1));
        heads.set(n.slice(at + 1), list);
      }
    }
  }
  const cut = (d: Draft) => (heads.get(d.text) ?? []).some((head) => !JOINED_HEAD.test(head) && text.slice(d.start - head.length, d.start) === head);
  return groups.filter((g) => !g.members.every((m) => m.link !== 'title' && cut(m.draft)));
}

const JOINED_HEAD = /\b(?:of|for|and|the|de|du|la|on)\s$/;

function toEntities(groups: Group[]): Entity[] {
  const ids = new Set<string>();
  const entities = groups
    .filter((g) => g.members.length > 0)
    .map((g) => {
      const members = [...g.members].sort((a, b) => a.draft.start - b.draft.start || a.draft.end - b.draft.end);
      const mentions: Mention[] = members.map((m) => ({ start: m.draft.start, end: m.draft.end, text: m.draft.text, link: m.link }));
      const roles: Role[] = [];
      const seen = new Set<string>();
      for (const m of members) {
        for (const r of m.draft.roles) {
          const key = `${r.start}:${r.end}`;
          if (!seen.has(key)) {
            seen.add(key);
            roles.push(r);
          }
        }
      }
      const nameSlug = slug(g.name);
      let id = `${g.kind}:${nameSlug}`;
      for (let n = 2; ids.has(id); n++) id = `${g.kind}:${nameSlug}-${n}`;
      ids.add(id);
      const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== g.name);
      const entity: Entity = {
        id,
        kind: g.kind,
        name: g.name,
        roles,
        aliases,
        mentions,
        firstMention: mentions[0],
        ...(g.note ? { note: g.note } : {}),
      };
      return entity;
    });
  return entities.sort((a, b) => a.firstMention.start - b.firstMention.start);
}

// A name's slug depends on the name alone and every analysis makes one for every entity: kept by name (bounded).
const slugs = new Map<string, string>();
const MAX_SLUGS = 20_000;

function slug(name: string): string {
  let s = slugs.get(name);
  if (s === undefined) {
    s = slugOf(name);
    if (slugs.size >= MAX_SLUGS) slugs.clear();
    slugs.set(name, s);
  }
  return s;
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
