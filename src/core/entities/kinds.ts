// What kind a name is: person, organization or place. The word lists that make a name an
// organization or a place (its head word, legal suffix, `of` head, the nouns an appositive uses) and
// the scoring that weighs them with compromise's tags, the learned word kinds and the context are
// all here, so "what counts as an organization" has one answer.
import type { EntityKind } from '../types';
import type { KindEvidence, Word } from './model';
import { governingWord, isFirstName, isForeignArticle, isGivenName } from './words';
import { isLearnedCommonWord, learnedKinds } from './learned-words';
import { lexiconTag } from '../nlp';
import { isEnglishWord } from '../english-words';
import { ARTICLES, DEMONSTRATIVES, HEAD_TITLES, HONORIFICS, POSSESSIVE_DETERMINERS, SAY_VERBS, US_STATE_ABBREVIATIONS } from '../lexicon';
import { isCreditLabel } from './credits';
import { activeKindModel, kindProbabilities } from './kind-model';

// Organizations: words that make a capitalised run an organization when they end it (`Northline
// Motors Inc.`, `Springfield Riders Union`) or head it before `of` (`Department of Public Works`).
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
  'factory', 'conference', 'schools', 'energy', 'pharmaceuticals', 'insurance', 'solutions',
  // Carriers and shippers (`Delta Air Lines`, `Associated British Ports`).
  'lines', 'logistics', 'shipping', 'freight', 'ports', 'railways', 'railroad',
  // Industries a company names itself by (`Hana Securities`, `Samsung Electronics`, `Rio Tinto Mining`).
  'securities', 'electronics', 'technology', 'pharma', 'pharmaceutical', 'therapeutics', 'biosciences',
  'biotech', 'foods', 'brands', 'resources', 'petroleum', 'mining', 'chemicals', 'telecom',
  'telecommunications', 'communications', 'semiconductor', 'semiconductors', 'software', 'financial',
  'investments', 'ventures', 'automotive', 'aerospace', 'robotics', 'properties', 'realty', 'hotels',
  'resorts', 'airline', 'bancorp', 'holding', 'motor',
]);

/**
 * Organization words that decide the kind whatever else a name's words say: a legal suffix or an
 * institution's head word never ends a person's name (`CenterPoint Energy`, `Riverside City Schools`,
 * `Nordwind SA`). The words that are also common surnames (`Bank`, `Church`, `Court`, `Post`, `Press`)
 * are left to the scores.
 */
export const ORG_DECIDING_WORDS: ReadonlySet<string> = new Set([...ORG_SUFFIXES].filter((w) => !['bank', 'church', 'court', 'post', 'press', 'chamber', 'guardian', 'united'].includes(w)));

/** News agencies: organizations, though their names look like a place's or a person's (`Xinhua`, `Reuters`). */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'xinhua', 'reuters', 'associated press', 'afp', 'agence france-presse', 'agence france presse', 'bloomberg',
  'tass', 'itar-tass', 'interfax', 'ria novosti', 'yonhap', 'kyodo', 'kyodo news', 'ansa', 'efe', 'dpa',
  'upi', 'united press international', 'pti', 'press trust of india', 'ians', 'bernama', 'anadolu',
  'anadolu agency', 'irna', 'wafa', 'kuna', 'jiji', 'jiji press', 'antara', 'xinhua news agency',
  'canadian press', 'australian associated press', 'aap', 'press association', 'notimex', 'prensa latina',
  'kcna', 'korean central news agency', 'vietnam news agency', 'central news agency', 'isna', 'tasnim',
  'dow jones newswires', 'agencia efe', 'europa press', 'ap',
]);

/** Words other languages open an organization's name with (clubs, banks, groups, parties, schools). */
const FOREIGN_ORG_OPENERS: ReadonlySet<string> = new Set([
  'stade', 'olympique', 'sporting', 'atlético', 'atletico', 'deportivo', 'racing', 'borussia', 'eintracht',
  'banco', 'banca', 'banque', 'groupe', 'grupo', 'gruppo', 'société', 'societe', 'compagnie', 'compañía',
  'partido', 'parti', 'partito', 'frente', 'movimiento', 'instituto', 'institut', 'istituto', 'universidad',
  'universidade', 'università', 'universität', 'université', 'hôpital', 'hospital', 'colegio', 'école',
  'ecole', 'lycée', 'fundación', 'fundação', 'fondation', 'fondazione', 'stiftung', 'agence', 'agencia',
  'ministerio', 'ministère', 'ministero', 'tribunal', 'corte', 'cour', 'consejo', 'conseil', 'comité',
  'comision', 'comisión', 'commissione', 'editorial', 'ediciones', 'éditions', 'radio', 'televisión',
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


// Places: words that make a capitalised run a place when they end it (`Macomb County`) or head it
// before `of` (`Gulf of Mexico`).
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
  'basin', 'archipelago', 'atoll', 'delta', 'fjord', 'sheet', 'icefield',
]);

/** Prepositions after which an unknown capitalised run is most likely a place (`in Troy`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'near', 'to', 'across', 'outside', 'inside', 'into', 'throughout', 'around',
  'towards', 'toward', 'via', 'through', 'off',
]);


/** The place score of a name right after a place preposition (`in Troy`): weak, and link.ts knows it. */
export const PLACE_PREPOSITION_WEIGHT = 1.2;

/** Acronyms that name places, not organizations. */
const PLACE_ACRONYMS = new Set(['us', 'u.s', 'usa', 'u.s.a', 'uk', 'u.k', 'uae', 'nyc', 'dc', 'd.c', 'eu', 'prc', 'drc', 'ussr']);
/** Heads before `of` that make a place (`Gulf of Mexico`), not an organization. */
const PLACE_OF_HEADS = new Set(['gulf', 'bay', 'isle', 'isles', 'sea', 'strait', 'straits', 'cape', 'lake', 'mount', 'port', 'city', 'state', 'county', 'province', 'kingdom', 'republic', 'islands', 'region', 'principality', 'emirate']);
/** Place suffixes that beat an organization reading of the same word (`City Hall`, `Wall Street`). */
const STRONG_PLACE_SUFFIXES = new Set(['county', 'street', 'st', 'avenue', 'ave', 'road', 'river', 'island', 'islands', 'mountain', 'mountains', 'lake', 'sea', 'ocean', 'bay', 'valley', 'hall', 'square', 'airport', 'bridge', 'beach', 'park', 'province', 'peninsula', 'strait', 'coast', 'desert', 'shelf', 'glacier', 'reef', 'volcano', 'canal', 'basin', 'archipelago']);
/** Common nouns for a place that take its name after `of`. */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'capital', 'province', 'state', 'region', 'county', 'district', 'island', 'port', 'suburb', 'municipality', 'country', 'nation', 'republic', 'kingdom', 'outskirts', 'streets', 'borough', 'prefecture', 'governorate', 'islands', 'hamlet', 'neighbourhood', 'neighborhood']);
/** Place and organization suffixes that are common surnames too (`Hill`, `Park`, `Hall`, `Banks`). */
const SURNAME_SUFFIXES = new Set(['hill', 'park', 'hall', 'field', 'lane', 'wall', 'bank', 'banks', 'camp', 'castle', 'temple', 'bridge', 'bridges', 'west', 'north', 'south', 'east', 'church', 'chambers', 'marsh', 'fields', 'gardens', 'rivers', 'brook', 'wood', 'woods', 'ford']);
/** compromise's lexicon tags for a place, a person's name and an organization. */
export const PLACE_LEXICON: ReadonlySet<string> = new Set(['Country', 'City', 'Region', 'Place']);
const PERSON_LEXICON = new Set(['LastName', 'Person', 'MaleName', 'FemaleName', 'FirstName']);
const ORG_LEXICON = new Set(['Organization', 'SportsTeam']);
/** Determiners before a bare name make it a thing's (`the Warren plant`), hardly a person's. */
const DETERMINERS_BEFORE_THING: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS]);

/** One cue of a name's kind: its name, the kind the hand-set rule gives it to, that weight, its value. */
type AddCue = (name: string, kind: number, handWeight: number, value?: number) => void;

/** Cues that are rules of their own, never weighed by the learned model (the property tests hold them). */
const FIXED_CUES: ReadonlySet<string> = new Set(['dateline', 'agency', 'orgword']);

/**
 * Scores of person, organization and place for a name span, from its own words, compromise's tags,
 * the learned word kinds and the words around it: higher wins. The hand-set weights of kindCues
 * decide person against the rest; between organization and place the learned model (kind-model.ts,
 * built by scripts/learn/kinds.ts from train.jsonl and MEANTIME, never dev.jsonl) adds its lean over
 * the same cues and the span's shape, tags and neighbours. On MEANTIME's three folds (each model
 * learned without the topic scored) that took organization F1 from 0.724 to 0.802 and place from
 * 0.614 to 0.762; letting the model weigh people too lost person F1 (0.743 to 0.678: it learns the
 * corpus's many organizations) and broke clear cases on short texts; it only overrules a person
 * reading it is all but sure of (PERSON_DOUBT).
 */
export function scoreKinds(words: readonly Word[], from: number, to: number, ev: KindEvidence): [number, number, number] {
  return scoreWithFeatures(words, from, to, ev).scores;
}

/**
 * scoreKinds, and the span's kindFeatures as name-features.ts reads them (the same cues and span
 * features, without `spellsAcronym`, which the name decision never sees): one pass over the cues
 * for both, where computing them twice per candidate was a tenth of an analysis.
 */
export function scoreWithFeatures(words: readonly Word[], from: number, to: number, ev: KindEvidence): { scores: [number, number, number]; features: [string, number][] } {
  const s: [number, number, number] = [0, 0, 0];
  const model = activeKindModel();
  const features: [string, number][] = [];
  let spellsAcronym = false;
  kindCues(words, from, to, ev, (name, kind, handWeight, value = 1) => {
    s[kind] += handWeight;
    if (FIXED_CUES.has(name)) return;
    features.push([name, value]);
    if (name === 'spellsAcronym') spellsAcronym = true;
  });
  for (const f of spanFeatures(words, from, to)) features.push([f, 1]);
  const nameSeen = spellsAcronym ? features.filter(([name]) => name !== 'spellsAcronym') : features;
  // The model weighs organization against place: where it overturns the hand-set choice between the
  // two, their scores swap, so the best of them, and with it every comparison with the person score
  // (also after linking pools the scores of a name's mentions), stays as the hand-set cues made it.
  if (!model) return { scores: s, features: nameSeen };
  const p = kindProbabilities(model, features);
  // Where the hand-set cues read a person and the model is all but sure it is none (`Lockheed Martin`),
  // the person score falls just below the best other one: the model decides, the hand cues keep
  // every other person.
  if (p[0] < PERSON_DOUBT && s[0] >= s[1] && s[0] >= s[2]) s[0] = Math.max(s[1], s[2]) - 0.01;
  // A tie between the hand-set person score and another kind's is no reading at all: the model breaks it.
  else if (s[0] > 0 && s[0] === Math.max(s[1], s[2]) && p[0] < Math.max(p[1], p[2])) s[0] -= 0.01;
  const lean = MODEL_SCALE * (p[1] / (p[1] + p[2]) - 0.5);
  const hand = s[1] - s[2];
  const learned = hand + 2 * lean;
  if ((hand >= 0) !== (learned >= 0)) [s[1], s[2]] = [s[2], s[1]];
  return { scores: s, features: nameSeen };
}

/**
 * How far the model's lean moves the hand-set difference between organization and place. Of 2, 3 and
 * 5, 3 was the largest that keeps the unit tests' clear cases (`the capital city of …` is a place);
 * MEANTIME fold means: organization 0.768, 0.802, 0.803; place 0.681, 0.762, 0.763.
 */
const MODEL_SCALE = 3;

/**
 * The model's person probability under which it overrules a hand-set person reading. MEANTIME fold
 * means, person F1: none 0.767, 0.05 0.778, 0.1 0.792 (names and the other kinds unchanged); 0.1 also
 * takes clear people of short texts the model has too little to go on for (`Then Al Gore spoke.`:
 * 0.07), and the model weighing people outright (its probabilities added to the hand scores) took
 * person F1 to 0.865 on the folds but read most unknown two-word names as organizations, as MEANTIME's
 * many companies taught it.
 */
const PERSON_DOUBT = 0.05;

/**
 * Lower-case nouns that, right before a name, say what sort of organization it is (`automaker
 * Chrysler`, `the flag carrier Aeroflot`, `its European division Opel`); nouns as often said of a
 * person (`rival`, `partner`, `owner`) are left out. MEANTIME fold means with the cue (weight 2; 4
 * gave the same): person 0.837 -> 0.842, organization 0.873 -> 0.872; dev (reported only) person
 * 0.855 -> 0.857, organization 0.643 -> 0.648.
 */
const COMPANY_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'company', 'firm', 'maker', 'manufacturer', 'carrier', 'airline', 'bank', 'agency', 'charity', 'newspaper',
  'broadcaster', 'retailer', 'publisher', 'startup', 'conglomerate', 'subsidiary', 'insurer', 'lender',
  'airframer', 'automaker', 'group', 'giant', 'brand', 'division', 'unit', 'supplier',
]);

/** The cue and word features of a span for the learned model (also for scripts/learn/kinds.ts). */
export function kindFeatures(words: readonly Word[], from: number, to: number, ev: KindEvidence): [string, number][] {
  const features: [string, number][] = [];
  kindCues(words, from, to, ev, (name, _kind, _w, value = 1) => {
    if (!FIXED_CUES.has(name)) features.push([name, value]);
  });
  for (const f of spanFeatures(words, from, to)) features.push([f, 1]);
  return features;
}

/**
 * Shapes and compromise's tags of a span, and the words around it, as feature names. The span's own
 * words are left out: learned from a news topic they memorise its names (MEANTIME person F1 of the
 * folds 0.678 with them, 0.804 without).
 */
function spanFeatures(words: readonly Word[], from: number, to: number): string[] {
  const first = words[from];
  const last = words[to];
  const prev = from > 0 && words[from - 1].sentence === first.sentence ? words[from - 1] : null;
  const next = to + 1 < words.length && words[to + 1].sentence === last.sentence ? words[to + 1] : null;
  const out = [`n=${Math.min(to - from + 1, 4)}`, `shape=${shape(last.text)}`];
  out.push(`prev=${prev ? prev.key : '<s>'}`, `next=${next ? next.key : '</s>'}`);
  if (prev && from > 1 && words[from - 2].sentence === first.sentence) out.push(`prev2=${words[from - 2].key} ${prev.key}`);
  for (const t of last.tags) if (KIND_TAGS.has(t)) out.push(`tag=${t}`);
  if (last.lexicon) out.push(`lex=${last.lexicon}`);
  if (first.initial) out.push('initial');
  if (last.possessive) out.push('possessive');
  return out;
}

export const KIND_TAGS: ReadonlySet<string> = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Acronym', 'Noun', 'Plural', 'Adjective', 'Verb', 'Honorific', 'Demonym']);

/** `Xx`, `XX`, `xX`, `X.`, `Xx-xx`: the word's shape, letters by case. */
export function shape(text: string): string {
  return text
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\p{N}+/gu, '9')
    .slice(0, 6);
}

function kindCues(words: readonly Word[], from: number, to: number, ev: KindEvidence, add: AddCue): void {
  if (ev.isDatelinePlace) add('dateline', 2, 20);
  const whole = words.slice(from, to + 1).map((w) => w.key).join(' ');
  if (NEWS_AGENCIES.has(whole)) add('agency', 1, 20);
  if (ev.hasRole) add('role', 0, 6);
  // Organizations and programmes are given acronyms in brackets; people hardly ever are.
  if (ev.spellsAcronym) add('spellsAcronym', 1, 2);
  const first = words[from];
  const last = words[to];
  const n = to - from + 1;
  const prev = from > 0 && words[from - 1].sentence === first.sentence ? words[from - 1] : null;
  const next = to + 1 < words.length && words[to + 1].sentence === last.sentence ? words[to + 1] : null;
  if (prev && HONORIFICS.has(prev.key)) add('honorific', 0, 6);
  // `Image: Nick Moreau.`: a picture credit names the photographer, unless it reads as an agency.
  if (prev && (isCreditLabel(prev) || secondInCredit(words, from))) add('credit', 0, 2);
  // `Illinois Department of Transportation`, `Gulf of Mexico`: the word before `of` is the head.
  for (let k = from + 1; k < to; k++) {
    if (words[k].key !== 'of' && words[k].key !== 'for') continue;
    const head = words[k - 1].key;
    if (PLACE_OF_HEADS.has(head)) add('placeOfHead', 2, 4);
    else if (ORG_OF_HEADS.has(head)) add('orgOfHead', 1, 4);
    break;
  }
  // `Christopher Hill`, `Sarah Park`: a given name before a suffix that is also a surname.
  const surnameSuffix = n === 2 && isFirstName(first) && SURNAME_SUFFIXES.has(last.key);
  if ((n > 1 || !first.initial) && !surnameSuffix) {
    if (STRONG_PLACE_SUFFIXES.has(last.key)) add('strongPlaceSuffix', 2, 4);
    else if (ORG_DECIDING_WORDS.has(last.key) && n > 1) add('orgword', 1, 20);
    else if (ORG_SUFFIXES.has(last.key)) add('orgSuffix', 1, 4);
    else if (PLACE_SUFFIXES.has(last.key) && n > 1) add('placeSuffix', 2, 3);
  }
  if (n === 1 && first.text.endsWith('.') && US_STATE_ABBREVIATIONS.has(first.key)) add('stateAbbreviation', 2, 8);
  const acronym = n === 1 && /^[\p{Lu}&.]{2,}$/u.test(first.text.replace(/\.$/, ''));
  if (acronym) {
    if (PLACE_ACRONYMS.has(first.key)) add('placeAcronym', 2, 5);
    else add('acronym', 1, 2.5);
  }
  if (n > 1 && words.slice(from, to + 1).some((w) => /^\p{Lu}{2,}$/u.test(w.text))) add('capitalsWord', 1, 1.5);
  // People are rarely `the Warren plant`, `its Warren factory`: a determiner before a bare name.
  if (prev && DETERMINERS_BEFORE_THING.has(prev.key)) add('determinerBefore', 0, -2);
  // compromise's lexicon and tagger.
  if (n > 1 && isGivenName(first)) add('givenNameFirst', 0, 2.5);
  if (n > 1 && isFirstName(first) && PERSON_LEXICON.has(last.lexicon ?? '')) add('givenAndSurname', 0, 1);
  if (n === 1 && PLACE_LEXICON.has(first.lexicon ?? '')) add('lexiconPlace', 2, 3);
  // `Saudi Arabia`, `Sierra Leone`: the lexicon knows the whole name though not its words.
  // What the lexicon says of the whole name, looked up once (also for the closing-word cue below).
  const wholeTag = n > 1 ? lexiconTag(whole) : undefined;
  if (n > 1 && n <= 4) {
    if (PLACE_LEXICON.has(wholeTag ?? '')) add('lexiconPlaceWhole', 2, 4);
    else if (ORG_LEXICON.has(wholeTag ?? '')) add('lexiconOrgWhole', 1, 3);
  }
  if (n > 1 && PLACE_LEXICON.has(last.lexicon ?? '') && !isFirstName(first)) add('lexiconPlaceLast', 2, 1);
  if (ORG_LEXICON.has(last.lexicon ?? '')) add('lexiconOrgLast', 1, 2.5);
  if (n > 1 && first.tags.has('Honorific')) add('honorificTag', 0, 2);
  // `Troy University`: the tagger's surname reading of an institution's head word is its mistake.
  const institution = n > 1 && (ORG_SUFFIXES.has(last.key) || STRONG_PLACE_SUFFIXES.has(last.key));
  if (last.tags.has('LastName') && !institution) add('lastNameTag', 0, 1);
  let placeTags = 0;
  let personTags = 0;
  let orgTags = 0;
  for (let k = from; k <= to; k++) {
    const t = words[k].tags;
    if (t.has('Country') || t.has('City') || t.has('Region') || t.has('Place')) placeTags++;
    if (t.has('Person') || t.has('FirstName') || t.has('LastName')) personTags++;
    if (t.has('Organization')) orgTags++;
  }
  if (placeTags === n) {
    if (last.tags.has('Country') || last.tags.has('City') || last.tags.has('Region')) add('placeTagsCountry', 2, 3);
    else add('placeTagsAll', 2, 1.5);
  }
  if (personTags === n && !institution) add('personTagsAll', 0, 1.5);
  if (orgTags > 0) add('orgTag', 1, 1.5);
  // Learned: how the training text used these words.
  for (let k = from; k <= to; k++) {
    const c = learnedKinds(words[k].text);
    if (!c) continue;
    const named = c[0] + c[1] + c[2];
    if (named === 0) continue;
    const weight = (2 * Math.min(1, named / 3)) / n;
    for (let i = 0; i < 3; i++) add(`learned${i}`, i, (weight * c[i]) / named, (weight * c[i]) / named);
  }
  // Context.
  if (n === 1 && beforePlaceChain(words, to)) add('placeChain', 2, 3);
  const described = appositiveHead(words, to);
  if (described === 'organization') add('describedOrg', 1, 2);
  if (described === 'place') add('describedPlace', 2, 3);
  // `the capital city of Nur-Sultan`, `the Melbourne suburb of Preston`.
  const before = from > 1 ? words[from - 2] : null;
  if (prev?.key === 'of' && before && !before.capital && before.sentence === first.sentence && PLACE_NOUNS.has(before.key)) add('placeNounOf', 2, 3);
  // `Rolls-Royce Trent 900 engines`, `Airbus A330-200`: a number right after a name makes it a
  // product's or a model's; a person's name is not followed by a bare number (an age takes commas).
  // MEANTIME fold means: person 0.858 -> 0.864, organization 0.877 -> 0.876; dev (reported only)
  // names 0.811 -> 0.813, organization 0.648 -> 0.652, person and place unchanged.
  if (next && /^\d/.test(next.text) && !last.breakAfter && !last.markAfter) add('numberAfterName', 0, -3);
  // `General Dynamics`, `General Electric`: `General` before one word no person's name is a company
  // (the candidates keep the run whole only then; `General Milley` loses the rank there).
  if (n === 2 && first.key === 'general' && !['Person', 'FirstName', 'LastName'].some((t) => last.tags.has(t)) && !isGivenName(last)) add('generalCompany', 1, 3);
  // `in the Madre de Dios region`, `the Lviv city council`: a place noun right after the name says what it names.
  if (next && !next.capital && PLACE_NOUNS.has(next.key) && !last.breakAfter) add('placeNounAfter', 2, 2);
  // `Meta Platforms`, `Micro Devices`: a name ending on the plural of a common noun names a company,
  // unless the tagger knows that word as a surname (`Mary Banks`).
  if (n > 1 && isCommonPlural(last)) add('commonPluralLast', 1, 1.5);
  // `Micron Technology`, `Amazon Prime Video`: a name no given name opens, ending on an ordinary
  // English word (no head word the suffix lists decide on), is a company's, a product's or a place's,
  // not a person's; the cue counts for both, so the learned model chooses between them. Only for a
  // name the lexicon does not know whole. MEANTIME fold means: person 0.875 -> 0.875, organization
  // 0.875 -> 0.873, place 0.810 -> 0.800 (0.795 giving it to organization alone; with the later rules
  // of the session, the whole-name condition took place 0.797 -> 0.806 and organization 0.873 ->
  // 0.875); dev (reported only) person 0.857 -> 0.860, organization 0.656 -> 0.655.
  else if (n > 1 && isCommonNoun(last) && !isGivenName(first) && !ORG_SUFFIXES.has(last.key) && !PLACE_SUFFIXES.has(last.key) && wholeTag === undefined) {
    add('commonNounLast', 1, 1.5);
    add('commonNounLastPlace', 2, 1.5);
  }
  // `Paris Saint-Germain`, `London Heathrow`: a name opened by a city or a country the lexicon knows
  // (and no given name) is a club's, a company's or a site's, not a person's; the cue counts for both,
  // so the learned model chooses. MEANTIME fold means: person 0.875 -> 0.880, organization 0.875 ->
  // 0.874, place 0.797 -> 0.797; dev (reported only) unchanged. (The same cue for a name opened by an
  // ordinary English word cost person F1 on dev, 0.860 -> 0.858, and place on MEANTIME: left out.)
  if (n > 1 && (first.lexicon === 'City' || first.lexicon === 'Country') && !isGivenName(first) && !PLACE_SUFFIXES.has(last.key)) {
    add('placeFirst', 1, 1.5);
    add('placeFirstPlace', 2, 1.5);
  }
  // `Bellingham, 21, scored`: an age set off by commas right after a name is a person's.
  if (next && isAgeApposition(last, next)) add('ageAfter', 0, 3);
  // `automaker Chrysler`, `the carrier Aeroflot`: the noun before the name says what it is.
  if (prev && !prev.capital && (COMPANY_NOUNS_BEFORE.has(prev.key) || /.maker$/.test(prev.key))) add('orgNounBefore', 1, 2);
  if (prev && PLACE_PREPOSITIONS.has(prev.key) && !prev.capital) add('placePreposition', 2, PLACE_PREPOSITION_WEIGHT);
  // `Merola of Bologna said`: the one speaking is the name before `of`.
  // Not across punctuation: in `… use IE6," said Roger Capriotti` the speaker follows the verb.
  const objectOfOf = governingWord(words, from) === 'of';
  if (next && SAY_VERBS.has(next.key) && !objectOfOf && !last.breakAfter) add('sayVerbAfter', 0, 1);
  // `Musk, who bought the company`: mostly people take `who` (British usage lends it to teams too).
  if (next?.key === 'who' && !objectOfOf) add('whoAfter', 0, 1);
  if (prev && SAY_VERBS.has(prev.key)) add('sayVerbBefore', 0, 1);
  if (/\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last.text)) add('hyphenLower', 0, 1);
  if (n > 1 && !words.slice(from, to + 1).some(isCapitalisedThingWord)) add('noThingWord', 0, 0.5);
  // `La Liga`, `Le Monde`: a name opening with an article is a thing's, not a person's.
  if (n > 1 && isForeignArticle(first)) add('foreignArticle', 0, -1.5);
  // `Stade Rennais`, `Banco Santander`, `Groupe Renault`, `Partido Popular`: a word other languages
  // open an organization's name with.
  if (n > 1 && FOREIGN_ORG_OPENERS.has(first.key)) add('foreignOrgOpener', 1, 8);
}

/**
 * `Preston, Victoria, Australia`, `Evansville, Indiana`: a comma chain from the name to a country or
 * a state, the way news places a town. Possessives (`Smith, Australia's envoy`) break the chain.
 */
function beforePlaceChain(words: readonly Word[], to: number): boolean {
  let k = to;
  for (let step = 0; step < 3; step++) {
    const next = words[k + 1];
    if (words[k].markAfter !== ',' || !next || !next.capital || next.sentence !== words[to].sentence) return false;
    // The place after the comma: its longest run of capitalised words that the lexicon knows.
    let e = k + 1;
    while (e - k < 3 && !words[e].breakAfter && words[e + 1]?.capital && words[e + 1].sentence === next.sentence) e++;
    for (; e > k; e--) {
      const tag = e === k + 1 ? next.lexicon : lexiconTag(words.slice(k + 1, e + 1).map((w) => w.key).join(' '));
      if (tag === 'Country' || tag === 'Region') return !words[e].possessive;
    }
    // Not a state or country: the chain may still reach one (`Preston, Victoria, Australia`).
    k += 1;
    while (!words[k].breakAfter && words[k + 1]?.capital) k++;
  }
  return false;
}

/** The plural of a common noun (`Platforms`), not a word the tagger reads as a person's name. */
function isCommonPlural(w: Word): boolean {
  if (!/\p{Ll}s$/u.test(w.text) || hasPersonTag(w)) return false;
  const singular = w.key.slice(0, -1);
  return isLearnedCommonWord(singular) || lexiconTag(singular) === 'Singular';
}

/**
 * An ordinary English word (`Technology`, `Video`) that the tagger does not read as a person's name:
 * ending a name, it heads a company's or a product's, not a surname.
 */
function isCommonNoun(w: Word): boolean {
  if (hasPersonTag(w) || isGivenName(w) || SURNAME_SUFFIXES.has(w.key)) return false;
  return isEnglishWord(w.key);
}

/** The tagger reads the word as (part of) a person's name. */
function hasPersonTag(w: Word): boolean {
  return w.tags.has('Person') || w.tags.has('LastName') || w.tags.has('FirstName');
}

/** `, 21,` after a name: a whole number a person's age can be, between commas. */
function isAgeApposition(last: Word, next: Word): boolean {
  if (last.markAfter !== ',' || next.markAfter !== ',' || !/^\d{1,3}$/.test(next.text)) return false;
  const age = Number(next.text);
  return age >= 1 && age <= 115;
}

/** A word the training text capitalised only outside names (`Internet`, `English`). */
function isCapitalisedThingWord(w: Word): boolean {
  const c = learnedKinds(w.text);
  return c !== undefined && c !== null && c[3] >= 2 && c[0] + c[1] + c[2] === 0;
}

/** `Video: Miharris & Acphillips.`: the name after `&` in a credit. */
function secondInCredit(words: readonly Word[], from: number): boolean {
  if (from < 3 || words[from - 1].text !== '&') return false;
  let k = from - 2;
  while (k > 0 && words[k - 1].capital && !isCreditLabel(words[k - 1]) && words[k - 1].sentence === words[from].sentence) k--;
  return k > 0 && isCreditLabel(words[k - 1]);
}

/** Nouns an appositive uses for an organization or a product (`Mozilla Firefox, its main rival,`). */
const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'rival', 'competitor', 'maker', 'manufacturer', 'carrier', 'airline',
  'bank', 'agency', 'charity', 'newspaper', 'broadcaster', 'network', 'website', 'browser', 'brand',
  'retailer', 'publisher', 'developer', 'startup', 'conglomerate', 'subsidiary', 'organisation',
  'organization', 'party', 'union', 'band', 'club', 'team', 'insurer', 'lender', 'operator', 'supplier',
  'provider', 'service', 'tabloid', 'daily', 'magazine', 'channel', 'studio', 'label', 'ngo', 'body',
]);

/**
 * `X, its main rival,` / `X, a London-based think tank,` / `X, the provincial capital,`: the
 * appositive's head noun says what the name is.
 */
function appositiveHead(words: readonly Word[], to: number): 'organization' | 'place' | undefined {
  if (words[to].markAfter !== ',') return undefined;
  const k = to + 1;
  if (k >= words.length || !APPOSITIVE_DETERMINERS.has(words[k].key)) return undefined;
  for (let i = k + 1; i < words.length && i <= k + 4 && words[i].sentence === words[to].sentence; i++) {
    if (words[i].capital) continue;
    // `the firm's founder`: a possessive organization noun is not the appositive's head.
    if ((ORGANIZATION_NOUNS.has(words[i].key) && !words[i].possessive) || (words[i].key === 'tank' && words[i - 1].key === 'think')) return 'organization';
    // `a small town in the hills`: the head noun ends the phrase or takes a preposition.
    if (PLACE_NOUNS.has(words[i].key) && !words[i].possessive && (words[i].markAfter === ',' || words[i].breakAfter || words[i + 1]?.tags.has('Preposition'))) return 'place';
    // `the director of the group`: the appositive's head came first.
    if (words[i].breakAfter || words[i].tags.has('Preposition') || HEAD_TITLES.has(words[i].key) || words[i].tags.has('Actor')) return undefined;
  }
  return undefined;
}

const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

export function bestKind(s: readonly number[]): EntityKind {
  if (s[0] >= s[1] && s[0] >= s[2]) return s[0] > 0 ? 'person' : s[2] > 0 ? 'place' : 'organization';
  return s[1] >= s[2] ? 'organization' : 'place';
}

export const KIND_INDEX: Record<EntityKind, number> = { person: 0, organization: 1, place: 2 };
