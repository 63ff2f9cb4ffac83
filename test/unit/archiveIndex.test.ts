import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { analyzeArticle, ArchiveIndex, articleNames, type ArticleName, buildLookup, sha256Hex, storedBaseIdOf, whoInLookup } from '../../src/core';

const OPTIONS = { today: '2026-01-01', datelineYear: 2025 };

function names(text: string): ArticleName[] {
  return articleNames(text, analyzeArticle(text, OPTIONS));
}

function person(name: string, aliases: string[] = [], line = 1, col = 1): ArticleName {
  return { kind: 'person', name, aliases, line, col, mentions: 1 + aliases.length };
}

describe('archive index: the names of one article', () => {
  const text = 'The budget was late.\nCouncil member Miriam Oduya said on Monday that the Harbor Board would vote soon. Oduya said the vote was close.\n';

  it('keeps people and organizations with the line and column of the first mention, and no places', () => {
    const found = names(text);
    const miriam = found.find((n) => n.name === 'Miriam Oduya');
    assert.ok(miriam, JSON.stringify(found));
    assert.equal(miriam.kind, 'person');
    assert.deepEqual([miriam.line, miriam.col], [2, text.split('\n')[1].indexOf('Miriam') + 1]);
    assert.ok(miriam.mentions >= 2);
    assert.ok(miriam.aliases.includes('Oduya'), 'the surname alone is an alias');
    assert.ok(found.every((n) => n.kind === 'person' || n.kind === 'organization'));
  });
});

describe('archive index', () => {
  it('answers by canonical name or alias, case folded, sorted by path, of one kind when asked', () => {
    const index = new ArchiveIndex('test');
    index.set('b/two.txt', { hash: 'h2', names: [person('Lena Varga', ['Varga'], 3, 5)] });
    index.set('a/one.md', { hash: 'h1', names: [person('Lena Varga', ['Varga'], 1, 9), { kind: 'organization', name: 'Varga Shipping', aliases: [], line: 2, col: 1, mentions: 1 }] });
    index.set('c.txt', { hash: 'h3', names: [{ kind: 'organization', name: 'Varga', aliases: [], line: 4, col: 2, mentions: 1 }] });
    assert.deepEqual(
      index.who('lena  VARGA').map((h) => [h.path, h.line, h.col]),
      [
        ['a/one.md', 1, 9],
        ['b/two.txt', 3, 5],
      ],
    );
    assert.deepEqual(index.who('Varga').map((h) => h.path), ['a/one.md', 'b/two.txt', 'c.txt']);
    assert.deepEqual(index.who('Varga', 'organization').map((h) => h.path), ['c.txt']);
    assert.deepEqual(index.who('Nobody'), []);
  });

  it('replaces an article set again and forgets removed articles and folders', () => {
    const index = new ArchiveIndex('test');
    index.set('x/a.txt', { hash: '1', names: [person('Omar Haddad')] });
    index.set('x/b.txt', { hash: '2', names: [person('Omar Haddad')] });
    index.set('y.txt', { hash: '3', names: [person('Omar Haddad')] });
    index.set('x/a.txt', { hash: '4', names: [person('Ruth Adler')] });
    assert.deepEqual(index.who('Omar Haddad').map((h) => h.path), ['x/b.txt', 'y.txt']);
    assert.equal(index.removeUnder('x'), 2);
    assert.deepEqual(index.who('Omar Haddad').map((h) => h.path), ['y.txt']);
    assert.deepEqual(index.who('Ruth Adler'), []);
    assert.ok(index.remove('y.txt'));
    assert.equal(index.size, 0);
  });

  it('plans an update: new and changed files to check, unchanged ones kept, missing ones removed', () => {
    const index = new ArchiveIndex('test');
    index.set('same.txt', { hash: 'a', size: 10, mtime: 100, names: [] });
    index.set('touched.txt', { hash: 'b', size: 10, mtime: 100, names: [] });
    index.set('gone.txt', { hash: 'c', size: 10, mtime: 100, names: [] });
    const plan = index.plan([
      { path: 'same.txt', size: 10, mtime: 100 },
      { path: 'touched.txt', size: 10, mtime: 200 },
      { path: 'new.txt', size: 5, mtime: 100 },
    ]);
    assert.deepEqual(plan.check.map((f) => f.path), ['touched.txt', 'new.txt']);
    assert.deepEqual(plan.removed, ['gone.txt']);
    assert.equal(plan.unchanged, 1);
  });

  it('stores names once and reads back the same index; refuses another engine or a damaged file', () => {
    const index = new ArchiveIndex('engine 1');
    index.set('b.txt', { hash: 'h2', size: 3, mtime: 4, names: [person('Ines Moreau', ['Moreau'], 2, 3)] });
    index.set('a.txt', { hash: 'h1', size: 1, mtime: 2, names: [person('Ines Moreau', ['Moreau'], 1, 1)] });
    const stored = index.toJSON();
    assert.equal(stored.names.length, 1, 'one row for a name given by two articles');
    assert.deepEqual(Object.keys(stored.articles), ['a.txt', 'b.txt']);
    const again = ArchiveIndex.fromJSON(JSON.parse(JSON.stringify(stored)), 'engine 1');
    assert.deepEqual(again.toJSON(), stored);
    assert.deepEqual(again.who('Moreau').map((h) => h.path), ['a.txt', 'b.txt']);
    assert.equal(ArchiveIndex.fromJSON(stored, 'engine 2').size, 0);
    for (const junk of [null, 42, 'text', { format: 'other' }, { ...stored, version: 99 }]) assert.equal(ArchiveIndex.fromJSON(junk, 'engine 1').size, 0);
    const broken = { ...stored, articles: { 'a.txt': { hash: 'h1', names: [[7, 1, 1, 1]] }, 'b.txt': { hash: 5 } } };
    const partial = ArchiveIndex.fromJSON(broken, 'engine 1');
    assert.deepEqual(partial.paths(), ['a.txt'], 'a malformed article is left out');
    assert.deepEqual(partial.get('a.txt')?.names, [], 'a name row that does not exist is left out');
  });

  it('journals the articles changed since the index was written whole, against that very base', () => {
    const index = new ArchiveIndex('e');
    for (let i = 0; i < 300; i++) index.set(`a${i}.txt`, { hash: `h${i}`, names: [person(i % 2 ? 'Ada Brandt' : 'Otto Brandt', ['Brandt'])] });
    assert.ok(index.shouldWriteWhole(), 'never written whole: no base to journal against');
    const base = JSON.parse(JSON.stringify(index.toStoredBase())) as unknown;
    assert.equal(index.pendingChanges, 0);
    index.set('a1.txt', { hash: 'new', names: [person('Ruth Adler')] });
    index.remove('a2.txt');
    index.set('b.txt', { hash: 'b', names: [person('Ada Brandt')] });
    assert.ok(!index.shouldWriteWhole(), 'three changes in 300 articles: the journal');
    const journal = JSON.parse(JSON.stringify(index.toStoredJournal())) as unknown;
    assert.deepEqual(Object.keys((journal as { articles: object }).articles), ['a1.txt', 'a2.txt', 'b.txt']);

    const read = ArchiveIndex.fromJSON(base, 'e', journal);
    assert.deepEqual(read.toJSON(), index.toJSON());
    assert.deepEqual(read.who('Ruth Adler').map((h) => h.path), ['a1.txt']);
    assert.equal(read.get('a2.txt'), undefined);
    assert.equal(read.pendingChanges, 3, 'the next journal still holds what this one held');
    for (const [name, kind] of [['Ada Brandt'], ['brandt'], ['Ruth Adler'], ['Otto Brandt', 'person'], ['Brandt', 'organization'], ['Nobody']] as [string, 'person' | undefined][]) {
      assert.deepEqual(ArchiveIndex.whoInStored(base, 'e', name, kind, journal), read.who(name, kind), `who ${name} over the stored form`);
    }
    assert.deepEqual(ArchiveIndex.whoInStored(base, 'other engine', 'Ada Brandt', undefined, journal), []);

    // A journal written against another base (the base was rewritten since) is ignored.
    const rewritten = index.toStoredBase();
    assert.notEqual(rewritten.id, (base as { id: string }).id);
    assert.deepEqual(ArchiveIndex.fromJSON(base, 'e', { ...(journal as object), base: rewritten.id }).toJSON(), ArchiveIndex.fromJSON(base, 'e').toJSON());

    // Past a twentieth of the archive (and 200 articles), the whole index is written again.
    for (let i = 0; i < 201; i++) index.set(`c${i}.txt`, { hash: 'c', names: [] });
    assert.ok(index.shouldWriteWhole());
  });
});

describe('archive index: the name lookup', () => {
  const SURNAMES = ['Brandt', 'Okoro', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Novak'];
  const GIVEN = ['Ada', 'Ben', 'Chidi', 'Dora', 'Emil'];

  /** 4,500 articles (three shards), each naming a few people and an organization sharing a surname. */
  function archive(): ArchiveIndex {
    const index = new ArchiveIndex('e');
    for (let i = 0; i < 4500; i++) {
      const surname = SURNAMES[i % SURNAMES.length];
      const other = SURNAMES[(i * 3 + 1) % SURNAMES.length];
      const names: ArticleName[] = [
        person(`${GIVEN[i % GIVEN.length]} ${surname}`, [surname], 1 + (i % 4), 1 + (i % 9)),
        person(`${GIVEN[(i + 2) % GIVEN.length]} ${other}`, [other], 5, 2),
      ];
      if (i % 3 === 0) names.splice(i % 2, 0, { kind: 'organization', name: `${surname} Holdings`, aliases: [surname], line: 2, col: 7, mentions: 1 });
      index.set(`d${i % 13}/a${i}.txt`, { hash: `h${i}`, names });
    }
    return index;
  }
  const QUESTIONS: [string, ('person' | 'organization')?][] = [
    ['Ada Brandt'],
    ['OKORO'],
    ['Tanaka', 'person'],
    ['Tanaka', 'organization'],
    ['novak holdings'],
    ['Ruth Adler'],
    ['Nobody'],
  ];

  it('answers as the index does, with the journal on top, from one shard', () => {
    const index = archive();
    const stored = index.toStoredBase();
    const base = JSON.parse(JSON.stringify(stored)) as { id: string };
    const { head, shards, pages } = JSON.parse(JSON.stringify(buildLookup(stored))) as ReturnType<typeof buildLookup>;
    assert.equal(shards.length, 4, 'about 2,000 articles a shard, a power of two');
    assert.equal(pages.length, 5, 'paths in pages of 1,000');
    index.set('d0/a0.txt', { hash: 'x', names: [person('Ruth Adler', ['Adler'])] });
    index.remove('d1/a1.txt');
    index.set('new.txt', { hash: 'y', names: [person('Ada Brandt', ['Brandt'])] });
    const journal = JSON.parse(JSON.stringify(index.toStoredJournal())) as unknown;
    for (const [name, kind] of QUESTIONS) {
      const read: string[] = [];
      const hits = whoInLookup(head, (part, n) => (read.push(part), part === 'shard' ? shards[n] : pages[n]), base.id, 'e', name, kind, journal);
      assert.deepEqual(hits, index.who(name, kind), `who ${name} ${kind ?? ''}`);
      assert.equal(read.filter((part) => part === 'shard').length, 1, 'one shard read');
      assert.ok(read.filter((part) => part === 'page').length <= 5, 'each page read once at most');
    }
    const few: string[] = [];
    index.set('zz/only.txt', { hash: 'z', names: [person('Imre Solberg', ['Solberg'])] });
    const fewBase = index.toStoredBase();
    const fewLookup = buildLookup(fewBase);
    assert.deepEqual(
      whoInLookup(fewLookup.head, (part, n) => (few.push(`${part} ${n}`), part === 'shard' ? fewLookup.shards[n] : fewLookup.pages[n]), fewBase.id!, 'e', 'Solberg'),
      index.who('Solberg'),
    );
    assert.deepEqual(few.filter((part) => part.startsWith('page')), ['page 4'], 'a name in one article: only its page of paths');
    assert.ok(index.who('Brandt').length > 500, 'a name in many articles');
  });

  it('is not used for another base or engine, or when damaged; the base id is read from the first bytes', () => {
    const index = archive();
    const stored = index.toStoredBase();
    const text = JSON.stringify(stored);
    const id = storedBaseIdOf(text.slice(0, 200));
    assert.equal(id, index.storedBaseId);
    assert.equal(storedBaseIdOf('{"format":"other","version":1,"id":"x"'), undefined);
    assert.equal(storedBaseIdOf(text.slice(0, 20)), undefined);
    const { head, shards, pages } = buildLookup(stored);
    const shard = (part: 'shard' | 'page', n: number) => (part === 'shard' ? shards[n] : pages[n]);
    assert.ok(whoInLookup(head, shard, id!, 'e', 'Okoro'));
    assert.equal(whoInLookup(head, shard, 'another base', 'e', 'Okoro'), undefined);
    assert.equal(whoInLookup(head, shard, id!, 'another engine', 'Okoro'), undefined);
    assert.equal(whoInLookup(head, () => undefined, id!, 'e', 'Okoro'), undefined, 'a shard missing');
    assert.equal(whoInLookup(head, (part, n) => (part === 'shard' ? shards[(n + 1) % shards.length] : pages[n]), id!, 'e', 'Okoro'), undefined, 'the wrong shard');
    assert.equal(whoInLookup(head, (part, n) => (part === 'shard' ? shards[n] : pages[(n + 1) % pages.length]), id!, 'e', 'Okoro'), undefined, 'the wrong page');
    assert.equal(whoInLookup(head, (part, n) => (part === 'shard' ? shards[n] : undefined), id!, 'e', 'Okoro'), undefined, 'a page missing');
    for (const junk of [null, 42, 'text', { ...head, shards: 0 }, { ...head, pageSize: 'x' }]) assert.equal(whoInLookup(junk, shard, id!, 'e', 'Okoro'), undefined);
    const bad = shards.map((s) => ({ ...s, keys: Object.fromEntries(Object.keys(s.keys).map((k) => [k, [99999, 0, 1, 1, 1]])) }));
    assert.equal(whoInLookup(head, (part, n) => (part === 'shard' ? bad[n] : pages[n]), id!, 'e', 'Okoro'), undefined, 'a path that is not there');
  });
});

describe('archive index content hash', () => {
  it('computes SHA-256 in plain TypeScript as node:crypto does, across block boundaries', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 70000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
      assert.equal(sha256Hex(bytes), createHash('sha256').update(bytes).digest('hex'), `${length} bytes`);
    }
    assert.equal(sha256Hex(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
