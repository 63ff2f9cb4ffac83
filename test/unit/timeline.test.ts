import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/types';
import { escapeHtml, isRevealMessage, timelineEntries, timelineHtml } from '../../src/extension/timelineHtml';
import { analyzeFixture } from './helpers';

describe('timeline', () => {
  const { analysis } = analyzeFixture('kazakhstan-unrest.txt', { referenceDate: '2022-01-09' });
  const entries = timelineEntries(analysis);

  it('lists the events by date with the weekday, undated last', () => {
    assert.equal(entries[0].when, 'Wednesday, 5 January 2022');
    assert.match(entries[0].summary, /Tokayev dismissed Karim Masimov/);
    assert.deepEqual(entries[0].actors, ['Kassym-Jomart Tokayev', 'Karim Masimov']);
    const firstUndated = entries.findIndex((e) => e.date === null);
    assert.ok(firstUndated > 0);
    assert.ok(entries.slice(firstUndated).every((e) => e.when === 'Undated'));
    const dated = entries.slice(0, firstUndated).map((e) => e.date ?? '');
    assert.deepEqual(dated, [...dated].sort());
  });

  it('sorts by date whatever order the events come in', () => {
    const reversed: Analysis = { ...analysis, events: [...analysis.events].reverse() };
    assert.deepEqual(
      timelineEntries(reversed).map((e) => e.date),
      entries.map((e) => e.date),
    );
  });

  describe('page', () => {
    const html = timelineHtml({
      title: 'a<b>.txt',
      nonce: 'abc123',
      entries: [{ when: 'Undated', date: null, summary: '<img src=x onerror=alert(1)> "said"', actors: ['O\'Brien & Co'], start: 3, end: 9 }],
    });

    it('allows only its own nonced style and script, and loads nothing', () => {
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';">/);
      assert.equal(html.match(/<script/g)?.length, 1);
      assert.match(html, /<script nonce="abc123">/);
      assert.doesNotMatch(html, /(src|href)="(https?:|\/\/)/);
    });

    it('escapes the article text', () => {
      assert.doesNotMatch(html, /<img/);
      assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62; &#34;said&#34;/);
      assert.match(html, /O&#39;Brien &#38; Co/);
      assert.match(html, /<h1>a&#60;b&#62;\.txt<\/h1>/);
    });

    it('links each entry to its text offsets', () => {
      assert.match(html, /data-start="3" data-end="9"/);
    });
  });

  it('accepts only well-formed reveal messages from the page', () => {
    assert.ok(isRevealMessage({ type: 'reveal', start: 1, end: 4 }));
    for (const message of [null, 'reveal', { type: 'reveal', start: '1', end: 4 }, { type: 'reveal', start: 5, end: 4 }, { type: 'run', start: 1, end: 2 }]) {
      assert.ok(!isRevealMessage(message), JSON.stringify(message));
    }
  });

  it('escapes the five HTML specials', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
