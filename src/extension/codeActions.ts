import * as vscode from 'vscode';
import {
  type Finding,
  FIX_ALL_RULES,
  fixAllEdits,
  frontMatterDateEdit,
  type Glossary,
  type GlossaryAddition,
  glossaryAddition,
  glossaryForms,
  type TextEdit,
} from '../core';
import { command } from './commands';
import { CommandIds } from './commandIds';
import { ruleOf } from './diagnostics';
import { mentionAt } from './lookup';
import { toRange } from './ranges';
import type { AnalysisCache, DocumentAnalysis } from './workspaceCache';

/** Findings that say "this name is new or unsure here": adding it to the glossary settles it. */
const GLOSSARY_RULES: ReadonlySet<string> = new Set(['names.spelling', 'names.first-reference', 'glossary.preferred-form']);

/** "Add to glossary" on a name without a diagnostic: offered, not a fix. */
export const ADD_TO_GLOSSARY_KIND = vscode.CodeActionKind.Refactor.append('copydesk.glossary');

/**
 * Code actions from the analysis. On a Copydesk diagnostic: the finding's own fixes (the first is
 * preferred, applied by "Auto Fix"); "Fix all … in the article" for rules whose fixes are safe to
 * apply together; "Add … to the glossary" where a finding doubts a name. On any name: "Add … to the
 * glossary" unless the glossary already has it. Diagnostics are matched to findings by rule id
 * (`code`) and range.
 */
export class FindingFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, ADD_TO_GLOSSARY_KIND],
  };

  constructor(
    private readonly cache: AnalysisCache,
    private readonly glossaryFor: (uri: vscode.Uri) => Promise<Glossary | undefined>,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const result = await this.cache.get(document);
    if (!result || result.version !== document.version || token.isCancellationRequested) return [];
    const glossary = await this.glossaryFor(document.uri);
    if (token.isCancellationRequested) return [];

    const actions: vscode.CodeAction[] = [];
    const fixAllOffered = new Set<string>();
    const glossaryOffered = new Set<string>();
    const offerGlossary = (addition: GlossaryAddition, diagnostics: vscode.Diagnostic[]) => {
      if (glossaryOffered.has(addition.name) || inGlossary(glossary, addition)) return;
      glossaryOffered.add(addition.name);
      actions.push(addToGlossaryAction(document, addition, diagnostics));
    };

    for (const diagnostic of context.diagnostics) {
      const rule = ruleOf(diagnostic);
      const finding =
        rule === undefined
          ? undefined
          : result.analysis.findings.find((f) => f.rule === rule && toRange(document, f).isEqual(diagnostic.range));
      if (!finding) continue;
      actions.push(...fixesOf(document, finding, diagnostic));
      if (FIX_ALL_RULES.has(finding.rule) && !fixAllOffered.has(finding.rule)) {
        fixAllOffered.add(finding.rule);
        const fixAll = fixAllAction(document, result, finding.rule);
        if (fixAll) actions.push(fixAll);
      }
      if (GLOSSARY_RULES.has(finding.rule) && !isAvoidedForm(glossary, result.text.slice(finding.start, finding.end))) {
        offerGlossary(additionAt(result, finding), [diagnostic]);
      }
    }

    actions.push(...articleDateActions(document, result, range));

    const hit = mentionAt(result.analysis, document.offsetAt(range.start));
    if (hit && hit.mention.link !== 'title') offerGlossary(glossaryAddition(hit.entity, result.analysis.findings), []);

    return context.only ? actions.filter((action) => action.kind && context.only?.contains(action.kind)) : actions;
  }
}

/**
 * The dateline gives no year and nothing else dates the article, so the year is the file's (see the
 * date hover): returns the date so assumed, or null. A reference date set in the settings is not
 * assumed (its source is `option`).
 */
export function assumedDatelineDay(result: DocumentAnalysis): string | null {
  const { analysis } = result;
  if (analysis.referenceDate.source === 'option' || !analysis.dateline?.date) return null;
  return analysis.referenceDate.yearAssumed ? analysis.dateline.date : null;
}

/** Whether a date's text carries its own year (`Jan. 9, 2022`): the assumed year does not touch it. */
export function writesYear(text: string): boolean {
  return /\b\d{4}\b/.test(text);
}

/**
 * "Set the article's date" where the year is assumed (on the dateline, or on a date without its own
 * year): front matter `date:` in Markdown, the first source of the reference date; otherwise the
 * `copydesk.referenceDate` setting, which has resource scope, so it is set for the article's
 * workspace folder (and overrides every article there: the title says so).
 */
function articleDateActions(document: vscode.TextDocument, result: DocumentAnalysis, range: vscode.Range): vscode.CodeAction[] {
  const day = assumedDatelineDay(result);
  if (!day) return [];
  const { analysis } = result;
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const touches = (span: { start: number; end: number }) => span.start <= end && start <= span.end;
  const onDate = analysis.dates.some((d) => touches(d) && !writesYear(d.text));
  if (!(analysis.dateline && touches(analysis.dateline)) && !onDate) return [];
  if (document.languageId === 'markdown') {
    const action = new vscode.CodeAction(`Set the article's date in its front matter (date: ${day})`, vscode.CodeActionKind.QuickFix);
    action.edit = editOf(document, [frontMatterDateEdit(result.text, day)]);
    return [action];
  }
  const where = vscode.workspace.getWorkspaceFolder(document.uri) ? 'every article in this folder' : 'every article you open';
  const title = `Set copydesk.referenceDate to ${day} (applies to ${where})`;
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = command(CommandIds.setReferenceDate, title, [document.uri.toString(), day]);
  return [action];
}

function fixesOf(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return finding.fixes.map((fix, index) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = index === 0;
    action.edit = editOf(document, fix.edits);
    return action;
  });
}

/** Every fix of the rule at once; only worth offering when there is more than one. */
function fixAllAction(document: vscode.TextDocument, result: DocumentAnalysis, rule: string): vscode.CodeAction | undefined {
  const edits = fixAllEdits(result.analysis.findings, rule);
  const count = result.analysis.findings.filter((f) => f.rule === rule && f.fixes.length > 0).length;
  if (count < 2 || edits.length === 0) return undefined;
  const action = new vscode.CodeAction(`Fix all ${count} “${rule}” problems in the article`, vscode.CodeActionKind.QuickFix);
  action.edit = editOf(document, edits);
  action.diagnostics = vscode.languages
    .getDiagnostics(document.uri)
    .filter((diagnostic) => ruleOf(diagnostic) === rule);
  return action;
}

function addToGlossaryAction(
  document: vscode.TextDocument,
  addition: GlossaryAddition,
  diagnostics: vscode.Diagnostic[],
): vscode.CodeAction {
  const title = `Add “${addition.name}” to the glossary`;
  const action = new vscode.CodeAction(title, diagnostics.length > 0 ? vscode.CodeActionKind.QuickFix : ADD_TO_GLOSSARY_KIND);
  action.diagnostics = diagnostics;
  action.command = command(CommandIds.addToGlossary, title, [document.uri.toString(), addition]);
  return action;
}

/** The entity the finding is about (its mention at the finding), else the flagged word alone. */
function additionAt(result: DocumentAnalysis, finding: Finding): GlossaryAddition {
  const hit = mentionAt(result.analysis, finding.start);
  if (hit && hit.mention.start <= finding.start && finding.end <= hit.mention.end) {
    return glossaryAddition(hit.entity, result.analysis.findings);
  }
  return { name: result.text.slice(finding.start, finding.end), aliases: [] };
}

/** The glossary lists the name and every alias already: nothing to add. */
function inGlossary(glossary: Glossary | undefined, addition: GlossaryAddition): boolean {
  const forms = glossaryForms(glossary);
  return forms.has(addition.name) && addition.aliases.every((alias) => forms.has(alias));
}

/** A form the glossary says to avoid is never added to it. */
function isAvoidedForm(glossary: Glossary | undefined, text: string): boolean {
  return !!glossary?.entries.some((entry) => entry.avoid.some((avoided) => avoided.form === text));
}

function editOf(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { start, end, replacement } of edits) edit.replace(document.uri, toRange(document, { start, end }), replacement);
  return edit;
}

export function registerCodeActions(
  selector: vscode.DocumentSelector,
  cache: AnalysisCache,
  glossaryFor: (uri: vscode.Uri) => Promise<Glossary | undefined>,
): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(selector, new FindingFixProvider(cache, glossaryFor), FindingFixProvider.metadata),
  );
}
