import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildGraph, coreInternalImports, findCycles, type ImportGraph, sourceFiles } from '../importGraph';

const ROOT = path.join(__dirname, '..', '..');

function graphOf(files: Record<string, string>): ImportGraph {
  return buildGraph(Object.keys(files).sort(), (file) => files[file]);
}

describe('import graph: the checker itself', () => {
  it('follows value, type-only, re-export, side-effect and dynamic imports, and resolves folders to index.ts', () => {
    const graph = graphOf({
      'src/a.ts': "import { b } from './b';\nimport type { C } from './c';\nexport { d } from './d';\nimport './e';\n",
      'src/b.ts': "export const load = () => import('./lib');\n",
      'src/c.ts': "import * as vscode from 'vscode';\nexport type C = vscode.Uri;\n",
      'src/d.ts': 'export const d = 1;\n',
      'src/e.ts': '',
      'src/lib/index.ts': "export type { C } from '../c';\n",
    });
    assert.deepEqual(graph.get('src/a.ts'), ['src/b.ts', 'src/c.ts', 'src/d.ts', 'src/e.ts']);
    assert.deepEqual(graph.get('src/b.ts'), ['src/lib/index.ts']);
    assert.deepEqual(graph.get('src/c.ts'), [], 'packages are outside the graph');
    assert.deepEqual(findCycles(graph), []);
  });

  it('finds a cycle made only of type imports, and a longer one, once each', () => {
    const graph = graphOf({
      'src/types.ts': "import type { G } from './glossary/types';\nexport type A = G;\n",
      'src/glossary/types.ts': "import type { A } from '../types';\nexport type G = A[];\n",
      'src/x.ts': "import { y } from './y';\nexport const x = y;\n",
      'src/y.ts': "import { z } from './z';\nexport const y = z;\n",
      'src/z.ts': "import { x } from './x';\nexport const z = () => x;\n",
      'src/leaf.ts': "import { x } from './x';\nexport const leaf = x;\n",
    });
    assert.deepEqual(findCycles(graph), [
      ['src/glossary/types.ts', 'src/types.ts'],
      ['src/x.ts', 'src/y.ts', 'src/z.ts'],
    ]);
  });

  it('reports imports of core internals from outside the core, and allows the core importing itself', () => {
    const graph = graphOf({
      'src/core/index.ts': "export * from './types';\n",
      'src/core/types.ts': 'export type Span = { start: number };\n',
      'src/core/analyze.ts': "import type { Span } from './types';\nexport const f = (s: Span) => s;\n",
      'src/extension/ok.ts': "import type { Span } from '../core';\nexport type S = Span;\n",
      'src/cli/bad.ts': "import type { Span } from '../core/types';\nexport type S = Span;\n",
    });
    assert.deepEqual(coreInternalImports(graph, 'src/core'), ['src/cli/bad.ts -> src/core/types.ts']);
  });
});

describe('import graph: src/', () => {
  const files = sourceFiles(path.join(ROOT, 'src'), ROOT);
  const graph = buildGraph(files, (file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));

  it('reads the whole tree (so the checks below cannot pass on an empty graph)', () => {
    assert.ok(files.length > 50, `only ${files.length} files under src/`);
    assert.ok(files.includes('src/core/index.ts') && files.includes('src/extension/extension.ts') && files.includes('src/cli/main.ts'));
    const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
    assert.ok(edges > files.length, `only ${edges} imports between ${files.length} files`);
  });

  it('has no import cycle, type-only imports included', () => {
    const cycles = findCycles(graph);
    assert.deepEqual(cycles, [], `import cycles:\n${cycles.map((cycle) => `  ${cycle.join(' <-> ')}`).join('\n')}`);
  });

  it('imports the engine only through src/core/index.ts from outside src/core', () => {
    assert.deepEqual(coreInternalImports(graph, 'src/core'), []);
  });
});
