// Words that make a capitalised run an organization when they end it (`Northline Motors Inc.`,
// `Springfield Riders Union`) or head it before `of` (`Department of Public Works`). Lower case,
// trailing period ignored.

export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'group',
  'holdings', 'partners', 'motors', 'airlines', 'airways', 'bank', 'trust', 'fund', 'capital',
  'industries', 'enterprises', 'systems', 'technologies', 'labs', 'media', 'studios', 'entertainment',
  'records', 'pictures', 'publishing', 'press', 'news', 'times', 'post', 'journal', 'herald',
  'tribune', 'gazette', 'telegraph', 'guardian', 'reuters', 'network', 'broadcasting', 'radio',
  'television', 'tv', 'channel', 'agency', 'committee', 'council', 'union', 'department', 'ministry',
  'office', 'bureau', 'administration', 'authority', 'commission', 'board', 'service', 'services',
  'organization', 'organisation', 'association', 'federation', 'confederation', 'league', 'alliance',
  'coalition', 'party', 'movement', 'front', 'society', 'institute', 'institution', 'foundation',
  'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'church', 'parliament',
  'congress', 'senate', 'assembly', 'court', 'tribunal', 'police', 'army', 'navy', 'force', 'forces',
  'guard', 'corps', 'command', 'club', 'team', 'fc', 'united', 'government', 'cabinet', 'secretariat',
  'centre', 'center', 'laboratory', 'workers', 'employees', 'museum', 'library', 'orchestra', 'band',
  'brigade', 'battalion', 'regiment', 'division', 'unit', 'squad', 'caucus', 'chamber', 'exchange',
  'fdn', 'consortium', 'cooperative', 'co-op', 'initiative', 'project', 'program', 'programme',
  'network', 'website', 'magazine', 'newspaper', 'daily', 'weekly', 'observer', 'monitor', 'review',
  'wire', 'project', 'watch', 'nations', 'bloc', 'union', 'district', 'gallery', 'galleries',
  'factory', 'conference',
]);

/** Heads that take `of`/`for` inside an organization name (`Department of Public Works`). */
export const ORG_OF_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'office', 'bureau', 'university', 'college', 'school', 'institute',
  'institution', 'academy', 'bank', 'church', 'council', 'committee', 'commission', 'board', 'court', 'house',
  'chamber', 'association', 'federation', 'league', 'union', 'society', 'organization',
  'organisation', 'party', 'federation', 'commonwealth', 'museum', 'agency', 'authority', 'center',
  'centre', 'foundation', 'fund', 'army', 'corps', 'government', 'administration', 'parliament',
  'assembly', 'senate', 'congress', 'coalition', 'alliance', 'friends', 'sisters', 'brothers',
  'daughters', 'sons', 'knights', 'order', 'states', 'kingdom', 'republic', 'city',
  'state', 'county', 'province', 'gulf', 'bay', 'isle', 'isles', 'sea', 'strait', 'straits', 'cape',
  'lake', 'mount', 'port', 'district', 'region', 'islands', 'duchy', 'principality', 'emirate',
  'emirates', 'federal', 'people', 'peoples', 'centers', 'institutes', 'bureau', 'division',
]);

/** Joining words allowed inside an organization or place name after a head above. */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'de', 'del', 'la', 'du', 'des']);
