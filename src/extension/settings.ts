import { RULE_IDS, type RuleSeverity } from '../core';

/**
 * The `copydesk.*` settings after validation. Read only by the adapter (`Settings` in
 * configuration.ts); the core receives the parts it needs as `AnalyzeOptions`.
 */
export interface CopydeskSettings {
  /** Language ids whose documents are analysed. @example ['plaintext', 'markdown', 'news'] */
  readonly languages: readonly string[];
  /** Overrides every other source of the reference date. @example '2022-01-09' */
  readonly referenceDate: string | undefined;
  /** Quiet time after an edit before diagnostics are recomputed, in milliseconds. */
  readonly debounceMs: number;
  /** Per-rule severity overrides. @example { 'names.first-reference': 'off' } */
  readonly rules: Readonly<Record<string, RuleSeverity>>;
  /** Documents longer than this (in characters) are analysed only up to it. */
  readonly maxFileSize: number;
  /** AP style rules (`dates.ap-format`, `style.title-case`); false for newsrooms with their own style. */
  readonly apStyle: boolean;
  /** Acronyms the readers know without expansion. @example ['IDOT', 'CTA'] */
  readonly knownAcronyms: readonly string[];
  /**
   * The glossary file, relative to the workspace folder; empty for the default
   * `.copydesk/glossary.json` (or `.yaml`, `.yml`). Ignored in untrusted workspaces.
   * @example 'style/glossary.yaml'
   */
  readonly glossaryPath: string;
}

export type SettingKey = keyof CopydeskSettings;

export const SETTINGS_SECTION = 'copydesk';

export const DEFAULT_SETTINGS: CopydeskSettings = {
  languages: ['plaintext', 'markdown', 'news'],
  referenceDate: undefined,
  debounceMs: 300,
  rules: {},
  maxFileSize: 1_000_000,
  apStyle: true,
  knownAcronyms: [],
  glossaryPath: '',
};

export const SETTING_KEYS: readonly SettingKey[] = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

const SEVERITIES: ReadonlySet<string> = new Set<RuleSeverity>(['off', 'hint', 'information', 'warning', 'error']);

/** Longer delays make the Problems panel feel broken; anything above this is treated as a typo. */
const MAX_DEBOUNCE_MS = 10_000;

/**
 * Validates raw configuration values one by one: a value of the wrong type or out of range falls
 * back to its default (settings are hand-edited JSON; a typo must never stop the extension).
 * `report` receives one line per value ignored, naming its key, e.g.
 * `copydesk.debounceMs: "fast" is not a number from 0 to 10000`.
 */
export function normalizeSettings(get: (key: SettingKey) => unknown, report: (problem: string) => void = () => undefined): CopydeskSettings {
  const check = <T>(key: SettingKey, value: unknown, read: (value: unknown) => T | undefined, expected: string): T | undefined => {
    const result = read(value);
    if (result === undefined && value !== undefined && value !== null && value !== '') {
      report(`copydesk.${key}: ${show(value)} is not ${expected}`);
    }
    return result;
  };
  const isBoolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
  const isString = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
  return {
    languages: check('languages', get('languages'), stringsOf, 'a list of language ids') ?? DEFAULT_SETTINGS.languages,
    referenceDate: check('referenceDate', get('referenceDate'), isoDayOf, 'a day YYYY-MM-DD'),
    debounceMs:
      check('debounceMs', get('debounceMs'), (v) => numberOf(v, 0, MAX_DEBOUNCE_MS), `a number from 0 to ${MAX_DEBOUNCE_MS}`) ??
      DEFAULT_SETTINGS.debounceMs,
    rules: rulesOf(get('rules'), report),
    maxFileSize:
      check('maxFileSize', get('maxFileSize'), (v) => numberOf(v, 1, Number.MAX_SAFE_INTEGER), 'a positive number of characters') ??
      DEFAULT_SETTINGS.maxFileSize,
    apStyle: check('apStyle', get('apStyle'), isBoolean, 'true or false') ?? DEFAULT_SETTINGS.apStyle,
    knownAcronyms: check('knownAcronyms', get('knownAcronyms'), stringsOf, 'a list of acronyms') ?? DEFAULT_SETTINGS.knownAcronyms,
    glossaryPath: check('glossaryPath', get('glossaryPath'), isString, 'a path') ?? DEFAULT_SETTINGS.glossaryPath,
  };
}

/** A setting's value as it reads in settings.json, cut short. */
function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/** The non-empty strings of an array, trimmed; undefined when `value` is not an array. */
function stringsOf(value: unknown): readonly string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((id): id is string => typeof id === 'string' && id.trim() !== '').map((id) => id.trim());
}

/** A real calendar day `YYYY-MM-DD`; `2022-02-30` and `''` are not. */
export function isoDayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? match[0] : undefined;
}

function numberOf(value: unknown, min: number, max: number): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) return undefined;
  return Math.floor(value);
}

const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);

function rulesOf(value: unknown, report: (problem: string) => void): Readonly<Record<string, RuleSeverity>> {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.rules;
  if (typeof value !== 'object' || Array.isArray(value)) {
    report(`copydesk.rules: ${show(value)} is not an object of rule ids and severities`);
    return DEFAULT_SETTINGS.rules;
  }
  const rules: Record<string, RuleSeverity> = {};
  for (const [rule, severity] of Object.entries(value)) {
    if (!KNOWN_RULES.has(rule)) report(`copydesk.rules: unknown rule id ${show(rule)}`);
    else if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
      report(`copydesk.rules.${rule}: ${show(severity)} is not one of ${[...SEVERITIES].join(', ')}`);
    } else rules[rule] = severity as RuleSeverity;
  }
  return rules;
}
