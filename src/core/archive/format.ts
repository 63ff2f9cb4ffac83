// The archive index's stored form: one JSON document shared by `copydesk index` (a file beside the
// archive) and the extension's workspace index (a file in the extension's storage for the workspace).
// Compact on purpose: names live once in a table and articles point into it, so a 100,000-article
// archive stays a file that parses in a fraction of a second.
import type { EntityKind } from '../types';

export const ARCHIVE_INDEX_FORMAT = 'copydesk-archive-index';
/** Bumped whenever the stored shape changes: an index of another version is rebuilt, never misread. */
export const ARCHIVE_INDEX_VERSION = 1;

/** The kinds the index keeps: a place named in two articles says little about either. */
export type IndexedKind = Extract<EntityKind, 'person' | 'organization'>;
export const INDEXED_KINDS: readonly IndexedKind[] = ['person', 'organization'];

/** `[kind, canonical name, aliases]`: one row of the names table. */
export type StoredName = [IndexedKind, string, string[]];

/** `[row in the names table, line, column, mentions]` (line and column 1-based: the first mention). */
export type StoredMention = [number, number, number, number];

export interface StoredArticle {
  /** The content hash the names were computed from (SHA-256 of the file's bytes, hex). */
  readonly hash: string;
  /** Size in bytes and modification time (ms) when hashed: unchanged, the file need not be read again. */
  readonly size?: number;
  readonly mtime?: number;
  readonly names: StoredMention[];
}

export interface StoredIndex {
  readonly format: typeof ARCHIVE_INDEX_FORMAT;
  readonly version: number;
  /** Names this writing of the index: a journal applies to the base it was written against only. */
  readonly id?: string;
  /** The engine that analysed the articles: another engine may name them differently, so it rebuilds. */
  readonly engine: string;
  readonly names: StoredName[];
  /** Keyed by the article's path relative to the archive's root, `/`-separated. */
  readonly articles: Record<string, StoredArticle>;
}

/**
 * The articles changed since the base index was last written whole (null: removed), kept in a small
 * file beside it. One saved article then costs a write of the journal, not of the whole index (tens
 * of megabytes for a large archive); the base is rewritten when the journal grows.
 */
export interface StoredJournal {
  readonly format: typeof ARCHIVE_INDEX_FORMAT;
  readonly version: number;
  readonly engine: string;
  /** The `id` of the base index this journal continues. */
  readonly base: string;
  readonly names: StoredName[];
  readonly articles: Record<string, StoredArticle | null>;
}
