import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { findReference } from '../../src/core/dates';
import { frontMatterDateEdit } from '../../src/core/rules/articleDate';
import { applyEdits } from './helpers';

describe('the assumed year of a dateline', () => {
  const story = 'LIMA, March 4 (Wire Desk) - The port reopened on Monday after a two-day strike.';

  it('is assumed from the file when the dateline has no year and nothing else dates the article', () => {
    const reference = findReference(story, { datelineYear: 2019 });
    assert.equal(reference.dateline?.date, '2019-03-04');
    assert.equal(reference.yearAssumed, true);
  });

  it('is not assumed when the dateline gives the year, front matter dates the article, or the option does', () => {
    assert.equal(findReference('LIMA, March 4, 2021 (Wire Desk) - The port reopened.', { datelineYear: 2019 }).yearAssumed, false);
    assert.equal(findReference(`---\ndate: 2021-03-04\n---\n${story}`, { datelineYear: 2019 }).yearAssumed, false);
    assert.equal(findReference(story, { datelineYear: 2019, referenceDate: '2021-03-05' }).yearAssumed, false);
    assert.equal(findReference('The port reopened on Monday.', { datelineYear: 2019 }).yearAssumed, false);
  });
});

describe('frontMatterDateEdit: the quick fix that sets a Markdown article\'s date', () => {
  const story = 'LIMA, March 4 (Wire Desk) - The port reopened on Monday after a two-day strike.\n';

  function dated(text: string, day: string): { fixed: string; reference: string; source: string } {
    const fixed = applyEdits(text, [frontMatterDateEdit(text, day)]);
    const a = analyzeArticle(fixed, { datelineYear: 2019 });
    return { fixed, reference: a.referenceDate.value, source: a.referenceDate.source };
  }

  it('adds front matter when there is none, and the article is then dated by it', () => {
    const { fixed, reference, source } = dated(story, '2021-03-04');
    assert.ok(fixed.startsWith('---\ndate: 2021-03-04\n---\n\nLIMA'));
    assert.deepEqual([reference, source], ['2021-03-04', 'front-matter']);
  });

  it('adds the field to front matter without one, keeping its other fields', () => {
    const { fixed, reference } = dated(`---\ntitle: Port strike ends\n---\n${story}`, '2021-03-04');
    assert.ok(fixed.startsWith('---\ntitle: Port strike ends\ndate: 2021-03-04\n---\n'));
    assert.equal(reference, '2021-03-04');
  });

  it('replaces a date field it cannot read rather than adding a second', () => {
    const { fixed, reference } = dated(`---\ndate: soon\ntitle: Port\n---\n${story}`, '2021-03-04');
    assert.equal((fixed.match(/^date:/gm) ?? []).length, 1);
    assert.equal(reference, '2021-03-04');
  });

  it('fills an empty block, and keeps Windows line ends and a byte-order mark', () => {
    assert.equal(dated(`---\n---\n${story}`, '2021-03-04').reference, '2021-03-04');
    const windows = dated(`\uFEFF---\r\ntitle: Port\r\n---\r\n${story}`, '2021-03-04');
    assert.ok(windows.fixed.startsWith('\uFEFF---\r\ntitle: Port\r\ndate: 2021-03-04\r\n---\r\n'));
    assert.equal(windows.reference, '2021-03-04');
  });
});
