export { parseGlossary, type ParsedGlossary } from './parse';
export type { AvoidedForm, Glossary, GlossaryEntry, GlossaryProblem } from './types';
export { applyGlossaryNotes, glossaryForms } from './lookup';
export { addToGlossaryJson, glossaryAddition, type GlossaryAddition, type GlossaryUpdate } from './edit';
