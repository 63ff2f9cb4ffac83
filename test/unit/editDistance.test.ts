import * as assert from 'node:assert/strict';
import { editDistance } from '../../src/core/text/editDistance';
import { isSpellingVariant } from '../../src/core/entities/variants';

describe('editDistance', () => {
  const cases: [string, string, number][] = [
    ['okafor', 'okafour', 1],
    ['halvorsen', 'halvorson', 1],
    ['tokayev', 'tokaev', 1],
    ['masimov', 'maismov', 1], // transposition counts once
    ['putin', 'putin', 0],
    ['castellano', 'costello', 3], // beyond the limit: reported as limit + 1
  ];
  for (const [a, b, d] of cases) {
    it(`${a} ~ ${b} = ${d}`, () => assert.equal(editDistance(a, b, 2), d));
  }
});

describe('isSpellingVariant', () => {
  it('takes a one-letter slip for a misspelling', () => assert.ok(isSpellingVariant('Okafour', 'Okafor')));
  it('does not take a plural for a misspelling', () => {
    assert.ok(!isSpellingVariant('Polaroids', 'Polaroid'));
    assert.ok(!isSpellingVariant('Marches', 'March'));
  });
});
