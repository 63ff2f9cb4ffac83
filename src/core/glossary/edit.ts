import type { Entity, EntityKind, Finding } from '../types';

/** What "Add to glossary" writes: the canonical name, its kind and the other forms the article uses. */
export interface GlossaryAddition {
  readonly name: string;
  readonly kind?: EntityKind;
  readonly aliases: readonly string[];
}

/** Rules whose findings mark a form as wrong: such a form never becomes an alias. */
const MISSPELLING_RULES: ReadonlySet<string> = new Set(['names.spelling', 'glossary.preferred-form']);

/**
 * The glossary entry an entity stands for. Aliases are the short forms that agree with the name: a
 * person's surname (`Tokayev`), a leading part of an organization's name (`Northline`), acronyms.
 * Titles (`the President`) and forms a finding calls misspelled (`Okafour`) are left out.
 * @example glossaryAddition(tokayev) // { name: 'Kassym-Jomart Tokayev', kind: 'person', aliases: ['Tokayev'] }
 */
export function glossaryAddition(entity: Entity, findings: readonly Finding[] = []): GlossaryAddition {
  const flagged = (start: number) => findings.some((f) => MISSPELLING_RULES.has(f.rule) && f.start === start);
  const aliases = new Set<string>();
  for (const m of entity.mentions) {
    if (m.text === entity.name || flagged(m.start)) continue;
    const fits =
      (m.link === 'surname' && endsWithWord(entity.name, m.text)) ||
      (m.link === 'partial' && entity.name.startsWith(`${m.text} `)) ||
      m.link === 'acronym';
    if (fits) aliases.add(m.text);
  }
  return { name: entity.name, kind: entity.kind, aliases: [...aliases] };
}

export type GlossaryUpdate =
  | { readonly text: string; readonly change: 'created' | 'added' | 'updated' | 'unchanged' }
  | { readonly error: string };

/**
 * A JSON glossary's new text with `addition` in it: a new entry, or the entry already listing that
 * name (as name or alias) with any missing aliases and kind added. Every other field and entry is
 * kept as it was; `source` undefined means there is no glossary yet. A file that is not a glossary
 * is left alone and described in `error`.
 */
export function addToGlossaryJson(source: string | undefined, addition: GlossaryAddition): GlossaryUpdate {
  let data: unknown = { entries: [] };
  if (source !== undefined && source.trim() !== '') {
    try {
      data = JSON.parse(source.replace(/^\uFEFF/, ''));
    } catch (err) {
      return { error: `The glossary is not valid JSON (${err instanceof Error ? err.message : String(err)}): fix it first.` };
    }
  }
  const entries = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.entries) ? data.entries : undefined;
  if (!entries) return { error: 'The glossary is not an object with an "entries" list: fix it first.' };

  const existing = entries.find(
    (e: unknown) =>
      isObject(e) && (e.name === addition.name || (Array.isArray(e.aliases) && e.aliases.includes(addition.name))),
  ) as Record<string, unknown> | undefined;
  let change: 'created' | 'added' | 'updated' | 'unchanged';
  if (existing) {
    const aliases: unknown[] = Array.isArray(existing.aliases) ? [...existing.aliases] : [];
    const missing = addition.aliases.filter((a) => a !== existing.name && !aliases.includes(a));
    const addKind = existing.kind === undefined && addition.kind !== undefined;
    if (missing.length === 0 && !addKind) return { text: source ?? '', change: 'unchanged' };
    if (missing.length > 0) existing.aliases = [...aliases, ...missing];
    if (addKind) existing.kind = addition.kind;
    change = 'updated';
  } else {
    const entry: Record<string, unknown> = { name: addition.name };
    if (addition.kind) entry.kind = addition.kind;
    if (addition.aliases.length > 0) entry.aliases = [...addition.aliases];
    entries.push(entry);
    change = source === undefined ? 'created' : 'added';
  }
  return { text: `${JSON.stringify(data, null, 2)}\n`, change };
}

/** `Tokayev` ends `Kassym-Jomart Tokayev` as a word (after a space or hyphen). */
function endsWithWord(name: string, word: string): boolean {
  return name.endsWith(word) && name.length > word.length && /[\s-]/.test(name[name.length - word.length - 1]);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
