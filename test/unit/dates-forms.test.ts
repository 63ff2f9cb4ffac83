import * as assert from 'node:assert/strict';
import { findDates, findReference } from '../../src/core/dates';
import { addDays, addMonths, easterSunday, lastWeekday, nthWeekday, parseIsoDay, startOfWeek, weekdayOf } from '../../src/core/dates/calendar';
import type { DateKind } from '../../src/core/types';
import { splitSentences } from '../../src/core/text/sentences';

/** Reference: Thursday 16 October 2025. */
const REF = '2025-10-16';

function datesIn(text: string, referenceDate = REF) {
  const reference = findReference(text, { referenceDate });
  return findDates(text, splitSentences(text), reference);
}

// [sentence, expected mention text, kind, value]
const cases: [string, string, DateKind, string | null][] = [
  // explicit dates
  ['The plan was filed Jan. 9.', 'Jan. 9', 'absolute', '2025-01-09'],
  ['The plan was filed Jan 9.', 'Jan 9', 'absolute', '2025-01-09'],
  ['It was signed January 9, 2022, in Almaty.', 'January 9, 2022', 'absolute', '2022-01-09'],
  ['It was signed on 9 January 2022.', '9 January 2022', 'absolute', '2022-01-09'],
  ['It was signed on 2022-01-09.', '2022-01-09', 'absolute', '2022-01-09'],
  ['The DPW presented the plan on Monday, Oct. 13.', 'Monday, Oct. 13', 'absolute', '2025-10-13'],
  ['The vote is set for Tuesday, Oct. 20.', 'Tuesday, Oct. 20', 'absolute', '2025-10-20'],
  ['The company reported a loss on May 30.', 'May 30', 'absolute', '2025-05-30'],
  ['Results came on September 17th.', 'September 17th', 'absolute', '2025-09-17'],
  ['The talks will resume on Jan. 12.', 'Jan. 12', 'absolute', '2026-01-12'],
  ['The storm hit on Aug. 28.', 'Aug. 28', 'absolute', '2025-08-28'],
  ['Polls close November 5, 2013.', 'November 5, 2013', 'absolute', '2013-11-05'],
  ['It met on 5–6 September 2019 in Spain.', '5–6 September 2019', 'absolute', '2019-09-05/2019-09-06'],
  ['Sales fell in September 2013.', 'September 2013', 'absolute', '2013-09'],
  ['He was released in September of 1976.', 'September of 1976', 'absolute', '1976-09'],
  // months alone, by tense
  ['Okafor took office in January.', 'January', 'absolute', '2025-01'],
  ['The council will vote in December.', 'December', 'absolute', '2025-12'],
  ['The council voted in December.', 'December', 'absolute', '2024-12'],
  // A present-tense schedule verb (`takes effect`) looks ahead: next March in October copy.
  ['The law takes effect in March, officials said.', 'March', 'absolute', '2026-03'],
  // years and spans
  ['Demand has fallen since 2022.', '2022', 'absolute', '2022'],
  ['The plant opened in 1987.', '1987', 'absolute', '1987'],
  ['Rents doubled in the 1990s.', 'the 1990s', 'absolute', '1990/1999'],
  ['Painting flourished in the 17th century.', 'the 17th century', 'absolute', '1600/1699'],
  // weekdays, by tense
  ['The council on Tuesday postponed a vote.', 'Tuesday', 'relative', '2025-10-14'],
  ['Hendricks said in a statement Wednesday that the district was ready.', 'Wednesday', 'relative', '2025-10-15'],
  ['Nguyen said the group would hold a rally on Saturday.', 'Saturday', 'relative', '2025-10-18'],
  ['The board will meet Monday.', 'Monday', 'relative', '2025-10-20'],
  ['The vote is scheduled for Friday.', 'Friday', 'relative', '2025-10-17'],
  ['She plans to testify on Tuesday.', 'Tuesday', 'relative', '2025-10-21'],
  ['On Saturday, the President asked for calm.', 'Saturday', 'relative', '2025-10-11'],
  ['The blast happened early Tuesday.', 'early Tuesday', 'relative', '2025-10-14'],
  ['Police arrived Tuesday afternoon.', 'Tuesday afternoon', 'relative', '2025-10-14'],
  ['Officials met on Thursday.', 'Thursday', 'relative', '2025-10-16'],
  ['He resigned last Friday.', 'last Friday', 'relative', '2025-10-10'],
  ['They return next Monday.', 'next Monday', 'relative', '2025-10-20'],
  ['The meeting that had been planned was held Sunday.', 'Sunday', 'relative', '2025-10-12'],
  // deictic days and periods
  ['The mayor spoke today.', 'today', 'relative', '2025-10-16'],
  ['The mayor spoke yesterday.', 'yesterday', 'relative', '2025-10-15'],
  ['The mayor speaks tomorrow.', 'tomorrow', 'relative', '2025-10-17'],
  ['The mayor speaks tonight.', 'tonight', 'relative', '2025-10-16'],
  ['Shots were heard last night.', 'last night', 'relative', '2025-10-15'],
  ['The mayor said last week that she agreed.', 'last week', 'relative', '2025-10-06/2025-10-12'],
  ['Talks resume next week.', 'next week', 'relative', '2025-10-20/2025-10-26'],
  ['Sales rose earlier this month.', 'earlier this month', 'relative', '2025-10'],
  ['Sales rose last month.', 'last month', 'relative', '2025-09'],
  ['Sales rose last year.', 'last year', 'relative', '2024'],
  ['Sales will rise next year.', 'next year', 'relative', '2026'],
  ['He moved here two years ago.', 'two years ago', 'relative', '2023'],
  ['He moved here three days ago.', 'three days ago', 'relative', '2025-10-13'],
  ['He moved here a few months ago.', 'a few months ago', 'vague', null],
  ['Crowds gathered this weekend.', 'this weekend', 'relative', '2025-10-11/2025-10-12'],
  ['The plant will close by the end of the year.', 'the end of the year', 'relative', '2025-12-31'],
  ['The plant will close at year-end.', 'year-end', 'relative', '2025-12-31'],
  // seasons and holidays
  ['The budget was drafted last spring.', 'last spring', 'relative', '2025-03/2025-05'],
  ['Work resumes next summer.', 'next summer', 'relative', '2026-06/2026-08'],
  ['He visited in the summer of 2012.', 'summer of 2012', 'absolute', '2012-06/2012-08'],
  ['She expected the budget to pass by Thanksgiving.', 'Thanksgiving', 'absolute', '2025-11-27'],
  ['Stores close on Christmas.', 'Christmas', 'absolute', '2025-12-25'],
  ["Fireworks lit the sky on New Year's Day.", "New Year's Day", 'absolute', '2025-01-01'],
  ['The parade was held on Independence Day.', 'Independence Day', 'absolute', '2025-07-04'],
  ['Pools will open on Memorial Day.', 'Memorial Day', 'absolute', '2026-05-25'],
  ['The strike began on Labor Day.', 'Labor Day', 'absolute', '2025-09-01'],
  ['Services were held on Easter.', 'Easter', 'absolute', '2025-04-20'],
  // durations and vague spans
  ['The DPW needs at least two more weeks.', 'two more weeks', 'duration', null],
  ['Riders have waited three years for this.', 'three years', 'duration', null],
  ['Protests have been rocking the city for several days.', 'several days', 'duration', null],
  ['Leaders will meet in the next few days.', 'the next few days', 'vague', null],
  ['Prices rose over the past 60 days.', 'the past 60 days', 'relative', '2025-08-17/2025-10-16'],
];

describe('date forms (reference Thursday 2025-10-16)', () => {
  for (const [sentence, text, kind, value] of cases) {
    it(`${sentence} → ${text} = ${value}`, () => {
      const found = datesIn(sentence);
      const m = found.find((d) => d.text === text);
      assert.ok(m, `"${text}" not found; found ${JSON.stringify(found.map((d) => d.text))}`);
      assert.equal(m.kind, kind);
      assert.equal(m.value, value);
      assert.equal(m.start, sentence.indexOf(text));
    });
  }

  const nothing = [
    'He paid $2,020 for 1,100 shares.',
    'About 2000 people marched.',
    'Protesters endured days of violent protests.',
    'They may march on the capital.',
    'Revenue was $5 million a year.',
    'Later, Putin spoke to Lukashenko.',
    'The three-year plan was approved.',
  ];
  for (const sentence of nothing) {
    it(`finds no date in "${sentence}"`, () => {
      assert.deepEqual(datesIn(sentence).map((d) => d.text), []);
    });
  }
});

describe('the year of a date written without one', () => {
  // News style leaves the year out within the current year; tense moves it only across New Year.
  const cases: [string, string, string][] = [
    ['The storm hit on Dec. 28.', '2026-01-05', '2025-12-28'],
    ['Talks will resume on Jan. 12.', '2025-12-20', '2026-01-12'],
    ['The report was filed on Jan. 9.', '2025-10-16', '2025-01-09'],
    ['The deadline is March 1.', '2025-10-16', '2026-03-01'],
    ['Sales figures for Dec. 1 are final.', '2025-10-16', '2025-12-01'],
  ];
  for (const [sentence, ref, value] of cases) {
    it(`${sentence} (reference ${ref}) → ${value}`, () => {
      assert.equal(datesIn(sentence, ref)[0].value, value);
    });
  }
});

describe('narrative anchoring', () => {
  it('counts from the previous explicit date, not the reference date', () => {
    const text = 'The minister was dismissed on March 3. He was arrested two days later. The next day, he was charged.';
    const found = datesIn(text);
    assert.deepEqual(found.map((d) => [d.text, d.value]), [
      ['March 3', '2025-03-03'],
      ['two days later', '2025-03-05'],
      ['The next day', '2025-03-06'],
    ]);
    assert.equal(found[1].anchor, 'previous date 2025-03-03 ("March 3")');
  });

  it('counts from a confidently resolved weekday', () => {
    const found = datesIn('The strike began on Monday. A day later, the talks collapsed.');
    assert.equal(found[1].value, '2025-10-14');
  });

  it('leaves a narrative offset with no dated event before it unresolved, with low confidence', () => {
    const found = datesIn('A day later, the talks collapsed.');
    assert.equal(found[0].value, null);
    assert.equal(found[0].anchor, null);
    assert.ok(found[0].confidence < 0.5);
  });

  it('does not count from a plan in the future', () => {
    const found = datesIn('The union said it would strike on Friday. Two days later, the company agreed.');
    assert.equal(found[1].value, null);
  });

  it('counts months and years from coarser anchors', () => {
    const found = datesIn('In September 1975 he was arrested. Six months later he was tried. A year later he was freed.');
    assert.deepEqual(found.map((d) => d.value), ['1975-09', '1976-03', '1977']);
  });

  it('treats `the following week` as a week', () => {
    const found = datesIn('The report came out on Jan. 8, 2025. The following week, the board resigned.');
    assert.equal(found[1].value, '2025-01-13/2025-01-19');
  });
});

describe('calendar helpers', () => {
  it('computes weekdays and offsets', () => {
    assert.equal(weekdayOf('2025-10-16'), 4);
    assert.equal(weekdayOf('2025-10-20'), 1);
    assert.equal(addDays('2024-02-28', 2), '2024-03-01');
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(startOfWeek('2025-10-16'), '2025-10-13');
    assert.equal(parseIsoDay('2025-02-29'), null);
  });

  it('computes holiday rules', () => {
    assert.equal(nthWeekday(2025, 11, 4, 4), '2025-11-27');
    assert.equal(lastWeekday(2024, 5, 1), '2024-05-27');
    assert.equal(easterSunday(2024), '2024-03-31');
    assert.equal(easterSunday(2025), '2025-04-20');
  });
});
