import { type ArticleName, foldName } from './articleNames';
import {
  ARCHIVE_INDEX_FORMAT,
  ARCHIVE_INDEX_VERSION,
  type IndexedKind,
  type StoredArticle,
  type StoredIndex,
  type StoredJournal,
  type StoredMention,
  type StoredName,
} from './format';

/** What the index knows of one article. */
export interface IndexedArticle {
  readonly hash: string;
  readonly size?: number;
  readonly mtime?: number;
  readonly names: readonly ArticleName[];
}

/** One article naming the person or organization asked for, with the first mention there. */
export interface WhoHit {
  readonly path: string;
  readonly kind: IndexedKind;
  /** The canonical name in that article (the query may have matched one of its aliases). */
  readonly name: string;
  readonly line: number;
  readonly col: number;
  readonly mentions: number;
}

/** A file as found on disk now: what an update compares with the index. */
export interface FoundFile {
  readonly path: string;
  readonly size?: number;
  readonly mtime?: number;
}

/** What an update has to do: analyse these (new, or changed since indexed), drop those (gone). */
export interface UpdatePlan {
  /** Files whose size or time differ from the index's record, or that it lacks: hash them, analyse if the hash differs. */
  readonly check: readonly FoundFile[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

/**
 * Who appears in which article of an archive: people and organizations by canonical name and
 * aliases, per article path, with the hash of the text they were found in. Plain data in, plain data
 * out: reading files, hashing and analysing belong to the callers (the CLI, the extension), which
 * share this class and its stored form (format.ts).
 */
export class ArchiveIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  /**
   * Folded canonical name or alias → paths of the articles giving it. Built on the first query, then
   * kept up to date: updating an index (`copydesk index`) never needs it.
   */
  private postingsMap: Map<string, Set<string>> | undefined;

  /** Paths set or removed since the base was last written whole: what the journal holds. */
  private readonly changed = new Set<string>();
  /** The id of the base as stored (undefined: never stored, so there is no base to journal against). */
  private baseId: string | undefined;

  constructor(readonly engine: string) {}

  /**
   * The index stored in `data` (and `journal`, when it continues that very base) when it is one of
   * this format, version and engine; otherwise (absent, damaged, older, or made by another engine)
   * an empty index, which the next update fills.
   */
  static fromJSON(data: unknown, engine: string, journal?: unknown): ArchiveIndex {
    const index = new ArchiveIndex(engine);
    if (!isStoredIndex(data) || data.version !== ARCHIVE_INDEX_VERSION || data.engine !== engine) return index;
    for (const [path, article] of Object.entries(data.articles)) {
      if (isStoredArticle(article)) index.articles.set(path, readArticle(article, data.names));
    }
    index.baseId = typeof data.id === 'string' ? data.id : undefined;
    if (index.baseId !== undefined && isStoredJournal(journal) && journal.base === index.baseId && journal.engine === engine && journal.version === ARCHIVE_INDEX_VERSION) {
      for (const [path, article] of Object.entries(journal.articles)) {
        if (article === null) index.remove(path);
        else if (isStoredArticle(article)) index.set(path, readArticle(article, journal.names));
      }
    }
    return index;
  }

  /**
   * `who` straight over the stored form (and its journal), without building the index: the names
   * table is scanned for rows answering to `name`, then the articles for those rows. What
   * `copydesk who` does, so that a query on a large archive costs little more than reading the file.
   * Gives what fromJSON(data, engine, journal).who(name, kind) gives.
   */
  static whoInStored(data: unknown, engine: string, name: string, kind?: IndexedKind, journal?: unknown): WhoHit[] {
    if (!isStoredIndex(data) || data.version !== ARCHIVE_INDEX_VERSION || data.engine !== engine) return [];
    const key = foldName(name);
    const hits = new Map<string, WhoHit>();
    scanStored(data.names, data.articles, key, kind, hits, false);
    if (typeof data.id === 'string') applyJournal(hits, data.id, engine, key, kind, journal);
    return sortHits(hits);
  }

  /** The id of the base as last stored (undefined until toStoredBase or a read of a stored base). */
  get storedBaseId(): string | undefined {
    return this.baseId;
  }

  /** How many articles changed since the base was written whole. */
  get pendingChanges(): number {
    return this.changed.size;
  }

  /**
   * Whether the next write should be the whole index rather than a journal: never written whole yet,
   * or the journal has grown past a twentieth of the archive (and past 200 articles), when replaying
   * it would start to cost more than it saves.
   */
  shouldWriteWhole(): boolean {
    return this.baseId === undefined || this.changed.size > Math.max(200, this.articles.size / 20);
  }

  /** The whole index to store, with a new id; the journal starts empty again. */
  toStoredBase(): StoredIndex {
    this.baseId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    this.changed.clear();
    // The id right after the version: a reader can take it from the first bytes of the file (lookup.ts).
    const { format, version, engine, names, articles } = this.toJSON();
    return { format, version, id: this.baseId, engine, names, articles };
  }

  /** The journal to store beside the base: every article changed since the base was written. */
  toStoredJournal(): StoredJournal {
    if (this.baseId === undefined) throw new Error('no base index to journal against: write the whole index first');
    const table: StoredName[] = [];
    const rows = new Map<string, number>();
    const articles: Record<string, StoredArticle | null> = {};
    for (const path of [...this.changed].sort(compareText)) {
      const article = this.articles.get(path);
      articles[path] = article ? storeArticle(article, table, rows) : null;
    }
    return { format: ARCHIVE_INDEX_FORMAT, version: ARCHIVE_INDEX_VERSION, engine: this.engine, base: this.baseId, names: table, articles };
  }

  get size(): number {
    return this.articles.size;
  }

  paths(): string[] {
    return [...this.articles.keys()].sort(compareText);
  }

  get(path: string): IndexedArticle | undefined {
    return this.articles.get(path);
  }

  /** Records (or replaces) what one article names. */
  set(path: string, article: IndexedArticle): void {
    this.remove(path);
    this.articles.set(path, article);
    this.changed.add(path);
    if (this.postingsMap) addPostings(this.postingsMap, path, article);
  }

  private postings(): Map<string, Set<string>> {
    if (!this.postingsMap) {
      this.postingsMap = new Map();
      for (const [path, article] of this.articles) addPostings(this.postingsMap, path, article);
    }
    return this.postingsMap;
  }

  /** Records a new size and time for an article whose content hash did not change. */
  touch(path: string, size: number | undefined, mtime: number | undefined): void {
    const article = this.articles.get(path);
    if (article) this.articles.set(path, { ...article, size, mtime });
    this.changed.add(path);
  }

  /** Drops an article; true when it was indexed. */
  remove(path: string): boolean {
    const article = this.articles.get(path);
    if (!article) return false;
    this.articles.delete(path);
    this.changed.add(path);
    if (!this.postingsMap) return true;
    for (const key of keysOf(article.names)) {
      const paths = this.postingsMap.get(key);
      paths?.delete(path);
      if (paths?.size === 0) this.postingsMap.delete(key);
    }
    return true;
  }

  /** Drops every article at `prefix` or under it (a deleted folder); returns how many. */
  removeUnder(prefix: string): number {
    const folder = prefix.endsWith('/') ? prefix : `${prefix}/`;
    let count = 0;
    for (const path of [...this.articles.keys()]) {
      if ((path === prefix || path.startsWith(folder) || prefix === '') && this.remove(path)) count++;
    }
    return count;
  }

  /**
   * Compares the files found now with the index: which to look at again (new, or size or time
   * differ), which are gone. A file with neither size nor time is always looked at again.
   */
  plan(found: readonly FoundFile[]): UpdatePlan {
    const check: FoundFile[] = [];
    const present = new Set<string>();
    let unchanged = 0;
    for (const file of found) {
      present.add(file.path);
      const known = this.articles.get(file.path);
      const same = known !== undefined && file.size !== undefined && file.mtime !== undefined && known.size === file.size && known.mtime === file.mtime;
      if (same) unchanged++;
      else check.push(file);
    }
    const removed = [...this.articles.keys()].filter((path) => !present.has(path)).sort(compareText);
    return { check, removed, unchanged };
  }

  /**
   * The articles naming `name` (canonical name or alias, case folded), of `kind` when given, sorted
   * by path; one hit per article (its first entity answering to the name).
   */
  who(name: string, kind?: IndexedKind): WhoHit[] {
    const key = foldName(name);
    const paths = this.postings().get(key);
    if (!paths) return [];
    const hits: WhoHit[] = [];
    for (const path of paths) {
      const article = this.articles.get(path);
      const found = article?.names.find((n) => (kind === undefined || n.kind === kind) && answersTo(n, key));
      if (found) hits.push({ path, kind: found.kind, name: found.name, line: found.line, col: found.col, mentions: found.mentions });
    }
    return hits.sort((a, b) => compareText(a.path, b.path));
  }

  /** Every canonical name with the articles giving it, most widely named first. */
  names(): { readonly kind: IndexedKind; readonly name: string; readonly paths: readonly string[] }[] {
    const byName = new Map<string, { kind: IndexedKind; name: string; paths: string[] }>();
    for (const [path, article] of this.articles) {
      for (const n of article.names) {
        const key = `${n.kind}:${foldName(n.name)}`;
        let entry = byName.get(key);
        if (!entry) byName.set(key, (entry = { kind: n.kind, name: n.name, paths: [] }));
        entry.paths.push(path);
      }
    }
    for (const entry of byName.values()) entry.paths.sort(compareText);
    return [...byName.values()].sort((a, b) => b.paths.length - a.paths.length || compareText(a.name, b.name));
  }

  /** The stored form: names once in a table, articles sorted by path (the same index gives the same text). */
  toJSON(): StoredIndex {
    const table: StoredName[] = [];
    const rows = new Map<string, number>();
    const articles: Record<string, StoredArticle> = {};
    for (const path of this.paths()) articles[path] = storeArticle(this.articles.get(path)!, table, rows);
    return { format: ARCHIVE_INDEX_FORMAT, version: ARCHIVE_INDEX_VERSION, engine: this.engine, names: table, articles };
  }
}

/** One article in stored form, its names added to the table (`rows` finds a name already there). */
function storeArticle(article: IndexedArticle, table: StoredName[], rows: Map<string, number>): StoredArticle {
  const names: StoredMention[] = article.names.map((n) => {
    const key = `${n.kind}\u0000${n.name}\u0000${n.aliases.join('\u0001')}`;
    let row = rows.get(key);
    if (row === undefined) {
      row = table.length;
      rows.set(key, row);
      table.push([n.kind, n.name, [...n.aliases]]);
    }
    return [row, n.line, n.col, n.mentions];
  });
  return { hash: article.hash, size: article.size, mtime: article.mtime, names };
}

/**
 * Adds to `hits` the articles of a stored table naming `key` (of `kind` when given), one hit per
 * article: its first name answering. A journal's articles replace (or remove) the hits found before.
 */
function scanStored(
  table: readonly unknown[],
  articles: Record<string, StoredArticle | null>,
  key: string,
  kind: IndexedKind | undefined,
  hits: Map<string, WhoHit>,
  fromJournal: boolean,
): void {
  const rows = new Set<number>();
  table.forEach((row, i) => {
    if (isStoredName(row) && (kind === undefined || row[0] === kind) && (foldName(row[1]) === key || row[2].some((alias) => foldName(alias) === key))) rows.add(i);
  });
  for (const [path, article] of Object.entries(articles)) {
    if (fromJournal) hits.delete(path);
    if (!isStoredArticle(article)) continue;
    const found = article.names.find(([row]) => rows.has(row));
    if (!found) continue;
    const [row, line, col, mentions] = found;
    const stored = table[row] as StoredName;
    hits.set(path, { path, kind: stored[0], name: stored[1], line, col, mentions });
  }
}

/** Applies `journal` to hits found in the base `baseId`, when the journal continues that very base. */
export function applyJournal(hits: Map<string, WhoHit>, baseId: string, engine: string, key: string, kind: IndexedKind | undefined, journal: unknown): void {
  if (isStoredJournal(journal) && journal.base === baseId && journal.engine === engine && journal.version === ARCHIVE_INDEX_VERSION) {
    scanStored(journal.names, journal.articles, key, kind, hits, true);
  }
}

export function sortHits(hits: Map<string, WhoHit>): WhoHit[] {
  return [...hits.values()].sort((a, b) => compareText(a.path, b.path));
}

/** One stored article back, leaving out names whose row is not in the table. */
function readArticle(article: StoredArticle, table: readonly unknown[]): IndexedArticle {
  const names: ArticleName[] = [];
  for (const [row, line, col, mentions] of article.names) {
    const stored = table[row];
    if (isStoredName(stored)) names.push({ kind: stored[0], name: stored[1], aliases: stored[2], line, col, mentions });
  }
  return { hash: article.hash, size: article.size, mtime: article.mtime, names };
}

function addPostings(postings: Map<string, Set<string>>, path: string, article: IndexedArticle): void {
  for (const key of keysOf(article.names)) {
    let paths = postings.get(key);
    if (!paths) postings.set(key, (paths = new Set()));
    paths.add(path);
  }
}

export function keysOf(names: readonly ArticleName[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names) {
    keys.add(foldName(n.name));
    for (const alias of n.aliases) keys.add(foldName(alias));
  }
  return keys;
}

function answersTo(name: ArticleName, key: string): boolean {
  return foldName(name.name) === key || name.aliases.some((alias) => foldName(alias) === key);
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isStoredIndex(data: unknown): data is StoredIndex {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<StoredIndex>;
  return d.format === ARCHIVE_INDEX_FORMAT && Array.isArray(d.names) && typeof d.articles === 'object' && d.articles !== null;
}

function isStoredJournal(data: unknown): data is StoredJournal {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<StoredJournal>;
  return d.format === ARCHIVE_INDEX_FORMAT && typeof d.base === 'string' && Array.isArray(d.names) && typeof d.articles === 'object' && d.articles !== null;
}

function isStoredArticle(value: unknown): value is StoredArticle {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Partial<StoredArticle>;
  return (
    typeof a.hash === 'string' &&
    Array.isArray(a.names) &&
    a.names.every((m) => Array.isArray(m) && m.length === 4 && m.every((x) => Number.isInteger(x) && x >= 0))
  );
}

function isStoredName(value: unknown): value is StoredName {
  return (
    Array.isArray(value) &&
    (value[0] === 'person' || value[0] === 'organization') &&
    typeof value[1] === 'string' &&
    Array.isArray(value[2]) &&
    value[2].every((alias) => typeof alias === 'string')
  );
}
