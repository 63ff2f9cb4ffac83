/**
 * Abbreviations that end with a period but do not end a sentence (titles, months, states, company
 * suffixes). Kept as data, apart from the segmentation logic. Lowercase, without the final period.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'cmdr', 'adm', 'rev', 'fr', 'sr', 'jr', 'st', 'supt', 'insp', 'det', 'atty', 'pres', 'amb', 'hon',
  'msgr', 'cpl', 'pvt', 'brig', 'ald', 'asst', 'assoc',
  // months (AP)
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // US states (AP)
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt',
  'va', 'wash', 'wis', 'wyo',
  // companies and addresses
  'inc', 'corp', 'co', 'ltd', 'bros', 'ave', 'blvd', 'rd', 'mt', 'ft', 'no', 'vs', 'etc', 'approx',
  'dept', 'univ', 'est', 'gov\'t',
]);
