// Word lists the whole core shares: defined once here, so the date finder, the entity finder and the
// rules agree on what a month, a say-verb, a determiner or a title is. Lower case; an abbreviation's
// period is left off (`gov` for `Gov.`). Lists that belong to one stage's own decisions stay in that
// stage (what ends an organization's name is in entities/kinds.ts).

/** Month names and their news abbreviations (AP style and common variants), lower case → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names, lower case → 0 (Sunday) … 6 (Saturday), as Date.getUTCDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3],
  ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Verbs that report speech: the one who says is a person (`…, said Ann Ray`, `Ray told reporters`). */
export const SAY_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'wrote', 'explained', 'stated', 'argued', 'noted', 'asked', 'replied',
  'insisted', 'claimed',
]);

/** Articles, demonstratives and possessive determiners that open a noun phrase. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Words that are a title by themselves (`President`, `Gov.`, `spokeswoman`), modifiers of a title included. */
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
 * Portfolios: what a minister, secretary or commissioner is in charge of (`Economy Minister`,
 * `Housing Secretary`). Before such a title the capitalised word names a brief, not an institution.
 * (The most common ones, `Finance` or `Defense`, are title words above as well.)
 */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'economy', 'economic', 'finance', 'financial', 'treasury', 'budget', 'defence', 'defense', 'interior', 'foreign',
  'home', 'health', 'education', 'justice', 'energy', 'trade', 'commerce', 'industry', 'labor', 'labour',
  'employment', 'transport', 'transportation', 'agriculture', 'fisheries', 'environment', 'climate',
  'culture', 'tourism', 'sport', 'sports', 'youth', 'housing', 'infrastructure', 'development',
  'planning', 'security', 'immigration', 'migration', 'communications', 'information', 'science',
  'technology', 'research', 'innovation', 'mining', 'mines', 'petroleum', 'oil', 'water', 'welfare',
  'pensions', 'equality', 'women', 'veterans', 'cabinet', 'intelligence', 'police', 'prisons',
  'heritage', 'digital', 'telecommunications', 'aviation', 'maritime', 'resources', 'land', 'lands',
]);

/** Titles a portfolio word can come before. */
export const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner', 'ministers', 'secretaries', 'czar', 'tsar']);

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

/** AP abbreviations of US states, as datelines write them (`SPRINGFIELD, Ill.`). */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'vt', 'va', 'wash', 'wis', 'wyo',
  // Two-word states by their initials (`N.C.`, `N.Y.`), keyed without spaces and the final period.
  'n.c', 'n.y', 'n.j', 'n.h', 'n.m', 'n.d', 's.c', 's.d', 'r.i', 'w.va', 'd.c',
]);

/** Lower-case particles inside personal names (`Ludwig van Beethoven`, `Maria de Souza`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'delle', 'degli', 'dei', 'dello',
  'des', 'do', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'dos', 'das', 'ter', 'ten', 'zu', 'y',
]);

/**
 * Common family names of languages that put the family name first (Chinese, Korean, Vietnamese): in
 * `Zhao Weiming` the first word is the one a later mention uses alone. Romanised, lower case.
 */
export const SURNAME_FIRST_FAMILY_NAMES: ReadonlySet<string> = new Set([
  // Chinese
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu',
  'hu', 'guo', 'he', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng',
  'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du',
  'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'lu', 'fu', 'zhong', 'cui', 'tan',
  'liao', 'fan', 'wen', 'jin', 'shi', 'qian', 'kong', 'bai', 'qin', 'xiong', 'meng', 'hou', 'xia',
  'mao', 'qiu', 'xue', 'lei', 'hao', 'gong', 'shao', 'wan', 'qi', 'yan', 'yin', 'duan', 'lai', 'wong',
  'chan', 'cheung', 'leung', 'chow', 'lau', 'ng', 'tsang', 'yeung', 'ho', 'kwok', 'tse', 'lam',
  // Korean
  'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'shin', 'oh', 'seo',
  'kwon', 'hwang', 'ahn', 'song', 'jeon', 'hong', 'moon', 'yoo', 'ko', 'baek', 'nam', 'roh',
  // Vietnamese
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ngo', 'duong', 'ly',
]);
