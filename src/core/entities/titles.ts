// Titles and job words that stand before or beside a person's name. They make a role, never part of
// the name (`Kazakh President Kassym-Jomart Tokayev` → role `Kazakh President`). Lower case; a
// trailing period is ignored when matching (`Gov.` → `gov`).

/** Words that are a title by themselves (`President`, `Gov.`, `spokeswoman`). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'premier', 'chancellor', 'minister', 'secretary', 'mayor', 'governor', 'gov',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'councilman',
  'councilwoman', 'councillor', 'councilor', 'alderman', 'speaker', 'chairman', 'chairwoman',
  'chairperson', 'chair', 'chief', 'ceo', 'cfo', 'coo', 'director', 'executive', 'officer',
  'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'emperor',
  'sultan', 'sheikh', 'emir', 'pope', 'cardinal', 'bishop', 'archbishop', 'reverend', 'rev',
  'pastor', 'rabbi', 'imam', 'judge', 'justice', 'magistrate', 'prosecutor', 'attorney', 'sheriff',
  'ambassador', 'envoy', 'commissioner', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col',
  'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'corporal', 'cpl',
  'private', 'commander', 'cmdr', 'marshal', 'officer', 'detective', 'inspector', 'constable',
  'superintendent', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord',
  'lady', 'mister', 'madam', 'coach', 'manager', 'founder', 'cofounder', 'co-founder', 'head',
  'leader', 'deputy', 'acting', 'interim', 'former', 'assistant', 'associate', 'senior', 'junior',
  'treasurer', 'comptroller', 'controller', 'auditor', 'clerk', 'delegate', 'lawmaker', 'legislator',
  'analyst', 'economist', 'strategist', 'spokesperson', 'president-elect', 'vice-president',
  'secretary-general', 'prime', 'first', 'crown', 'grand', 'supreme', 'opposition', 'party',
  'union', 'council', 'state', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health',
  'education', 'justice', 'energy', 'trade', 'labor', 'labour', 'transport', 'agriculture',
  'managing', 'board', 'member', 'minority', 'majority', 'whip', 'city', 'county', 'district',
  'general', 'attorney-general', 'surgeon', 'nurse', 'doctor', 'correspondent', 'editor', 'reporter',
  'columnist', 'photographer', 'anchor', 'host', 'producer', 'author', 'writer', 'spokesmen',
  'baron', 'baroness', 'duke', 'duchess', 'earl', 'countess', 'viscount', 'marquess', 'ayatollah',
  'mp', 'mep', 'msp',
]);

/**
 * Head titles: the word that makes a run of title words a title. Modifiers above (`vice`, `state`,
 * `foreign`, `city`) only count as part of a role when one of these follows them.
 */
export const HEAD_TITLES: ReadonlySet<string> = new Set([
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'mayor', 'governor', 'gov',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'councilman',
  'councilwoman', 'councillor', 'councilor', 'alderman', 'speaker', 'chairman', 'chairwoman',
  'chairperson', 'chair', 'chief', 'ceo', 'cfo', 'coo', 'director', 'executive', 'spokesman',
  'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'emir',
  'pope', 'cardinal', 'bishop', 'archbishop', 'reverend', 'rev', 'pastor', 'rabbi', 'imam', 'judge',
  'justice', 'magistrate', 'prosecutor', 'attorney', 'sheriff', 'ambassador', 'envoy',
  'commissioner', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'maj', 'captain',
  'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'corporal', 'cpl', 'commander', 'cmdr', 'marshal',
  'officer', 'detective', 'inspector', 'constable', 'superintendent', 'mr', 'mrs', 'ms', 'miss', 'dr',
  'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'coach', 'manager', 'founder', 'cofounder',
  'co-founder', 'head', 'leader', 'treasurer', 'comptroller', 'controller', 'auditor', 'clerk',
  'delegate', 'lawmaker', 'legislator', 'analyst', 'economist', 'strategist', 'president-elect',
  'vice-president', 'secretary-general', 'attorney-general', 'whip', 'member', 'correspondent',
  'editor', 'reporter', 'columnist', 'photographer', 'anchor', 'host', 'producer', 'author', 'writer',
  'spokesmen', 'doctor', 'nurse', 'surgeon', 'baron', 'baroness', 'duke', 'duchess', 'earl',
  'countess', 'viscount', 'marquess', 'ayatollah', 'mp', 'mep', 'msp',
]);

/** Honorifics: before a name they are a role even without a head title. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'mister', 'madam',
]);

/** Words that open an appositive role after a name (`Greta Halvorsen, chief executive of …`). */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** Verbs after `who` that make the relative clause a role (`who was chairman of …`). */
export const ROLE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'has been', 'had been', 'will be', 'becomes', 'became', 'serves as', 'served as',
  'chairs', 'chaired', 'heads', 'headed', 'leads', 'led', 'runs', 'ran', 'directs', 'directed',
]);
