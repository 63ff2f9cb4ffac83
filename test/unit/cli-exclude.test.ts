import * as assert from 'node:assert/strict';
import { ExcludeMatcher } from '../../src/cli/exclude';

describe('cli --exclude patterns (.gitignore style)', () => {
  const excluded = (patterns: string[], path: string, isDirectory = false) => new ExcludeMatcher(patterns).excludes(path, isDirectory);

  it('matches a name without a slash at any depth', () => {
    assert.ok(excluded(['drafts'], 'drafts', true));
    assert.ok(excluded(['drafts'], 'desk/drafts', true));
    assert.ok(excluded(['*.md'], 'desk/notes/todo.md'));
    assert.ok(!excluded(['*.md'], 'desk/notes/todo.txt'));
  });

  it('anchors a pattern with a slash at the folder walked', () => {
    assert.ok(excluded(['/drafts'], 'drafts', true));
    assert.ok(!excluded(['/drafts'], 'desk/drafts', true));
    assert.ok(excluded(['desk/*.txt'], 'desk/a.txt'));
    assert.ok(!excluded(['desk/*.txt'], 'desk/sub/a.txt'), '* stays within one segment');
  });

  it('spans folders with **', () => {
    assert.ok(excluded(['**/wire/*.txt'], 'wire/a.txt'));
    assert.ok(excluded(['**/wire/*.txt'], '2024/05/wire/a.txt'));
    assert.ok(excluded(['archive/**'], 'archive/2019/a.txt'));
    assert.ok(excluded(['a/**/b.md'], 'a/b.md'));
    assert.ok(excluded(['a/**/b.md'], 'a/x/y/b.md'));
  });

  it('matches folders only with a trailing slash', () => {
    assert.ok(excluded(['old/'], 'x/old', true));
    assert.ok(!excluded(['old/'], 'x/old'));
  });

  it('re-includes with ! and lets the last matching pattern decide', () => {
    assert.ok(!excluded(['*.txt', '!keep.txt'], 'desk/keep.txt'));
    assert.ok(excluded(['*.txt', '!keep.txt'], 'desk/other.txt'));
    assert.ok(excluded(['!keep.txt', '*.txt'], 'keep.txt'));
  });

  it('knows ?, character classes, comments, blank lines and escapes', () => {
    assert.ok(excluded(['draft?.txt'], 'draft1.txt'));
    assert.ok(!excluded(['draft?.txt'], 'draft12.txt'));
    assert.ok(excluded(['v[0-9].md'], 'v3.md'));
    assert.ok(!excluded(['v[!0-9].md'], 'v3.md'));
    assert.ok(new ExcludeMatcher(['# a comment', '', '   ']).empty);
    assert.ok(excluded(['\\#hash.txt'], '#hash.txt'));
    assert.ok(excluded(['a+b (1).txt'], 'a+b (1).txt'), 'regular expression characters are literal');
  });
});
