import * as assert from 'node:assert/strict';
import { isIsoDay, parseArgs, UsageError } from '../../src/cli/args';

describe('cli arguments', () => {
  it('parses analyze --json with a reference date', () => {
    assert.deepEqual(parseArgs(['analyze', '--json', '--reference-date', '2022-01-09', 'a.txt', 'b.md']), {
      command: 'analyze',
      json: true,
      referenceDate: '2022-01-09',
      files: ['a.txt', 'b.md'],
      jobs: undefined,
      excludes: [],
    });
  });
  it('accepts --reference-date=DATE', () => {
    assert.equal(parseArgs(['check', '--reference-date=2024-06-03', 'a.txt']).referenceDate, '2024-06-03');
  });
  for (const bad of [['frobnicate', 'a'], ['check'], ['check', '--nope', 'a'], ['analyze', '--reference-date', '2022-02-30', 'a']]) {
    it(`rejects ${bad.join(' ')}`, () => assert.throws(() => parseArgs(bad), UsageError));
  }
  it('validates calendar days', () => {
    assert.ok(isIsoDay('2024-02-29'));
    assert.ok(!isIsoDay('2023-02-29'));
    assert.ok(!isIsoDay('2023-1-09'));
  });
});
