import { filterFromParams, filterToParams, KnownValues, resetFilterParams } from './filter-params';
import { EMPTY_MATRIX_FILTER, MatrixFilter, NO_TAG } from './matrix-filter';

const KNOWN: KnownValues = {
  dimensions: ['Build and Deployment', 'Implementation'],
  subDimensions: ['Build', 'Deployment', 'Infrastructure Hardening'],
  tags: ['sbom', 'ci-cd'],
  maxLevel: 5,
};

describe('matrix filter in the URL', () => {
  it('round-trips every criterion', () => {
    const filter: MatrixFilter = {
      dimensions: ['Implementation'],
      subDimensions: ['Build', 'Deployment'],
      tags: ['sbom', NO_TAG],
      levelFrom: 2,
      levelTo: 4,
      search: 'secret scanning',
      progress: 'open',
    };
    expect(filterFromParams(filterToParams(filter), KNOWN)).toEqual(filter);
  });

  it('writes nothing for an empty filter, and null removes every filter key', () => {
    const params = filterToParams(EMPTY_MATRIX_FILTER);
    expect(Object.values(params).every((value) => value === null)).toBeTrue();
    expect(params as Record<string, unknown>).toEqual(resetFilterParams());
    expect(Object.keys(params)).toContain('q');
    expect(Object.keys(params)).not.toContain('teams');
  });

  it('reads single and repeated values', () => {
    const filter = filterFromParams({ tag: 'sbom', dimension: ['Implementation', 'Build and Deployment'] }, KNOWN);
    expect(filter.tags).toEqual(['sbom']);
    expect(filter.dimensions).toEqual(['Implementation', 'Build and Deployment']);
  });

  it('drops names the model does not know and repeated values', () => {
    const filter = filterFromParams({ dimension: ['Gone', 'Implementation'], tag: ['old-tag', 'sbom', 'sbom'] }, KNOWN);
    expect(filter.dimensions).toEqual(['Implementation']);
    expect(filter.tags).toEqual(['sbom']);
  });

  it('ignores levels outside the range or not numbers, and swaps a reversed range', () => {
    expect(filterFromParams({ levelFrom: '0', levelTo: '9' }, KNOWN)).toEqual(EMPTY_MATRIX_FILTER);
    expect(filterFromParams({ levelFrom: 'two', levelTo: '3.5' }, KNOWN)).toEqual(EMPTY_MATRIX_FILTER);
    const reversed = filterFromParams({ levelFrom: '4', levelTo: '2' }, KNOWN);
    expect([reversed.levelFrom, reversed.levelTo]).toEqual([2, 4]);
  });

  it('treats the full range as no restriction', () => {
    expect(filterFromParams({ levelFrom: '1', levelTo: '5' }, KNOWN)).toEqual(EMPTY_MATRIX_FILTER);
  });

  it('reads the progress flag only for its known value', () => {
    expect(filterFromParams({ progress: 'open' }, KNOWN).progress).toBe('open');
    expect(filterFromParams({ progress: 'not-assessed' }, KNOWN).progress).toBe('not-assessed');
    expect(filterFromParams({ progress: 'yes' }, KNOWN).progress).toBe('all');
    expect(filterToParams({ ...EMPTY_MATRIX_FILTER, progress: 'not-assessed' })['progress']).toBe('not-assessed');
  });

  it('does not find parameters on Object.prototype', () => {
    expect(filterFromParams({}, { ...KNOWN, dimensions: ['constructor'] }).dimensions).toEqual([]);
  });
});
