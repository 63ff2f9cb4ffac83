import * as vscode from 'vscode';
import type { Span } from '../core';

/** Core offsets (UTF-16 code units, the same as VS Code's) to editor ranges: the only place they meet. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
