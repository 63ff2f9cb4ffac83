// How an article's short forms and the words around a name decide its kind and its bounds: sentences
// written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { findReference } from '../../src/core/dates';
import type { Entity } from '../../src/core/types';
import { useKindModel } from '../../src/core/entities/kind-model';

function entities(text: string): readonly Entity[] {
  return analyzeArticle(text).entities;
}

function kindOf(list: readonly Entity[], name: string): string {
  const e = list.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}; got ${list.map((x) => `${x.kind} ${x.name}`).join(', ')}`);
  return e.kind;
}

function handWeighted<T>(run: () => T): T {
  useKindModel(null);
  try {
    return run();
  } finally {
    useKindModel(undefined);
  }
}

const listed = (list: readonly Entity[]) => list.map((e) => `${e.kind} ${e.name} [${e.mentions.map((m) => m.text).join('|')}]`).join(', ');

describe('entities: short forms and the words around a name', () => {
  it('reads a two-word name shortened to its first word as an organization', () => {
    const list = entities('Stennard Vorhaus won the bridge contract on Monday. Stennard will start the work in the spring.');
    assert.equal(kindOf(list, 'Stennard Vorhaus'), 'organization', listed(list));
  });

  it('still reads a surname-first name shortened to its family name as a person', () => {
    const list = entities('Chen Haoyu won the chess final on Monday. Chen will defend the title in the spring.');
    assert.equal(kindOf(list, 'Chen Haoyu'), 'person', listed(list));
  });

  it('still reads a two-word name shortened to its last word as a person', () => {
    const list = entities('Stennard Vorhaus won the chess final on Monday. Vorhaus will defend the title in the spring.');
    assert.equal(kindOf(list, 'Stennard Vorhaus'), 'person', listed(list));
  });

  // The two below weigh the hand-set cues alone (no learned model): on texts this short the shipped
  // model's lean may decide either way, and these rules are about the cues.
  it('links a word that is a place only by its prepositions to the organization it opens', () => {
    const list = handWeighted(() => entities('Talvoro Dynamics, a company based in Ohio, cut its budget. Many jobs at Talvoro were lost.'));
    const firm = list.find((e) => e.name === 'Talvoro Dynamics');
    assert.ok(firm, listed(list));
    assert.equal(firm.kind, 'organization');
    assert.equal(firm.mentions.length, 2, listed(list));
    assert.ok(!list.some((e) => e.name === 'Talvoro'), listed(list));
  });

  it('keeps a known place apart from an organization named after it', () => {
    const list = entities('Canada Bread raised its prices. Bakers in Canada said the harvest was poor.');
    assert.equal(kindOf(list, 'Canada'), 'place', listed(list));
  });

  it('reads a name after a company noun as an organization, though other mentions follow a preposition', () => {
    const list = handWeighted(() => entities('Pilots at Vantor went on strike. The airline Vantor said flights would resume on Friday.'));
    assert.equal(kindOf(list, 'Vantor'), 'organization', listed(list));
  });

  it('reads a word that is a place only by its prepositions as an organization where a company noun names it', () => {
    const list = handWeighted(() => entities('Engineers at Korvane walked out. Jobs at Korvane were cut, and the carrier Korvane cancelled flights.'));
    assert.equal(kindOf(list, 'Korvane'), 'organization', listed(list));
  });

  it('keeps a word a place where only prepositions speak for it', () => {
    const list = handWeighted(() => entities('Engineers at Korvane walked out. Jobs at Korvane were cut.'));
    assert.equal(kindOf(list, 'Korvane'), 'place', listed(list));
  });

  it('reads no person in a name followed by a model number', () => {
    const list = handWeighted(() => entities('The new jet flies on two Marlow Brandt 900 engines, the makers said.'));
    assert.ok(!list.some((e) => e.kind === 'person'), listed(list));
  });

  it('still reads a person whose age follows the name', () => {
    const list = handWeighted(() => entities('The pilot, Marlow Brandt, 54, landed the jet safely.'));
    assert.equal(kindOf(list, 'Marlow Brandt'), 'person', listed(list));
  });

  it('keeps a closing title word that is the surname of a name opened by a given name', () => {
    const list = entities('The parade was held in honor of Mary Ellen King. Crowds lined the streets.');
    assert.ok(list.some((e) => e.name === 'Mary Ellen King' && e.kind === 'person'), listed(list));
  });

  it('still drops a closing title word after a name in the same sentence', () => {
    const list = entities('The office of Mary Ellen Treasurer Jones stayed closed.');
    assert.ok(!list.some((e) => e.name === 'Mary Ellen Treasurer'), listed(list));
  });

  it('splits a country that ends a title from the person named after it', () => {
    const list = entities('The envoy of the United States Tarek Osman signed the treaty.');
    assert.equal(kindOf(list, 'United States'), 'place', listed(list));
    assert.equal(kindOf(list, 'Tarek Osman'), 'person', listed(list));
  });

  it('takes no dateline from a name followed by its own acronym', () => {
    const text = 'Harlow Motor Works (HMW) said on Monday that its sales rose.';
    assert.equal(findReference(text, { today: '2022-12-31' }).dateline, null);
    const list = entities(text);
    assert.equal(kindOf(list, 'Harlow Motor Works'), 'organization', listed(list));
  });

  it('still reads a wire agency after a place as a dateline', () => {
    const dl = findReference('BOSTON (UPI) — The council met.', { today: '2022-12-31' }).dateline;
    assert.ok(dl);
    assert.equal(dl.place, 'BOSTON');
    assert.equal(dl.agency, 'UPI');
  });

  it('links a surname that is also a town to the person when an age follows it', () => {
    const list = entities('Coach Ida Marne praised Tomas Redding after the match. Redding, 23, scored twice in the second half.');
    const person = list.find((e) => e.name === 'Tomas Redding');
    assert.ok(person, listed(list));
    assert.deepEqual(person.mentions.map((m) => m.text), ['Tomas Redding', 'Redding'], listed(list));
    assert.ok(!list.some((e) => e.name === 'Redding'), listed(list));
  });

  it('keeps the particles of a surname that opens a sentence and links it to the full name', () => {
    const text =
      'The ministers met Lotte van der Wal and Rui de Carvalho in Lisbon on Friday. ' +
      'Van der Wal said the plan was ready. De Carvalho said it was not. Later de Carvalho left.';
    const list = entities(text);
    const wal = list.find((e) => e.name === 'Lotte van der Wal');
    const carvalho = list.find((e) => e.name === 'Rui de Carvalho');
    assert.ok(wal && carvalho, listed(list));
    assert.deepEqual(wal.mentions.map((m) => m.text), ['Lotte van der Wal', 'Van der Wal'], listed(list));
    assert.deepEqual(carvalho.mentions.map((m) => m.text), ['Rui de Carvalho', 'De Carvalho', 'de Carvalho'], listed(list));
  });

  it('still reads a capitalised particle opening a sentence as no name without a full name to match', () => {
    const list = entities('De facto rules changed in Lisbon on Friday.');
    assert.ok(!list.some((e) => /^De\b/.test(e.name)), listed(list));
  });

  it('finds the family name of a surname-first name alone at the start of a sentence', () => {
    const list = entities('Vice Premier Wang Jiahe met the delegation in Nairobi. Wang said trade would grow.');
    const wang = list.find((e) => e.name === 'Wang Jiahe');
    assert.ok(wang, listed(list));
    assert.deepEqual(wang.mentions.map((m) => m.text), ['Wang Jiahe', 'Wang'], listed(list));
  });

  it('links a person known by a middle word of a long name, and the event names them so', () => {
    const text = 'President Joaquim Adelino Tatu dos Reis opened the bridge in Lisbon on Friday. Tatu said it would carry 40,000 cars a day.';
    const analysis = analyzeArticle(text, { referenceDate: '2024-05-06' });
    const person = analysis.entities.find((e) => e.name === 'Joaquim Adelino Tatu dos Reis');
    assert.ok(person, listed(analysis.entities));
    assert.deepEqual(person.mentions.map((m) => m.text), ['Joaquim Adelino Tatu dos Reis', 'Tatu'], listed(analysis.entities));
    assert.ok(analysis.events.some((e) => e.summary.startsWith('Tatu said')), analysis.events.map((e) => e.summary).join(' / '));
  });

  it('reads General before one ordinary word as a company, and keeps a general before a surname', () => {
    const list = entities('Shares of General Turbines fell after General Oksana Petrenko said the army would buy fewer turbines.');
    assert.equal(kindOf(list, 'General Turbines'), 'organization', listed(list));
    assert.equal(kindOf(list, 'Oksana Petrenko'), 'person', listed(list));
  });

  it('reads the word after a wire dateline and a spaced hyphen as opening the sentence', () => {
    const list = entities('LAGOS, May 5 (Reuters) - Storms battered the coast on Sunday, officials in Lagos said.');
    assert.ok(!list.some((e) => e.name === 'Storms'), listed(list));
  });

  it('keeps a demonym that opens an institution named before a title', () => {
    const list = entities('The loan was signed by Caribbean Investment Bank President Marla Quint in Kingston on Monday.');
    assert.equal(kindOf(list, 'Caribbean Investment Bank'), 'organization', listed(list));
    assert.equal(kindOf(list, 'Marla Quint'), 'person', listed(list));
    assert.ok(!list.some((e) => e.name === 'Investment Bank'), listed(list));
  });

  it('reads no name in an institution word opening a headline, though a longer name ends with it', () => {
    const list = entities('School board names new principal\n\nThe board met at Harmon Valley School on Monday and named Rita Olsen principal.');
    const school = list.find((e) => e.name === 'Harmon Valley School');
    assert.ok(school, listed(list));
    assert.deepEqual(school.mentions.map((m) => m.text), ['Harmon Valley School'], listed(list));
  });

  it('joins a name over of after it joined over for', () => {
    const list = entities('The Council for Preservation of Vellmar Heritage said on Monday that funds fell.');
    assert.equal(kindOf(list, 'Council for Preservation of Vellmar Heritage'), 'organization', listed(list));
    assert.ok(!list.some((e) => e.name === 'Vellmar Heritage'), listed(list));
  });

  it('reads a name before a place noun as a place', () => {
    const list = entities('Illegal logging in the Alto Verde region worries the ministry.');
    assert.equal(kindOf(list, 'Alto Verde'), 'place', listed(list));
  });

  it('reads a two-word name ending on a common plural as an organization, a known surname as a person', () => {
    const list = entities('Shares of Vantor Platforms rose while Mary Banks sold hers.');
    assert.equal(kindOf(list, 'Vantor Platforms'), 'organization', listed(list));
    assert.equal(kindOf(list, 'Mary Banks'), 'person', listed(list));
  });

  it('reads no person in a name that ends on an ordinary word without a given name, and keeps a given name before one', () => {
    const list = entities('Trevalon Technology cut its forecast on Monday. Kate Winter, an analyst, said the cut was expected.');
    assert.notEqual(kindOf(list, 'Trevalon Technology'), 'person', listed(list));
    assert.equal(kindOf(list, 'Kate Winter'), 'person', listed(list));
  });

  it('reads no name in a headline word the body writes in lower case as its plural', () => {
    const list = entities('Boatbuilder orders sink as Harlow Marine warns\n\nOrders at boatbuilders fell in March, and Harlow Marine said sales would slow.');
    assert.ok(!list.some((e) => e.name === 'Boatbuilder'), listed(list));
    assert.equal(kindOf(list, 'Harlow Marine'), 'organization', listed(list));
  });

  it('keeps an adjective opening a sentence that opens a name ending on an ordinary noun, not a quantifier', () => {
    const list = entities('Analysts expect a cut.\n\nFederal Mint Chair Dana Oyelaran said rates would hold. Advanced Harrow Devices fell 6 percent. Several Democrats objected.');
    assert.ok(list.some((e) => e.name === 'Federal Mint'), listed(list));
    assert.ok(list.some((e) => e.name === 'Advanced Harrow Devices'), listed(list));
    assert.ok(!list.some((e) => e.name.startsWith('Several')), listed(list));
  });

  it('keeps an institution head word that is also a title word before the title', () => {
    const list = entities('Talks ended late.\n\nBaltic Council President Ilse Varma said talks would resume.');
    assert.equal(kindOf(list, 'Baltic Council'), 'organization', listed(list));
    assert.equal(kindOf(list, 'Ilse Varma'), 'person', listed(list));
  });

  it('links a given name the lexicon does not know to the only person it opens, once the surname stands for them', () => {
    const list = entities('Tavita Rennquist scored twice on Sunday. Rennquist then left the field.\n\n"Tavita showed the young players what it takes," the coach said.');
    const person = list.find((e) => e.name === 'Tavita Rennquist');
    assert.ok(person, listed(list));
    assert.deepEqual(person.mentions.map((m) => m.text), ['Tavita Rennquist', 'Rennquist', 'Tavita'], listed(list));
  });

  it('reads no person in a name a city opens, without a given name', () => {
    const list = entities('Berlin Tegelsee beat the visitors 3-1 on Sunday, and Tokyo Verdant signed Ana Ruiz.');
    assert.notEqual(kindOf(list, 'Berlin Tegelsee'), 'person', listed(list));
    assert.notEqual(kindOf(list, 'Tokyo Verdant'), 'person', listed(list));
    assert.equal(kindOf(list, 'Ana Ruiz'), 'person', listed(list));
  });

  it('reads a name opened by a word other languages open an organization with as an organization, even after a role-like word', () => {
    const list = entities('Nantes host Stade Corvinais on Sunday, and Banco Herrada lent the club money.');
    assert.equal(kindOf(list, 'Stade Corvinais'), 'organization', listed(list));
    assert.equal(kindOf(list, 'Banco Herrada'), 'organization', listed(list));
  });

  it('reads an ice sheet as a place', () => {
    const list = entities('The river ran beneath the East Varden Ice Sheet for millions of years.');
    assert.equal(kindOf(list, 'East Varden Ice Sheet'), 'place', listed(list));
  });

  it('keeps a town named with City before a title, and no District before a judge', () => {
    const list = entities('A judge ruled on Friday.\n\nFormer Harlan City Mayor Otto Brenn was sentenced by U.S. District Judge Nora Pell.');
    assert.equal(kindOf(list, 'Harlan City'), 'place', listed(list));
    assert.ok(!list.some((e) => e.name === 'U.S. District'), listed(list));
  });

  it('joins a name over and before ordinary words that close it, not before another name', () => {
    const list = entities('The Office for Coastal Prevention and Control said on Monday that the Bank of Tessaly and Barclays would pay.');
    assert.equal(kindOf(list, 'Office for Coastal Prevention and Control'), 'organization', listed(list));
    assert.ok(!list.some((e) => e.name === 'Control'), listed(list));
    assert.ok(!list.some((e) => e.name.includes('Tessaly and')), listed(list));
  });
});
