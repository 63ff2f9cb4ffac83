import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findDates, findReference } from '../../src/core/dates';
import type { AnalyzeOptions, DateMention } from '../../src/core/types';
import { splitSentences } from '../../src/core/text/sentences';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

function analyse(text: string, options: AnalyzeOptions) {
  const reference = findReference(text, options);
  const sentences = splitSentences(text, reference.frontMatter ? reference.frontMatter.end : 0);
  return { reference, dates: findDates(text, sentences, reference) };
}

/** The mentions whose text is `text`, in order. */
const named = (dates: DateMention[], text: string) => dates.filter((d) => d.text === text);

/** The first mention at or after the first occurrence of `context` in the text. */
function after(text: string, dates: DateMention[], context: string): DateMention {
  const at = text.indexOf(context);
  assert.ok(at >= 0, `context not found: ${context}`);
  const d = dates.find((m) => m.start >= at);
  assert.ok(d, `no date after: ${context}`);
  return d;
}

describe('dates on the shared articles', () => {
  describe('kazakhstan-unrest.txt (reference 2022-01-09)', () => {
    const text = fixture('kazakhstan-unrest.txt');
    const { reference, dates } = analyse(text, { referenceDate: '2022-01-09', datelineYear: 2022 });

    it('reads the dateline', () => {
      assert.equal(reference.referenceDate.value, '2022-01-09');
      assert.equal(reference.referenceDate.source, 'option');
      const dl = reference.dateline;
      assert.ok(dl);
      assert.equal(dl.place, 'Nur-Sultan');
      assert.equal(dl.date, '2022-01-09');
      assert.equal(dl.agency, 'IANS');
      assert.equal(text.slice(dl.start, dl.end), 'Nur-Sultan, Jan 9 (IANS)');
      assert.deepEqual(dl.placeSpan, { start: 0, end: 'Nur-Sultan'.length });
    });

    it("lists the dateline's own date once, first, with the dateline's value and the year marked as assumed", () => {
      const inDateline = dates.filter((d) => d.start < (reference.dateline?.end ?? 0));
      assert.equal(inDateline.length, 1);
      assert.equal(dates[0], inDateline[0]);
      assert.equal(inDateline[0].text, 'Jan 9');
      assert.equal(inDateline[0].value, '2022-01-09');
      assert.equal(inDateline[0].rule, 'dateline date, year assumed');
    });

    it('resolves every past Saturday to 2022-01-08', () => {
      const saturdays = named(dates, 'Saturday');
      assert.equal(saturdays.length, 4);
      for (const s of saturdays) {
        assert.equal(s.value, '2022-01-08');
        assert.equal(s.kind, 'relative');
        assert.equal(s.rule, 'past weekday');
        assert.equal(s.anchor, 'reference date 2022-01-09 (option)');
      }
    });

    it('anchors "a day later" on "January 5", not on the reference date', () => {
      assert.equal(named(dates, 'January 5')[0].value, '2022-01-05');
      const later = named(dates, 'a day later')[0];
      assert.equal(later.value, '2022-01-06');
      assert.equal(later.anchor, 'previous date 2022-01-05 ("January 5")');
    });

    it('keeps windows and durations off the calendar', () => {
      const window = named(dates, 'the next few days')[0];
      assert.equal(window.kind, 'vague');
      assert.equal(window.value, null);
      const several = named(dates, 'several days')[0];
      assert.equal(several.kind, 'duration');
      assert.equal(several.value, null);
      assert.equal(dates.filter((d) => /days of violent/.test(text.slice(d.start, d.end + 20))).length, 0);
    });
  });

  describe('city-council-budget.md (front matter 2025-10-16)', () => {
    const text = fixture('city-council-budget.md');
    const { reference, dates } = analyse(text, {});
    const at = (context: string) => after(text, dates, context);

    it('takes the reference date from the front matter and reads the dateline', () => {
      assert.deepEqual(reference.referenceDate, { value: '2025-10-16', source: 'front-matter' });
      assert.ok(reference.frontMatter);
      assert.equal(reference.frontMatter.start, 0);
      assert.ok(text.slice(0, reference.frontMatter.end).endsWith('---\n'));
      const dl = reference.dateline;
      assert.ok(dl);
      assert.equal(text.slice(dl.start, dl.end), 'SPRINGFIELD, Ill., Oct. 16, 2025 —');
      assert.equal(dl.place, 'SPRINGFIELD');
      assert.equal(text.slice(dl.placeSpan!.start, dl.placeSpan!.end), 'SPRINGFIELD');
      assert.equal(dl.date, '2025-10-16');
      assert.equal(dl.agency, null);
    });

    it('resolves weekdays by tense', () => {
      assert.equal(at('on Tuesday postponed').value, '2025-10-14');
      assert.equal(at('on Saturday.').value, '2025-10-18'); // would hold a rally: ahead
      const wednesday = at('Wednesday that');
      assert.equal(wednesday.text, 'Wednesday');
      assert.equal(wednesday.value, '2025-10-15');
    });

    it('takes weekday+date values from the explicit date', () => {
      assert.equal(at('Monday, Oct. 13').text, 'Monday, Oct. 13');
      assert.equal(at('Monday, Oct. 13').value, '2025-10-13');
      const oct20 = at('Tuesday, Oct. 20');
      assert.equal(oct20.text, 'Tuesday, Oct. 20');
      assert.equal(oct20.value, '2025-10-20'); // a Monday: dates.weekday-mismatch flags it later
      assert.equal(oct20.kind, 'absolute');
    });

    it('resolves seasons, months, weeks and holidays', () => {
      assert.equal(named(dates, 'last spring')[0].value, '2025-03/2025-05');
      assert.equal(named(dates, 'January')[0].value, '2025-01');
      assert.equal(named(dates, 'last week')[0].value, '2025-10-06/2025-10-12');
      const thanksgiving = named(dates, 'Thanksgiving')[0];
      assert.equal(thanksgiving.value, '2025-11-27');
      assert.equal(thanksgiving.rule, 'holiday, future tense');
    });

    it('leaves "Two days later" unresolved: its anchor, last week, is not one day', () => {
      const later = named(dates, 'Two days later')[0];
      assert.equal(later.kind, 'relative');
      assert.equal(later.value, null);
      assert.ok(later.confidence < 0.5);
      assert.match(later.anchor ?? '', /last week/);
    });

    it('reports durations without a date value', () => {
      const more = named(dates, 'two more weeks')[0];
      assert.equal(more.kind, 'duration');
      assert.equal(more.value, null);
      assert.equal(named(dates, 'three years')[0].kind, 'duration');
    });

    it('reports nothing inside the front matter, and in the dateline only its date', () => {
      const inDateline = dates.filter((d) => d.start < reference.dateline!.end);
      assert.deepEqual(inDateline.map((d) => [d.text, d.value, d.rule]), [['Oct. 16, 2025', '2025-10-16', 'dateline date']]);
    });
  });

  describe('plant-closure.txt (reference 2024-06-03, a Monday)', () => {
    const text = fixture('plant-closure.txt');
    const { reference, dates } = analyse(text, { referenceDate: '2024-06-03' });
    const at = (context: string) => after(text, dates, context);

    it('reads the dateline with its agency and separator, the year from the reference', () => {
      const dl = reference.dateline;
      assert.ok(dl);
      assert.equal(text.slice(dl.start, dl.end), 'DETROIT, June 3 (Copydesk Wire) -');
      assert.equal(dl.place, 'DETROIT');
      assert.equal(dl.agency, 'Copydesk Wire');
      assert.equal(dl.date, '2024-06-03');
    });

    it('takes a past-tense weekday naming the reference day as that day (news style)', () => {
      assert.equal(at('on Monday that').value, '2024-06-03');
      assert.equal(at('on Monday. The company').value, '2024-06-03');
    });

    it('resolves the other forms', () => {
      assert.equal(at('by the end of the year').text, 'the end of the year');
      assert.equal(at('by the end of the year').value, '2024-12-31');
      assert.equal(at('since 2022').value, '2022');
      assert.equal(at('on Saturday').value, '2024-06-01');
      assert.equal(at('May 30').value, '2024-05-30');
      assert.equal(at('Tuesday that').value, '2024-05-28');
      assert.equal(at('on Friday').value, '2024-05-31');
      assert.equal(at('in 1987').value, '1987');
    });

    it('finds no dates in numbers and amounts', () => {
      for (const d of dates) assert.doesNotMatch(d.text, /1,100|14,000|212|909|4%/);
    });
  });
});

describe('holidays and names', () => {
  it('reads a holiday after a given name as a surname, and keeps the holiday elsewhere', () => {
    const text = 'Shops close on Christmas Day. Merry Christmas, said John. Atwood worked with illustrator Johnnie Christmas.';
    const { dates } = analyse(text, { referenceDate: '2025-10-16' });
    assert.deepEqual(dates.map((d) => d.text), ['Christmas Day', 'Christmas']);
    assert.ok(dates.every((d) => d.start < text.indexOf('Johnnie')));
  });
});
