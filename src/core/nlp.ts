// The one module that talks to compromise. Everything leaves here as plain data with UTF-16 offsets
// into the caller's string (compromise's `offset` output counts JavaScript string units, checked
// with astral characters before quotes), so no other module depends on compromise's document model.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

// Plugins extend compromise's shared lexicon and tagger: register them once, at module load.
nlp.plugin(datesPlugin);

/** One word as compromise tokenised and tagged it. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Punctuation and white space compromise saw before and after the word. */
  readonly pre: string;
  readonly post: string;
  /** compromise's part-of-speech and lexicon tags: `ProperNoun`, `FirstName`, `Place`, `Demonym`, … */
  readonly tags: ReadonlySet<string>;
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface JsonMatch {
  text: string;
  offset: { start: number; length: number };
  terms: JsonTerm[];
}

// The entity finder and the event finder both need the tokens of the same text: remembering the last
// text's tokens keeps the analysis at one compromise pass (the costliest step) per text.
let lastText: string | null = null;
let lastTokens: readonly Token[] = [];

/**
 * Tokens of the whole text, in order, from one compromise pass. Contraction fillers are dropped.
 * The result is shared between callers on the same text: treat it as read-only.
 */
export function tokenize(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  const out: Token[] = [];
  const sentences = nlp(text).json({ offset: true }) as JsonMatch[];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      // `McDonald's` becomes `McDonald` + an invisible `is`: the filler has no text of its own.
      if (term.offset.length === 0 || term.text === '') continue;
      out.push({
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        text: text.slice(term.offset.start, term.offset.start + term.offset.length),
        pre: term.pre,
        post: term.post,
        tags: new Set(term.tags),
      });
    }
  }
  lastText = text;
  lastTokens = out;
  return out;
}

/**
 * What compromise's lexicon says about a word out of context (`john` → `MaleName`, `almaty` →
 * `City`), or undefined. Its tagger can overrule the lexicon in context (`State John Kerry` makes
 * `John` a place); name finding wants both opinions.
 */
export function lexiconTag(word: string): string | undefined {
  const entry = lexicon()[word.toLowerCase()];
  return Array.isArray(entry) ? entry[0] : entry;
}

let lexiconCache: Record<string, string | string[]> | null = null;
function lexicon(): Record<string, string | string[]> {
  lexiconCache ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return lexiconCache;
}

export type CompromiseNameKind = 'person' | 'organization' | 'place';

export interface NameSpan {
  readonly kind: CompromiseNameKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * compromise's own `people()`, `organizations()` and `places()`, as offset spans: the baseline the
 * evaluation compares Copydesk with. Match offsets include trailing punctuation and a possessive
 * (`Nur-Sultan,`, `Kazakhstan's`): the spans are trimmed of both so the comparison is fair.
 */
export function compromiseNameSpans(text: string): NameSpan[] {
  const doc = nlp(text);
  const out: NameSpan[] = [];
  const add = (kind: CompromiseNameKind, matches: JsonMatch[]) => {
    for (const m of matches) {
      const span = trimSpan(text, m.offset.start, m.offset.start + m.offset.length);
      if (span) out.push({ kind, ...span });
    }
  };
  add('person', doc.people().json({ offset: true }) as JsonMatch[]);
  add('organization', doc.organizations().json({ offset: true }) as JsonMatch[]);
  add('place', doc.places().json({ offset: true }) as JsonMatch[]);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s"'“”‘’([{]/.test(text[s])) s++;
  for (;;) {
    const before = e;
    while (e > s && /[\s"“”‘’,;:!?)\]}.]/.test(text[e - 1])) e--;
    if (/['’]s$/.test(text.slice(s, e))) e -= 2;
    else if (e > s && /['’]$/.test(text.slice(s, e))) e -= 1;
    if (e === before) break;
  }
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}
