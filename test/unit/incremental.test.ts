import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { createIncrementalAnalyzer } from '../../src/core/incremental';
import { activeKindModel, useKindModel } from '../../src/core/entities/kind-model';
import { activeNameModel, useNameModel } from '../../src/core/entities/name-model';
import type { AnalyzeOptions } from '../../src/core/types';
import { mulberry32 } from '../random';

/**
 * The incremental analyzer (what the extension runs on every edit) gives exactly the Analysis of a
 * cold analyzeArticle, whatever the edits before: typing, deleting, splitting and joining lines,
 * pasting and cutting whole paragraphs.
 */

const OPTIONS: AnalyzeOptions = { today: '2026-01-01', datelineYear: 2022 };
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const CORPUS = process.env.COPYDESK_CORPUS ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus');


const SNIPPETS = [
  'x', ' ', '\n', '\n\n', 'Tokayev', ' said on Monday.', '. Mr. Okafour', ', the President,', 'NATO', '—', '“', '2022',
  // What the per-line caches of later stages key on: sentence ends inside a paragraph, a title line,
  // a lower-case word a headline uses, an acronym and its definition, a name and a slip of it.
  '. ', '? “No,” she said. ', '\nHarbor Board Weighs New Ferry Fares\n', ' the ferry board ', 'Harbor Transit Agency (HTA)', 'HTA', ' Marguerite Halvorsen', ' Halvorson', 'Dr. ',
];

/** One random edit of the kinds an editor makes. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const kind = Math.floor(next() * 5);
  if (kind === 0 && text.length > 0) return text.slice(0, at) + text.slice(at + 1); // delete a character
  if (kind === 1) {
    // cut a paragraph, or paste it elsewhere
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const paragraph = text.slice(start, end);
    if (next() < 0.5) return text.slice(0, start) + text.slice(end);
    const to = Math.floor(next() * (text.length + 1));
    return text.slice(0, to) + paragraph + '\n\n' + text.slice(to);
  }
  const snippet = SNIPPETS[Math.floor(next() * SNIPPETS.length)];
  return text.slice(0, at) + snippet + text.slice(at); // type, split a line, add a name
}

function checkEdits(original: string, edits: number, seed: number): void {
  const analyzer = createIncrementalAnalyzer();
  const next = mulberry32(seed);
  let text = original;
  assert.deepEqual(analyzer.analyze(text, OPTIONS), analyzeArticle(text, OPTIONS));
  for (let i = 0; i < edits; i++) {
    text = edit(text, next);
    assert.deepEqual(analyzer.analyze(text, OPTIONS), analyzeArticle(text, OPTIONS), `edit ${i + 1} (seed ${seed})`);
  }
}

describe('incremental analysis', () => {
  for (const file of fs.readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f))) {
    it(`equals a cold analysis after random edits of ${file}`, () => {
      checkEdits(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), 15, file.length);
    });
  }

  it('equals a cold analysis after random edits of corpus articles joined into one', function () {
    const dev = path.join(CORPUS, 'dev.jsonl');
    assert.ok(fs.existsSync(dev), `${dev} is missing: the shared corpus sits beside the repository`);
    const texts = fs
      .readFileSync(dev, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
    checkEdits(texts.slice(0, 4).join('\n\n'), 6, 7);
  });

  it('equals a cold analysis after edits inside and across the sentences of one paragraph', () => {
    // Each version differs from the one before in one sentence, a sentence break, a headline, an
    // acronym's definition or a name's spelling: what the sentence, title-line, word and slip
    // caches hold.
    const paragraph = 'Harbor Board Weighs New Ferry Fares\n\nBy Ines Moreau\n\nPORTVALE — The harbor board will vote on ferry fares on Thursday. Chair Marguerite Halvorsen said the HTA had asked for a rise. “We cannot run boats on hope,” Halvorsen said. Riders from the north shore objected.\n\nThe Harbor Transit Agency runs four boats.';
    const versions = [
      paragraph,
      paragraph.replace('Halvorsen said the', 'Halvorson said the'),
      paragraph.replace('Halvorsen said the', 'Halvorson said the').replace('on hope,”', 'on hopes,”'),
      paragraph.replace('objected.', 'objected. They asked the board to wait'),
      paragraph.replace('The Harbor Transit Agency runs', 'The Harbor Transit Agency (HTA) runs'),
      paragraph.replace('Harbor Board Weighs New Ferry Fares', 'Harbor board weighs new ferry fares'),
      paragraph.replace('Thursday. Chair', 'Thursday, Chair'),
      paragraph.replace('\n\nThe Harbor', ' The Harbor'),
      `---\ntitle: Ferry fares\n---\n${paragraph}`,
      paragraph,
    ];
    const analyzer = createIncrementalAnalyzer();
    for (const [i, version] of versions.entries()) {
      assert.deepEqual(analyzer.analyze(version, OPTIONS), analyzeArticle(version, OPTIONS), `version ${i}`);
    }
  });

  it('follows a document back to an earlier version and to an empty one', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'kazakhstan-unrest.txt'), 'utf8');
    const analyzer = createIncrementalAnalyzer();
    for (const version of [text, text.replace('Tokayev', 'Tokayevv'), '', text, text.replace(/\n/g, '\r\n')]) {
      assert.deepEqual(analyzer.analyze(version, OPTIONS), analyzeArticle(version, OPTIONS));
    }
  });

  describe('the work kept on each name candidate (draft-work.ts)', () => {
    // One paragraph per line: an edit re-tags only its own line, so the other lines' candidates are
    // the ones whose kept work is reused, and must be redone when what they read changes.
    const base = [
      'Harbor Board Meets',
      'Residents toured the Museum after lunch.',
      // The role after `who was` runs into the next sentence, on the next line.
      'Their guide was Dana Whitcombe, who was.\nThe chairman of the trust spoke last.',
      'Jean-Luc Moreau of the Harbor Works Authority arrived on Monday.',
      // Organizations by the shipped kind model, places by the hand-set cues alone.
      'She flew to Tarrow from Velden.',
    ].join('\n\n');
    const entitiesOf = (text: string) => analyzeArticle(text, OPTIONS).entities.map((e) => ({ name: e.name, roles: e.roles.map((r) => r.text) }));

    it('redoes a candidate when a sentence it reads changes, or the article writes its word in lower case', () => {
      const lowerElsewhere = `${base}\n\nNobody else saw the museum.`;
      const nextSentence = base.replace('The chairman of the trust spoke last.', 'The trust spoke last.');
      // What each version changes, in a cold analysis: an untouched line's name, an untouched name's role.
      assert.ok(entitiesOf(base).some((e) => e.name === 'Museum'));
      assert.ok(!entitiesOf(lowerElsewhere).some((e) => e.name === 'Museum'));
      assert.deepEqual(entitiesOf(base).find((e) => e.name === 'Dana Whitcombe')?.roles, ['who was.\nThe chairman of the trust spoke last']);
      assert.deepEqual(entitiesOf(nextSentence).find((e) => e.name === 'Dana Whitcombe')?.roles, []);
      const analyzer = createIncrementalAnalyzer();
      const versions = [base, lowerElsewhere, base, nextSentence, base.replace('Jean-Luc', 'Jean-Paul'), base.replace('after lunch', 'after a long lunch'), base];
      for (const [i, version] of versions.entries()) {
        assert.deepEqual(analyzer.analyze(version, OPTIONS), analyzeArticle(version, OPTIONS), `version ${i}`);
      }
    });

    it('redoes every candidate when the kind or the name model changes between analyses', () => {
      const kindModel = activeKindModel();
      const nameModel = activeNameModel();
      assert.ok(kindModel && nameModel);
      // A name model that weighs every feature the other way: other candidates pass.
      const contrary = { bias: nameModel.bias, weights: new Map([...nameModel.weights].map(([f, w]) => [f, -w])) };
      const analyzer = createIncrementalAnalyzer();
      try {
        const settings: [typeof kindModel | null | undefined, typeof nameModel | null | undefined][] = [
          [undefined, undefined],
          [null, undefined],
          [undefined, contrary],
          [undefined, null],
          [undefined, undefined],
        ];
        const cold: string[] = [];
        for (const [i, [kind, name]] of settings.entries()) {
          useKindModel(kind);
          useNameModel(name);
          const expected = analyzeArticle(base, OPTIONS);
          cold.push(JSON.stringify(expected.entities));
          assert.deepEqual(analyzer.analyze(base, OPTIONS), expected, `setting ${i}`);
        }
        // The models change the result, so a kept result of the wrong model would show.
        assert.notEqual(cold[1], cold[0]);
        assert.notEqual(cold[2], cold[0]);
      } finally {
        useKindModel(undefined);
        useNameModel(undefined);
      }
    });
  });

  describe('the words, tokens and line spans an edit moves in place (entities/words.ts, nlp.ts, text/lineCaches.ts)', () => {
    // A line written twice shares its cached tokens and spans in one pass: moving the first copy's
    // objects to where an edit put them must not move the second copy's too.
    const repeated = 'Chair Oona Vasquez of the Tarrow Transit Authority (TTA) said the TTA and the QRX would add boats.';
    const base = ['Ferry Riders Wait', repeated, 'The crews met Ines Moreau on Tuesday.', repeated, 'Nobody else spoke.'].join('\n\n');

    it('equals a cold analysis when edits move a line written twice, before, between and after its copies', () => {
      const analyzer = createIncrementalAnalyzer();
      const first = base.indexOf(repeated);
      const second = base.lastIndexOf(repeated);
      const versions = [
        base,
        `x${base}`,
        `xy${base}`,
        base.slice(0, second) + 'The Tarrow Transit Authority (TTA) runs four boats. ' + base.slice(second),
        base.slice(0, first) + 'Late news. ' + base.slice(first),
        `${base}\n\nOona Vasquez left.`,
        base.replace('Ines Moreau', 'Ines Moreau-Laval'),
        base,
        `\n${base}`,
      ];
      for (const [i, version] of versions.entries()) {
        const analysis = analyzer.analyze(version, OPTIONS);
        // A cold analysis shares a repeated line's cache entry too: the text itself is the check
        // that each copy's names sit where they are written.
        for (const e of analysis.entities) for (const m of e.mentions) assert.equal(version.slice(m.start, m.end), m.text, `version ${i}: ${e.id}`);
        const starts = analysis.entities.find((e) => e.name === 'Oona Vasquez')?.mentions.map((m) => m.start) ?? [];
        const at = version.indexOf(repeated);
        for (const copy of [at, version.indexOf(repeated, at + 1)]) assert.ok(starts.includes(copy + 'Chair '.length), `version ${i}: the name in the copy at ${copy}`);
        // The rules read the words line by line (text/lineCaches.ts): the acronym is first used in the first copy.
        const unexpanded = analysis.findings.filter((f) => f.rule === 'acronyms.unexpanded').map((f) => `${version.slice(f.start, f.end)}@${f.start}`);
        assert.deepEqual(unexpanded, [`QRX@${version.indexOf('QRX')}`], `version ${i}`);
        assert.deepEqual(analysis, analyzeArticle(version, OPTIONS), `version ${i}`);
      }
    });

    it('leaves an earlier Analysis as it was when a later edit moves the words it was found on', () => {
      const analyzer = createIncrementalAnalyzer();
      const earlier = analyzer.analyze(base, OPTIONS);
      const copy = structuredClone(earlier);
      assert.ok(earlier.entities.some((e) => e.name === 'Oona Vasquez'));
      analyzer.analyze(`A new first line.\n\n${base}`, OPTIONS);
      analyzer.analyze(`A new first line, longer.\n\n${base}`, OPTIONS);
      assert.deepEqual(earlier, copy);
    });
  });

  describe('the events kept for each sentence (events/memo.ts)', () => {
    // One paragraph per line: an edit re-tags only its own line, so the events of the other lines
    // are the kept ones, and must be redone when what they read elsewhere in the article changes.
    const base = [
      'PORTVALE, March 3 (Copydesk Wire) — The harbor board met on Monday.',
      'Two days later, the crews returned.',
      'Marguerite Halvorsen chaired the meeting.',
      'She said the ferries would run again on Friday.',
      'Li Weiming Zhao thanked the crews on Tuesday. Chen Liang Wu waved.',
      'Dockworkers cheered.',
      'The mayor says the plan works.',
    ].join('\n\n');
    // Each changes one line, and the events of another line: the person a `she` stands for, the
    // short name a summary gives (`Li` once the article writes `Li` alone), a date's value (`two
    // days later` than the date before), the article's date (a present tense takes it), every date.
    const closerPerson = base.replace('chaired the meeting.', 'chaired the meeting. Ines Ferreira took notes.');
    const shortName = base.replace('Dockworkers cheered.', 'Dockworkers cheered. Li smiled. Wu nodded.');
    const earlierMeeting = base.replace('on Monday', 'on Feb. 10');
    const laterDateline = base.replace('March 3', 'March 10');
    const summaries = (text: string, options = OPTIONS) => analyzeArticle(text, options).events.map((e) => `${e.summary} ${e.date} ${e.actors.join(' ')}`);
    const has = (text: string, event: string, options = OPTIONS) => summaries(text, options).includes(event);

    it('redoes a sentence whose pronoun, actor names or dates change with another line or the options', () => {
      // What each version changes, in a cold analysis, on a line it leaves as it was.
      assert.ok(has(base, 'Halvorsen said 2022-03-03 person:marguerite-halvorsen'));
      assert.ok(has(closerPerson, 'Ferreira said 2022-03-03 person:ines-ferreira'));
      assert.ok(has(base, 'Zhao thanked the crews 2022-03-01 person:li-weiming-zhao'));
      assert.ok(has(shortName, 'Li thanked the crews 2022-03-01 person:li-weiming-zhao'));
      assert.ok(has(base, 'the crews returned 2022-03-02 '));
      assert.ok(has(earlierMeeting, 'the crews returned 2022-02-12 '));
      assert.ok(has(base, 'The mayor says the plan works 2022-03-03 '));
      assert.ok(has(laterDateline, 'The mayor says the plan works 2022-03-10 '));
      assert.ok(has(laterDateline, 'Zhao thanked the crews 2022-03-08 person:li-weiming-zhao'));
      const otherYear: AnalyzeOptions = { ...OPTIONS, datelineYear: 2023 };
      assert.ok(has(base, 'Zhao thanked the crews 2023-02-28 person:li-weiming-zhao', otherYear));
      const analyzer = createIncrementalAnalyzer();
      const versions: [string, AnalyzeOptions][] = [
        [base, OPTIONS],
        [closerPerson, OPTIONS],
        [base, OPTIONS],
        [shortName, OPTIONS],
        [base, OPTIONS],
        [earlierMeeting, OPTIONS],
        [base, OPTIONS],
        [laterDateline, OPTIONS],
        [base, OPTIONS],
        [base, otherYear],
        [`Editor's note.\n\n${base}`, OPTIONS],
      ];
      for (const [i, [version, options]] of versions.entries()) {
        assert.deepEqual(analyzer.analyze(version, options), analyzeArticle(version, options), `version ${i}`);
      }
    });
  });
});
