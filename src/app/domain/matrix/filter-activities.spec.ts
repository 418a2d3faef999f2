import { Activity } from '../types';
import { activityFixture } from '../testing/model-fixture';
import { allTags, filterActivities } from './filter-activities';
import { EMPTY_MATRIX_FILTER, isFilterActive, MatrixFilter, NO_TAG } from './matrix-filter';
import { searchIndex } from './search';

const ACTIVITIES: readonly Activity[] = [
  activityFixture({
    name: 'Defined build process',
    dimension: 'Build and Deployment',
    subDimension: 'Build',
    level: 1,
    tags: ['ci-cd'],
    description: 'A pipeline builds every artifact the same way.',
  }),
  activityFixture({
    name: 'SBOM of components',
    dimension: 'Build and Deployment',
    subDimension: 'Build',
    level: 2,
    tags: ['sbom', 'inventory'],
    risk: 'Unknown components hide vulnerabilities.',
  }),
  activityFixture({
    name: 'Test for stored secrets',
    dimension: 'Test and Verification',
    subDimension: 'Static depth',
    level: 1,
    measure: 'Scan the repository for credentials with a tool.',
    implementation: [{ name: 'Gitleaks', tags: [] }],
  }),
  activityFixture({
    name: 'Résumé of threats',
    dimension: 'Culture and Organization',
    subDimension: 'Design',
    level: 4,
    implementationGuide: 'Write a **summary** of the threat model.',
  }),
];

const names = (filter: Partial<MatrixFilter>, context = {}) =>
  filterActivities(ACTIVITIES, { ...EMPTY_MATRIX_FILTER, ...filter }, context).map((a) => a.name);

describe('matrix filter', () => {
  it('shows everything without a restriction', () => {
    expect(names({})).toEqual(ACTIVITIES.map((a) => a.name));
    expect(isFilterActive(EMPTY_MATRIX_FILTER)).toBeFalse();
  });

  it('keeps activities of any listed dimension or sub-dimension, and both must hold', () => {
    expect(names({ dimensions: ['Build and Deployment', 'Culture and Organization'] })).toEqual([
      'Defined build process',
      'SBOM of components',
      'Résumé of threats',
    ]);
    expect(names({ subDimensions: ['Static depth'] })).toEqual(['Test for stored secrets']);
    expect(names({ dimensions: ['Build and Deployment'], subDimensions: ['Static depth'] })).toEqual([]);
  });

  it('filters by tag, with "no tag" finding untagged activities', () => {
    expect(names({ tags: ['inventory'] })).toEqual(['SBOM of components']);
    expect(names({ tags: [NO_TAG] })).toEqual(['Test for stored secrets', 'Résumé of threats']);
    expect(names({ tags: ['ci-cd', NO_TAG] })).toEqual([
      'Defined build process',
      'Test for stored secrets',
      'Résumé of threats',
    ]);
  });

  it('filters by an inclusive level range, open at either end', () => {
    expect(names({ levelFrom: 2 })).toEqual(['SBOM of components', 'Résumé of threats']);
    expect(names({ levelTo: 1 })).toEqual(['Defined build process', 'Test for stored secrets']);
    expect(names({ levelFrom: 2, levelTo: 3 })).toEqual(['SBOM of components']);
  });

  it('searches name and texts, every word, ignoring case and accents', () => {
    expect(names({ search: 'PIPELINE' })).toEqual(['Defined build process']);
    expect(names({ search: 'vulnerabilities' })).toEqual(['SBOM of components']);
    expect(names({ search: 'credentials' })).toEqual(['Test for stored secrets']);
    expect(names({ search: 'resume' })).toEqual(['Résumé of threats']);
    expect(names({ search: 'summary threat' })).toEqual(['Résumé of threats']);
    expect(names({ search: 'summary pipeline' })).toEqual([]);
    expect(names({ search: '   ' })).toEqual(ACTIVITIES.map((a) => a.name));
  });

  it('searches tool names and tags too, with or without a prebuilt index', () => {
    expect(names({ search: 'gitleaks' })).toEqual(['Test for stored secrets']);
    expect(names({ search: 'gitleaks' }, { searchIndex: searchIndex(ACTIVITIES) })).toEqual([
      'Test for stored secrets',
    ]);
    expect(names({ search: 'sbom' })).toEqual(['SBOM of components']);
  });

  it('keeps only activities with the asked progress for the selected teams', () => {
    const hasProgress = (a: Activity, wanted: string) => (wanted === 'open' ? a.level > 1 : a.level === 1);
    expect(names({ progress: 'open' }, { hasProgress })).toEqual(['SBOM of components', 'Résumé of threats']);
    expect(names({ progress: 'not-assessed' }, { hasProgress }).length).toBe(2);
    expect(names({ progress: 'all' }, { hasProgress }).length).toBe(4);
    expect(isFilterActive({ ...EMPTY_MATRIX_FILTER, progress: 'open' })).toBeTrue();
    expect(isFilterActive({ ...EMPTY_MATRIX_FILTER, progress: 'not-assessed' })).toBeTrue();
  });

  it('combines every kind of criterion', () => {
    expect(names({ dimensions: ['Build and Deployment'], tags: ['sbom'], search: 'components', levelFrom: 2 })).toEqual(
      ['SBOM of components'],
    );
  });

  it('lists every tag once, sorted', () => {
    expect(allTags(ACTIVITIES)).toEqual(['ci-cd', 'inventory', 'sbom']);
  });
});
