import * as assert from 'node:assert/strict';
import { runSuites } from '../integration/index';
import { grepOf, tagPattern, verdict, VSIX_TAG } from '../integration/runVerdict';

/**
 * The integration harness cannot pass empty: its verdict (test/integration/runVerdict.ts) and its
 * real run (runSuites in test/integration/index.ts, the code VS Code's extension host runs) on
 * mocha runs made here, with zero tests, too few, and a tag that selects them.
 */
describe('integration harness: a run that tests nothing fails', () => {
  const cases: [string, Parameters<typeof verdict>[0], Parameters<typeof verdict>[1], RegExp | undefined][] = [
    ['zero tests selected', { selected: 0, passed: 0, failed: 0, pending: 0 }, {}, /no integration test ran/],
    ['zero tests selected by a tag', { selected: 0, passed: 0, failed: 0, pending: 0 }, { grep: '@vsix', atLeast: 4 }, /no integration test ran matching @vsix/],
    ['fewer than the phase names', { selected: 3, passed: 3, failed: 0, pending: 0 }, { grep: '@vsix', atLeast: 4 }, /only 3 .* names 4/],
    ['a skipped test', { selected: 2, passed: 1, failed: 0, pending: 1 }, {}, /skipped/],
    ['a failed test', { selected: 2, passed: 1, failed: 1, pending: 0 }, {}, /1 integration test\(s\) failed/],
    ['every selected test passed, as many as named', { selected: 4, passed: 4, failed: 0, pending: 0 }, { grep: '@vsix', atLeast: 4 }, undefined],
  ];
  for (const [what, counts, expectation, expected] of cases) {
    it(`${expected ? 'fails' : 'passes'}: ${what}`, () => {
      const reason = verdict(counts, expectation);
      if (expected) assert.match(reason ?? '', expected);
      else assert.equal(reason, undefined);
    });
  }

  it('selects by a tag as a whole word of the title, not by title text', () => {
    const vsix = tagPattern(VSIX_TAG);
    assert.ok(vsix.test('activation opens the article @vsix'));
    assert.ok(vsix.test('hover @vsix shows the full name'));
    assert.ok(!vsix.test('activation opens the article @vsixes'));
    assert.ok(!vsix.test('mentions vsix packaging'));
    assert.equal(grepOf('@vsix')?.source, vsix.source);
    assert.ok(grepOf('hover|flags')?.test('the hover shows'), 'anything else is a pattern');
  });
});

describe('integration harness: runSuites on real mocha runs', () => {
  // Each file's tests are declared while runSuites loads it, with the bdd globals of its own mocha.
  const noTests = { file: 'empty.test.ts', load: () => undefined };
  const twoTests = {
    file: 'two.test.ts',
    load: () =>
      describe('a feature', () => {
        it(`does one thing ${VSIX_TAG}`, () => undefined);
        it('does another', () => undefined);
      }),
  };

  it('rejects a run of a file that declares no test', async () => {
    await assert.rejects(runSuites([noTests], {}, 'base'), /no integration test ran/);
  });

  it('rejects a run whose tag selects no test', async () => {
    await assert.rejects(runSuites([twoTests], { grep: '@web', atLeast: 1 }, 'base'), /no integration test ran matching @web/);
  });

  it('rejects a phase that names more tests than its tag selects', async () => {
    await assert.rejects(runSuites([twoTests], { grep: VSIX_TAG, atLeast: 2 }, 'base'), /only 1 integration test\(s\) matching @vsix ran; the phase names 2/);
  });

  it('resolves when the tagged tests run and pass', async () => {
    await runSuites([twoTests], { grep: VSIX_TAG, atLeast: 1 }, 'base');
    await runSuites([twoTests], {}, 'base');
  });

  it('rejects when no test file was bundled at all', async () => {
    await assert.rejects(runSuites([], {}, 'base'), /no integration test files were bundled/);
  });
});
