/**
 * The shape the guide promises, checked on the real import graph: no module waits on itself
 * through a cycle, the in-memory Excel (a test double) is not part of the product, and it depends
 * on nothing of the product but the engine's grid vocabulary.
 */
import path from 'node:path';
import { cycles, importGraph } from './import-graph';

const ROOT = path.resolve(__dirname, '../..');
const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');
const graph = importGraph(path.join(ROOT, 'src'), path.join(ROOT, 'in-memory-excel'));
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => [rel(from), rel(to)] as const));

describe('the import graph', () => {
  it('reads the whole project (well over a hundred modules)', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(edges.length).toBeGreaterThan(graph.size);
  });

  it('has no import cycles in src/ or in-memory-excel/', () => {
    expect(cycles(graph).map((group) => group.map(rel))).toEqual([]);
  });

  it('finds a cycle when there is one (so the check above can fail)', () => {
    const made = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(made)).toEqual([['a', 'b', 'c']]);
  });

  it('keeps the in-memory Excel out of the product: only the playground uses it', () => {
    const users = edges.filter(
      ([from, to]) => to.startsWith('in-memory-excel/') && !from.startsWith('in-memory-excel/'),
    );
    expect(users.filter(([from]) => !from.startsWith('src/playground/'))).toEqual([]);
  });

  it("lets the in-memory Excel use only the engine's grid vocabulary of the product", () => {
    const used = new Set(
      edges.filter(([from, to]) => from.startsWith('in-memory-excel/') && to.startsWith('src/')).map(([, to]) => to),
    );
    expect([...used]).toEqual(['src/engine/grid.ts']);
  });

  it('keeps the engine free of adapters and UI', () => {
    const outward = edges.filter(([from, to]) => from.startsWith('src/engine/') && !to.startsWith('src/engine/'));
    expect(outward).toEqual([]);
  });
});
