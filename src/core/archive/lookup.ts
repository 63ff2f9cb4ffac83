// The name lookup of a stored archive index: for each folded name (canonical or alias), the articles
// giving it with their first mention, split into shards by a hash of the name. Answering one name
// then reads a small head, one shard and the pages of paths its hits fall in (well under a MB for
// most names at 100,000 articles) instead of the whole
// index (~40 MB of JSON, seconds of parsing): what `copydesk who` does. It is derived from the base
// index, written with it, and tied to it by the base's id: a lookup of another base is never used
// (the caller falls back to the base itself). The journal written since the base applies on top, as
// it does to the base. The base and journal keep their format (format.ts), which the extension
// stores; the extension holds the whole index in memory and needs no lookup.
import { applyJournal, compareText, sortHits, type WhoHit } from './archiveIndex';
import { foldName } from './articleNames';
import { ARCHIVE_INDEX_FORMAT, ARCHIVE_INDEX_VERSION, type IndexedKind, type StoredIndex } from './format';

export const ARCHIVE_LOOKUP_FORMAT = 'copydesk-archive-lookup';

/** The lookup's first file: which base it was made from, how many shards and pages of paths. */
export interface StoredLookupHead {
  readonly format: typeof ARCHIVE_LOOKUP_FORMAT;
  readonly version: number;
  readonly engine: string;
  /** The `id` of the base index this lookup was made from. */
  readonly base: string;
  readonly shards: number;
  /** Every article's path, sorted, cut into pages of this many: the shards refer to articles by their place. */
  readonly pageSize: number;
  readonly pages: number;
}

/** One page of the sorted paths: articles pageSize × page onwards. */
export interface StoredLookupPage {
  readonly format: typeof ARCHIVE_LOOKUP_FORMAT;
  readonly version: number;
  readonly engine: string;
  readonly base: string;
  readonly page: number;
  readonly paths: string[];
}

/**
 * One shard: the names whose folded form hashes to it. `keys` maps a folded name to groups of five
 * numbers, `[path, name row, line, column, mentions]`, per article the first name of each kind
 * answering to it, articles in path order (a flat array: a few numbers per hit parse fast).
 */
export interface StoredLookupShard {
  readonly format: typeof ARCHIVE_LOOKUP_FORMAT;
  readonly version: number;
  readonly engine: string;
  readonly base: string;
  readonly shard: number;
  /** `[kind, canonical name]` of the hits, once each. */
  readonly names: [IndexedKind, string][];
  readonly keys: Record<string, number[]>;
}

const GROUP = 5;
/** Articles per shard, about: at 100,000 articles, 64 shards of ~0.5 MB. */
const ARTICLES_PER_SHARD = 2000;
const MAX_SHARDS = 256;
/** Paths per page: ~25 KB of JSON; a name in a few articles reads a page or two, not 2.5 MB of paths. */
const PAGE_SIZE = 1000;

/** The shard of a folded name: 32-bit FNV-1a of its code units, modulo the number of shards. */
export function lookupShardOf(name: string, shards: number): number {
  return shardOfFolded(foldName(name), shards);
}

function shardOfFolded(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

/**
 * The lookup of a stored base (what toStoredBase gave, just written). Works from its names table:
 * each row's keys and shards are worked out once, then every article's mentions only append
 * numbers (the archive's ~1.3 million names at 100,000 articles).
 */
export function buildLookup(base: StoredIndex): { head: StoredLookupHead; shards: StoredLookupShard[]; pages: StoredLookupPage[] } {
  if (typeof base.id !== 'string') throw new Error('the base has no id: build the lookup from what toStoredBase gave');
  const paths = Object.keys(base.articles).sort(compareText);
  let count = 1;
  while (count < MAX_SHARDS && count * ARTICLES_PER_SHARD < paths.length) count *= 2;
  const shards = Array.from({ length: count }, (_, shard) => ({
    shard,
    names: [] as [IndexedKind, string][],
    rows: { person: new Map<string, number>(), organization: new Map<string, number>() },
    keys: new Map<string, KeyHits>(),
  }));
  /** Per row of the base's table: the keys it answers to, each with the row of its name in that key's shard. */
  const rowTargets: { readonly key: KeyHits; readonly row: number }[][] = base.names.map(([kind, name, aliases]) => {
    const targets: { key: KeyHits; row: number }[] = [];
    for (const key of new Set([foldName(name), ...aliases.map(foldName)])) {
      const shard = shards[shardOfFolded(key, count)];
      let hits = shard.keys.get(key);
      if (!hits) shard.keys.set(key, (hits = { flat: [], lastPerson: -1, lastOrganization: -1 }));
      let row = shard.rows[kind].get(name);
      if (row === undefined) {
        row = shard.names.length;
        shard.rows[kind].set(name, row);
        shard.names.push([kind, name]);
      }
      targets.push({ key: hits, row });
    }
    return targets;
  });
  paths.forEach((path, p) => {
    for (const [row, line, col, mentions] of base.articles[path].names) {
      const kind = base.names[row][0];
      for (const { key, row: shardRow } of rowTargets[row]) {
        // One hit per article and kind: the first name of that kind answering to the key.
        if (kind === 'person') {
          if (key.lastPerson === p) continue;
          key.lastPerson = p;
        } else {
          if (key.lastOrganization === p) continue;
          key.lastOrganization = p;
        }
        key.flat.push(p, shardRow, line, col, mentions);
      }
    }
  });
  const common = { format: ARCHIVE_LOOKUP_FORMAT, version: ARCHIVE_INDEX_VERSION, engine: base.engine, base: base.id } as const;
  return {
    head: { ...common, shards: count, pageSize: PAGE_SIZE, pages: Math.ceil(paths.length / PAGE_SIZE) },
    pages: Array.from({ length: Math.ceil(paths.length / PAGE_SIZE) }, (_, page) => ({ ...common, page, paths: paths.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE) })),
    shards: shards.map((s) => ({ ...common, shard: s.shard, names: s.names, keys: Object.fromEntries([...s.keys].map(([key, hits]) => [key, hits.flat])) })),
  };
}

/** The hits of one key while the lookup is built, and the last article each kind was counted in. */
interface KeyHits {
  readonly flat: number[];
  lastPerson: number;
  lastOrganization: number;
}

/**
 * The id of a stored base from the first bytes of its JSON text (toStoredBase writes it right after
 * the version), so that a reader checks a lookup against the base without parsing the base.
 */
export function storedBaseIdOf(start: string): string | undefined {
  const match = /^\{"format":"([^"]*)","version":(\d+),"id":"([^"\\]*)"/.exec(start);
  return match && match[1] === ARCHIVE_INDEX_FORMAT && Number(match[2]) === ARCHIVE_INDEX_VERSION ? match[3] : undefined;
}

/**
 * `who` over a lookup: `head`, the shard `read('shard', lookupShardOf(name, head.shards))` gives and
 * the pages of paths its hits fall in (`read('page', n)`), then the journal. Gives what ArchiveIndex.fromJSON(base, engine, journal).who(name, kind) gives
 * when the lookup was made from the base `baseId`; undefined when the lookup cannot answer (another
 * base or engine, missing, damaged): read the base then.
 */
export function whoInLookup(
  head: unknown,
  read: (part: 'shard' | 'page', n: number) => unknown,
  baseId: string,
  engine: string,
  name: string,
  kind?: IndexedKind,
  journal?: unknown,
): WhoHit[] | undefined {
  if (!isLookupPart(head, baseId, engine) || !isCount(head.shards) || !isCount(head.pageSize)) return undefined;
  const pageSize = head.pageSize!;
  const number = lookupShardOf(name, head.shards!);
  const shard = read('shard', number);
  if (!isLookupPart(shard, baseId, engine) || shard.shard !== number || !Array.isArray(shard.names) || typeof shard.keys !== 'object' || shard.keys === null) {
    return undefined;
  }
  const names: readonly unknown[] = shard.names;
  const keys = shard.keys as Record<string, unknown>;
  const key = foldName(name);
  const hits = new Map<string, WhoHit>();
  const pages = new Map<number, readonly unknown[] | undefined>();
  const pathAt = (p: number): unknown => {
    const n = Math.floor(p / pageSize);
    if (!pages.has(n)) {
      const page = read('page', n);
      pages.set(n, isLookupPart(page, baseId, engine) && page.page === n && Array.isArray(page.paths) ? page.paths : undefined);
    }
    return pages.get(n)?.[p - n * pageSize];
  };
  const flat = Object.prototype.hasOwnProperty.call(keys, key) ? keys[key] : [];
  if (!Array.isArray(flat)) return undefined;
  for (let i = 0; i + GROUP <= flat.length; i += GROUP) {
    const [p, row, line, col, mentions] = flat.slice(i, i + GROUP) as number[];
    const path = pathAt(p);
    const stored = names[row] as [IndexedKind, string] | undefined;
    if (typeof path !== 'string' || !Array.isArray(stored) || typeof stored[1] !== 'string') return undefined;
    if (hits.has(path) || (kind !== undefined && stored[0] !== kind)) continue;
    hits.set(path, { path, kind: stored[0], name: stored[1], line, col, mentions });
  }
  applyJournal(hits, baseId, engine, key, kind, journal);
  return sortHits(hits);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1;
}

function isLookupPart(value: unknown, baseId: string, engine: string): value is Partial<StoredLookupHead & StoredLookupShard & StoredLookupPage> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredLookupHead & StoredLookupShard>;
  return v.format === ARCHIVE_LOOKUP_FORMAT && v.version === ARCHIVE_INDEX_VERSION && v.engine === engine && v.base === baseId;
}
