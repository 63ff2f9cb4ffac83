// One test per rule against the glitch classes of name finding, on sentences written for the test.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import type { Entity } from '../../src/core/types';

function entities(text: string): readonly Entity[] {
  return analyzeArticle(text).entities;
}

function byName(list: readonly Entity[], name: string): Entity {
  const e = list.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}; got ${list.map((x) => `${x.kind} ${x.name}`).join(', ')}`);
  return e;
}

describe('entities: glitch classes', () => {
  it('keeps the opening word of a name the lexicon knows whole at the start of a sentence', () => {
    const list = entities('Voters went to the polls in a new mood.\n\nNew Zealand counted the ballots overnight, and the new count came early.');
    assert.equal(byName(list, 'New Zealand').kind, 'place');
    assert.ok(!list.some((e) => e.name === 'Zealand'));
  });

  it('keeps the opening word of a name the article writes mid-sentence', () => {
    const list = entities('The fund met in Lower Brackton on Friday. Lower Brackton has a new lower school.');
    assert.ok(!list.some((e) => e.name === 'Brackton'), list.map((e) => e.name).join(', '));
  });

  it('finds no place inside a place name whose other words are no head words', () => {
    const list = entities('The delegates flew to New York and later visited the Lake Tana region.');
    assert.ok(!list.some((e) => e.name === 'York'), list.map((e) => e.name).join(', '));
  });

  it('still finds a place inside an institution name after `of`', () => {
    const list = entities('Economists at the Bank of Portugal said inflation was easing.');
    assert.ok(list.some((e) => e.name === 'Portugal' && e.kind === 'place'), list.map((e) => e.name).join(', '));
  });

  it('drops headline words that the article writes in lower case', () => {
    const list = entities('Garden club picks new leader\n\nMembers of the garden club chose a new leader on Tuesday, said Dana Whitcombe, who ran the vote.');
    assert.ok(!list.some((e) => e.name === 'Garden'), list.map((e) => e.name).join(', '));
    assert.equal(byName(list, 'Dana Whitcombe').kind, 'person');
  });

  it('keeps a headline name that the body capitalises mid-sentence', () => {
    const list = entities('Stone Bridge plans new shelter\n\nThe charity Stone Bridge said the bridge of stone would stay open for the shelter.');
    assert.ok(list.some((e) => e.mentions.some((m) => m.text === 'Stone Bridge' && m.start === 0)), list.map((e) => e.name).join(', '));
  });

  it("makes a dateline's state abbreviation a place", () => {
    const list = entities('Mill to close\n\nDURHAM, N.C., May 4 (AP) — The textile mill will close next year, its owners said.');
    const abbreviation = list.find((e) => e.mentions.some((m) => m.text === 'N.C.'));
    assert.ok(abbreviation, list.map((e) => e.name).join(', '));
    assert.equal(abbreviation.kind, 'place');
  });

  it('lets an organization head word or legal suffix decide over a person reading', () => {
    const list = entities('Shares of Harlan Energy rose after Marlow Group and Ortega SA agreed to buy the Westfield City Schools building.');
    for (const name of ['Harlan Energy', 'Marlow Group', 'Ortega SA', 'Westfield City Schools']) assert.equal(byName(list, name).kind, 'organization', name);
  });

  it('makes news agencies organizations', () => {
    const list = entities('The report was carried by Xinhua and later confirmed to Reuters by two officials in Lima.');
    assert.equal(byName(list, 'Xinhua').kind, 'organization');
    assert.equal(byName(list, 'Reuters').kind, 'organization');
  });

  it("links a surname-first name's family name alone to the full name", () => {
    const list = entities('The deal was signed by Zhao Lirong, the firm\'s founder. Zhao said the plant would hire 300 workers.');
    const p = byName(list, 'Zhao Lirong');
    assert.equal(p.kind, 'person');
    assert.equal(p.mentions.length, 2);
    assert.ok(!list.some((e) => e.name === 'Zhao'));
  });

  it('keeps the family name last for a given name that is also an Asian family name', () => {
    const list = entities('The clerk Kim Harwell refused the request. Harwell said she would appeal.');
    assert.equal(byName(list, 'Kim Harwell').mentions.length, 2);
  });

  it('keeps a lower-case particle with the name, in full and alone', () => {
    const list = entities('Ana de Oliveira leads the union. On Friday de Oliveira told members the strike would go on.');
    const p = byName(list, 'Ana de Oliveira');
    assert.deepEqual(p.mentions.map((m) => m.text), ['Ana de Oliveira', 'de Oliveira']);
  });

  it('reads a portfolio word before a minister\'s title as the brief, not an organization', () => {
    const list = entities('The talks stalled again.\n\nNorwegian Housing Minister Lise Brakstad urged the parties to settle, and Tourism Secretary Abel Moyo agreed.');
    assert.ok(!list.some((e) => e.name === 'Housing' || e.name === 'Tourism'), list.map((e) => e.name).join(', '));
    assert.equal(byName(list, 'Lise Brakstad').kind, 'person');
  });

  it('links a surname that is also a country to the person when a mention reads as a person\'s', () => {
    const list = entities('Talks in Skopje ended on Monday.\n\nThe opposition leader, Ivan Macedonia, walked out early. "We will not sign," Macedonia told reporters. Critics blamed Macedonia for the delay.');
    const leader = byName(list, 'Ivan Macedonia');
    assert.equal(leader.kind, 'person');
    assert.equal(leader.mentions.length, 3);
    assert.ok(!list.some((e) => e.name === 'Macedonia'), list.map((e) => `${e.kind} ${e.name}`).join(', '));
  });

  it('lets the learned model break a tie of the hand-set person and organization cues', () => {
    const list = entities('Power was cut across the region. RTQ Networks said on Monday that crews were working.');
    assert.equal(byName(list, 'RTQ Networks').kind, 'organization');
  });

  it('links an institution\'s head word alone to the one organization it heads', () => {
    const list = entities('The Regional Water Quality Agency said on Monday the river was safe. Agency spokesman Piet Olander said tests would go on.');
    const agency = byName(list, 'Regional Water Quality Agency');
    assert.equal(agency.mentions.length, 2);
    assert.ok(!list.some((e) => e.name === 'Agency'), list.map((e) => e.name).join(', '));
  });

  it('links a person known by the first word of the name to that person', () => {
    const list = entities('Governor Suharyo Wibisono opened the dam on Monday. Suharyo told villagers the water would reach them by March.');
    const person = byName(list, 'Suharyo Wibisono');
    assert.equal(person.mentions.length, 2);
    assert.ok(!list.some((e) => e.name === 'Suharyo'), list.map((e) => `${e.kind} ${e.name}`).join(', '));
  });

  it('takes the kind an appositive gives a place: a capital, a town', () => {
    const list = entities('The convoy left Marvasi, the regional capital, at dawn and reached Tellow, a small town in the hills, by noon.');
    assert.equal(byName(list, 'Marvasi').kind, 'place');
    assert.equal(byName(list, 'Tellow').kind, 'place');
  });

  it('reads a closed compound of a common word and a plural agent noun opening a sentence as an ordinary word', () => {
    const list = entities('Steelworkers at the Harwick mill stopped work on Monday. Homeowners near the plant said they heard alarms. Sanders said the union would talk.');
    assert.ok(!list.some((e) => e.name === 'Steelworkers' || e.name === 'Homeowners'), list.map((e) => e.name).join(', '));
    assert.ok(list.some((e) => e.name === 'Sanders'), 'a surname ending in -ers stays a name');
  });

  it('reads the opening words of an organization\'s name before a title as that organization', () => {
    const list = entities('Talks with Corvale Marlow Lines broke down on Tuesday. Corvale Marlow spokeswoman Ada Lund said the company would wait.');
    const company = byName(list, 'Corvale Marlow Lines');
    assert.equal(company.kind, 'organization');
    assert.equal(company.mentions.length, 2);
    assert.ok(!list.some((e) => e.kind === 'person' && e.name.startsWith('Corvale')), list.map((e) => `${e.kind} ${e.name}`).join(', '));
  });
});
