// The public surface of the Copydesk engine (bundled alone as dist/core.js). The extension, the CLI
// and any other user import the engine from here only: the import-graph test and the lint rule
// (eslint.config.mjs) forbid reaching into src/core's internals from outside it.
export { analyzeArticle } from './analyze';
export * from './types';
export { createIncrementalAnalyzer, type IncrementalAnalyzer } from './incremental';
export { FIX_ALL_RULES, fixAllEdits, renameEdits, renameTarget, type RenamedForm, type RenameTarget, type TextEdit } from './edits';
export {
  addToGlossaryJson,
  glossaryAddition,
  glossaryForms,
  parseGlossary,
  type AvoidedForm,
  type Glossary,
  type GlossaryAddition,
  type GlossaryEntry,
  type GlossaryProblem,
  type GlossaryUpdate,
  type ParsedGlossary,
} from './glossary';
export { RULE_IDS, type RuleId } from './rules/ids';
export { LineIndex } from './text/lines';
export { splitSentences } from './text/sentences';
export { compareEvents } from './events/order';
export * from './archive';
export { frontMatterDateEdit } from './rules/articleDate';
