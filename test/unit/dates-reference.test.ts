import * as assert from 'node:assert/strict';
import { findReference } from '../../src/core/dates';

describe('findReference', () => {
  it('ranks option > front matter > dateline > today', () => {
    const text = '---\ndate: 2025-10-16\n---\nDETROIT, June 3, 2024 (AP) — Text.';
    assert.deepEqual(findReference(text, { referenceDate: '2020-01-01' }).referenceDate, { value: '2020-01-01', source: 'option' });
    assert.deepEqual(findReference(text, {}).referenceDate, { value: '2025-10-16', source: 'front-matter' });
    const body = 'DETROIT, June 3, 2024 (AP) — Text.';
    assert.deepEqual(findReference(body, {}).referenceDate, { value: '2024-06-03', source: 'dateline' });
    assert.deepEqual(findReference('No dateline here.', { today: '2023-05-05' }).referenceDate, { value: '2023-05-05', source: 'fallback' });
  });

  const frontMatterDates: [string, string | null][] = [
    ['date: 2025-10-16', '2025-10-16'],
    ['date: "2025-10-16"', '2025-10-16'],
    ["date: '2025-10-16'", '2025-10-16'],
    ['date: 2025-10-16T09:30:00-05:00', '2025-10-16'],
    ['date: 2025-10-16 09:30', '2025-10-16'],
    ['date: 2025-02-30', null],
    ['title: x', null],
  ];
  for (const [line, expected] of frontMatterDates) {
    it(`front matter ${line}`, () => {
      const ref = findReference(`---\ntitle: T\n${line}\n---\n\nBody.`, { today: '2000-01-01' });
      assert.ok(ref.frontMatter);
      assert.equal(ref.referenceDate.value, expected ?? '2000-01-01');
      assert.equal(ref.referenceDate.source, expected ? 'front-matter' : 'fallback');
    });
  }

  it('finds no front matter unless it opens the text', () => {
    assert.equal(findReference('Intro\n---\ndate: 2025-10-16\n---\n', { today: '2000-01-01' }).frontMatter, null);
  });

  const datelines: [string, string, string | null, string | null, string][] = [
    // text, place, ISO date, agency, dateline text
    ['Nur-Sultan, Jan 9 (IANS) Kazakh President', 'Nur-Sultan', '2022-01-09', 'IANS', 'Nur-Sultan, Jan 9 (IANS)'],
    ['DETROIT, June 3 (Copydesk Wire) - Halvorsen said', 'DETROIT', '2022-06-03', 'Copydesk Wire', 'DETROIT, June 3 (Copydesk Wire) -'],
    ['SPRINGFIELD, Ill., Oct. 16, 2025 — The council', 'SPRINGFIELD', '2025-10-16', null, 'SPRINGFIELD, Ill., Oct. 16, 2025 —'],
    ['WASHINGTON (AP) — The Senate', 'WASHINGTON', null, 'AP', 'WASHINGTON (AP) —'],
    ['NEW YORK — Stocks fell', 'NEW YORK', null, null, 'NEW YORK —'],
    ['LONDON, 9 January (Reuters) - Prices', 'LONDON', '2022-01-09', 'Reuters', 'LONDON, 9 January (Reuters) -'],
    ['ST. LOUIS, Mo., March 2 — Rain', 'ST. LOUIS', '2022-03-02', null, 'ST. LOUIS, Mo., March 2 —'],
  ];
  for (const [text, place, date, agency, span] of datelines) {
    it(`dateline ${span}`, () => {
      const dl = findReference(text, { datelineYear: 2022, today: '2022-12-31' }).dateline;
      assert.ok(dl);
      assert.equal(dl.place, place);
      assert.equal(dl.date, date);
      assert.equal(dl.agency, agency);
      assert.equal(text.slice(dl.start, dl.end), span);
      assert.equal(text.slice(dl.placeSpan!.start, dl.placeSpan!.end), place);
    });
  }

  it('finds the dateline after a Markdown headline and blank lines', () => {
    const text = '# Council delays vote\n\n\nSPRINGFIELD, Ill., Oct. 16, 2025 — The council';
    const dl = findReference(text, {}).dateline;
    assert.ok(dl);
    assert.equal(text.slice(dl.start, dl.end), 'SPRINGFIELD, Ill., Oct. 16, 2025 —');
  });

  it('does not take an ordinary first sentence for a dateline', () => {
    for (const text of ['The council met on Tuesday.', 'Smith, who led the team, said no.', 'Friday, January 3, 2014\n\nPreston, Victoria, Australia On Saturday, Wikinews']) {
      assert.equal(findReference(text, { today: '2022-01-01' }).dateline, null, text);
    }
  });

  it('gives a yearless dateline the year of datelineYear, else the year nearest the reference, else today', () => {
    const text = 'DETROIT, Dec 30 (AP) - Text.';
    assert.equal(findReference(text, { datelineYear: 2019, today: '2024-01-02' }).dateline?.date, '2019-12-30');
    assert.equal(findReference(text, { referenceDate: '2024-01-02' }).dateline?.date, '2023-12-30');
    assert.equal(findReference(text, { today: '2024-01-02' }).dateline?.date, '2024-12-30');
    assert.equal(findReference(text, { today: '2024-01-02' }).referenceDate.value, '2024-12-30');
  });

  it('gives a yearless dateline that names its weekday the nearest year that weekday fits', () => {
    // Sept. 12 was a Thursday in 2024 and will be in 2030; read in 2026, the story is from 2024.
    const text = 'OSLO, Thursday, Sept. 12 (Copydesk Wire) — Text.';
    const read = findReference(text, { today: '2026-11-30' });
    assert.equal(read.dateline?.date, '2024-09-12');
    assert.equal(read.dateline?.place, 'OSLO');
    assert.ok(read.yearAssumed && read.yearFromWeekday);
    // The file's year bounds it: saved in 2019, the story is from 2019 (a Thursday then too).
    assert.equal(findReference(text, { today: '2026-11-30', datelineYear: 2019 }).dateline?.date, '2019-09-12');
    // A stated year or reference date wins over the weekday; so does the date itself if no year fits.
    assert.equal(findReference('OSLO, Thursday, Sept. 12, 2025 — Text.', { today: '2026-11-30' }).dateline?.date, '2025-09-12');
    assert.equal(findReference(text, { referenceDate: '2026-09-13' }).dateline?.date, '2026-09-12');
    assert.equal(findReference('OSLO, Sept. 12 — Text.', { today: '2026-11-30' }).yearFromWeekday, false);
  });

  it('takes a standalone publication-date line as the reference, without making it a dateline', () => {
    const text = 'Headline of the story\n\nMonday, May 18, 2015\n\nThe council met on Friday.';
    const ref = findReference(text, { today: '2000-01-01' });
    assert.deepEqual(ref.referenceDate, { value: '2015-05-18', source: 'dateline' });
    assert.equal(ref.dateline, null);
  });

  it('rejects malformed options', () => {
    assert.throws(() => findReference('x', { referenceDate: '2022-13-01' }), RangeError);
  });
});
