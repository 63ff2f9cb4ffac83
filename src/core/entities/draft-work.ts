// The work done on each name candidate once it is found: its roles, its kind scores and the features
// of the learned name decision. A third of an edit's analysis when redone on the whole article, so
// an incremental analysis (incremental.ts) keeps it per candidate, keyed by the sentences the work
// reads (see SentenceWindows), and redoes only what the article-wide evidence decides.
import type { Role } from '../types';
import type { Candidate, Draft, KindScores, Word, WordEvidence } from './model';
import { lineCacheKey, type LineCacheSet } from '../text/lineCaches';
import { rolesAt } from './roles';
import { kindFeatures, scoreWithFeatures } from './kinds';
import { activeKindModel } from './kind-model';
import type { NameModel } from './name-model';
import { hasArticleFeature, localNameFeatures, type ArticleFeature, type LocalNameFeature } from './name-features';

/** What toDrafts needs of a candidate beside its words. */
export interface CandidateWork {
  readonly roles: Role[];
  readonly scores: KindScores;
}

/** The per-candidate work of one analysis, computed or kept from an earlier one. */
export interface DraftJudge {
  /** Roles and kind scores of a candidate (`spellsAcronym`: see KindEvidence). */
  candidate(c: Candidate, spellsAcronym: boolean): CandidateWork;
  /** The learned probability that a draft (of a candidate, or nested in one) is a name. */
  nameProbability(model: NameModel, d: Draft, evidence: WordEvidence): number;
}

/** A feature's weighted value, in nameProbability's order, or the slot of an article feature. */
type Term = number | ArticleFeature;

function termsOf(model: NameModel, local: readonly LocalNameFeature[]): Term[] {
  return local.map((f) => (typeof f === 'string' ? f : (model.weights.get(f[0]) ?? 0) * f[1]));
}

/** nameProbability(model, nameFeatures(…)), summed in the same order: the same number to the last bit. */
function probability(model: NameModel, terms: readonly Term[], text: string, words: readonly Word[], d: Draft, evidence: WordEvidence): number {
  let z = model.bias;
  for (const t of terms) {
    if (typeof t === 'number') z += t;
    else if (hasArticleFeature(t, text, words, d, evidence)) z += (model.weights.get(t) ?? 0) * 1;
  }
  return 1 / (1 + Math.exp(-z));
}

const spanKey = (from: number, to: number, hasRole: boolean) => `${from}:${to}:${hasRole ? 1 : 0}`;

/** The work of one analysis alone (a cold one): each candidate's cues read once for its scores and its name features. */
export function directJudge(text: string, words: readonly Word[]): DraftJudge {
  const kindParts = new Map<string, readonly [string, number][]>();
  return {
    candidate(c, spellsAcronym) {
      const roles = rolesAt(text, words, c);
      const { scores, features } = scoreWithFeatures(words, c.from, c.to, { hasRole: roles.length > 0, isDatelinePlace: false, spellsAcronym });
      kindParts.set(spanKey(c.from, c.to, roles.length > 0), features);
      return { roles, scores };
    },
    nameProbability(model, d, evidence) {
      const hasRole = d.roles.length > 0;
      const kind = kindParts.get(spanKey(d.from, d.to, hasRole)) ?? kindFeatures(words, d.from, d.to, { hasRole, isDatelinePlace: false });
      return probability(model, termsOf(model, localNameFeatures(text, words, d, kind)), text, words, d, evidence);
    },
  };
}

/** A candidate's (or a nested draft's) work as kept between analyses: offsets relative to its first word. */
interface KeptWork {
  readonly roles: readonly Role[];
  readonly scores: KindScores;
  readonly local: readonly LocalNameFeature[];
  /** The name model `terms` were weighed with. */
  nameModel?: NameModel;
  terms?: Term[];
}

const KEPT_WORK = lineCacheKey<KeptWork>('entities.draftWork');

/**
 * The judge of an incremental analysis: a candidate's work is kept by the key of its sentence window
 * and its place in it, so after an edit only the candidates near the edited sentence are worked on.
 * The article features of the name decision are read afresh every time.
 */
export function keptJudge(text: string, words: readonly Word[], caches: LineCacheSet): DraftJudge {
  const windows = new SentenceWindows(text, words);
  const kept = caches.of(KEPT_WORK);
  const kindModel = `${idOf(activeKindModel())}`;
  // By span and role as one number (spanKey's string, made for every candidate, cost more than the work it found).
  const byDraft = new Map<number, KeptWork>();
  const spanNumber = (from: number, to: number, hasRole: boolean) => ((from + 1) * (words.length + 2) + to + 1) * 2 + (hasRole ? 1 : 0);
  const place = (roles: readonly Role[], at: number): Role[] => roles.map((r) => ({ start: r.start + at, end: r.end + at, text: r.text }));
  return {
    candidate(c, spellsAcronym) {
      const { key, base } = windows.of(c.from, c.to);
      const at = words[c.from].start;
      const title = c.titleFrom === null ? '' : c.titleFrom - base;
      const work = kept.get(`${kindModel}|${key}|${c.from - base}|${c.to - base}|${title}|${spellsAcronym ? 1 : 0}`, () => {
        const roles = rolesAt(text, words, c);
        const { scores, features } = scoreWithFeatures(words, c.from, c.to, { hasRole: roles.length > 0, isDatelinePlace: false, spellsAcronym });
        const d = { start: at, end: words[c.to].end, from: c.from, to: c.to };
        return { roles: place(roles, -at), scores, local: localNameFeatures(text, words, d, features) };
      });
      byDraft.set(spanNumber(c.from, c.to, work.roles.length > 0), work);
      return { roles: place(work.roles, at), scores: work.scores };
    },
    nameProbability(model, d, evidence) {
      const hasRole = d.roles.length > 0;
      let work = byDraft.get(spanNumber(d.from, d.to, hasRole));
      if (!work) {
        const { key, base } = windows.of(d.from, d.to);
        work = kept.get(`${kindModel}|${key}|${d.from - base}|${d.to - base}|nested|${hasRole ? 1 : 0}`, () => {
          const kind = kindFeatures(words, d.from, d.to, { hasRole, isDatelinePlace: false });
          return { roles: [], scores: [0, 0, 0], local: localNameFeatures(text, words, d, kind) };
        });
      }
      if (work.nameModel !== model || !work.terms) {
        work.terms = termsOf(model, work.local);
        work.nameModel = model;
      }
      return probability(model, work.terms, text, words, d, evidence);
    },
  };
}

/**
 * What the work on a candidate reads, as a key. Roles, kind cues and local name features read the
 * words of the candidate's sentence, their tags and flags and the text between them; they look at
 * most one sentence back (a credit label before `&`), and at most four words past the sentence's end
 * before stopping at the end of the sentence they reach (`…, who was` taking a role after it); they
 * test word indices against the text's start (`from < 3`) and its end. So the key is: the sentence
 * before, the candidate's sentences, every sentence up to the one holding the fourth word after them,
 * each by its id (see sentenceId), and the window's first word index when it is under three.
 */
class SentenceWindows {
  /** The sentence group (words with one `sentence` value) of each word. */
  private readonly groupOf: Int32Array;
  private readonly starts: number[] = [];
  private readonly ids: number[] = [];
  private readonly keys: ({ key: string; base: number } | undefined)[] = [];

  constructor(
    private readonly text: string,
    private readonly words: readonly Word[],
  ) {
    this.groupOf = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      if (k === 0 || words[k].sentence !== words[k - 1].sentence) this.starts.push(k);
      this.groupOf[k] = this.starts.length - 1;
    }
  }

  /** The key of the window around words `[from, to]`, and the index of its first word. */
  of(from: number, to: number): { key: string; base: number } {
    const g = this.groupOf[from];
    const one = g === this.groupOf[to];
    if (one && this.keys[g]) return this.keys[g];
    const first = Math.max(0, g - 1);
    const reach = Math.min(this.lastWord(this.groupOf[to]) + 4, this.words.length - 1);
    const last = this.groupOf[reach];
    const base = this.starts[first];
    let key = `${Math.min(base, 3)}`;
    for (let k = first; k <= last; k++) key += `,${this.id(k)}`;
    const window = { key, base };
    if (one) this.keys[g] = window;
    return window;
  }

  private lastWord(g: number): number {
    return g + 1 < this.starts.length ? this.starts[g + 1] - 1 : this.words.length - 1;
  }

  private id(g: number): number {
    let id = this.ids[g];
    if (id === undefined) {
      id = sentenceId(this.text, this.words, this.starts[g], this.lastWord(g));
      this.ids[g] = id;
    }
    return id;
  }
}

/**
 * A sentence group as the work on candidates reads it: its text (from the end of the group before;
 * for the last group, to the text's end), and per word its token's identity, its offsets in that
 * text and the flags its neighbours and the dates give it. Every other field of a Word follows from
 * its token (words.ts).
 */
interface SentenceRecord {
  readonly id: number;
  /** Refreshed to the latest analysis's text on each match, so that no older version of the text is kept alive by it. */
  text: string;
  readonly last: boolean;
  readonly identities: readonly object[];
  /** Start, end and flags of each word. */
  readonly numbers: Int32Array;
}

/** Records by the identity of their first word: an unchanged line's tokens keep theirs (nlp.ts). */
const sentenceRecords = new WeakMap<object, SentenceRecord[]>();
/** Records kept per first word: a word that opens differing groups in turn (rare) keeps the latest few. */
const RECORDS_PER_WORD = 4;

/**
 * The id of the words `[from, to]` (one sentence group): equal ids, equal records (SentenceRecord),
 * whichever analysis of whichever document gave them. Compared word by word with the records found
 * before: cheaper than a key string of every word.
 */
function sentenceId(text: string, words: readonly Word[], from: number, to: number): number {
  const last = to === words.length - 1;
  const sliceStart = from > 0 ? words[from - 1].end : 0;
  const slice = text.slice(sliceStart, last ? text.length : words[to].end);
  const n = to - from + 1;
  const first = words[from].identity;
  const records = sentenceRecords.get(first) ?? [];
  for (const r of records) {
    if (r.last !== last || r.identities.length !== n || r.text !== slice || !sameWords(r, words, from, sliceStart)) continue;
    r.text = slice;
    return r.id;
  }
  const numbers = new Int32Array(3 * n);
  for (let k = 0; k < n; k++) {
    const w = words[from + k];
    numbers[3 * k] = w.start - sliceStart;
    numbers[3 * k + 1] = w.end - sliceStart;
    numbers[3 * k + 2] = flags(w);
  }
  const record: SentenceRecord = { id: ++lastSentenceId, text: slice, last, identities: words.slice(from, to + 1).map((w) => w.identity), numbers };
  records.unshift(record);
  if (records.length > RECORDS_PER_WORD) records.pop();
  sentenceRecords.set(first, records);
  return record.id;
}

function flags(w: Word): number {
  return (w.initial ? 1 : 0) | (w.date ? 2 : 0) | (w.breakAfter ? 4 : 0);
}

/** The words from `from` on are the record's, word for word (its identities' count of them). */
function sameWords(r: SentenceRecord, words: readonly Word[], from: number, sliceStart: number): boolean {
  const { identities, numbers } = r;
  for (let k = 0; k < identities.length; k++) {
    const w = words[from + k];
    if (identities[k] !== w.identity || numbers[3 * k] !== w.start - sliceStart || numbers[3 * k + 1] !== w.end - sliceStart || numbers[3 * k + 2] !== flags(w)) return false;
  }
  return true;
}

let lastSentenceId = 0;
let lastObjectId = 0;
const OBJECT_ID = Symbol('objectId');

/**
 * A number for an object, the same for the object's whole life and never given to another: for a
 * token's identity (nlp.ts), the same tagged word whenever a cached line comes back; for a model.
 * Kept on the object as a hidden property (as words.ts keeps a token's reading).
 */
function idOf(o: object | null): number {
  if (o === null) return 0;
  const holder = o as { [OBJECT_ID]?: number };
  let id = holder[OBJECT_ID];
  if (id === undefined) {
    id = ++lastObjectId;
    Object.defineProperty(holder, OBJECT_ID, { value: id });
  }
  return id;
}
