// Cross-validation over MEANTIME's three topics (../shared/corpus/README.md): each fold scores one topic
// with whatever is learned or read from the two others; the figure reported is the mean of the three.
import { MEANTIME_TOPICS, meantimeFold, type MeantimeDoc, type MeantimeTopic } from './corpus';

export interface FoldReport<R> {
  topic: MeantimeTopic;
  report: R;
}

/** Runs `score(test, train)` once per held-out topic. */
export function acrossFolds<R>(docs: MeantimeDoc[], score: (test: MeantimeDoc[], train: MeantimeDoc[]) => R): FoldReport<R>[] {
  return MEANTIME_TOPICS.map((topic) => {
    const { train, test } = meantimeFold(docs, topic);
    return { topic, report: score(test, train) };
  });
}

/** The mean over the folds of one figure. */
export function foldMean<R>(folds: FoldReport<R>[], figure: (r: R) => number): number {
  return folds.reduce((n, f) => n + figure(f.report), 0) / folds.length;
}
