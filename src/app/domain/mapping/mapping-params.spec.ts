import { DEFAULT_STANDARD, MappingView, mappingViewFromParams, mappingViewToParams } from './mapping-params';
import { STANDARDS } from './standards';

describe('mappings view in the URL', () => {
  it('round-trips search, view, standard and sort', () => {
    const view: MappingView = {
      search: 'secret',
      view: 'controls',
      standard: STANDARDS[0],
      sort: 'iso27001_2022',
      direction: 'desc',
    };
    expect(mappingViewFromParams(mappingViewToParams(view))).toEqual(view);
  });

  it('leaves defaults out of the URL', () => {
    const params = mappingViewToParams(mappingViewFromParams({}));
    expect(Object.values(params).every((value) => value === null)).toBeTrue();
    expect(mappingViewFromParams({}).standard).toBe(DEFAULT_STANDARD);
    expect(DEFAULT_STANDARD.label).toBe('ISO 27001:2022');
  });

  it('ignores unknown columns, views and standards', () => {
    const view = mappingViewFromParams({ sort: 'password', view: 'pie', standard: 'nist', dir: 'sideways' });
    expect([view.sort, view.view, view.standard, view.direction]).toEqual([
      undefined,
      'activities',
      DEFAULT_STANDARD,
      'asc',
    ]);
  });
});
