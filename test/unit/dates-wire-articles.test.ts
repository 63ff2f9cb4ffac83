import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';

// Eight short wire stories written for this test (test/fixtures/wire-dates): datelines from five
// continents, day-first and month-first copy, headlines, plans, reported speech and past events.
// expected.json holds the value a copy editor gives each date; the dateline's year is the file's.
const dir = path.join(__dirname, '..', 'fixtures', 'wire-dates');

interface Expected {
  readonly articles: Record<string, { readonly year: number; readonly dates: readonly (readonly [string, string])[] }>;
}

const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;

describe('dates on fresh wire stories', () => {
  for (const [file, article] of Object.entries(expected.articles)) {
    it(`${file}: every date names the day a copy editor reads`, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const analysis = analyzeArticle(text, { datelineYear: article.year, today: '2026-11-30' });
      const wrong: string[] = [];
      for (const [written, value] of article.dates) {
        const found = analysis.dates.filter((d) => d.text === written);
        if (found.length === 0) wrong.push(`"${written}" not found`);
        for (const d of found) if (d.value !== value) wrong.push(`"${written}" at ${d.start} is ${d.value} (${d.rule}), expected ${value}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});
