import * as assert from 'node:assert/strict';
import { splitParagraphs, splitSentences } from '../../src/core/text/sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  const cases: [string, string[]][] = [
    ['Okafor spoke. Castellano agreed.', ['Okafor spoke.', 'Castellano agreed.']],
    ['SPRINGFIELD, Ill., Oct. 16, 2025 — The council met.', ['SPRINGFIELD, Ill., Oct. 16, 2025 — The council met.']],
    ['Michigan Gov. Ellen Marsh said so. Then she left.', ['Michigan Gov. Ellen Marsh said so.', 'Then she left.']],
    ['George W. Bush and the U.S. Army met.', ['George W. Bush and the U.S. Army met.']],
    ['"We learned about this," he said. "Not fair."', ['"We learned about this," he said.', '"Not fair."']],
    ['Northline Motors Inc. said it would close.', ['Northline Motors Inc. said it would close.']],
    ['Headline here\n\nFirst line.\nSecond line', ['Headline here', 'First line.', 'Second line']],
    ['It rose 4.5 percent. Shares fell.', ['It rose 4.5 percent.', 'Shares fell.']],
  ];
  for (const [input, expected] of cases) {
    it(`splits ${JSON.stringify(input.slice(0, 40))}`, () => assert.deepEqual(texts(input), expected));
  }

  it('keeps offsets into the original text, CRLF included', () => {
    const text = 'One.\r\nTwo three.\r\n';
    for (const s of splitSentences(text)) assert.ok(!/[\r\n]/.test(text.slice(s.start, s.end)));
    assert.deepEqual(texts(text), ['One.', 'Two three.']);
  });

  it('finds paragraphs separated by blank lines', () => {
    const text = 'Title\n\nPara one.\nStill one.\n  \nPara two.';
    assert.deepEqual(
      splitParagraphs(text).map((p) => text.slice(p.start, p.end)),
      ['Title', 'Para one.\nStill one.', 'Para two.'],
    );
  });

  it('returns nothing for empty and blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\t\n'), []);
  });
});
