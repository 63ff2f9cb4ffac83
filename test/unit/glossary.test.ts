import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGlossary } from '../../src/core/glossary';

describe('glossary parsing', () => {
  it('reads the example glossary shipped with the fixtures', () => {
    const source = fs.readFileSync(path.join(__dirname, '..', 'fixtures', '.copydesk', 'glossary.json'), 'utf8');
    const { glossary, problems } = parseGlossary(source);
    assert.deepEqual(problems, []);
    const astana = glossary.entries.find((e) => e.name === 'Astana');
    assert.equal(astana?.avoid[0].form, 'Nur-Sultan');
    assert.equal(astana?.avoid[0].since, '2022-09-17');
  });

  it('reports a JSON syntax error once, with line and column, and no entries', () => {
    const { glossary, problems } = parseGlossary('{\n  "entries": [\n    { "name": "A" },,\n  ]\n}');
    assert.equal(glossary.entries.length, 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 3);
    assert.ok(problems[0].column > 1);
    assert.match(problems[0].message, /not valid JSON/);
  });

  it('reads YAML as plain data only', () => {
    const { glossary, problems } = parseGlossary('entries:\n  - name: Astana\n    avoid: [Nur-Sultan]\n    note: Capital.\n', 'yaml');
    assert.deepEqual(problems, []);
    assert.deepEqual(glossary.entries[0].avoid, [{ form: 'Nur-Sultan' }]);
  });

  it('reports a YAML error with its position', () => {
    const { problems } = parseGlossary('entries:\n  - name: [unclosed\n', 'yaml');
    assert.equal(problems.length, 1);
    assert.ok(problems[0].line >= 2);
  });

  it('keeps good entries and reports bad ones', () => {
    const { glossary, problems } = parseGlossary(JSON.stringify({ entries: [{ name: 'Astana' }, { kind: 'person' }, { name: 'X', kind: 'planet' }] }));
    assert.equal(glossary.entries.length, 1);
    assert.equal(problems.length, 2);
    assert.match(problems[1].message, /"kind" must be one of/);
  });

  it('treats an empty file as an empty glossary', () => {
    assert.deepEqual(parseGlossary('', 'yaml'), { glossary: { entries: [] }, problems: [] });
  });
});
