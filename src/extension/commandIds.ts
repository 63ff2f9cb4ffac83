/**
 * The ids of every command the extension registers. Kept free of `vscode` so that a plain Node test
 * can check them against `contributes.commands` in package.json.
 */
export const CommandIds = {
  addNamesToSpellChecker: 'copydesk.addNamesToSpellChecker',
  addToGlossary: 'copydesk.addToGlossary',
  nextMention: 'copydesk.nextMention',
  openSample: 'copydesk.openSample',
  previousMention: 'copydesk.previousMention',
  refresh: 'copydesk.refresh',
  revealRange: 'copydesk.revealRange',
  setReferenceDate: 'copydesk.setReferenceDate',
  showInWorkspace: 'copydesk.showInWorkspace',
  showOutput: 'copydesk.showOutput',
  showTimeline: 'copydesk.showTimeline',
  viewArticle: 'copydesk.viewArticle',
  viewWorkspace: 'copydesk.viewWorkspace',
  wrapArticleLanguages: 'copydesk.wrapArticleLanguages',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];

export const ALL_COMMAND_IDS: readonly CommandId[] = Object.values(CommandIds);

/** Context keys the extension sets for `when` clauses in package.json. */
export const ContextKeys = {
  /** The language ids `copydesk.languages` enables: `editorLangId in copydesk.enabledLanguages`. */
  enabledLanguages: 'copydesk.enabledLanguages',
  /** True once the extension has activated: shows the Copydesk view. */
  active: 'copydesk.active',
  /** What the Copydesk view shows: `article` (the active article) or `workspace` (the index). */
  viewMode: 'copydesk.viewMode',
} as const;

/** The sample article the walkthrough opens. */
export const SAMPLE_ARTICLE = 'kazakhstan-unrest.txt';

/** The id of the Copydesk tree view in the Explorer. */
export const OUTLINE_VIEW_ID = 'copydesk.outline';
