import * as assert from 'node:assert/strict';
import { mergeWords, nameWords } from '../../src/extension/spellWords';

describe('spell checker words', () => {
  const cases: [names: string[], words: string[]][] = [
    [['Kassym-Jomart Tokayev'], ['Kassym', 'Jomart', 'Tokayev']],
    [['Northline Motors Inc.'], ['Northline', 'Motors', 'Inc']],
    [['Commonwealth of Independent States', 'CIS'], ['Commonwealth', 'Independent', 'States', 'CIS']],
    [["Conan O'Brien", 'Okafor', 'Okafor'], ['Conan', "O'Brien", 'Okafor']],
    [['Ill.', 'U.S. Army', '4 Star'], ['Ill', 'Army', 'Star']],
  ];
  for (const [names, words] of cases) {
    it(`takes ${words.join(', ')} from ${names.join(', ')}`, () => {
      assert.deepEqual(nameWords(names), words);
    });
  }

  it('merges into the existing words: sorted, no duplicates, nothing lost', () => {
    assert.deepEqual(mergeWords(['zebra', 'Tokayev', 3, ''], ['Almaty', 'Tokayev', 'almaty']), ['Almaty', 'almaty', 'Tokayev', 'zebra']);
    assert.deepEqual(mergeWords(undefined, ['b', 'a']), ['a', 'b']);
    assert.deepEqual(mergeWords('not a list', []), []);
  });
});
