// The archive index: who (people and organizations) appears in which article. See archiveIndex.ts.
export * from './format';
export { articleNames, foldName, type ArticleName } from './articleNames';
export { ArchiveIndex, type FoundFile, type IndexedArticle, type UpdatePlan, type WhoHit } from './archiveIndex';
export { isArchivePath, ARCHIVE_EXTENSIONS } from './paths';
export { sha256Hex } from './sha256';
export { buildLookup, lookupShardOf, storedBaseIdOf, whoInLookup, ARCHIVE_LOOKUP_FORMAT, type StoredLookupHead, type StoredLookupPage, type StoredLookupShard } from './lookup';
