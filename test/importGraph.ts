import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * The import graph of a source tree: every relative import, re-export and dynamic `import()` of each
 * `.ts` file, type-only imports included (a type-only cycle still ties two modules together: neither
 * can be understood, moved or tested without the other).
 */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** Files of `root` (recursively), as paths relative to `base` with `/` separators. */
export function sourceFiles(root: string, base: string): string[] {
  return fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.relative(base, path.join(root, file)).split(path.sep).join('/'))
    .sort();
}

/** The module specifiers a file names: `import`, `import type`, `export … from`, `import()`, `require()`. */
export function importSpecifiers(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map((file) => file.fileName);
}

/**
 * Resolves a relative specifier the way TypeScript's node resolution does for our sources:
 * `./x` → `x.ts` or `x/index.ts`. Bare specifiers (packages, `vscode`) are outside the graph.
 */
export function resolveSpecifier(from: string, specifier: string, exists: (file: string) => boolean): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [target, `${target}.ts`, `${target}/index.ts`]) {
    if (candidate.endsWith('.ts') && exists(candidate)) return candidate;
  }
  return undefined;
}

/** Builds the graph of `files` (relative paths) from their text. */
export function buildGraph(files: readonly string[], read: (file: string) => string): ImportGraph {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importSpecifiers(read(file))
      .map((specifier) => resolveSpecifier(file, specifier, (candidate) => known.has(candidate)))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * The cycles of the graph: its strongly connected components of more than one file (or one file
 * importing itself), each sorted, the list sorted by first file. Tarjan's algorithm, iterative so a
 * deep tree cannot overflow the stack.
 */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];

  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * Imports that reach into the engine from outside it: a file outside `coreDir` importing any file of
 * `coreDir` other than its public surface `coreDir/index.ts`. Returned as `from -> to`.
 */
export function coreInternalImports(graph: ImportGraph, coreDir: string): string[] {
  const inside = (file: string) => file.startsWith(`${coreDir}/`);
  const surface = `${coreDir}/index.ts`;
  const found: string[] = [];
  for (const [from, targets] of graph) {
    if (inside(from)) continue;
    for (const to of targets) if (inside(to) && to !== surface) found.push(`${from} -> ${to}`);
  }
  return found;
}
