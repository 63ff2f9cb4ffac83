import type { ArticleReference } from '../dates';
import type { AnalyzeOptions, ArticleEvent, DateMention, Entity, Finding, Span } from '../types';
import type { LineIndex } from '../text/lines';
import type { LineCacheSet } from '../text/lineCaches';

/** Everything a rule may read: the finished analysis of one article. */
export interface RuleContext {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly reference: ArticleReference;
  readonly dates: readonly DateMention[];
  readonly entities: readonly Entity[];
  readonly events: readonly ArticleEvent[];
  readonly lines: LineIndex;
  readonly options: AnalyzeOptions;
  /** Per-line work kept between analyses of one document (incremental.ts); absent for a cold one. */
  readonly lineCaches?: LineCacheSet;
}

/** A finding before its severity is settled by the options. */
export type RawFinding = Omit<Finding, 'severity' | 'rule'>;

export interface Rule {
  /** Namespaced, stable: documented in the README under the same heading. */
  readonly id: string;
  readonly defaultSeverity: Finding['severity'];
  /** Rules that apply AP style only: off for non-AP newsrooms (`copydesk.apStyle: false`). */
  readonly apStyle?: boolean;
  check(context: RuleContext): RawFinding[];
}
