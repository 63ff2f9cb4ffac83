import type { Word } from './model';

/** Labels of a picture credit (`Image: Nick Moreau.`, `Photo: AP`). */
const CREDIT_LABELS: ReadonlySet<string> = new Set(['image', 'images', 'photo', 'photos', 'photograph', 'picture', 'video', 'credit', 'illustration', 'graphic', 'map']);

/**
 * A caption's credit label: `Belle Image: Nick Moreau.` names `Belle`, not `Belle Image`, and the
 * name after the colon is who made the picture.
 */
export function isCreditLabel(w: Word): boolean {
  return w.markAfter === ':' && CREDIT_LABELS.has(w.key);
}
