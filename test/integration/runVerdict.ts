// What makes an integration run a pass, apart from mocha and VS Code so that a unit test can check it
// (test/unit/integration-harness.test.ts): a run passes only when it ran tests, all of them passed,
// none was skipped, and it ran at least as many as its phase names. A run that selects nothing (a
// renamed test, a grep that matches no title) fails instead of passing empty.

/** The tag a test carries in its title to be part of the VSIX phase (scripts/run-integration.js). */
export const VSIX_TAG = '@vsix';

/** What a phase of the harness asks of its run: which tests (by tag) and how many at least. */
export interface PhaseExpectation {
  /** Run only the tests whose full title carries this tag (`@vsix`) or matches this pattern (MOCHA_GREP). */
  readonly grep?: string;
  /** The phase names this many tests: fewer is a failure. At least 1 in every case. */
  readonly atLeast?: number;
}

/** What mocha reports for one run. */
export interface RunCounts {
  /** Tests the grep selected before the run. */
  readonly selected: number;
  readonly passed: number;
  readonly failed: number;
  /** Skipped (`it.skip`, `this.skip()`): not run, so not counted as run. */
  readonly pending: number;
}

/** A grep for a tag: the tag as a whole word of the title, `@vsix` but not `@vsixfoo`. */
export function tagPattern(tag: string): RegExp {
  return new RegExp(`(^|\\s)${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`);
}

/** The grep a phase's setting stands for: a tag (`@name`) as a whole word, anything else a pattern. */
export function grepOf(grep: string | undefined): RegExp | undefined {
  if (!grep) return undefined;
  return /^@[\w-]+$/.test(grep) ? tagPattern(grep) : new RegExp(grep);
}

/** Why the run fails, or undefined when it passes. */
export function verdict(counts: RunCounts, expectation: PhaseExpectation = {}): string | undefined {
  const ran = counts.passed + counts.failed;
  const named = Math.max(1, expectation.atLeast ?? 1);
  const what = expectation.grep ? ` matching ${expectation.grep}` : '';
  if (counts.failed > 0) return `${counts.failed} integration test(s) failed`;
  if (counts.selected === 0 || ran === 0) return `no integration test ran${what}: a run that tests nothing is not a pass`;
  if (counts.pending > 0) return `${counts.pending} integration test(s)${what} were skipped`;
  if (ran < counts.selected) return `only ${ran} of the ${counts.selected} selected integration tests${what} ran`;
  if (ran < named) return `only ${ran} integration test(s)${what} ran; the phase names ${named}`;
  return undefined;
}
