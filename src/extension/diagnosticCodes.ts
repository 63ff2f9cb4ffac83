import * as vscode from 'vscode';

// What every Copydesk diagnostic carries, whoever publishes it (the article's findings in
// diagnostics.ts, the glossary file's problems in glossary.ts): a module of its own so that neither
// publisher imports the other.

export const DIAGNOSTIC_SOURCE = 'copydesk';

/** Where each rule is explained: the README's rules section (linked from the Problems panel). */
export const RULES_DOCUMENTATION = vscode.Uri.parse('https://github.com/copydesk/copydesk#rules');
