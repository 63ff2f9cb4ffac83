import * as assert from 'node:assert/strict';
import { renameEdits, renameTarget } from '../../src/core/edits';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeFixture, applyEdits } from './helpers';

describe('renaming an entity', () => {
  describe('kazakhstan-unrest.txt', () => {
    const { text, analysis } = analyzeFixture('kazakhstan-unrest.txt', { referenceDate: '2022-01-09' });
    const at = (needle: string, shift = 1) => text.indexOf(needle) + shift;

    it('renames Tokayev to Tokaev everywhere, inside the full name too, and nothing else', () => {
      const edits = renameEdits(analysis, at('Tokayev said'), 'Tokaev');
      assert.ok(Array.isArray(edits), String(edits));
      assert.ok(edits.length >= 5, `${edits.length} edits`);
      const renamed = applyEdits(text, edits);
      assert.equal(renamed, text.replaceAll('Tokayev', 'Tokaev'));
      assert.match(renamed, /Kassym-Jomart Tokaev has urged/);
    });

    it('starts the rename box with the surname, on the surname', () => {
      const target = renameTarget(analysis, at('Tokayev said'));
      assert.ok(typeof target !== 'string', String(target));
      assert.equal(target.form, 'surname');
      assert.equal(target.text, 'Tokayev');
      assert.equal(text.slice(target.span.start, target.span.end), 'Tokayev');
    });

    it('renames the full name from a full mention, and the surname mentions with it', () => {
      const edits = renameEdits(analysis, at('Kassym-Jomart'), 'Kassym-Zhomart Tokaev');
      assert.ok(Array.isArray(edits), String(edits));
      const renamed = applyEdits(text, edits);
      assert.equal(renamed, text.replace('Kassym-Jomart Tokayev', 'Kassym-Zhomart Tokaev').replaceAll('Tokayev', 'Tokaev'));
    });

    it('keeps the surname mentions when only the given name changes', () => {
      const edits = renameEdits(analysis, at('Kassym-Jomart'), 'Kassym Tokayev');
      assert.ok(Array.isArray(edits), String(edits));
      assert.equal(applyEdits(text, edits), text.replace('Kassym-Jomart Tokayev', 'Kassym Tokayev'));
    });

    it('renames an acronym where the acronym is used', () => {
      const edits = renameEdits(analysis, at('CSTO) peacekeepers'), 'ODKB');
      assert.ok(Array.isArray(edits), String(edits));
      assert.equal(applyEdits(text, edits), text.replaceAll('CSTO', 'ODKB'));
    });

    it('refuses a title, plain words and an empty name, saying why', () => {
      assert.match(String(renameTarget(analysis, at('the President asked', 6))), /by title/);
      assert.match(String(renameTarget(analysis, at('chaos caused'))), /Put the cursor on a name/);
      assert.match(String(renameEdits(analysis, at('Tokayev said'), '  ')), /cannot be empty/);
      assert.match(String(renameEdits(analysis, at('Tokayev said'), 'Tok\naev')), /one line/);
    });
  });

  it('renames a misspelled surname mention with the others', () => {
    const text = 'Mayor Linda Okafor spoke. Okafor said no. Later Okafour said yes.';
    const analysis = analyzeArticle(text, { referenceDate: '2025-10-20' });
    const edits = renameEdits(analysis, text.indexOf('Okafor said'), 'Okafor-Reyes');
    assert.ok(Array.isArray(edits), String(edits));
    const renamed = applyEdits(text, edits);
    assert.match(renamed, /Linda Okafor-Reyes spoke\. Okafor-Reyes said no\./);
  });
});
