import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { timelineEntries, timelineHtml } from '../../src/extension/timelineHtml';

// A short story written for this test: two dated events, three undated ones.
const TEXT = 'Gideon Farrow resigned. Petra Halloran spoke on Monday. Ivo Marchetti left. Nadia Quell wrote a letter. Omar Tessaro arrived on Friday.';

describe('timeline page: sections', () => {
  const analysis = analyzeArticle(TEXT, { referenceDate: '2026-03-11' });
  const entries = timelineEntries(analysis);
  const html = timelineHtml({ title: 'story.txt', entries, nonce: 'n0nce' });

  it('keeps the core order of events', () => {
    assert.deepEqual(entries.map((e) => [e.date, e.start]), analysis.events.map((e) => [e.date, e.start]));
  });

  it('has one heading per date and a single Undated section holding every undated event', () => {
    const headings = [...html.matchAll(/<h2 class="when">([^<]*)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(headings, ['Friday, 6 March 2026', 'Monday, 9 March 2026', 'Undated']);
    const undated = html.slice(html.indexOf('<li class="undated">'));
    assert.equal(undated.match(/data-start=/g)?.length, 3);
    assert.equal(html.match(/class="undated"/g)?.length, 1);
  });
});
