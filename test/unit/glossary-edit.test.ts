import * as assert from 'node:assert/strict';
import { addToGlossaryJson, glossaryAddition, parseGlossary } from '../../src/core/glossary';
import { analyzeFixture } from './helpers';

describe('adding a name to the glossary', () => {
  describe('the entry an entity stands for', () => {
    it('gives Kassym-Jomart Tokayev his surname as alias, not his title', () => {
      const { analysis } = analyzeFixture('kazakhstan-unrest.txt', { referenceDate: '2022-01-09' });
      const tokayev = analysis.entities.find((e) => e.name === 'Kassym-Jomart Tokayev');
      assert.ok(tokayev);
      assert.deepEqual(glossaryAddition(tokayev, analysis.findings), { name: 'Kassym-Jomart Tokayev', kind: 'person', aliases: ['Tokayev'] });
    });

    it('leaves out a misspelled surname that a finding flags', () => {
      const { analysis } = analyzeFixture('city-council-budget.md');
      const okafor = analysis.entities.find((e) => e.name === 'Linda Okafor');
      assert.ok(okafor);
      assert.deepEqual(glossaryAddition(okafor, analysis.findings).aliases, ['Okafor']);
    });

    it('keeps acronyms and leading parts of an organization name', () => {
      const { analysis } = analyzeFixture('plant-closure.txt', { referenceDate: '2024-06-03' });
      const northline = analysis.entities.find((e) => e.name === 'Northline Motors Inc.');
      assert.ok(northline);
      assert.deepEqual(glossaryAddition(northline).aliases, ['Northline']);
    });
  });

  describe('the JSON file', () => {
    const tokayev = { name: 'Kassym-Jomart Tokayev', kind: 'person' as const, aliases: ['Tokayev'] };

    it('creates a glossary that parses back to the entry', () => {
      const update = addToGlossaryJson(undefined, tokayev);
      assert.ok('text' in update);
      assert.equal(update.change, 'created');
      const { glossary, problems } = parseGlossary(update.text);
      assert.deepEqual(problems, []);
      assert.deepEqual(glossary.entries, [{ ...tokayev, avoid: [], note: undefined }]);
    });

    it('appends a new entry and keeps every other field as it was', () => {
      const source = JSON.stringify({ $schema: 'x', entries: [{ name: 'Astana', note: 'Capital.', avoid: ['Nur-Sultan'] }] });
      const update = addToGlossaryJson(source, tokayev);
      assert.ok('text' in update);
      assert.equal(update.change, 'added');
      assert.deepEqual(JSON.parse(update.text), {
        $schema: 'x',
        entries: [{ name: 'Astana', note: 'Capital.', avoid: ['Nur-Sultan'] }, tokayev],
      });
    });

    it('adds missing aliases and kind to the entry that has the name already', () => {
      const source = '[{ "name": "Kassym-Jomart Tokayev", "aliases": ["President Tokayev"] }]';
      const update = addToGlossaryJson(source, tokayev);
      assert.ok('text' in update);
      assert.equal(update.change, 'updated');
      assert.deepEqual(JSON.parse(update.text), [{ name: 'Kassym-Jomart Tokayev', aliases: ['President Tokayev', 'Tokayev'], kind: 'person' }]);
    });

    it('changes nothing when the entry is complete', () => {
      const source = '{"entries":[{"name":"Kassym-Jomart Tokayev","kind":"person","aliases":["Tokayev"]}]}';
      assert.deepEqual(addToGlossaryJson(source, tokayev), { text: source, change: 'unchanged' });
    });

    it('leaves a broken or foreign file alone, saying why', () => {
      assert.match((addToGlossaryJson('{ "entries": [', tokayev) as { error: string }).error, /not valid JSON/);
      assert.match((addToGlossaryJson('{ "names": [] }', tokayev) as { error: string }).error, /"entries" list/);
    });
  });
});
