// Entry of the integration tests, run inside a real VS Code extension host by both harnesses:
// scripts/run-integration.js (code-server + headless Chromium) and scripts/run-desktop.js
// (@vscode/test-electron). VS Code requires dist/test/integration.js and awaits its `run()`.
//
// esbuild.js bundles this file together with every test/integration/**/*.test.ts: the generated
// entry calls registerSuite() once per test file (sorted by path), so there is no run-time glob and
// adding a test file needs no edit here. Files are loaded inside run(), after mocha has installed
// its bdd globals (describe/it/before...).
import Mocha from 'mocha';

interface SuiteFile {
  file: string;
  load: () => unknown;
}

const suites: SuiteFile[] = [];

/** Called by the generated bundle entry for each test file. */
export function registerSuite(file: string, load: () => unknown): void {
  suites.push({ file, load });
}

/** Runs every registered suite; rejects when a test fails (or none is registered). */
export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 30000,
    slow: 2000,
    // MOCHA_GREP=pattern on the harness's command line narrows the run (it reaches the extension host).
    grep: process.env.MOCHA_GREP || undefined,
  });
  return new Promise<void>((resolve, reject) => {
    if (suites.length === 0) {
      reject(new Error('no integration test files were bundled (test/integration/**/*.test.ts)'));
      return;
    }
    try {
      for (const { file, load } of suites) {
        mocha.suite.emit('pre-require', globalThis, file, mocha);
        mocha.suite.emit('require', load(), file, mocha);
        mocha.suite.emit('post-require', globalThis, file, mocha);
      }
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
