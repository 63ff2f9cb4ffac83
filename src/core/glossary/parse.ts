import { load as loadYaml, YAMLException } from 'js-yaml';
import type { EntityKind } from '../types';
import type { AvoidedForm, Glossary, GlossaryEntry, GlossaryProblem } from './types';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place'];

export interface ParsedGlossary {
  /** The usable entries, possibly fewer than the file lists; empty when the file cannot be read. */
  readonly glossary: Glossary;
  readonly problems: readonly GlossaryProblem[];
}

/**
 * Parses a glossary file (JSON, or YAML with `format: 'yaml'`). Never throws: syntax errors come back
 * as one problem with its line and column, and entries that do not fit the schema are skipped with
 * a problem each, so one bad entry never disables the rest. YAML is loaded with the JSON schema only:
 * nothing in the file is ever executed or turned into objects other than plain data.
 */
export function parseGlossary(source: string, format: 'json' | 'yaml' = 'json'): ParsedGlossary {
  let data: unknown;
  try {
    data = format === 'yaml' ? loadYaml(source, { json: true }) : JSON.parse(source);
  } catch (err) {
    return { glossary: { entries: [] }, problems: [syntaxProblem(source, err)] };
  }
  const problems: GlossaryProblem[] = [];
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.entries) ? data.entries : null;
  if (!list) {
    if (data === undefined || data === null) return { glossary: { entries: [] }, problems };
    return {
      glossary: { entries: [] },
      problems: [{ line: 1, column: 1, message: 'A glossary is an object with an "entries" list (or a list of entries).' }],
    };
  }
  const entries: GlossaryEntry[] = [];
  list.forEach((raw: unknown, i: number) => {
    const where = locate(source, raw);
    const entry = toEntry(raw);
    if (typeof entry === 'string') problems.push({ ...where, message: `Entry ${i + 1}: ${entry}` });
    else entries.push(entry);
  });
  return { glossary: { entries }, problems };
}

function toEntry(raw: unknown): GlossaryEntry | string {
  if (!isObject(raw)) return 'expected an object with a "name".';
  if (typeof raw.name !== 'string' || raw.name.trim() === '') return '"name" must be a non-empty string.';
  if (raw.kind !== undefined && !KINDS.includes(raw.kind as EntityKind)) return `"kind" must be one of ${KINDS.join(', ')}.`;
  const aliases = raw.aliases ?? [];
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) return '"aliases" must be a list of strings.';
  const avoid: AvoidedForm[] = [];
  for (const a of (raw.avoid ?? []) as unknown[]) {
    if (typeof a === 'string') avoid.push({ form: a });
    else if (isObject(a) && typeof a.form === 'string' && a.form.trim() !== '') {
      if (a.since !== undefined && (typeof a.since !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(a.since))) {
        return `"since" of "${a.form}" must be a date as YYYY-MM-DD.`;
      }
      avoid.push({ form: a.form, reason: typeof a.reason === 'string' ? a.reason : undefined, since: a.since as string | undefined });
    } else return '"avoid" must be a list of forms (strings, or objects with "form", "reason", "since").';
  }
  if (raw.note !== undefined && typeof raw.note !== 'string') return '"note" must be a string.';
  return {
    name: raw.name.trim(),
    kind: raw.kind as EntityKind | undefined,
    aliases: aliases.map((a: string) => a.trim()).filter(Boolean),
    avoid,
    note: raw.note as string | undefined,
  };
}

function syntaxProblem(source: string, err: unknown): GlossaryProblem {
  if (err instanceof YAMLException && err.mark) {
    return { line: err.mark.line + 1, column: err.mark.column + 1, message: `Glossary is not valid YAML: ${err.reason}` };
  }
  const message = err instanceof Error ? err.message : String(err);
  // JSON.parse does not always say where it failed; a YAML reading of the same text (JSON is
  // nearly a subset of YAML) usually does.
  try {
    loadYaml(source, { json: true });
  } catch (yamlErr) {
    if (yamlErr instanceof YAMLException && yamlErr.mark) {
      return { line: yamlErr.mark.line + 1, column: yamlErr.mark.column + 1, message: `Glossary is not valid JSON: ${message}` };
    }
  }
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = source.slice(0, +pos[1]).split(/\r\n|\r|\n/);
    return { line: before.length, column: before[before.length - 1].length + 1, message: `Glossary is not valid JSON: ${message}` };
  }
  return { line: 1, column: 1, message: `Glossary is not valid JSON: ${message}` };
}

/** Best-effort position of an entry: the line where its name first appears in the file. */
function locate(source: string, raw: unknown): { line: number; column: number } {
  const name = isObject(raw) && typeof raw.name === 'string' ? raw.name : null;
  const at = name ? source.indexOf(name) : -1;
  if (at < 0) return { line: 1, column: 1 };
  const before = source.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
