import type { AnalyzeOptions, Finding } from '../types';
import { LineIndex } from '../text/lines';
import { acronymsUnexpanded } from './acronymsUnexpanded';
import type { Rule, RuleContext } from './context';
import { datesAmbiguousRelative } from './datesAmbiguous';
import { datesApFormat } from './datesApFormat';
import { datesTenseConflict } from './datesTenseConflict';
import { datesWeekdayMismatch } from './datesWeekday';
import { glossaryPreferredForm } from './glossaryPreferredForm';
import { namesFirstReference } from './namesFirstReference';
import { namesRoleConsistency } from './namesRoleConsistency';
import { namesSpelling } from './namesSpelling';
import { styleTitleCase } from './styleTitleCase';

/** Every rule, in the order their findings are listed for one offset. */
export const RULES: readonly Rule[] = [
  namesSpelling,
  namesFirstReference,
  namesRoleConsistency,
  acronymsUnexpanded,
  styleTitleCase,
  datesWeekdayMismatch,
  datesAmbiguousRelative,
  datesTenseConflict,
  datesApFormat,
  glossaryPreferredForm,
];

export { RULE_IDS } from './ids';

/** The analysis the rules read: everything but what runRules derives itself. */
export type RuleInput = Omit<RuleContext, 'lines' | 'options'>;

/**
 * Runs every enabled rule and settles severities from the options. A rule that throws is skipped
 * (its id is reported as an `internal.rule-error` hint) so one bug never hides the other findings.
 */
export function runRules(input: RuleInput, options: AnalyzeOptions): Finding[] {
  const context = { ...input, lines: new LineIndex(input.text), options };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    if (rule.apStyle && options.apStyle === false && setting === undefined) continue;
    const severity = setting ?? rule.defaultSeverity;
    try {
      for (const raw of rule.check(context)) findings.push({ ...raw, rule: rule.id, severity });
    } catch (err) {
      findings.push({
        start: 0,
        end: 0,
        rule: 'internal.rule-error',
        severity: 'hint',
        message: `Copydesk rule ${rule.id} failed on this text and was skipped: ${err instanceof Error ? err.message : String(err)}`,
        fixes: [],
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
