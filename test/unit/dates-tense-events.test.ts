import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import type { Analysis, DateMention } from '../../src/core/types';

// Sentences written for these tests. Reference dates: 2022-03-16 (a Wednesday), 2026-03-11 (a Wednesday).
function dates(text: string, referenceDate: string): Analysis {
  return analyzeArticle(text, { referenceDate });
}

function date(a: Analysis, written: string): DateMention {
  const d = a.dates.find((x) => x.text === written);
  assert.ok(d, `no date "${written}" in ${a.dates.map((x) => x.text).join(', ')}`);
  return d;
}

describe('dates: the governing verb decides the direction', () => {
  const cases: [string, string, string, string][] = [
    // sentence, date as written, reference, expected value
    ['The second ballot is to be held from November 20.', 'November 20', '2022-03-16', '2022-11-20'],
    ['Voters are to choose a mayor on Sunday.', 'Sunday', '2022-03-16', '2022-03-20'],
    ['The festival starts on Friday.', 'Friday', '2022-03-16', '2022-03-18'],
    ['The club plans to reopen the pool on Friday.', 'Friday', '2022-03-16', '2022-03-18'],
    ['The ferry will sail on Monday.', 'Monday', '2022-03-16', '2022-03-21'],
    ['The mill would reopen in February if the loan came through.', 'February', '2022-03-16', '2023-02'],
    ['The squad was off to a strong start on Saturday.', 'Saturday', '2022-03-16', '2022-03-12'],
    ['The ferry was due to sail on Friday.', 'Friday', '2022-03-16', '2022-03-11'],
    ['The plant closed in September.', 'September', '2022-03-16', '2021-09'],
  ];
  for (const [sentence, written, reference, value] of cases) {
    it(`"${sentence}" (${reference}): ${written} is ${value}`, () => {
      assert.equal(date(dates(sentence, reference), written).value, value);
    });
  }

  it('reads a weekday that modifies a noun as one day, and a weekday after "every" as none', () => {
    const a = dates('In a Thursday news conference, the firm showed a phone. It opens every Monday.', '2026-03-11');
    assert.equal(date(a, 'Thursday').value, '2026-03-05');
    assert.ok(!a.dates.some((d) => d.text === 'Monday'));
  });

  it('reads a numeric American date, month first', () => {
    assert.equal(date(dates('The rally was held on 7/4/19 downtown.', '2026-03-11'), '7/4/19').value, '2019-07-04');
  });
});

describe('dates: phrases that restate a date, offsets that overshoot the article', () => {
  it('anchors "a day before <event>" set off after a date to that date, without a finding', () => {
    const a = dates('The governor declared an emergency on Monday, a day before the flood reached the town.', '2026-03-11');
    const phrase = date(a, 'a day before');
    assert.equal(phrase.value, '2026-03-09');
    assert.equal(phrase.rule, 'appositive: restates the date before it');
    assert.ok(!a.findings.some((f) => f.rule === 'dates.ambiguous-relative'));
  });

  it('still flags an offset from an event with no date before it', () => {
    const a = dates('A day before the flood reached the town, the governor left.', '2026-03-11');
    assert.ok(a.findings.some((f) => f.rule === 'dates.ambiguous-relative' && f.start === 0));
  });

  it('flags a narrative offset that lands after the article date in a past-tense clause', () => {
    const text = 'The mayor resigned on Monday. Three days later, the council met.';
    const a = dates(text, '2026-03-11');
    const later = date(a, 'Three days later');
    assert.equal(later.value, '2026-03-12');
    const finding = a.findings.find((f) => f.rule === 'dates.ambiguous-relative' && f.start === later.start);
    assert.ok(finding, 'a finding on "Three days later"');
    assert.match(finding.message, /after the article's date \(2026-03-11\)/);
    assert.match(finding.message, /past tense/);
  });

  it('does not flag the same offset when it lands before the article date, or in a future clause', () => {
    const before = dates('The mayor resigned on Monday. A day later, the council met.', '2026-03-11');
    assert.ok(!before.findings.some((f) => f.rule === 'dates.ambiguous-relative'));
    const future = dates('The mayor resigned on Monday. Three days later, the council will meet.', '2026-03-11');
    assert.ok(!future.findings.some((f) => f.rule === 'dates.ambiguous-relative'));
  });
});

describe("dates: the dateline's date", () => {
  const text = 'HALIFAX, March 9 (Harbor Wire) - The port reopened on Saturday.';

  it('is one of the dates, with no second finding or mention for it', () => {
    const a = analyzeArticle(text, { datelineYear: 2026 });
    const own = a.dates.filter((d) => a.dateline && d.start < a.dateline.end);
    assert.equal(own.length, 1);
    assert.equal(own[0].text, 'March 9');
    assert.equal(own[0].value, '2026-03-09');
    assert.equal(own[0].rule, 'dateline date, year assumed');
    const apFindings = a.findings.filter((f) => f.start === own[0].start);
    assert.ok(apFindings.length <= 1, 'at most one finding on the dateline date');
    assert.ok(!a.events.some((e) => e.dateSpan && e.dateSpan.start === own[0].start), 'no event is dated by the dateline itself');
  });
});
