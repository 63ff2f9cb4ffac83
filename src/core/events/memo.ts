import type { Token } from '../nlp';
import type { ArticleEvent, Span } from '../types';

/**
 * The events of one sentence, kept from one analysis of a document to the next (what the
 * incremental analyzer runs on every keystroke): after an edit only the sentences whose events can
 * differ are parsed into clauses and events again, and the others' events are shifted to their new
 * offsets.
 *
 * A sentence's events are a function of its words (their tags and text), the offsets of its words,
 * names and dates relative to its start, and a few article-wide inputs: each name's entity id, kind
 * and the short name a summary gives it (which reads the entity's other mentions and the text just
 * before the mention), each date's value, the person a `he`/`she` stands for (found in earlier
 * sentences), the article's date and the dateline's words. `key` (built by the caller) holds all of
 * them but the sentence's text, compared as it is, and the words, compared by identity (same
 * identity: same tagged word, see nlp.ts).
 *
 * Kept weakly by the first word's identity, so the entries of lines that left the document are
 * freed with them. A cold analysis tags every line anew (new identities), so it never meets an
 * entry of another analysis.
 */
interface Entry {
  readonly key: string;
  /** The sentence's text, compared apart from the key (no copy of it into a key on every analysis). */
  readonly text: string;
  readonly identities: readonly object[];
  /** Offsets relative to the sentence's start. */
  readonly events: readonly ArticleEvent[];
  /** The events where the sentence last stood (at `base`): a sentence before an edit takes them as they are. */
  placed: readonly ArticleEvent[];
  base: number;
}

const memo = new WeakMap<object, Entry[]>();

/** Entries kept per first word: identical lines share identities, so a few sentences may share one. */
const MAX_ENTRIES = 4;

export function recalledEvents(words: readonly Token[], key: string, text: string, sentenceStart: number): readonly ArticleEvent[] | null {
  const entries = memo.get(words[0].identity);
  if (!entries) return null;
  for (const entry of entries) {
    if (entry.key !== key || entry.text !== text || !sameIdentities(entry.identities, words)) continue;
    if (entry.base !== sentenceStart) {
      entry.placed = entry.events.map((e) => shifted(e, sentenceStart));
      entry.base = sentenceStart;
    }
    return entry.placed;
  }
  return null;
}

export function rememberEvents(words: readonly Token[], key: string, text: string, sentenceStart: number, events: readonly ArticleEvent[]): void {
  const first = words[0].identity;
  let entries = memo.get(first);
  if (!entries) {
    entries = [];
    memo.set(first, entries);
  }
  if (entries.length >= MAX_ENTRIES) entries.shift();
  const kept = events.map((e) => shifted(e, -sentenceStart));
  for (const e of kept) if (e.subject) (e.subject as { text: string }).text = detached(e.subject.text);
  entries.push({ key: detached(key), text: detached(text), identities: words.map((w) => w.identity), events: kept, placed: kept.map((e) => shifted(e, sentenceStart)), base: sentenceStart });
}

/**
 * A copy of `s` that holds its own characters: a slice of the article (a key's sentence, a subject's
 * words) would otherwise keep that whole version of the article alive for as long as the entry
 * lives. Slicing a concatenation makes V8 copy it into a string of its own first.
 */
export function detached(s: string): string {
  return `${s}\u0000`.slice(0, -1);
}

function sameIdentities(ids: readonly object[], words: readonly Token[]): boolean {
  if (ids.length !== words.length) return false;
  for (let k = 0; k < ids.length; k++) if (ids[k] !== words[k].identity) return false;
  return true;
}

const shiftSpan = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** A copy of `e` moved by `by` (fields in the order findEvents writes them: the JSON reads the same). */
function shifted(e: ArticleEvent, by: number): ArticleEvent {
  return {
    start: e.start + by,
    end: e.end + by,
    date: e.date,
    dateSpan: e.dateSpan ? shiftSpan(e.dateSpan, by) : null,
    actors: e.actors,
    summary: e.summary,
    ...(e.subject ? { subject: { start: e.subject.start + by, end: e.subject.end + by, text: e.subject.text } } : {}),
  };
}
