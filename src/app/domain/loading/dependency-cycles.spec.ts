import { findCycles } from './dependency-cycles';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('finds nothing in an acyclic graph', () => {
    expect(findCycles(['a', 'b', 'c'], graph({ a: ['b', 'c'], b: ['c'] }))).toEqual([]);
  });

  it('reports a self-dependency', () => {
    expect(findCycles(['a', 'b'], graph({ a: ['a'], b: ['a'] }))).toEqual([['a', 'a']]);
  });

  it('reports a cycle as a closed path starting at the first node in order', () => {
    expect(findCycles(['x', 'c', 'a', 'b'], graph({ a: ['b'], b: ['c'], c: ['a'], x: ['a'] }))).toEqual([
      ['c', 'a', 'b', 'c'],
    ]);
  });

  it('reports each separate cycle once, in node order', () => {
    const cycles = findCycles(['a', 'b', 'c', 'd'], graph({ d: ['c'], c: ['d'], a: ['b'], b: ['a'] }));
    expect(cycles).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
    ]);
  });

  it('gives the shortest way round when a group has several cycles', () => {
    const cycles = findCycles(['a', 'b', 'c'], graph({ a: ['b', 'c'], b: ['c'], c: ['a'] }));
    expect(cycles).toEqual([['a', 'c', 'a']]);
  });

  it('ignores links to unknown nodes', () => {
    expect(findCycles(['a'], graph({ a: ['zzz'], zzz: ['a'] }))).toEqual([]);
  });
});
