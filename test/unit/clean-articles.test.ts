import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { FORMAL_TITLES } from '../../src/core/rules/data/formalTitles';

// Articles a copy desk would pass as they are: Copydesk must say nothing about them, and every name
// it finds must be a name (not a title alone, not a date, no trailing punctuation).
const dir = path.join(__dirname, '..', 'fixtures', 'clean');
const titles = new Set(FORMAL_TITLES.map((t) => t.toLowerCase()));

describe('clean articles', () => {
  for (const file of fs.readdirSync(dir).sort()) {
    describe(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const analysis = analyzeArticle(text, { datelineYear: 2025 });

      it('has no findings', () => {
        assert.deepEqual(analysis.findings.map((f) => `${f.rule} ${JSON.stringify(text.slice(f.start, f.end))}`), []);
      });

      it('finds people, and only names as entities', () => {
        assert.ok(analysis.entities.some((e) => e.kind === 'person'));
        for (const e of analysis.entities) {
          for (const m of e.mentions) {
            if (m.link === 'title') continue;
            assert.ok(!titles.has(m.text.toLowerCase()), `a title alone: ${m.text}`);
            assert.ok(!/[,;:!?'"’”)]$/.test(m.text), `ends in punctuation: ${m.text}`);
            assert.ok(!analysis.dates.some((d) => d.start < m.end && m.start < d.end), `overlaps a date: ${m.text}`);
          }
        }
      });
    });
  }
});
