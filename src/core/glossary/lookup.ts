import type { Entity } from '../types';
import type { Glossary, GlossaryEntry } from './types';

/** Every accepted form of the glossary (names and aliases), for quick membership tests. */
export function glossaryForms(glossary: Glossary | undefined): Map<string, GlossaryEntry> {
  const forms = new Map<string, GlossaryEntry>();
  for (const entry of glossary?.entries ?? []) {
    forms.set(entry.name, entry);
    for (const alias of entry.aliases) forms.set(alias, entry);
  }
  return forms;
}

/** The entities with the glossary's note added where their name or an alias is a glossary form. */
export function applyGlossaryNotes(entities: readonly Entity[], glossary: Glossary | undefined): Entity[] {
  if (!glossary || glossary.entries.length === 0) return [...entities];
  const forms = glossaryForms(glossary);
  return entities.map((e) => {
    const entry = forms.get(e.name) ?? e.aliases.map((a) => forms.get(a)).find(Boolean);
    if (!entry?.note) return e;
    return { ...e, note: e.note ? `${e.note} — ${entry.note}` : entry.note };
  });
}
