import type { EntityKind, MentionLink } from '../types';
import type { Draft, Group } from './model';
import { bestKind, ORG_SUFFIXES, PLACE_LEXICON, PLACE_PREPOSITION_WEIGHT } from './kinds';
import { initialsOf, isAcronym, spellsInitials, type Initials } from './acronyms';
import { isSpellingVariant } from './variants';
import { isSurnameFirst } from './words';
import { isGivenNameTag, lexiconTag } from '../nlp';
import { NAME_PARTICLES } from '../lexicon';

interface Form {
  text: string;
  /** Comparison key: dateline capitals (`DETROIT`) meet the body's `Detroit`. */
  key: string;
  words: string[];
  drafts: Draft[];
  scores: [number, number, number];
  fixedKind: EntityKind | null;
  definedBy: string | null;
  first: number;
}

/**
 * Links mentions into entities. Each surface form is one decision (same text, same entity, same
 * kind), taken longest form first so shorter forms can attach to a longer one given earlier or later:
 * a surname to the one person whose name ends with it, a leading part to the one organization it
 * starts, an acronym to the name it abbreviates, a close misspelling to the person it misspells.
 */
export function linkDrafts(drafts: readonly Draft[]): Group[] {
  const forms = collectForms(drafts);
  const order = [...forms.values()].sort((a, b) => b.words.length - a.words.length || a.first - b.first);
  const groups: Group[] = [];
  const index = new GroupIndex();
  const byKey = new Map<string, Group>();
  const join = (form: Form, group: Group, link: MentionLink) => {
    for (const d of form.drafts) group.members.push({ draft: d, link });
    byKey.set(form.key, group);
  };
  for (const form of order) {
    let own = form.fixedKind ?? bestKind(pooledScores(form, forms));
    // `jobs at Vantor … the airline Vantor`: a word that is a place only by its prepositions, with an
    // organization cue of its own (a company noun before it, an appositive), is that organization.
    // MEANTIME fold means: place 0.795 -> 0.810, organization 0.872 -> 0.877; dev unchanged (with any
    // organization score at all instead of a cue's 1.5: dev organization 0.648 -> 0.645).
    if (own === 'place' && form.words.length === 1 && form.scores[1] >= 1.5 && isWeakPlace(form)) own = 'organization';
    const target = form.words.length > 1 ? findLonger(form, own, index) : findForWord(form, own, index, byKey);
    // A rarer close misspelling of a person's name is no mention of them: names.spelling flags it.
    if (target && isMisspeltMention(form, target, forms)) continue;
    if (target) {
      join(form, target.group, target.link);
      if (target.link === 'acronym' && !target.group.note) target.group.note = target.group.name;
      continue;
    }
    const group: Group = { kind: own, name: form.text, words: form.words, members: [], note: null };
    groups.push(group);
    index.add(group);
    join(form, group, 'full');
    if (form.definedBy) {
      // The acronym came before its expansion was seen as a form of its own: name the group fully.
      group.note = form.definedBy;
    }
  }
  mergeDefinitions(groups, forms, byKey);
  for (const group of groups) dropInnerMembers(group);
  return groups;
}

/**
 * `Corvale Marlow` inside `Corvale Marlow Lines` once both are the company's: a person found inside
 * an organization's name (nested.ts) that linking then gives to that same organization is no
 * mention of its own. (Only organizations: a place inside a place, `New York` in `New York City`, is
 * a mention of its own in the corpora's annotation.)
 */
function dropInnerMembers(group: Group): void {
  if (group.members.length < 2 || group.kind !== 'organization') return;
  group.members = group.members.filter(
    (m) => !group.members.some((o) => o !== m && o.draft.start <= m.draft.start && o.draft.end >= m.draft.end && o.draft.end - o.draft.start > m.draft.end - m.draft.start),
  );
}

/**
 * A full name's kind also hears what the article says where it uses the last word alone (`Musk, who
 * bought the company` after `Elon Musk's X Corp.`): those mentions are most likely the same entity.
 */
function pooledScores(form: Form, forms: ReadonlyMap<string, Form>): [number, number, number] {
  const s: [number, number, number] = [...form.scores];
  if (form.words.length < 2) return s;
  const last = forms.get(form.words[form.words.length - 1]);
  if (last && !last.fixedKind && bestKind(last.scores) === 'person') s[0] += last.scores[0];
  // `Lockheed Martin` beside `Lockheed` alone: an article shortens an organization to its first word
  // and a person to the last, so a name whose first word stands alone, and whose last word never does,
  // leans organization, unless that first word is a given name (`Steve` for `Steve Jobs`) or the family
  // name of a name that puts it first (`Zhao` for `Zhao Weiming`). MEANTIME
  // fold means: person 0.778 -> 0.837, organization 0.840 -> 0.864; dev (reported only) person 0.853
  // -> 0.855. Counting the last word alone for a person as well lost person F1 on dev and one fold.
  const first = forms.get(form.words[0]);
  if (first && !first.fixedKind && !last && !isGivenNameTag(lexiconTag(form.words[0])) && !isSurnameFirst(form.words)) s[1] += first.drafts.length;
  return s;
}

/**
 * The groups made so far, looked up by first word, last word and first letter (in creation order,
 * like the list itself): linking stays linear in the number of forms on long articles. Lookups
 * narrow the candidates only; the callers still apply their full conditions.
 */
class GroupIndex {
  readonly all: Group[] = [];
  private readonly first = new Map<string, Group[]>();
  private readonly last = new Map<string, Group[]>();
  private readonly initial = new Map<string, Group[]>();
  private readonly lastInitial = new Map<string, Group[]>();
  private readonly initials = new Map<Group, Initials | null>();
  private readonly inner = new Map<string, Group[]>();

  add(group: Group): void {
    this.all.push(group);
    // Capitalised middle words of names of three words or more (`Lula` in `Luiz Inácio Lula da Silva`).
    for (let i = 1; i < group.words.length - 1; i++) if (/^\p{Lu}/u.test(group.words[i])) push(this.inner, group.words[i], group);
    push(this.first, group.words[0], group);
    push(this.last, group.words[group.words.length - 1], group);
    const family = familyName(group.words);
    if (family !== group.words[group.words.length - 1]) push(this.last, family, group);
    push(this.initial, initialOf(group.name), group);
    push(this.lastInitial, initialOf(group.words[group.words.length - 1]), group);
  }

  /** The initials of the group's name, computed once. */
  initialsOf(group: Group): Initials | null {
    let initials = this.initials.get(group);
    if (initials === undefined) {
      initials = initialsOf(group.name);
      this.initials.set(group, initials);
    }
    return initials;
  }

  byFirstWord(word: string): readonly Group[] {
    return this.first.get(word) ?? [];
  }

  byInnerWord(word: string): readonly Group[] {
    return this.inner.get(word) ?? [];
  }

  byLastWord(word: string): readonly Group[] {
    return this.last.get(word) ?? [];
  }

  /** Groups whose name starts with the same letter (any case) as `text`: spelling variants always do. */
  byInitial(text: string): readonly Group[] {
    return this.initial.get(initialOf(text)) ?? [];
  }

  /** Groups whose last word starts with the same letter (any case) as `text`. */
  byLastInitial(text: string): readonly Group[] {
    return this.lastInitial.get(initialOf(text)) ?? [];
  }
}

/**
 * The family name a later mention uses alone: the last word, or the word before a hyphenated
 * romanised given name (`Tsang` in `Jasper Tsang Yok-sing`, `Kim` in `Kim Jong-un`), or the first
 * word of a surname-first name (`Zhao` in `Zhao Weiming`).
 */
function familyName(words: readonly string[]): string {
  const last = words[words.length - 1];
  if (words.length >= 2 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(last)) return words[words.length - 2];
  if (isSurnameFirst(words)) return words[0];
  return last;
}

function initialOf(text: string): string {
  return text.charAt(0).toLowerCase();
}

function push(map: Map<string, Group[]>, key: string, group: Group): void {
  const list = map.get(key);
  if (list) list.push(group);
  else map.set(key, [group]);
}

function collectForms(drafts: readonly Draft[]): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (const d of drafts) {
    const key = formKey(d);
    let form = forms.get(key);
    if (!form) {
      form = { text: key, key, words: key.split(/\s+/), drafts: [], scores: [0, 0, 0], fixedKind: null, definedBy: null, first: d.start };
      forms.set(key, form);
    }
    form.drafts.push(d);
    for (let i = 0; i < 3; i++) form.scores[i] += d.scores[i];
    form.fixedKind ??= d.fixedKind;
    form.definedBy ??= d.definedBy;
  }
  return forms;
}

/**
 * Datelines set the place in capitals (`DETROIT`, `NUR-SULTAN`): the body's `Detroit` is the same
 * form. The agency in capitals is an acronym (`AFP`, `IANS`) and stays as written.
 */
function formKey(d: Draft): string {
  if (d.from >= 0 || d.fixedKind !== 'place' || d.text.length < 3 || d.text !== d.text.toUpperCase()) return d.text;
  return d.text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Where a form attaches; `misspelt` when only as a close misspelling of the group's name. */
interface Target {
  group: Group;
  link: MentionLink;
  misspelt?: boolean;
}

/**
 * A misspelling written less often than the name word it misspells (the names.spelling rule flags
 * it). On a tie either may be the wrong one: the mention stays linked, and the rule flags both.
 */
function isMisspeltMention(form: Form, target: Target, forms: ReadonlyMap<string, Form>): boolean {
  if (!target.misspelt) return false;
  const word = target.group.words[target.group.words.length - 1];
  let written = 0;
  for (const other of forms.values()) if (other.words.includes(word)) written += other.drafts.length;
  return form.drafts.length < written;
}

/** A multi-word form inside a longer name (`Barack Obama` in `Barack Hussein Obama`) or a misspelling of one. */
function findLonger(form: Form, own: EntityKind, index: GroupIndex): Target | null {
  const hits = index.byFirstWord(form.words[0]).filter((g) => {
    if (g.words.length <= form.words.length) return false;
    if (own === 'person' || g.kind === 'person') {
      return g.kind === own && g.words[0] === form.words[0] && g.words[g.words.length - 1] === form.words[form.words.length - 1];
    }
    // `Los Angeles` is not a part of `Los Angeles Times`: a place never shortens an organization.
    return g.kind === own && !form.fixedKind && form.words.every((w, i) => g.words[i] === w);
  });
  if (hits.length === 1) return { group: hits[0], link: own === 'person' ? 'full' : 'partial' };
  // `Hutchison Ports spokesman` after `Hutchison Ports ECT`: a short form of the one organization
  // whose name it opens, though scored a person, unless it opens with a given name (`Barack Obama`
  // beside the `Barack Obama Foundation` is the man).
  if (own === 'person' && !form.fixedKind && !isGivenNameTag(lexiconTag(form.words[0]))) {
    const opened = index.byFirstWord(form.words[0]).filter((g) => g.kind === 'organization' && g.words.length > form.words.length && form.words.every((w, i) => g.words[i] === w));
    if (opened.length === 1) return { group: opened[0], link: 'partial' };
  }
  // `de Souza` after `Maria de Souza`: a surname of several words.
  const n = form.words.length;
  const family = index.byLastWord(form.words[n - 1]).filter((g) => g.kind === 'person' && g.words.length > n && form.words.every((w, i) => sameNameWord(w, g.words[g.words.length - n + i])));
  if (family.length === 1 && !form.fixedKind) return { group: family[0], link: 'surname' };
  if (own === 'person') {
    const close = index.byInitial(form.text).filter((g) => g.kind === 'person' && g.words.length === form.words.length && isSpellingVariant(form.text, g.name));
    if (close.length === 1) return { group: close[0], link: 'full', misspelt: true };
  }
  return null;
}

/** `De` opening a sentence is the `de` of `Ana de Souza`: particles match in any case. */
function sameNameWord(a: string, b: string): boolean {
  return a === b || (NAME_PARTICLES.has(a.toLowerCase()) && a.toLowerCase() === b.toLowerCase());
}

/** A single word the lexicon has as no place, with no more place evidence than its prepositions. */
function isWeakPlace(form: Form): boolean {
  return !PLACE_LEXICON.has(lexiconTag(form.text) ?? '') && form.scores[2] <= PLACE_PREPOSITION_WEIGHT * form.drafts.length + 1e-9;
}

function findForWord(form: Form, own: EntityKind, index: GroupIndex, byKey: Map<string, Group>): Target | null {
  const word = form.text;
  if (form.fixedKind) return null;
  if (isAcronym(word)) {
    if (form.definedBy) {
      const defined = byKey.get(form.definedBy);
      if (defined) return { group: defined, link: 'acronym' };
    }
    const spelled = index.all.filter((g) => g.kind !== 'person' && spellsInitials(word, index.initialsOf(g)));
    if (spelled.length === 1) return { group: spelled[0], link: 'acronym' };
    return null;
  }
  const strongOther = Math.max(form.scores[1], form.scores[2]) >= form.scores[0] + 4 * form.drafts.length;
  const people = index.byLastWord(word).filter((g) => g.kind === 'person' && g.words.length > 1 && (g.words[g.words.length - 1] === word || familyName(g.words) === word));
  // `Montenegro told reporters` after `Luís Montenegro`: a surname that is also a place word is the
  // person's where one of its mentions reads as a person's (a verb of saying, a role).
  if (people.length === 1 && (!strongOther || form.drafts.some((d) => d.scores[0] > 0))) return { group: people[0], link: 'surname' };
  if (people.length > 1) return null;
  // `Chrysler` after `Chrysler Group`, a place only because some mentions follow `in` or `at`: a word
  // the lexicon has as no place, with no more place evidence than its prepositions, is the short form
  // of the one organization it opens. MEANTIME fold means: organization 0.864 -> 0.868, place 0.766
  // -> 0.779; dev unchanged.
  const weakPlace = own === 'place' && isWeakPlace(form);
  if (own !== 'place' || weakPlace) {
    const orgs = index.byFirstWord(word).filter((g) => g.kind === 'organization' && g.words.length > 1 && g.words[0] === word);
    if (orgs.length === 1) return { group: orgs[0], link: 'partial' };
    // `the Agency` after `National Disaster Mitigation Agency`: an institution's head word alone.
    if (ORG_SUFFIXES.has(word.toLowerCase())) {
      const headed = index.byLastWord(word).filter((g) => g.kind === 'organization' && g.words.length > 1);
      if (headed.length === 1) return { group: headed[0], link: 'partial' };
    }
  }
  // `Prabowo` after `President Prabowo Subianto`: people known by the first word of their name, the
  // only person whose name starts with it (Indonesian mononyms, a given name in a feature). Only a
  // person the article gives a role or calls by the surname alone (`Aubameyang scored … "Pierre-Emerick
  // showed …"`): a two-word name merely scored a person (`Lockheed Martin`, `Airbus A380`) would take
  // every mention of the company with it.
  // A common given name alone (`Steve`) may be anyone's: only a word the lexicon has as no given name.
  if (!strongOther && index.byLastWord(word).length === 0 && !isGivenNameTag(lexiconTag(word))) {
    const named = index.byFirstWord(word).filter(
      (g) => g.kind === 'person' && g.words.length >= 2 && g.words.length <= 3 && g.words[0] === word && g.members.some((m) => m.draft.roles.length > 0 || m.link === 'surname'),
    );
    if (named.length === 1 && index.byFirstWord(word).length === 1) return { group: named[0], link: 'partial' };
  }
  // `Lula` after `Luiz Inácio Lula da Silva`: a person known by a middle word of a long name (Brazilian
  // and Portuguese names), the only name that holds it. A given name in the middle of a shorter name
  // (`Walker` in `George Walker Bush`) is more likely someone else's.
  if (!strongOther && own !== 'place' && index.byLastWord(word).length === 0 && index.byFirstWord(word).length === 0) {
    const inner = index.byInnerWord(word);
    if (inner.length === 1 && inner[0].kind === 'person' && (inner[0].words.length >= 4 || !isGivenNameTag(lexiconTag(word)))) return { group: inner[0], link: 'partial' };
  }
  if (own === 'person' || !strongOther) {
    const close = index.byLastInitial(word).filter((g) => g.kind === 'person' && g.words.length > 1 && isSpellingVariant(word, g.words[g.words.length - 1]));
    if (close.length === 1) return { group: close[0], link: 'surname', misspelt: true };
  }
  return null;
}

/**
 * `Collective Security Treaty Organization (CSTO)`: when the acronym's group was made before the
 * expansion's (both one decision per form), fold the acronym into the expansion's entity.
 */
function mergeDefinitions(groups: Group[], forms: Map<string, Form>, byKey: Map<string, Group>): void {
  for (const form of forms.values()) {
    if (!form.definedBy) continue;
    const acronymGroup = byKey.get(form.key);
    const full = byKey.get(form.definedBy);
    if (!acronymGroup || !full || acronymGroup === full) continue;
    for (const m of acronymGroup.members) full.members.push({ draft: m.draft, link: m.draft.text === form.text ? 'acronym' : m.link });
    full.note ??= full.name;
    groups.splice(groups.indexOf(acronymGroup), 1);
    for (const [k, g] of byKey) if (g === acronymGroup) byKey.set(k, full);
  }
}
