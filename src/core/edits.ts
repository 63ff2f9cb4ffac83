import type { Analysis, Entity, Finding, Mention, Span } from './types';

/**
 * Edits over an analysed article that editors and tools apply: renaming an entity everywhere and
 * applying every fix of one rule at once. Plain data in, plain edits out (UTF-16 offsets).
 */

/** Replace `[start, end)` of the article with `replacement`. */
export interface TextEdit extends Span {
  readonly replacement: string;
}

/** Which form of a name a rename changes: the one under the cursor decides. */
export type RenamedForm = 'full' | 'surname' | 'acronym' | 'partial';

export interface RenameTarget {
  readonly entity: Entity;
  readonly mention: Mention;
  readonly form: RenamedForm;
  /** The part of the mention that is renamed (all of it, or the full name inside a longer form). */
  readonly span: Span;
  /** The text of `span`: what the rename box starts with. */
  readonly text: string;
}

/**
 * The name under `offset` and which of its forms a rename there changes, or a message saying why
 * nothing can be renamed there. The end of a mention counts (the cursor after a double-click).
 * @example renameTarget(analysis, text.indexOf('Tokayev said')) // { form: 'surname', text: 'Tokayev', … }
 */
export function renameTarget(analysis: Analysis, offset: number): RenameTarget | string {
  for (const entity of analysis.entities) {
    const mention = entity.mentions.find((m) => m.start <= offset && offset <= m.end);
    if (!mention) continue;
    if (mention.link === 'title') {
      return `“${mention.text}” refers to ${entity.name} by title: rename from a mention of the name itself.`;
    }
    if (mention.link === 'full') {
      const inner = mention.text.indexOf(entity.name);
      const span = inner >= 0 ? { start: mention.start + inner, end: mention.start + inner + entity.name.length } : mention;
      return { entity, mention, form: 'full', span, text: inner >= 0 ? entity.name : mention.text };
    }
    return { entity, mention, form: mention.link, span: mention, text: mention.text };
  }
  return 'Put the cursor on a name (a person, organization or place) to rename it.';
}

/**
 * The edits that rename the entity under `offset` to `newName`, or a message saying why not.
 * - On a surname (`Tokayev`), every surname mention changes and the surname inside each full
 *   mention (`Kassym-Jomart Tokayev` → `Kassym-Jomart Tokaev`).
 * - On a full name, every full mention changes; a person's surname mentions follow when the new
 *   name ends in another surname, so that the article stays consistent.
 * - On an acronym or a short form (`CSTO`, `Northline`), every mention with that same text.
 * Title mentions (`the President`) never change. Edits are in text order and never overlap.
 */
export function renameEdits(analysis: Analysis, offset: number, newName: string): TextEdit[] | string {
  const name = newName.trim();
  if (name === '') return 'A name cannot be empty.';
  if (/[\r\n]/.test(name)) return 'A name fits on one line.';
  const target = renameTarget(analysis, offset);
  if (typeof target === 'string') return target;

  const { entity } = target;
  const edits: TextEdit[] = [];
  switch (target.form) {
    case 'surname': {
      const surname = lastWord(entity.name);
      for (const m of entity.mentions) {
        if (m.link === 'surname') edits.push({ start: m.start, end: m.end, replacement: name });
        else if (m.link === 'full') edits.push(...replaceWord(m, surname, name));
      }
      break;
    }
    case 'full': {
      for (const m of entity.mentions) {
        if (m.link === 'full') edits.push(...replaceFullName(m, entity.name, name));
      }
      const [oldSurname, newSurname] = [lastWord(entity.name), lastWord(name)];
      if (entity.kind === 'person' && oldSurname !== newSurname) {
        for (const m of entity.mentions) {
          if (m.link === 'surname') edits.push({ start: m.start, end: m.end, replacement: newSurname });
        }
      }
      break;
    }
    case 'acronym':
    case 'partial': {
      for (const m of entity.mentions) {
        if (m.link === target.form && m.text === target.mention.text) edits.push({ start: m.start, end: m.end, replacement: name });
      }
      break;
    }
  }
  return withoutOverlaps(edits.filter((edit) => edit.replacement !== textOf(entity, edit)));
}

/** Rules whose fixes can all be applied together without a reader's judgement. */
export const FIX_ALL_RULES: ReadonlySet<string> = new Set([
  'names.spelling',
  'dates.ap-format',
  'style.title-case',
  'glossary.preferred-form',
]);

/**
 * The preferred (first) fix of every finding of `rule`, as one list of edits in text order. A fix
 * that overlaps one already taken is left out whole, so each applied fix is applied completely.
 */
export function fixAllEdits(findings: readonly Finding[], rule: string): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.rule === rule ? finding.fixes[0] : undefined;
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits.map(({ start, end, replacement }) => ({ start, end, replacement })));
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The last word of a name: `Tokayev` of `Kassym-Jomart Tokayev`. */
function lastWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1];
}

/** `word` as a whole word in the mention (its last occurrence: the surname ends a full name). */
function replaceWord(mention: Mention, word: string, replacement: string): TextEdit[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
  const matches = [...mention.text.matchAll(pattern)];
  const last = matches[matches.length - 1];
  if (last?.index === undefined) return [];
  const start = mention.start + last.index;
  return [{ start, end: start + word.length, replacement }];
}

/** The full name inside a full mention; an all-capitals dateline form (`SPRINGFIELD`) stays capitals. */
function replaceFullName(mention: Mention, fullName: string, replacement: string): TextEdit[] {
  const inner = mention.text.indexOf(fullName);
  if (inner >= 0) return [{ start: mention.start + inner, end: mention.start + inner + fullName.length, replacement }];
  if (mention.text === fullName.toUpperCase()) return [{ start: mention.start, end: mention.end, replacement: replacement.toUpperCase() }];
  return [];
}

/** The current text under an edit, from the mention that contains it. */
function textOf(entity: Entity, edit: Span): string | undefined {
  const m = entity.mentions.find((mention) => mention.start <= edit.start && edit.end <= mention.end);
  return m?.text.slice(edit.start - m.start, edit.end - m.start);
}

function withoutOverlaps(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!out.some((other) => overlaps(edit, other))) out.push(edit);
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
