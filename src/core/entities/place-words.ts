// Words that make a capitalised run a place when they end it (`Macomb County`, `Hong Kong Island`)
// or head it before `of` (`Gulf of Mexico`). Lower case.

export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'county', 'city', 'town', 'village', 'township', 'borough', 'parish', 'province', 'prefecture',
  'state', 'territory', 'territories', 'region', 'island', 'islands', 'isle', 'peninsula',
  'river', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'channel', 'coast', 'valley', 'canyon',
  'mountain', 'mountains', 'mount', 'mt', 'hill', 'hills', 'desert', 'forest', 'park', 'square',
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'highway', 'freeway',
  'bridge', 'airport', 'station', 'harbor', 'harbour', 'port', 'beach', 'falls', 'springs',
  'heights', 'plaza', 'stadium', 'arena', 'hall', 'tower', 'palace', 'castle', 'cathedral',
  'mosque', 'temple', 'camp', 'base', 'field', 'garden', 'gardens', 'kingdom', 'republic',
  'emirates', 'east', 'west', 'north', 'south', 'asia', 'africa', 'europe', 'america', 'strip',
  'bank', 'quarter', 'district', 'zone', 'capitol', 'wall', 'building', 'center', 'centre',
  'shelf', 'glacier', 'reef', 'plateau', 'gorge', 'lagoon', 'volcano', 'peak', 'dam', 'canal',
  'basin', 'archipelago', 'atoll', 'delta', 'fjord',
]);

/** Prepositions after which an unknown capitalised run is most likely a place (`in Troy`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'near', 'to', 'across', 'outside', 'inside', 'into', 'throughout', 'around',
  'towards', 'toward', 'via', 'through', 'off',
]);

/** AP abbreviations of US states, as datelines write them (`SPRINGFIELD, Ill.`). Lower case, no period. */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'vt', 'va', 'wash', 'wis', 'wyo',
]);
