import type { EntityKind } from './entityKind';
import type { Glossary } from './glossary/types';

/**
 * The Analysis of one article: plain data, UTF-16 offsets into the analysed text (the same units as
 * JavaScript strings and VS Code positions). Nothing here knows about VS Code.
 */

/** A half-open range `[start, end)` of UTF-16 code units into the article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// In a leaf module of its own so that glossary/types.ts can name it without importing this file.
export type { EntityKind } from './entityKind';

/** How a mention was tied to its entity. */
export type MentionLink =
  | 'full' // the canonical full form, or a longer form containing it
  | 'surname' // the last word of a person's name
  | 'partial' // a leading part of an organization's name (`Northline` for `Northline Motors Inc.`)
  | 'acronym' // `CSTO` for `Collective Security Treaty Organization`
  | 'title'; // `the President`, when the article makes the referent unambiguous

export interface Mention extends Span {
  readonly text: string;
  readonly link: MentionLink;
}

export interface Role extends Span {
  /** The role as the article gives it: `Kazakh President`, `chief executive of Northline Motors Inc.`. */
  readonly text: string;
}

export interface Entity {
  /** Stable within one analysis: `person:kassym-jomart-tokayev`. */
  readonly id: string;
  readonly kind: EntityKind;
  /** The canonical (longest, first full) form. */
  readonly name: string;
  readonly roles: readonly Role[];
  /** Distinct surface forms other than `name`. */
  readonly aliases: readonly string[];
  /** In text order. */
  readonly mentions: readonly Mention[];
  /** The first mention in text order (any link). */
  readonly firstMention: Mention;
  /** Acronym expansion or glossary note, when known. */
  readonly note?: string;
}

export type DateKind = 'absolute' | 'relative' | 'duration' | 'vague';

/** Where a reference date came from. */
export type ReferenceSource = 'option' | 'front-matter' | 'dateline' | 'fallback';

export interface ReferenceDate {
  /** ISO day, `YYYY-MM-DD`. */
  readonly value: string;
  readonly source: ReferenceSource;
  /**
   * The dateline gives no year and nothing else dates the article, so the year is the file's (or
   * today's): the hover says so and a quick fix offers to set the article's date.
   */
  readonly yearAssumed?: boolean;
  /** The assumed year is the one the dateline's weekday fits (`Thursday, Sept. 12` → 2024). */
  readonly yearFromWeekday?: boolean;
}

export interface DateMention extends Span {
  readonly text: string;
  readonly kind: DateKind;
  /** ISO day `YYYY-MM-DD`, ISO month/year, a range `A/B`, or null when it cannot be pinned down. */
  readonly value: string | null;
  /** What it was resolved from: `reference date 2022-01-09 (dateline)`, `previous event 2022-01-05`. */
  readonly anchor: string | null;
  /** The rule used: `past weekday`, `explicit date`, `days after previous date`. */
  readonly rule: string;
  /** 0..1 */
  readonly confidence: number;
}

export interface Dateline extends Span {
  readonly place: string | null;
  /** ISO day when the dateline carries a date (the year may come from the reference year). */
  readonly date: string | null;
  readonly agency: string | null;
  /** Offsets of the place text inside the article, when present. */
  readonly placeSpan: Span | null;
}

export interface ArticleEvent extends Span {
  /** ISO day or range, or null for an undated event. */
  readonly date: string | null;
  /** Entity ids, in text order. */
  readonly actors: readonly string[];
  /** Actor + verb + object, built from the words of the text. */
  readonly summary: string;
  /** The date mention that dates this event, when there is one. */
  readonly dateSpan: Span | null;
  /** The subject as the text writes it, when it is no named entity (`US stock markets`, `the board`). */
  readonly subject?: Span & { readonly text: string };
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Fix {
  readonly title: string;
  /** Replace `[start, end)` with `replacement`. */
  readonly edits: readonly (Span & { readonly replacement: string })[];
}

export interface Finding extends Span {
  /** Namespaced and stable: `names.spelling`, `dates.weekday-mismatch`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fixes: readonly Fix[];
  /** Other places the message refers to (the other spelling, the full name). */
  readonly related?: readonly (Span & { readonly message: string })[];
}

export interface Analysis {
  readonly textLength: number;
  /**
   * The sentences of the body (after any front matter), in text order: the spans every stage used.
   * Adapters read them here (hover snippets, outline) instead of splitting the text again.
   */
  readonly sentences: readonly Span[];
  readonly referenceDate: ReferenceDate;
  readonly dateline: Dateline | null;
  readonly entities: readonly Entity[];
  readonly dates: readonly DateMention[];
  readonly events: readonly ArticleEvent[];
  readonly findings: readonly Finding[];
}

export type RuleSeverity = Severity | 'off';

export interface AnalyzeOptions {
  /**
   * Overrides every other source of the reference date. ISO day.
   * @example { referenceDate: '2022-01-09' }
   */
  readonly referenceDate?: string;
  /**
   * The year a dateline without a year takes (the design card: the file's modification year).
   * Defaults to the year of `today`.
   */
  readonly datelineYear?: number;
  /** The fallback reference date, ISO day. Defaults to the current day (UTC). */
  readonly today?: string;
  /** Per-rule severity overrides; `off` disables a rule. */
  readonly rules?: Readonly<Record<string, RuleSeverity>>;
  /** AP style rules (`dates.ap-format`, `style.title-case`); false for non-AP newsrooms. Default true. */
  readonly apStyle?: boolean;
  /**
   * Acronyms readers know without expansion, beyond the built-in list.
   * @example { knownAcronyms: ['IDOT', 'CTA'] }
   */
  readonly knownAcronyms?: readonly string[];
  /** The newsroom's glossary (see `parseGlossary`): preferred forms, avoided forms, hover notes. */
  readonly glossary?: Glossary;
}
