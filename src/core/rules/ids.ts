/**
 * Every rule id, in report order. Kept apart from the rules themselves so that settings validation
 * (in the extension host) can know the ids without loading the engine; test/unit/rules.test.ts
 * checks that this list and the registered rules agree.
 */
export const RULE_IDS = [
  'names.spelling',
  'names.first-reference',
  'names.role-consistency',
  'acronyms.unexpanded',
  'style.title-case',
  'dates.weekday-mismatch',
  'dates.ambiguous-relative',
  'dates.tense-conflict',
  'dates.ap-format',
  'glossary.preferred-form',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
