import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { parseGlossary } from '../../src/core/glossary';
import { findReference } from '../../src/core/dates';
import { runRules } from '../../src/core/rules';
import type { Entity } from '../../src/core/types';
import { applyEdits, fixture } from './helpers';

const glossary = parseGlossary(fixture('.copydesk/glossary.json')).glossary;

function spellingAt(text: string, word: string): { message: string; fixed: string } | null {
  const a = analyzeArticle(text, { referenceDate: '2025-03-04' });
  const start = text.indexOf(word, text.indexOf('\n'));
  const f = a.findings.find((x) => x.rule === 'names.spelling' && x.start <= start && start < x.end);
  return f ? { message: f.message, fixed: applyEdits(text, f.fixes[0].edits) } : null;
}

function spellings(text: string): string[] {
  return analyzeArticle(text, { referenceDate: '2025-03-04' })
    .findings.filter((x) => x.rule === 'names.spelling')
    .map((f) => text.slice(f.start, f.end));
}

// One slip of the fingers in a surname the article gives right elsewhere: each kind of slip, on long
// and short names, alone, in a full name, possessive, and in a name written family name first.
const SLIPS: [string, string, string][] = [
  ['a changed vowel', 'Senator Dale Brummer opened the hearing on Tuesday. Brummer asked the panel for figures.\n\nLater, Brommer thanked the witnesses.', 'Brommer'],
  ['a changed vowel on a five-letter name', 'Governor Lisa Brandt signed the order on Monday. Brandt said the state would pay.\n\nOpponents said Brendt had acted alone.', 'Brendt'],
  ['two letters swapped', 'Farida Mohamed runs the clinic in the old market. Mohamed said supplies were short.\n\nNurses told Moahmed that the generator failed twice.', 'Moahmed'],
  ['a doubled letter on a three-letter name', 'Premier Alan Key spoke to the chamber on Monday. Key said the budget would pass.\n\nCritics said Keey had misjudged the mood.', 'Keey'],
  ['a dropped letter', 'The actor Sam Cruise arrived at the festival late. Cruise signed posters for an hour.\n\nFans said Cruse looked tired.', 'Cruse'],
  ['an added vowel on a five-letter name', 'Dr. Ada Nwosu leads the vaccine team. Nwosu said the trial ended well.\n\nThe board praised Nwosou for the results.', 'Nwosou'],
  ['a possessive', 'Councillor Rita Vance proposed the new bus lane. Vance said traffic was a concern.\n\nThe mayor rejected Vanse\'s plan on Friday.', 'Vanse'],
  ['a letter added to a three-letter name', 'Coach Tunde Eze named the squad on Sunday. Eze picked two new forwards.\n\nFans cheered when Ezeh walked out.', 'Ezeh'],
  ['a doubled final letter', 'Grace Okeke won the regional race on Saturday. Okeke led from the start.\n\nRivals said Okekee was unbeatable.', 'Okekee'],
  ['a changed vowel on a five-letter surname the lexicon knows', 'Candidate Roy Trump addressed the rally on Monday. Trump promised lower taxes.\n\nVoters later booed Tremp at the fair.', 'Tremp'],
  ['a slip of a name the article gives only in the possessive', 'Ports reopened on Monday after the strike. The union called it Chancellor Ivo Brankovic\u2019s victory.\n\nLater, Brankovich told reporters the deal was fair.', 'Brankovich'],
  ['a slip of a name the names model missed elsewhere', 'Lawyers said Justice Osterholm\u2019s opinion would stand for years.\n\nThe court\u2019s statement named Marit Ostreholm as its author.', 'Ostreholm'],
  ['a surname-first name', 'Engineer Zhao Weiming designed the bridge. Zhao said the steel arrived on time.\n\nThe city later honoured Zhao Weimin for the work.', 'Weimin'],
];

describe('names.spelling: a slip in a name given right elsewhere', () => {
  for (const [what, text, wrong] of SLIPS) {
    it(`flags ${what} (${wrong}) and fixes it to the right form`, () => {
      const found = spellingAt(text, wrong);
      assert.ok(found, `no names.spelling on ${wrong}`);
      assert.match(found.message, new RegExp(`“${wrong}” looks like a misspelling of`));
      assert.ok(!new RegExp(`\\b${wrong}\\b`).test(found.fixed), 'the fix removes the slip');
    });
  }

  it('offers one fix for every copy when the slip is repeated', () => {
    const text = 'Mayor Ines Halloran opened the plant. Halloran spoke first. Halloran left at noon. Halloran returned.\n\nHaloran was praised. Workers thanked Haloran.';
    const a = analyzeArticle(text, { referenceDate: '2025-03-04' });
    const f = a.findings.filter((x) => x.rule === 'names.spelling');
    assert.equal(f.length, 2);
    const everywhere = f[0].fixes.find((x) => x.title.startsWith('Change every'));
    assert.ok(everywhere);
    assert.ok(!applyEdits(text, everywhere.edits).includes('Haloran'));
  });
});

// A form nobody writes (no dictionary word, known place or known name) one slip from a person's name.
describe('names.spelling: a form nobody writes, read into another name', () => {
  it('is flagged when the names model reads the slip into an organization name', () => {
    const text = 'Mayor Ines Halloran opened the plant. Halloran spoke first.\n\nThe Haloran Institute paid for the new wing.';
    const found = spellingAt(text, 'Haloran');
    assert.ok(found, 'no names.spelling on Haloran');
    assert.match(found.message, /misspelling of “Halloran”/);
  });
});

/**
 * names.spelling over the article's own reading, less the mentions the names model is made to miss
 * (`unread`): how the rule fares when a right form, or a slip, is read as nobody's name.
 */
function spellingsWithMissedMentions(text: string, unread: readonly string[]): string[] {
  const options = { referenceDate: '2025-03-04' };
  const a = analyzeArticle(text, options);
  const read = (e: Entity): Entity | null => {
    const mentions = e.mentions.filter((m) => !unread.includes(text.slice(m.start, m.end).replace(/['\u2019]s$/, '')));
    return mentions.length ? { ...e, mentions, firstMention: mentions[0] } : null;
  };
  const entities = a.entities.map(read).filter((e): e is Entity => e !== null);
  const input = { text, sentences: a.sentences, reference: findReference(text, options), dates: a.dates, entities, events: a.events };
  return runRules(input, options)
    .filter((f) => f.rule === 'names.spelling')
    .map((f) => text.slice(f.start, f.end));
}

describe('names.spelling: a right form the names model read as nobody\'s', () => {
  const text = 'Ports reopened on Monday. Tamsin Ostreholm, the union leader, called it a victory.\n\nOsterholm explained how the deal was reached. Osterholm\u2019s deputy agreed.';
  it('still flags the rarer slip, read as a person\'s name', () => {
    assert.deepEqual(spellingsWithMissedMentions(text, ['Osterholm']), ['Ostreholm']);
  });
  it('never pairs two words that are both read as nobody\'s', () => {
    assert.deepEqual(spellingsWithMissedMentions(text, ['Osterholm', 'Tamsin Ostreholm']), []);
  });
});

describe('names.spelling: no alarm on names that are really different', () => {
  it('a contraction beside a surname', () => {
    assert.deepEqual(spellings("Officer Dan Well spoke to reporters. Well said the road would reopen. We'll see, residents said."), []);
  });


  it('two relatives with one surname', () => {
    assert.deepEqual(spellings('Ruth Adeyemi and her brother Paul Adeyemi founded the firm. Ruth Adeyemi said sales doubled.'), []);
  });

  it('two people with near surnames, each with a given name', () => {
    assert.deepEqual(spellings('Lena Marsh, a nurse, met Tom Marsch, a lawyer. Marsh said the talks went well. Marsch agreed.'), []);
  });

  it('two near surnames both written often', () => {
    const text = 'Johnson and Johnston both ran. Johnson won the north. Johnston won the south. Johnson conceded nothing. Johnston smiled.';
    assert.deepEqual(spellings(text), []);
  });

  it('a dictionary word near a surname', () => {
    assert.deepEqual(spellings('Officer Dan Stone spoke to reporters. Stone said the road would reopen. Store owners were relieved.'), []);
  });

  it('two company names one letter apart, each ending on an ordinary word', () => {
    assert.deepEqual(spellings('Shares of chipmakers fell on Thursday. Advanced Corvo Devices dropped 6 percent and Corvon Technology, which reports next week, lost 3 percent.'), []);
  });

  it('a plural family name', () => {
    assert.deepEqual(spellings('Mark Okoro and Jane Okoro run the farm. The Okoros sold the land in May. Okoro said it was time.'), []);
  });

  it('a word the glossary knows', () => {
    const text = 'President Kassym-Jomart Tokayev spoke. Tokayev said order was restored. Reporters asked Tokayev again.\n\nTokaev was not mentioned.';
    const a = analyzeArticle(text, { referenceDate: '2022-01-09', glossary: parseGlossary('{"entries":[{"name":"Tokaev"}]}').glossary });
    assert.deepEqual(a.findings.filter((x) => x.rule === 'names.spelling'), []);
  });
});

describe('a misspelt form is a finding, not a mention of the person', () => {
  it('the person lists only the right spellings', () => {
    const text = 'Councillor Rita Vance proposed the new bus lane. Vance said traffic was a concern.\n\nThe mayor rejected Vanse\'s plan on Friday.';
    const a = analyzeArticle(text, { referenceDate: '2025-03-04' });
    const vance = a.entities.find((e) => e.name === 'Rita Vance');
    assert.ok(vance);
    assert.ok(vance.mentions.every((m) => !m.text.includes('Vanse')), vance.mentions.map((m) => m.text).join(', '));
  });
});

describe('acronyms.unexpanded: quiet where a copy editor would be', () => {
  const acronyms = (text: string) =>
    analyzeArticle(text, { referenceDate: '2025-03-04' })
      .findings.filter((f) => f.rule === 'acronyms.unexpanded')
      .map((f) => `${text.slice(f.start, f.end)}: ${f.severity}`);

  it('initials opening a person\'s name are no acronym', () => {
    assert.deepEqual(acronyms('DK Varga, head of the mobile business, said the phone would ship in May. Varga spoke in Leeds.'), []);
  });

  for (const name of ['Banco Norte SA', 'Kessler AG', 'Huygens NV', 'Tarrant PLC', 'Bluegate Holdings, LLC', 'Riverside Partners LP']) {
    it(`a company form is not an acronym: ${name}`, () => {
      assert.deepEqual(acronyms(`Shares of ${name} rose on Monday after the merger was approved.`), []);
    });
  }

  it('still flags a company-form abbreviation standing alone', () => {
    assert.deepEqual(acronyms('Mine visit planned\n\nInspectors said the SA team will visit the mine next week.'), ['SA: information']);
  });

  it('a well-known acronym defined only after its first use is an information finding', () => {
    const text = 'The WHO warned of a new strain on Monday.\n\nThe World Health Organization (WHO) said testing would expand.';
    assert.deepEqual(acronyms(text), ['WHO: information']);
  });

  it('a well-known acronym used alone, or defined at once, is fine', () => {
    assert.deepEqual(acronyms('The WHO warned of a new strain on Monday.'), []);
    assert.deepEqual(acronyms('The World Health Organization (WHO) warned on Monday. The WHO said testing would expand.'), []);
  });
});

describe('glossary.preferred-form near-misses', () => {
  const near = (text: string) =>
    analyzeArticle(text, { referenceDate: '2025-03-04', glossary })
      .findings.filter((f) => f.rule === 'glossary.preferred-form')
      .map((f) => f.message);

  it('a one-word place plus a common word is no misspelling of a glossary name\'s word', () => {
    assert.deepEqual(near('Flooding hit Ogun State and Delta State on Sunday.'), []);
  });

  it('a whole name of several words one letter off is', () => {
    const found = near('Leaders of the Commonwealth of Independant States met on Sunday.');
    assert.equal(found.length, 1);
    assert.match(found[0], /“Independant” is probably a misspelling of “Independent”/);
  });
});
