import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { compareEvents } from '../../src/core';
import type { Analysis, ArticleEvent } from '../../src/core/types';

// Sentences written for these tests: each states one construction of issue #13 in general form.
// The reference date 2026-03-11 is a Wednesday.
const REFERENCE = '2026-03-11';

function analyse(text: string, referenceDate = REFERENCE): Analysis {
  return analyzeArticle(text, { referenceDate });
}

/** The event whose clause covers the first occurrence of `word`. */
function eventAt(a: Analysis, text: string, word: string): ArticleEvent[] {
  const at = new RegExp(`\\b${word}\\b`).exec(text)?.index ?? -1;
  assert.ok(at >= 0, `no "${word}" in the text`);
  return a.events.filter((e) => e.start <= at && at < e.end);
}

function only(a: Analysis, text: string, word: string): ArticleEvent {
  const covering = eventAt(a, text, word);
  // The innermost clause: the shortest event covering the word.
  assert.ok(covering.length > 0, `no event covers "${word}"`);
  return [...covering].sort((x, y) => x.end - x.start - (y.end - y.start))[0];
}

const nameOf = (a: Analysis, id: string) => a.entities.find((e) => e.id === id)?.name ?? id;

describe('events: reported speech is an event apart from the saying', () => {
  it('dates the reported clause by its own date and the saying by the article', () => {
    const text = 'Utility spokesman Idris Calloway said most homes would have water again by Sunday, March 15.';
    const a = analyse(text);
    const saying = only(a, text, 'said');
    const reported = only(a, text, 'have');
    assert.equal(reported.date, '2026-03-15');
    assert.notEqual(saying.date, '2026-03-15');
    assert.equal(saying.date, REFERENCE, 'a bare past-tense said in a dated story happened on its day');
    assert.match(saying.summary, /^Calloway said/);
  });

  it('keeps "before the end of the year" with the promise, not with the telling', () => {
    const text = 'Minister Ana Reyes told Olu Bankole that the two firms would merge "before the end of the year".';
    const a = analyse(text);
    assert.equal(only(a, text, 'merge').date, '2026-12-31');
    const telling = only(a, text, 'told');
    assert.notEqual(telling.date, '2026-12-31');
    assert.match(telling.summary, /^Reyes told/);
    assert.ok(telling.actors.map((id) => nameOf(a, id)).includes('Olu Bankole'));
  });

  it('dates "would start in July" and not the saying', () => {
    const text = 'Coach Mira Solberg said she would start in July.';
    const a = analyse(text);
    assert.equal(only(a, text, 'start').date, '2026-07');
    assert.equal(only(a, text, 'said').date, REFERENCE);
  });

  it('gives the saying its own date when the text dates it', () => {
    const text = 'Harbor director Lena Voss said on Monday that the port would reopen on Friday.';
    const a = analyse(text);
    assert.equal(only(a, text, 'said').date, '2026-03-09');
    assert.equal(only(a, text, 'reopen').date, '2026-03-13');
  });
});

describe('events: a relative clause is an event of its own', () => {
  it('keeps the date of "who resigned in November" off the main clause', () => {
    const text = 'Dr. Amara Lindqvist will succeed Tomas Wrenfield, who resigned in November.';
    const a = analyse(text);
    const main = only(a, text, 'succeed');
    const relative = only(a, text, 'resigned');
    assert.equal(main.date, null);
    assert.match(main.summary, /^Lindqvist will succeed Tomas Wrenfield/);
    assert.equal(relative.date, '2025-11');
    assert.deepEqual(relative.actors.map((id) => nameOf(a, id)), ['Tomas Wrenfield']);
  });

  it('finds the main clause of a subject interrupted by a relative clause', () => {
    const text = 'Petra Halloran, who joined the bank in 2017, told investors on Tuesday that profits had doubled.';
    const a = analyse(text);
    const told = only(a, text, 'told');
    assert.equal(told.date, '2026-03-10');
    assert.match(told.summary, /^Halloran told investors/);
    assert.equal(only(a, text, 'joined').date, '2017');
  });

  it('refers a relative pronoun to the noun right before it, not to a name further back', () => {
    const text = 'Two passengers were taken to Mercy General Hospital with burns that were not serious, police said.';
    const a = analyse(text);
    assert.ok(!a.events.some((e) => /^Mercy General Hospital were/.test(e.summary) || e.summary === 'Mercy General Hospital were not serious'), a.events.map((e) => e.summary).join(' / '));
  });

  it('hands a date after the closing comma back to the clause the relative interrupted', () => {
    const text = 'The board removed Ivo Marchetti, who was its treasurer, on March 2.';
    const a = analyse(text);
    assert.equal(only(a, text, 'removed').date, '2026-03-02');
    assert.equal(only(a, text, 'was').date, null);
  });
});

describe('events: actors are syntactic subjects', () => {
  it('gives he or she of a new sentence to the first person named in the sentence before', () => {
    const text = 'Jonas Berg, 54, beat Tomas Lind in the final on Sunday. He said the win was his best.';
    const a = analyse(text);
    const said = only(a, text, 'said');
    assert.match(said.summary, /^Berg said/);
    assert.deepEqual(said.actors.map((id) => nameOf(a, id)), ['Jonas Berg']);
  });

  it('gives he or she to the last person named when the sentence before opens with no person', () => {
    const text = 'That followed a week after Governor Pavel Marsh fired Oskar Brandt on Monday. He was arrested a day later.';
    const a = analyse(text);
    const arrested = only(a, text, 'arrested');
    assert.match(arrested.summary, /^Brandt was arrested/);
  });

  it('skips a person whose given name is of the other sex', () => {
    const text = 'Maria Costa thanked Peter Holm and Anna Lind on Sunday. He said the project would go on.';
    const a = analyse(text);
    const said = only(a, text, 'said');
    assert.match(said.summary, /^Holm said/);
  });

  it('never makes the dateline agency or place the subject', () => {
    const text = 'BOSTON, March 11 (Harbor Wire) - Tropical Storm Kiko struck the coast on Tuesday.';
    const a = analyse(text);
    const struck = only(a, text, 'struck');
    assert.equal(struck.date, '2026-03-10');
    assert.match(struck.summary, /^Tropical Storm Kiko struck the coast/);
    for (const id of struck.actors) assert.doesNotMatch(nameOf(a, id), /Harbor Wire|BOSTON/i);
  });

  it('takes the head of "negotiations with <name>" as the subject, not the name', () => {
    const text = 'Negotiations with Trade Minister Musa Bellamy broke down on Friday.';
    const a = analyse(text);
    const broke = only(a, text, 'broke');
    assert.equal(broke.date, '2026-03-06');
    assert.doesNotMatch(broke.summary, /^Bellamy/);
    assert.match(broke.summary, /^Negotiations with Trade Minister Musa Bellamy broke down/);
    assert.equal(broke.subject?.text, 'Negotiations with Trade Minister Musa Bellamy');
  });

  it('takes the person before "who runs <company>" as the subject of the main verb', () => {
    const text = 'Rafael Ostrander, who runs Quillfeather Media, sacked the directors.';
    const a = analyse(text);
    const sacked = only(a, text, 'sacked');
    assert.match(sacked.summary, /^Ostrander sacked the directors/);
    assert.equal(nameOf(a, sacked.actors[0]), 'Rafael Ostrander');
    assert.doesNotMatch(sacked.summary, /Quillfeather sacked/);
  });

  it('goes back to the interrupted subject after a relative clause that names two objects', () => {
    const text = 'Halden Holdings, which owns the Troy Comets and the Kessel Rovers, has agreed to pay for the new arena.';
    const a = analyse(text);
    const event = only(a, text, 'agreed');
    assert.deepEqual(event.actors.map((id) => nameOf(a, id)), ['Halden Holdings']);
    assert.match(event.summary, /^Halden Holdings has agreed/);
  });

  it('takes a subject whose name ends in an abbreviation\'s period (`Corp.`)', () => {
    const text = 'Halden Motors Corp. will recall 9,000 trucks because their brakes may fail, the company said.';
    const a = analyse(text);
    const event = only(a, text, 'recall');
    assert.deepEqual(event.actors.map((id) => nameOf(a, id)), ['Halden Motors Corp.']);
    assert.match(event.summary, /^Halden Motors Corp\. will recall/);
  });

  it('finds the subject after a date phrase that runs into it without a comma', () => {
    const text = 'In April the school board approved the budget. On Monday night the union voted to strike. Last year the airline dropped three routes.';
    const a = analyse(text);
    assert.match(only(a, text, 'approved').summary, /^the school board approved the budget/);
    assert.match(only(a, text, 'voted').summary, /^the union voted/);
    assert.match(only(a, text, 'dropped').summary, /^the airline dropped three routes/);
  });

  it('keeps the subject of a verb whose auxiliary is followed by adverbs (`had first presented`)', () => {
    const text = 'The Harbor Authority had first presented the plan on March 2. The Harbor Authority has once again delayed the vote to March 9.';
    const a = analyse(text);
    for (const verb of ['presented', 'delayed']) {
      const event = only(a, text, verb);
      assert.deepEqual(event.actors.map((id) => nameOf(a, id)), ['Harbor Authority'], verb);
    }
    assert.equal(only(a, text, 'presented').date, '2026-03-02');
  });

  it('makes a board or a market the subject of a lead event, shown as written', () => {
    const text = 'The Lakeside County school board voted 4-3 on Monday night to close two schools. European bond markets fell to record lows on Thursday.';
    const a = analyse(text);
    const voted = only(a, text, 'voted');
    assert.equal(voted.date, '2026-03-09');
    assert.match(voted.summary, /^The Lakeside County school board voted/);
    const fell = only(a, text, 'fell');
    assert.equal(fell.date, '2026-03-05');
    assert.equal(fell.subject?.text, 'European bond markets');
    assert.equal(fell.summary, 'European bond markets fell to record lows');
  });

  it('takes the name an appositive gives a common-noun subject', () => {
    const text = 'Budget carrier, Skylark Air, announced a new route on Monday.';
    const a = analyse(text);
    const announced = only(a, text, 'announced');
    assert.ok(announced.actors.some((id) => /Skylark/.test(nameOf(a, id))));
  });
});

describe('events: what makes an event', () => {
  it('leaves out clauses with neither a date nor a named actor', () => {
    const text = 'It rained hard. The roads flooded.';
    assert.deepEqual(analyse(text).events, []);
  });

  it('keeps an undated clause with a named actor, and dates a past verb only by its own date', () => {
    const text = 'Gideon Farrow resigned.';
    const a = analyse(text);
    assert.equal(a.events.length, 1);
    assert.equal(a.events[0].date, null);
    assert.match(a.events[0].summary, /^Farrow resigned/);
  });

  it('does not give a bare "said" the article date when the story has no date', () => {
    const text = 'Gideon Farrow said the plan was sound.';
    const a = analyzeArticle(text, { today: REFERENCE });
    assert.equal(a.referenceDate.source, 'fallback');
    assert.equal(only(a, text, 'said').date, null);
  });

  it('dates a present perfect on the story\u2019s day, and a coordinated verb with its conjunct', () => {
    const text = 'Governor Elin Maddox has signed the bill. Maddox visited the dam on Monday and praised the crews.';
    const a = analyse(text);
    assert.equal(only(a, text, 'signed').date, REFERENCE);
    const praised = only(a, text, 'praised');
    assert.equal(praised.date, '2026-03-09');
    assert.match(praised.summary, /^Maddox praised the crews/);
  });
});

describe('events: summaries read as the text does', () => {
  it('keeps the particles of a surname', () => {
    const text = 'Anneke van der Stoel urged governments to act on Monday.';
    const a = analyse(text);
    assert.match(only(a, text, 'urged').summary, /^van der Stoel urged governments/);
  });

  it('names a surname-first person by the family name the article uses', () => {
    const text = 'Zhao Weiming met Lena Ortiz in Geneva on Tuesday. Zhao said the talks went well.';
    const a = analyse(text);
    assert.match(only(a, text, 'met').summary, /^Zhao met Lena Ortiz/);
  });
});

describe('events: one order for every view', () => {
  it('sorts by date, undated last, then by position, with one exported comparator', () => {
    const text = 'Gideon Farrow resigned. Petra Halloran spoke on Monday. Ivo Marchetti left on Friday.';
    const a = analyse(text);
    assert.deepEqual(a.events.map((e) => e.date), ['2026-03-06', '2026-03-09', null]);
    assert.deepEqual([...a.events].reverse().sort(compareEvents), a.events);
  });
});

describe('events: a noun after a preposition is no verb, and a summary ends on a word of its own', () => {
  it('reads `after talks with X broke down` as one clause whose subject is the talks', () => {
    const text = 'The strike was called by the union after talks with the ferry operator Stenmark Lines broke down late on Tuesday.';
    const a = analyse(text);
    const event = only(a, text, 'broke');
    assert.equal(event.date, '2026-03-10');
    assert.match(event.summary, /^talks with the ferry operator Stenmark Lines broke down/);
    assert.ok(!a.events.some((e) => /^talks with\b/.test(text.slice(e.start, e.end)) && !text.slice(e.start, e.end).includes('broke')), 'no event of `talks` alone');
  });

  it('reads a participle joined to an adjective before a noun as describing it, not as a verb', () => {
    const text = 'The regulator fined the bus company on Tuesday after a year of late and cancelled services, officials said.';
    const a = analyse(text);
    assert.ok(!a.events.some((e) => /cancelled services/.test(e.summary)), a.events.map((e) => e.summary).join(' / '));
    assert.match(only(a, text, 'fined').summary, /^The regulator fined the bus company/);
  });

  it('leaves no particle of the verb dangling before a date cut from the summary', () => {
    const text = 'The Halden cabinet fell in November after a long inquiry.';
    const a = analyse(text);
    assert.match(only(a, text, 'fell').summary, /fell$/);
  });

  it('leaves no dangling preposition where the date is cut from the summary', () => {
    const text = 'Officials said the river burst its banks on Monday night.';
    const a = analyse(text);
    const event = only(a, text, 'burst');
    assert.match(event.summary, /the river burst its banks$/);
  });
});

describe('events: a saying after its reported clause keeps its own date', () => {
  it('reads a plural noun after said as the reported clause subject, not as part of the saying', () => {
    const text = 'Board chair Mira Lindqvist said prices would rise in June.';
    const a = analyse(text);
    const saying = only(a, text, 'said');
    const reported = only(a, text, 'rise');
    assert.equal(saying.date, REFERENCE, saying.summary);
    assert.match(saying.summary, /^Lindqvist said$/);
    assert.equal(reported.date, '2026-06');
    assert.match(reported.summary, /^prices would rise/);
  });

  it('reads since before a year and a comma as a preposition of the clause before, not a subordinator', () => {
    const text = 'The unions agreed on Monday to end a strike running since 2019, Labour Minister Oskar Vell said.';
    const a = analyse(text);
    const saying = only(a, text, 'said');
    assert.equal(saying.date, REFERENCE, saying.summary);
    assert.equal(only(a, text, 'agreed').date, '2026-03-09');
  });
});

describe('events: a long subject that is no name is cut at a word boundary a reader accepts', () => {
  it('never cuts inside a name nor after a word that needs the next', () => {
    const text = 'Researchers from the Baltic Marine Survey and the University of Tartu have described a river.';
    const a = analyse(text);
    const event = only(a, text, 'described');
    assert.doesNotMatch(event.summary, /\b(?:the|and|of) have described/, event.summary);
    assert.doesNotMatch(event.summary, /University have/, event.summary);
    assert.match(event.summary, /^Researchers from the Baltic Marine Survey\b.* have described a river$/);
  });
});

describe('events: a name, its appositive and a relative clause', () => {
  it('keeps the name as the subject of the clause the relative clause interrupts, and who stands for the person', () => {
    const text = 'Oren Talbot, a geologist at Keswick University who was not involved, called the work careful.';
    const a = analyse(text);
    const main = only(a, text, 'called');
    assert.match(main.summary, /^Talbot called/);
    assert.ok(main.actors.some((id) => nameOf(a, id) === 'Oren Talbot'), main.actors.join(', '));
    const relative = only(a, text, 'involved');
    assert.doesNotMatch(relative.summary, /^Keswick University was/, relative.summary);
  });
});

describe('events: an acronym that spells a pronoun', () => {
  it('reads WHO after a name and a comma as an acronym, not as a relative pronoun', () => {
    const text = 'Marta Ilves, WHO regional director for the Baltics, urged parents to vaccinate their children.';
    const a = analyse(text);
    const event = only(a, text, 'urged');
    assert.match(event.summary, /^Ilves urged parents/);
  });
});
