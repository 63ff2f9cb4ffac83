import type { EntityKind } from '../entityKind';

/** A form the newsroom does not want, and why. */
export interface AvoidedForm {
  readonly form: string;
  readonly reason?: string;
  /**
   * ISO day from which the form is outdated (a renaming): articles whose reference date is earlier
   * may still use it. @example "2022-09-17"
   */
  readonly since?: string;
}

export interface GlossaryEntry {
  /** The preferred, canonical form: `Kassym-Jomart Tokayev`. */
  readonly name: string;
  readonly kind?: EntityKind;
  /** Other acceptable forms: `Tokayev`, `CIS`. */
  readonly aliases: readonly string[];
  readonly avoid: readonly AvoidedForm[];
  /** One line shown in the hover. */
  readonly note?: string;
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
}

/** A problem in the glossary file itself, at a 1-based line and column. */
export interface GlossaryProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}
