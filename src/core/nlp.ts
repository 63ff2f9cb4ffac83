// The one module that talks to compromise. Everything leaves here as plain data with UTF-16 offsets
// into the caller's string (compromise's `offset` output counts JavaScript string units, checked
// with astral characters before quotes), so no other module depends on compromise's document model.
import nlp from 'compromise';
import { lineSpans, type LineText } from './text/lineCache';
import datesPlugin from 'compromise-dates';

// Plugins extend compromise's shared lexicon and tagger: register them once, at module load.
nlp.plugin(datesPlugin);

// nlp(text) runs every compute hook. The tags are all this module reads: compromise's chunker and
// the dates plugin's own date matching (a third of the pass; Copydesk finds dates itself) are left
// out. nlp.tokenize runs the hooks before the lexicon (contractions, alias, machine).
const TAGGING_HOOKS = nlp.hooks().filter((hook) => !['contractions', 'alias', 'machine', 'chunks', 'dates'].includes(hook));

/** compromise's parse of one text, tagged. */
function tagged(text: string) {
  return nlp.tokenize(text).compute(TAGGING_HOOKS);
}

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
  /** What compromise's lexicon says about the word out of context: `lexiconTag(text)`, looked up once. */
  readonly lexicon: string | undefined;
  /**
   * The same object for every copy of this token a LineTokenCache hands out (copies differ in
   * offsets only): the key for what callers derive from the token alone.
   */
  readonly identity: object;
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

/**
 * Tokens of single lines, by line text, kept from one analysis to the next: after an edit only the
 * changed lines go through compromise again (its pass is the costliest step of an analysis). A line
 * is cached with the line breaks and indentation that follow it, since compromise keeps white space
 * in a token's `post`. Lines not seen in the latest pass are dropped, so memory follows the document.
 */
export class LineTokenCache {
  private previous = new Map<string, CachedLine>();
  private current = new Map<string, CachedLine>();

  /** The tokens of `line`, which starts at offset `base` of the text. */
  tokensAt(line: string, base: number): readonly Token[] {
    const again = this.current.get(line);
    let cached = again ?? this.previous.get(line);
    if (!cached) {
      const tokens = tokenizeLine(line);
      cached = { relative: tokens, placed: tokens, base: 0 };
    }
    // Lines before an edit keep their offsets: their tokens are reused as they are.
    if (cached.base !== base) {
      if (again === undefined && cached.placed !== cached.relative) {
        // A line the edit moved: its copies are this cache's own, and no stage keeps a token from
        // one analysis to the next (they keep its identity), so they move in place; a new copy of
        // every token after an edit was a tenth of an edit's allocation.
        const { relative, placed } = cached;
        for (let k = 0; k < placed.length; k++) {
          const t = placed[k] as { start: number; end: number };
          t.start = relative[k].start + base;
          t.end = relative[k].end + base;
        }
      } else {
        // The relative tokens themselves, or a line written twice whose first copy this pass placed.
        cached.placed = cached.relative.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
      }
      cached.base = base;
    }
    this.current.set(line, cached);
    return cached.placed;
  }

  /** Ends a pass over one text: lines it did not use are forgotten. */
  endPass(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

interface CachedLine {
  /** Offsets relative to the line. */
  readonly relative: readonly Token[];
  /** Offsets relative to the text, where the line last stood (`base`). */
  placed: readonly Token[];
  base: number;
}

/**
 * Tokens of the whole text, in order, offsets into `text`. Contraction fillers are dropped. Pass the
 * cache of the previous analysis of the same document to re-tag only the lines that changed.
 */
export function tokenize(text: string, cache: LineTokenCache = new LineTokenCache(), lines?: readonly LineText[]): Token[] {
  const out: Token[] = [];
  // compromise never lets a sentence run over a line break, so tagging each line alone gives the
  // tokens of tagging the whole text. `lines`: the text's lines when the caller has them (LineTexts).
  for (const line of lines ?? lineSpans(text)) {
    for (const t of cache.tokensAt('text' in line ? line.text : text.slice(line.start, line.end), line.start)) out.push(t);
  }
  cache.endPass();
  return out;
}

function tokenizeLine(line: string): Token[] {
  const out: Token[] = [];
  const sentences = tagged(line).json({ offset: true }) as JsonMatch[];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      // `McDonald's` becomes `McDonald` + an invisible `is`: the filler has no text of its own.
      if (term.offset.length === 0 || term.text === '') continue;
      const text = line.slice(term.offset.start, term.offset.start + term.offset.length);
      out.push({
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        text,
        pre: term.pre,
        post: term.post,
        tags: new Set(term.tags),
        lexicon: lexiconTag(text),
        identity: {},
      });
    }
  }
  return out;
}

/**
 * What compromise's lexicon says about a word out of context (`john` → `MaleName`, `almaty` →
 * `City`), or undefined. Its tagger can overrule the lexicon in context (`State John Kerry` makes
 * `John` a place); name finding wants both opinions.
 */
/** Whether a lexicon tag (see lexiconTag) is one of compromise's given-name tags. */
export function isGivenNameTag(tag: string | undefined): boolean {
  return tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName';
}

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
