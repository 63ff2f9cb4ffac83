/** Word lists the clause finder reads (lower case). */

/** Verbs of saying and reporting: the clause after them is a reported clause of its own. */
export const SAY_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'announced', 'announces',
  'reported', 'reports', 'wrote', 'writes', 'confirmed', 'confirms', 'claimed', 'claims', 'argued', 'argues', 'warned', 'warns',
  'explained', 'explains', 'insisted', 'insists', 'revealed', 'reveals', 'declared', 'declares', 'estimated', 'estimates',
  'believed', 'believes', 'thought', 'thinks', 'expected', 'expects', 'predicted', 'predicts', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'denied', 'denies', 'suggested', 'suggests', 'indicated', 'indicates', 'hoped', 'hopes', 'feared', 'fears',
  'promised', 'promises', 'agreed', 'agrees', 'stressed', 'stresses', 'assured', 'assures', 'informed', 'informs', 'urged', 'urges',
]);

/**
 * Verbs whose bare simple past in news copy reports the story's own day (`X said`, `Y announced`):
 * the event takes the article's date when nothing else dates it.
 */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'announced', 'announces', 'reported',
  'reports', 'confirmed', 'confirms', 'claimed', 'claims', 'warned', 'warns', 'explained', 'explains', 'insisted', 'insists',
  'revealed', 'reveals', 'declared', 'declares', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'denied', 'denies',
  'stressed', 'stresses', 'urged', 'urges',
]);

/** Words that open a subordinate clause (its own event, its own subject after the word). */
export const SUBORDINATORS = new Set([
  'that', 'because', 'after', 'before', 'while', 'when', 'although', 'though', 'if', 'since', 'until', 'unless', 'whereas',
  'once', 'whether', 'where', 'as',
]);

/** Relative pronouns: `X, who retired in May` is an event of X's own. */
export const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);

/** Coordinators: `rose 4% and closed higher` is a second event with the same subject. */
export const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);

/** Adjectives and participles that with `to` govern the verb after them: `was due to close`. */
export const TO_GOVERNORS = new Set([
  'due', 'set', 'about', 'going', 'able', 'likely', 'unlikely', 'expected', 'scheduled', 'slated', 'poised', 'ready', 'unable',
  'supposed', 'bound', 'sure', 'certain', 'planned', 'plans', 'plan', 'planning', 'wants', 'wanted', 'hopes', 'hoped', 'intends',
  'intended', 'aims', 'aimed', 'seeks', 'sought', 'tried', 'tries', 'decided', 'decides', 'agreed', 'agrees', 'refused',
  'refuses', 'failed', 'fails', 'promised', 'promises', 'vowed', 'vows', 'threatened', 'threatens', 'continue', 'continues',
  'continued', 'began', 'begins', 'started', 'starts', 'has', 'have', 'had', 'need', 'needs', 'needed', 'is', 'are', 'was', 'were',
]);

/** Particles of a surname written in lower case: `van der Berg`, `de Souza`, `al-Assad`. */
export const SURNAME_PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'di', 'du', 'del', 'della', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'ter', 'ten', 'st.',
]);

/** Personal pronouns that may stand for the last person named. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);

/** Pronouns that head a subject but name nobody. */
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there']);

/** Auxiliaries and copulas of the present tense: `has urged`, `is easing`, `are scheduled`. */
export const PRESENT_FORMS = new Set(['has', 'have', 'is', 'are', 'am', 'does', 'do', "'s", "'re"]);
