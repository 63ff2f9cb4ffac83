import * as assert from 'node:assert/strict';
import { analyzeArticle, type MentionLink } from '../../src/core';
import { entityDetail, MENTION_FORMS, mentionLabel, sentenceAt } from '../../src/extension/labels';

/** The outline's words for an entity and its mentions: a journalist's, never the core's field names. */
describe('outline labels', () => {
  const text = [
    'Maria Delgado, the mayor of Port Ellis, opened the new harbor bridge on Monday after two years of work.',
    'Delgado said the crossing would cut the drive to the hospital by half.',
    'Fishermen who had waited for the bridge since the storm thanked Delgado at the ceremony.',
  ].join('\n');
  const analysis = analyzeArticle(text, { today: '2026-03-02' });
  const delgado = analysis.entities.find((entity) => entity.name === 'Maria Delgado');

  it('names each way of mentioning in words a reporter uses', () => {
    const forms: Record<MentionLink, string> = { full: 'full name', surname: 'surname', partial: 'short name', acronym: 'acronym', title: 'title' };
    assert.deepEqual(MENTION_FORMS, forms);
  });

  it('gives an entity its kind, role and number of mentions', () => {
    assert.ok(delgado, `entities: ${analysis.entities.map((e) => e.name).join(', ')}`);
    assert.equal(delgado.mentions.length, 3);
    assert.match(entityDetail(delgado), /^person · .*3 mentions$/);
    assert.doesNotMatch(entityDetail(delgado), /\b(full|object|link)\b/);
  });

  it('lists a mention by its line with the words around it in its own sentence', () => {
    assert.ok(delgado);
    const [, second, third] = delgado.mentions;
    assert.equal(mentionLabel(text, analysis.sentences, second, 2), 'line 2: Delgado said the crossing would cut the drive to the…');
    const label = mentionLabel(text, analysis.sentences, third, 3);
    assert.match(label, /^line 3: ….*thanked Delgado at the ceremony\.$/);
    assert.ok(label.length <= 'line 3: '.length + 62, label);
  });

  it('finds the sentence holding an offset, and none outside every sentence', () => {
    const sentences = [{ start: 0, end: 10 }, { start: 11, end: 20 }, { start: 25, end: 30 }];
    assert.deepEqual(sentenceAt(sentences, 0), sentences[0]);
    assert.deepEqual(sentenceAt(sentences, 19), sentences[1]);
    assert.deepEqual(sentenceAt(sentences, 29), sentences[2]);
    assert.equal(sentenceAt(sentences, 10), undefined);
    assert.equal(sentenceAt(sentences, 22), undefined);
    assert.equal(sentenceAt([], 3), undefined);
  });
});
