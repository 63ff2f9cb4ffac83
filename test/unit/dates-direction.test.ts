import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import type { Analysis, DateMention } from '../../src/core/types';

// Sentences written for these tests (none taken from a corpus or an issue). Reference dates:
// 2025-06-18 and 2025-12-10 are Wednesdays, 2026-01-05 a Monday.
const JUNE = '2025-06-18';
const DECEMBER = '2025-12-10';
const JANUARY = '2026-01-05';

function analyze(text: string, referenceDate: string): Analysis {
  return analyzeArticle(text, { referenceDate });
}

function date(a: Analysis, written: string): DateMention {
  const d = a.dates.find((x) => x.text === written);
  assert.ok(d, `no date "${written}" in ${a.dates.map((x) => `"${x.text}"`).join(', ')}`);
  return d;
}

type Case = readonly [sentence: string, written: string, reference: string, value: string | null];

function table(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const [sentence, written, reference, value] of cases) {
      it(`"${sentence}" (${reference}): ${written} → ${value}`, () => {
        assert.equal(date(analyze(sentence, reference), written).value, value);
      });
    }
  });
}

table('dates direction: future constructions point forward', [
  ['The new bridge is to be opened on Friday.', 'Friday', JUNE, '2025-06-20'],
  ['Ministers will meet again on Monday.', 'Monday', JUNE, '2025-06-23'],
  ['The union plans to strike on Tuesday.', 'Tuesday', JUNE, '2025-06-24'],
  ['The ceremony is scheduled for Saturday.', 'Saturday', JUNE, '2025-06-21'],
  ['The airline is set to resume flights to the island on March 2.', 'March 2', JUNE, '2026-03-02'],
  ['Parliament would vote on the bill on Tuesday if the committee finished its work.', 'Tuesday', JUNE, '2025-06-24'],
  ['The summit is due to open on Nov. 20.', 'Nov. 20', JUNE, '2025-11-20'],
  ['Officials said the coast road would reopen on Feb. 4.', 'Feb. 4', JUNE, '2026-02-04'],
  ['The rail link will open in January.', 'January', JUNE, '2026-01'],
  ['Results are due in February.', 'February', DECEMBER, '2026-02'],
  ['The talks are going to resume on Monday.', 'Monday', JUNE, '2025-06-23'],
  ['The court will have ruled by Friday.', 'Friday', JUNE, '2025-06-20'],
  ['The jury might deliver its verdict on Monday.', 'Monday', JUNE, '2025-06-23'],
  ['The regulator is expected to publish its findings on Thursday.', 'Thursday', JUNE, '2025-06-19'],
  ['The new tax takes effect on Jan. 1.', 'Jan. 1', DECEMBER, '2026-01-01'],
  ['The pilots hope to land on April 9.', 'April 9', JUNE, '2026-04-09'],
  ['The show is slated to premiere on May 30.', 'May 30', DECEMBER, '2026-05-30'],
  ['The museum reopens on Friday.', 'Friday', JUNE, '2025-06-20'],
  ['If the rain holds off, the race should start on Sunday.', 'Sunday', JUNE, '2025-06-22'],
  ['The coalition intends to present a budget on Oct. 3.', 'Oct. 3', DECEMBER, '2026-10-03'],
]);

table('dates direction: past constructions point back', [
  ['The squad was off to a flying start on Friday.', 'Friday', JUNE, '2025-06-13'],
  ['The vote was due to take place on Monday.', 'Monday', JUNE, '2025-06-16'],
  ['The minister resigned on Sept. 30.', 'Sept. 30', JUNE, '2024-09-30'],
  ['Rescuers have pulled 14 people from the rubble since Saturday.', 'Saturday', JUNE, '2025-06-14'],
  ['The gallery had planned to reopen on Thursday.', 'Thursday', JUNE, '2025-06-12'],
  ['The storm hit the coast on Saturday night.', 'Saturday night', JUNE, '2025-06-14'],
  ['The company was to announce results on Tuesday.', 'Tuesday', JUNE, '2025-06-17'],
  ['The plant closed in August.', 'August', JUNE, '2024-08'],
  ['She has lived in the city since March 3.', 'March 3', JUNE, '2025-03-03'],
  ['Voters went to the polls on December 1.', 'December 1', JUNE, '2024-12-01'],
  ['The poet died on Dec. 28.', 'Dec. 28', JANUARY, '2025-12-28'],
  ['Exports fell sharply in November.', 'November', DECEMBER, '2025-11'],
  ['The flight would have landed on Sunday but for the fog.', 'Sunday', JUNE, '2025-06-15'],
  ['Inspectors had visited the mine on Oct. 2.', 'Oct. 2', JUNE, '2024-10-02'],
  ['The trial, which opened on Monday, heard from two witnesses.', 'Monday', JUNE, '2025-06-16'],
  ['The governor vowed on Monday to rebuild the pier.', 'Monday', JUNE, '2025-06-16'],
  ['The council pledged to repave the road on Monday.', 'Monday', JUNE, '2025-06-23'],
  ['Critics attacked the mayor for calling a vote for July 8.', 'July 8', JUNE, '2025-07-08'],
]);

table('dates direction: this, next and last', [
  ['The board meets this Friday.', 'this Friday', JUNE, '2025-06-20'],
  ['The board met this Monday.', 'this Monday', JUNE, '2025-06-16'],
  ['The report will be out next Monday.', 'next Monday', JUNE, '2025-06-23'],
  ['The fire started last Thursday.', 'last Thursday', JUNE, '2025-06-12'],
  ['Prices rose sharply this March.', 'this March', JUNE, '2025-03'],
  ['The festival returns next June.', 'next June', JUNE, '2026-06'],
  ['Growers lost most of the crop last October.', 'last October', JUNE, '2024-10'],
]);

table('dates direction: the day of the month alone', [
  ['Tickets will go on sale on the 25th.', 'the 25th', JUNE, '2025-06-25'],
  ['The trial resumes on the 2nd.', 'the 2nd', JUNE, '2025-07-02'],
  ['Police arrested two men on the 9th.', 'the 9th', JUNE, '2025-06-09'],
  ['Police arrested two men on the 21st.', 'the 21st', JUNE, '2025-05-21'],
]);

describe('dates direction: the day of the month alone is no date in other uses', () => {
  for (const sentence of ['The tower has a bar on the 20th floor.', 'The club marks its 20th anniversary.', 'The church dates from the 14th century.']) {
    it(`"${sentence}" has no day of the month`, () => {
      const a = analyze(sentence, JUNE);
      assert.ok(!a.dates.some((d) => /^(?:the )?\d+(?:st|nd|rd|th)$/.test(d.text)), a.dates.map((d) => d.text).join(', '));
    });
  }
});

table('dates formats from wire copy', [
  ['The fair will be held March 3-5.', 'March 3-5', JUNE, '2026-03-03/2026-03-05'],
  ['The inquiry opened on 20 November.', '20 November', DECEMBER, '2025-11-20'],
  ['The hearings ended on 2 October.', '2 October', JUNE, '2024-10-02'],
  ['The plant will close in mid-December.', 'mid-December', JUNE, '2025-12'],
  ['Ministers will decide early next week.', 'early next week', JUNE, '2025-06-23/2025-06-29'],
  ['Protesters gathered in the square over the weekend.', 'the weekend', JUNE, '2025-06-14/2025-06-15'],
  ['Shops will stay open at the weekend.', 'the weekend', JUNE, '2025-06-21/2025-06-22'],
  ['Rebels shelled the town overnight.', 'overnight', JUNE, '2025-06-17'],
  ['Prices climbed earlier this month.', 'earlier this month', JUNE, '2025-06'],
  ['The deal was signed on 25/03/2025.', '25/03/2025', JUNE, '2025-03-25'],
  ['The deal was signed on 03/25/2025.', '03/25/2025', JUNE, '2025-03-25'],
  ['The mine closed on Nov. 20, \'09.', "Nov. 20, '09", JUNE, '2009-11-20'],
  ['The club last won the league in \'98.', "'98", JUNE, '1998'],
  ['Heavy snow fell on Tuesday, Nov. 18.', 'Tuesday, Nov. 18', DECEMBER, '2025-11-18'],
]);

describe('dates formats: numeric dates follow the dateline', () => {
  it('reads day first under a dateline outside the United States', () => {
    const text = 'Rail strike ends\n\nNAIROBI, Kenya, June 18 (Wire) - The union signed the deal on 04/03/2025, officials said.\n';
    assert.equal(date(analyze(text, JUNE), '04/03/2025').value, '2025-03-04');
  });
  it('takes the order that another numeric date in the article proves', () => {
    const text = 'The first contract ran out on 28/02/2025. A second was signed on 04/03/2025.';
    assert.equal(date(analyze(text, JUNE), '04/03/2025').value, '2025-03-04');
  });
  it("prefers the article's own proven order to the dateline's", () => {
    const text = 'Port strike ends\n\nLAGOS, Nigeria, June 18 (Wire) - The deal of 04/03/2025 and the deal of 03/25/2025 differ.\n';
    // The article writes one date month first, so 04/03 is April 3 here.
    assert.equal(date(analyze(text, JUNE), '04/03/2025').value, '2025-04-03');
  });
  it('reads month first under a US dateline', () => {
    const text = 'Mill closes\n\nDAYTON, Ohio, June 18 (Wire) - The mill shut on 04/03/2025, the owners said.\n';
    assert.equal(date(analyze(text, JUNE), '04/03/2025').value, '2025-04-03');
  });
  it('reads day first under a dateline that writes its own date day first', () => {
    const text = 'Mill closes\n\nHARBOURTOWN, 18 June (Wire) - The mill shut on 04/03/2025, the owners said.\n';
    assert.equal(date(analyze(text, JUNE), '04/03/2025').value, '2025-03-04');
  });
});

describe('dates direction: headlines', () => {
  const article = (headline: string) => `${headline}\n\nHARBOURTOWN, June 18 (Wire) - The story follows.\n`;
  it('reads present tense in a headline as past or today', () => {
    assert.equal(date(analyze(article('Quake shakes island on Monday'), JUNE), 'Monday').value, '2025-06-16');
    assert.equal(date(analyze(article('Factory opens its doors on Monday'), JUNE), 'Monday').value, '2025-06-16');
    assert.equal(date(analyze(article('Rivals meet in cup final on Wednesday'), JUNE), 'Wednesday').value, '2025-06-18');
  });
  it('reads a headline infinitive or will as future', () => {
    assert.equal(date(analyze(article('Council to vote on budget on Friday'), JUNE), 'Friday').value, '2025-06-20');
    assert.equal(date(analyze(article('Port will reopen on Monday, owners say'), JUNE), 'Monday').value, '2025-06-23');
  });
});

table('dates direction: the verb group after the date decides', [
  ['A March 4 hearing has been scheduled in the district court.', 'March 4', '2025-02-10', '2025-03-04'],
  ['A March 4 hearing has been postponed.', 'March 4', '2025-04-20', '2025-03-04'],
  ['On Friday, the mayor will cut the ribbon.', 'Friday', JUNE, '2025-06-20'],
  ['On Friday, the mayor cut the ribbon.', 'Friday', JUNE, '2025-06-13'],
]);

table('dates direction: infinitives, progressives and end points', [
  ['The bank cut rates in January and is expected to cut again in September.', 'September', JUNE, '2025-09'],
  ['The court adjourned the case until Sept. 2.', 'Sept. 2', JUNE, '2025-09-02'],
  ['The embassy said it was closing on Friday.', 'Friday', JUNE, '2025-06-13'],
  ['Negotiators agreed on Thursday to meet again on Jan. 26.', 'Jan. 26', DECEMBER, '2026-01-26'],
  ['Schools have been shut since Tuesday and are set to reopen on Monday.', 'Tuesday', JUNE, '2025-06-17'],
  ['Schools have been shut since Tuesday and are set to reopen on Monday.', 'Monday', JUNE, '2025-06-23'],
  ['They host the visitors on Thursday.', 'Thursday', JUNE, '2025-06-19'],
  ['Fares rise on Sunday.', 'Sunday', JUNE, '2025-06-22'],
  ['The commission announced on Monday that the referendum will take place on Nov. 3.', 'Monday', JUNE, '2025-06-16'],
  ['The commission announced on Monday that the referendum will take place on Nov. 3.', 'Nov. 3', DECEMBER, '2026-11-03'],
  ['The visit was set for March.', 'March', JUNE, '2025-03'],
]);

describe('dates: a day no year near the reference has', () => {
  it('leaves Feb. 29 without a year unresolved in a common year', () => {
    assert.equal(date(analyze('The singer was born on Feb. 29.', JUNE), 'Feb. 29').value, null);
  });
  it('resolves Feb. 29 in a leap year', () => {
    assert.equal(date(analyze('The vote was held on Feb. 29.', '2028-06-18'), 'Feb. 29').value, '2028-02-29');
  });
});

table('dates: a year that opens the sentence frames its months and days', [
  ["Last year's drought dried the river between June and September.", 'June', JUNE, '2024-06'],
  ['In 2019, the refinery closed on March 3.', 'March 3', JUNE, '2019-03-03'],
  ['The mill, built in 1998, closed on March 3.', 'March 3', JUNE, '2025-03-03'],
  ['The club won the cup in 2012 and again on May 4.', 'May 4', JUNE, '2025-05-04'],
  ['Last year the plant closed, and it will reopen on Sept. 1.', 'Sept. 1', JUNE, '2025-09-01'],
]);

const SEPTEMBER = '2025-09-10'; // a Wednesday
table('dates direction: schedules in the present, and verbs that move a date', [
  ['Lawmakers return from recess on Monday.', 'Monday', SEPTEMBER, '2025-09-15'],
  ['Lawmakers returned from recess on Monday.', 'Monday', SEPTEMBER, '2025-09-08'],
  ['Polls close at 8 p.m. on Thursday.', 'Thursday', SEPTEMBER, '2025-09-11'],
  ['Ticket sales opened on Sept. 1 and close on Sept. 30.', 'Sept. 30', SEPTEMBER, '2025-09-30'],
  ['The band has postponed its tour until November.', 'November', SEPTEMBER, '2025-11'],
  ['The hearing was adjourned to Oct. 7.', 'Oct. 7', SEPTEMBER, '2025-10-07'],
  ['The hearing was moved to Aug. 7.', 'Aug. 7', SEPTEMBER, '2025-08-07'],
  ['The pipeline was shut on Oct. 3 for repairs.', 'Oct. 3', SEPTEMBER, '2024-10-03'],
  ['The treaty comes into force on Jan. 1.', 'Jan. 1', SEPTEMBER, '2026-01-01'],
  ['The airport could reopen as early as Friday.', 'Friday', SEPTEMBER, '2025-09-12'],
  ['The company said it would cut 300 jobs by March.', 'March', SEPTEMBER, '2026-03'],
  ['The payment is due on the 15th.', 'the 15th', SEPTEMBER, '2025-09-15'],
]);
