import * as assert from 'node:assert/strict';
import type { CorpusDoc, GoldEntity } from '../../scripts/eval/corpus';
import { evaluateMisspelling } from '../../scripts/eval/misspelling';

/** A one-article corpus with the people marked as an annotator would: `[word, entity id]` per mention. */
function article(text: string, people: [string, string][]): CorpusDoc {
  const entities: GoldEntity[] = [];
  let from = 0;
  for (const [mention, entity] of people) {
    const start = text.indexOf(mention, from);
    assert.ok(start >= 0, `no ${mention} in the article`);
    entities.push({ start, end: start + mention.length, type: 'PERSON', text: mention, entity, wiki: null });
    from = start + mention.length;
  }
  return { id: 'own', genre: 'news', title: 'own', dct: '2025-03-04', text, entities, timex: [] };
}

describe('misspelling benchmark: findings on the untouched articles', () => {
  // One finding: `Brandaeur` against `Brandauer`. The annotation decides whether it is one person.
  const TEXT = 'Dr. Ilse Brandauer leads the vaccine trial in the capital.\n\nBrandauer said the results were good. Nurses praised Brandaeur for the work.';

  it('counts a slip the published article makes itself (one person, two spellings) apart from false alarms', () => {
    const report = evaluateMisspelling([article(TEXT, [['Ilse Brandauer', '1'], ['Brandauer', '1'], ['Brandaeur', '1']])]);
    assert.equal(report.cleanFindings, 1);
    assert.equal(report.cleanSourceSlips, 1);
    assert.equal(report.falseAlarmsPerThousandWords, 0);
  });

  it('counts a finding on two annotated people as a false alarm', () => {
    const report = evaluateMisspelling([article(TEXT, [['Ilse Brandauer', '1'], ['Brandauer', '1'], ['Brandaeur', '2']])]);
    assert.equal(report.cleanFindings, 1);
    assert.equal(report.cleanSourceSlips, 0);
    assert.ok(report.falseAlarmsPerThousandWords > 0);
  });
});
