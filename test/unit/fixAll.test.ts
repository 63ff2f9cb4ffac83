import * as assert from 'node:assert/strict';
import { FIX_ALL_RULES, fixAllEdits } from '../../src/core/edits';
import type { Finding } from '../../src/core/types';
import { analyzeFixture, applyEdits } from './helpers';

const finding = (rule: string, start: number, end: number, replacement: string): Finding => ({
  rule,
  severity: 'warning',
  start,
  end,
  message: '',
  fixes: [{ title: 'fix', edits: [{ start, end, replacement }] }, { title: 'other', edits: [{ start, end, replacement: '?' }] }],
});

describe('fix all of one rule', () => {
  it('applies every AP date fix of kazakhstan-unrest.txt at once', () => {
    const { text, analysis } = analyzeFixture('kazakhstan-unrest.txt', { referenceDate: '2022-01-09' });
    const fixed = applyEdits(text, fixAllEdits(analysis.findings, 'dates.ap-format'));
    assert.match(fixed, /^Nur-Sultan, Jan\. 9 \(IANS\)/);
    assert.match(fixed, /on Jan\. 5\./);
    assert.equal(fixed.length, text.length - 'January 5'.length + 'Jan. 5'.length + 1);
  });

  it('takes the first fix of each finding of that rule only', () => {
    const findings = [finding('style.title-case', 0, 5, 'mayor'), finding('names.spelling', 10, 17, 'Okafor'), finding('style.title-case', 20, 25, 'chief')];
    assert.deepEqual(fixAllEdits(findings, 'style.title-case'), [
      { start: 0, end: 5, replacement: 'mayor' },
      { start: 20, end: 25, replacement: 'chief' },
    ]);
  });

  it('leaves out a fix that overlaps one already taken', () => {
    const findings = [finding('names.spelling', 0, 7, 'Okafor'), finding('names.spelling', 5, 9, 'x'), finding('names.spelling', 9, 12, 'y')];
    assert.deepEqual(
      fixAllEdits(findings, 'names.spelling').map((e) => e.start),
      [0, 9],
    );
  });

  it('is offered for the rules whose fixes need no judgement', () => {
    assert.deepEqual([...FIX_ALL_RULES].sort(), ['dates.ap-format', 'glossary.preferred-form', 'names.spelling', 'style.title-case']);
  });
});
