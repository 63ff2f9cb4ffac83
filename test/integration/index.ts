// Entry of the integration tests, run inside a real VS Code extension host by both harnesses:
// scripts/run-integration.js (code-server + headless Chromium) and scripts/run-desktop.js
// (@vscode/test-electron). VS Code requires dist/test/integration.js and awaits its `run()`.
//
// esbuild.js bundles this file together with every test/integration/**/*.test.ts: the generated
// entry calls registerSuite() once per test file (sorted by path), so there is no run-time glob and
// adding a test file needs no edit here. Files are loaded inside run(), after mocha has installed
// its bdd globals (describe/it/before...).
import Mocha from 'mocha';
import { grepOf, type PhaseExpectation, type RunCounts, verdict } from './runVerdict';

export interface SuiteFile {
  file: string;
  load: () => unknown;
}

const suites: SuiteFile[] = [];

/** Called by the generated bundle entry for each test file. */
export function registerSuite(file: string, load: () => unknown): void {
  suites.push({ file, load });
}

/**
 * Runs every registered suite; rejects when a test fails, when none ran, or when fewer ran than the
 * phase names. The harness sets MOCHA_GREP (a tag such as `@vsix`, or a pattern) and
 * COPYDESK_EXPECT_TESTS (how many tests the phase names) in the extension host's environment.
 */
export function run(): Promise<void> {
  const atLeast = Number(process.env.COPYDESK_EXPECT_TESTS) || undefined;
  return runSuites(suites, { grep: process.env.MOCHA_GREP || undefined, atLeast });
}

/** The run of `files` under mocha, judged by `verdict` (runVerdict.ts). Exported for the harness's own unit test. */
export function runSuites(files: readonly SuiteFile[], expectation: PhaseExpectation, reporter: string = 'spec'): Promise<void> {
  const grep = grepOf(expectation.grep);
  const mocha = new Mocha({ ui: 'bdd', reporter, color: false, timeout: 30000, slow: 2000, grep });
  return new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error('no integration test files were bundled (test/integration/**/*.test.ts)'));
      return;
    }
    try {
      for (const { file, load } of files) {
        mocha.suite.emit('pre-require', globalThis, file, mocha);
        mocha.suite.emit('require', load(), file, mocha);
        mocha.suite.emit('post-require', globalThis, file, mocha);
      }
      const selected = countSelected(mocha.suite, grep);
      const runner = mocha.run(() => {
        const { passes, failures, pending } = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
        const counts: RunCounts = { selected, passed: passes, failed: failures, pending };
        const reason = verdict(counts, expectation);
        if (reporter !== 'base') console.log(`[integration] ${counts.passed} passed, ${counts.failed} failed, ${counts.pending} skipped of ${selected} selected` +
          (expectation.grep ? ` by ${expectation.grep}` : '') + (expectation.atLeast ? `; the phase names ${expectation.atLeast}` : ''));
        if (reason) reject(new Error(reason));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}

/** Tests of the tree whose full title the grep selects (every test without one). */
function countSelected(suite: Mocha.Suite, grep: RegExp | undefined): number {
  const own = suite.tests.filter((test) => !grep || grep.test(test.fullTitle())).length;
  return own + suite.suites.reduce((sum, child) => sum + countSelected(child, grep), 0);
}
