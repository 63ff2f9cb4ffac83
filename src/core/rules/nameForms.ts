/**
 * The capitalised word forms of an article, as `names.spelling` compares them: how often each is
 * written, where it sits inside people's names (given name, surname, alone) and which words it is
 * written with. Possessives count as the name (`Vance's` is `Vance`).
 */
import type { Entity, Span } from '../types';
import { isCapitalized, wordsIn, type Word } from '../text/words';

export type NamePosition = 'first' | 'middle' | 'last' | 'alone';

export interface WordForm {
  readonly form: string;
  /** Every place the form is written (possessive `'s` left out of the span). */
  readonly occurrences: Word[];
  /** Where it sits in the people's mentions that contain it; empty when no person mention does. */
  readonly positions: Set<NamePosition>;
  /** The other words of the person mentions it is part of (`Maria` for `Vance` in `Maria Vance`). */
  readonly partners: Set<string>;
  /** Occurrences inside a multi-word organization or place name (`Vance Avenue`). */
  inOtherName: number;
  /** Occurrences inside a person mention. */
  inPerson: number;
}

const POSSESSIVE = /['’]s?$/;

/** The name a word writes: `Vance's` → `Vance`, `Jones'` → `Jones`. */
export function bareForm(word: string): string {
  return word.replace(POSSESSIVE, '');
}

export function collectWordForms(text: string, bodyStart: number, entities: readonly Entity[]): Map<string, WordForm> {
  const forms = new Map<string, WordForm>();
  const byStart = new Map<number, WordForm>();
  for (const w of wordsIn(text, bodyStart)) {
    if (!isCapitalized(w.text)) continue;
    const form = bareForm(w.text);
    // `Stoddar- Stoddart`: a spoken false start in a transcript is not a spelling.
    if (form.length < 2 || /^[-‐–—]/.test(text.slice(w.end, w.end + 1))) continue;
    let entry = forms.get(form);
    if (!entry) {
      entry = { form, occurrences: [], positions: new Set(), partners: new Set(), inOtherName: 0, inPerson: 0 };
      forms.set(form, entry);
    }
    entry.occurrences.push({ start: w.start, end: w.start + form.length, text: form });
    byStart.set(w.start, entry);
  }
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const words = wordsIn(text, mention.start, mention.end).filter((w) => isCapitalized(w.text));
      words.forEach((w, i) => {
        const entry = byStart.get(w.start);
        if (!entry) return;
        if (entity.kind !== 'person') {
          if (words.length > 1) entry.inOtherName++;
          return;
        }
        entry.inPerson++;
        entry.positions.add(words.length === 1 ? 'alone' : i === 0 ? 'first' : i === words.length - 1 ? 'last' : 'middle');
        for (const other of words) if (other !== w) entry.partners.add(bareForm(other.text));
      });
    }
  }
  return forms;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}
