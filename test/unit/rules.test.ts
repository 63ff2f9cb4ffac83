import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { parseGlossary } from '../../src/core/glossary';
import { RULE_IDS, RULES } from '../../src/core/rules';
import { analyzeFixture, applyEdits, fixture } from './helpers';

const glossary = parseGlossary(fixture('.copydesk/glossary.json')).glossary;

describe('rules on the shared articles: every trap, and nothing else', () => {
  it('kazakhstan-unrest.txt', () => {
    const { findings } = analyzeFixture('kazakhstan-unrest.txt', { referenceDate: '2022-01-09', glossary });
    assert.deepEqual(findings, [
      'dates.ap-format "Jan 9"',
      'style.title-case "President"',
      'style.title-case "Presidents"',
      'style.title-case "President"',
      'dates.ap-format "January 5"',
      'glossary.preferred-form "Commonwealth of Independence States"',
    ]);
  });

  it('city-council-budget.md', () => {
    const { findings } = analyzeFixture('city-council-budget.md', { glossary });
    assert.deepEqual(findings, [
      'dates.weekday-mismatch "Tuesday, Oct. 20"',
      'names.spelling "Okafour"',
      'style.title-case "Mayor"',
      'dates.ambiguous-relative "Two days later"',
    ]);
  });

  it('plant-closure.txt', () => {
    const { findings } = analyzeFixture('plant-closure.txt', { referenceDate: '2024-06-03', glossary });
    assert.deepEqual(findings, ['names.first-reference "Halvorsen"', 'names.spelling "Halvorson"']);
  });
});

describe('names.spelling', () => {
  it('fixes the variant to the majority form, here or everywhere', () => {
    const { text, analysis } = analyzeFixture('city-council-budget.md');
    const f = analysis.findings.find((x) => x.rule === 'names.spelling');
    assert.ok(f);
    assert.match(f.message, /“Okafour” looks like a misspelling of “Okafor”/);
    const fixed = applyEdits(text, f.fixes[0].edits);
    assert.ok(!fixed.includes('Okafour'));
    assert.ok(fixed.includes('Okafor, who took office'));
  });

  it('leaves two different people with similar surnames alone', () => {
    const text = 'Ann Hansen, a teacher, met Carl Hanson, a lawyer. Hansen said the talks went well. Hanson agreed.';
    const a = analyzeArticle(text, { referenceDate: '2024-01-01' });
    assert.deepEqual(a.findings.filter((f) => f.rule === 'names.spelling'), []);
  });
});

describe('names.first-reference', () => {
  it('names the full form and its line', () => {
    const { analysis } = analyzeFixture('plant-closure.txt', { referenceDate: '2024-06-03' });
    const f = analysis.findings.find((x) => x.rule === 'names.first-reference');
    assert.ok(f);
    assert.equal(f.start, analysis.entities.find((e) => e.name === 'Greta Halvorsen')?.mentions[0].start);
    assert.match(f.message, /before the full name “Greta Halvorsen” \(line 3\)/);
  });

  it('does not flag a surname in a headline', () => {
    const text = 'Okafor delays budget vote\n\nMayor Linda Okafor on Tuesday delayed the vote. Okafor said more time was needed.';
    const a = analyzeArticle(text, { referenceDate: '2025-10-16' });
    assert.deepEqual(a.findings.filter((f) => f.rule === 'names.first-reference'), []);
  });
});

describe('dates.weekday-mismatch', () => {
  it('offers the right weekday and the nearest matching date', () => {
    const { text, analysis } = analyzeFixture('city-council-budget.md');
    const f = analysis.findings.find((x) => x.rule === 'dates.weekday-mismatch');
    assert.ok(f);
    assert.equal(f.message, 'Oct. 20, 2025 is a Monday, not a Tuesday.');
    assert.ok(applyEdits(text, f.fixes[0].edits).includes('on Monday, Oct. 20.'));
    assert.ok(applyEdits(text, f.fixes[1].edits).includes('on Tuesday, Oct. 21.'));
  });

  it('is silent when weekday and date agree', () => {
    const a = analyzeArticle('The vote is set for Monday, Oct. 20, 2025, officials said.', { referenceDate: '2025-10-16' });
    assert.deepEqual(a.findings.filter((f) => f.rule === 'dates.weekday-mismatch'), []);
  });
});

describe('acronyms.unexpanded', () => {
  it('flags an acronym never spelled out', () => {
    const a = analyzeArticle('The XRQ said on Monday that fares would rise.', { referenceDate: '2025-10-16' });
    assert.deepEqual(a.findings.filter((f) => f.rule === 'acronyms.unexpanded').map((f) => f.message), [
      '“XRQ” is never spelled out: give the full name on first reference.',
    ]);
  });

  it('flags one spelled out only later, with a fix that spells it out', () => {
    const text = 'The DPW said on Monday it needs more time. The Department of Public Works oversees roads.';
    const a = analyzeArticle(text, { referenceDate: '2025-10-16' });
    const f = a.findings.find((x) => x.rule === 'acronyms.unexpanded');
    assert.ok(f);
    assert.equal(applyEdits(text, f.fixes[0].edits).slice(0, 44), 'The Department of Public Works (DPW) said on');
  });

  it('knows common acronyms and takes more from the options', () => {
    const text = 'The FBI and NATO met. The CTA said nothing.';
    assert.equal(analyzeArticle(text, { referenceDate: '2025-10-16' }).findings.filter((f) => f.rule === 'acronyms.unexpanded').length, 1);
    assert.equal(
      analyzeArticle(text, { referenceDate: '2025-10-16', knownAcronyms: ['CTA'] }).findings.filter((f) => f.rule === 'acronyms.unexpanded').length,
      0,
    );
  });
});

describe('style.title-case', () => {
  const cases: [string, string[]][] = [
    ['The Mayor said the plan was sound.', ['Mayor']],
    ['Mayor Linda Okafor said the plan was sound.', []],
    ['Its Chairman Sergei Lebedev spoke.', []],
    ['She met the Prime Minister on Friday.', ['Prime Minister']],
    ['She visited the Mayor of London.', []],
    ['the president said so.', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const a = analyzeArticle(text, { referenceDate: '2025-10-16' });
      assert.deepEqual(a.findings.filter((f) => f.rule === 'style.title-case').map((f) => text.slice(f.start, f.end)), expected);
    });
  }
});

describe('glossary.preferred-form', () => {
  it('flags an outdated form only after the date it became outdated', () => {
    const text = 'Officials met in Nur-Sultan on Monday.';
    assert.equal(analyzeArticle(text, { referenceDate: '2022-01-09', glossary }).findings.filter((f) => f.rule === 'glossary.preferred-form').length, 0);
    const late = analyzeArticle(text, { referenceDate: '2023-03-01', glossary }).findings.filter((f) => f.rule === 'glossary.preferred-form');
    assert.equal(late.length, 1);
    assert.match(late[0].message, /prefers “Astana” to “Nur-Sultan”: the capital was renamed/);
  });

  it('flags a near-miss of a glossary name the article never spells right', () => {
    const a = analyzeArticle('President Kassym-Jomart Tokayv spoke on Saturday.', { referenceDate: '2022-01-09', glossary });
    const f = a.findings.filter((x) => x.rule === 'glossary.preferred-form');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /“Tokayv” is probably a misspelling of “Tokayev”/);
  });

  it('is silent with no glossary', () => {
    const { analysis } = analyzeFixture('kazakhstan-unrest.txt', { referenceDate: '2022-01-09' });
    assert.equal(analysis.findings.filter((f) => f.rule === 'glossary.preferred-form').length, 0);
  });
});

describe('rule settings', () => {
  it('turns a rule off and changes a severity', () => {
    const { analysis } = analyzeFixture('city-council-budget.md', { rules: { 'names.spelling': 'off', 'dates.weekday-mismatch': 'error' } });
    assert.ok(!analysis.findings.some((f) => f.rule === 'names.spelling'));
    assert.equal(analysis.findings.find((f) => f.rule === 'dates.weekday-mismatch')?.severity, 'error');
  });

  it('drops AP style rules for non-AP newsrooms', () => {
    const { analysis } = analyzeFixture('kazakhstan-unrest.txt', { referenceDate: '2022-01-09', apStyle: false });
    assert.ok(!analysis.findings.some((f) => f.rule === 'dates.ap-format' || f.rule === 'style.title-case'));
  });
});

describe('names.role-consistency', () => {
  const cases: [string, string[]][] = [
    ['Sen. Ann Ray of Ohio spoke on Monday. Later, Rep. Ann Ray said she would return.', ['Rep.']],
    ['Mayor Linda Okafor spoke. On Monday mayor Linda Okafor left.', ['mayor']],
    ['Mayor Linda Okafor spoke. Mayor Linda Okafor left on Monday.', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const a = analyzeArticle(text, { referenceDate: '2025-10-16' });
      assert.deepEqual(a.findings.filter((f) => f.rule === 'names.role-consistency').map((f) => text.slice(f.start, f.end)), expected);
    });
  }
});

describe('dates.tense-conflict', () => {
  const cases: [string, string[]][] = [
    ['The council voted on Oct. 20 to approve the plan.', ['Oct. 20']],
    ['The council will vote on Oct. 10.', ['Oct. 10']],
    ['The council will vote on Oct. 20.', []],
    ['The council voted on Oct. 10.', []],
    ['The mayor called a special election for Oct. 28 after the council resigned.', []],
    ['The board postponed the vote until Oct. 30.', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const a = analyzeArticle(text, { referenceDate: '2025-10-16' });
      assert.deepEqual(a.findings.filter((f) => f.rule === 'dates.tense-conflict').map((f) => text.slice(f.start, f.end)), expected);
    });
  }
});

describe('rule ids', () => {
  it('the id list the extension validates settings against names every rule, in order', () => {
    assert.deepEqual([...RULE_IDS], RULES.map((r) => r.id));
  });
});
