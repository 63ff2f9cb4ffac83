// The entity stage's data types, in one module that imports no other module of the stage: every
// step (words → chunks → candidates → drafts → groups → entities) reads and writes these, so the
// steps depend on this file and never on each other for a type.
import type { DateMention, Dateline, EntityKind, MentionLink, Role, Span } from '../types';
import type { Token } from '../nlp';
import type { LineCacheSet } from '../text/lineCaches';

export interface EntityContext {
  /** The dateline, whose place is a place mention and whose agency is an organization. */
  readonly dateline: Dateline | null;
  /** Date expressions already found: never part of a name (`Saturday`, `January`). */
  readonly dates: readonly DateMention[];
  /** compromise's tokens of the text, when the caller has them (analyze.ts shares one pass); else computed here. */
  readonly tokens?: readonly Token[];
  /** Per-line work kept between analyses of one document (incremental.ts); absent for a cold one. */
  readonly lineCaches?: LineCacheSet;
  /** One of a series of analyses of the document (incremental.ts): keep each candidate's work for the next (draft-work.ts). */
  readonly incremental?: boolean;
}

/**
 * A word of the article as the entity finder sees it: compromise's tokens with hyphenated parts
 * joined (`Kassym-Jomart`), possessive `'s` cut off the span (`Kazakhstan's` → `Kazakhstan`), the
 * period of an abbreviation or initial kept (`Inc.`, `Gov.`, `W.`), and where a name may not run on.
 * An incremental analysis moves the words of the document's previous version to their new offsets
 * (readWords): no stage may keep a Word (or a Token) from one analysis to the next, only its identity.
 */
export interface Word extends Span {
  readonly index: number;
  readonly text: string;
  /** Lower case, without an abbreviation's period: the key for word lists. */
  readonly key: string;
  readonly tags: ReadonlySet<string>;
  /** compromise's lexicon entry for the word out of context (`MaleName`, `City`, `Country`). */
  readonly lexicon: string | undefined;
  readonly sentence: number;
  /** First word of its sentence, or first after an opening quote or colon: its capital says nothing. */
  readonly initial: boolean;
  /** Starts with a capital letter (or is an acronym). */
  readonly capital: boolean;
  /** Inside a date expression (`January`, `Saturday`): never part of a name. */
  readonly date: boolean;
  /** Punctuation, a possessive or a sentence end separates it from the next word. */
  readonly breakAfter: boolean;
  readonly possessive: boolean;
  /** The punctuation mark right after the word, or '' (`:` after a credit label, `,` before a state). */
  readonly markAfter: string;
  /** The punctuation mark right before the word, or '' (`(` before an acronym defined in brackets). */
  readonly markBefore: string;
  /** The token's identity (nlp.ts): the same object wherever the same tagged word comes back. */
  readonly identity: object;
}

/** A run of words `[from, to]` (inclusive word indices) that may be a name. */
export interface Chunk {
  readonly from: number;
  readonly to: number;
}

/** A span that names something, before its kind is decided. */
export interface Candidate {
  /** First and last word (inclusive). */
  readonly from: number;
  readonly to: number;
  /** Words of a title standing right before the name inside the capitalised run (`Kazakh President`). */
  readonly titleFrom: number | null;
}

/**
 * What the article itself says about words: which ones it capitalises in mid-sentence (names) and
 * which it writes in lower case (ordinary words), so a sentence-initial capital can be judged.
 */
export interface WordEvidence {
  readonly midCapital: ReadonlySet<string>;
  readonly lower: ReadonlySet<string>;
  /** Last words of runs that open with a given name (`Fan` in `Rita Fan`): surnames, whatever else they mean. */
  readonly surnames: ReadonlySet<string>;
  /** Two capitalised words in a row mid-sentence (`New Zealand`): a name a sentence may open with. */
  readonly pairs: ReadonlySet<string>;
}

/** What the context says about one name span, beside its words (input of the kind decision). */
export interface KindEvidence {
  /** The mention has a title or role (`Mayor`, `, chief executive of …`). */
  readonly hasRole: boolean;
  /** The dateline's place. */
  readonly isDatelinePlace: boolean;
  /** The name is spelled out before its acronym in brackets (`… Organization (CSTO)`). */
  readonly spellsAcronym?: boolean;
}

/** Scores of person, organization, place (in that order, see KIND_INDEX): higher wins. */
export type KindScores = readonly [number, number, number];

/** One name mention before linking: where it is, what the text says about it, how it scores. */
export interface Draft extends Span {
  readonly text: string;
  /** Word indices, or -1 for spans given from outside (the dateline). */
  readonly from: number;
  readonly to: number;
  readonly roles: readonly Role[];
  readonly scores: KindScores;
  /** A kind the context fixes (dateline place, dateline agency). */
  readonly fixedKind: EntityKind | null;
  /** The expansion given right before `(ACRONYM)`: `Collective Security Treaty Organization`. */
  readonly definedBy: string | null;
}

/** Mentions grouped into one entity, before ids and roles are assigned. */
export interface Group {
  kind: EntityKind;
  name: string;
  /** Words of the name, for surname and partial matching. */
  words: string[];
  members: { draft: Draft; link: MentionLink }[];
  note: string | null;
}
