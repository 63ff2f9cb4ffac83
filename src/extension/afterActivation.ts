/**
 * Runs `task` on the event loop's next turn, once activate() has returned. VS Code counts everything
 * activate() does before it returns as Copydesk's activation time, and the extension host runs
 * nothing else meanwhile; work that only has to start soon (reading settings per folder, watching
 * files, scheduling the open documents' first analysis) goes here. Disposing first cancels it.
 * Free of `vscode`.
 */
export function afterActivation(task: () => void): { dispose(): void } {
  const timer = setTimeout(task, 0);
  return { dispose: () => clearTimeout(timer) };
}
