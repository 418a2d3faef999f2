import { readSectorRef } from './sector-url';

describe('readSectorRef', () => {
  it('reads a sub-dimension and a level from the query params', () => {
    expect(readSectorRef('Patch Management', '2')).toEqual({ subDimension: 'Patch Management', level: 2 });
  });

  it('opens no sector for a link without a sector, or with a level that is not a level', () => {
    expect(readSectorRef(null, '1')).toBeUndefined();
    expect(readSectorRef('Build', null)).toBeUndefined();
    expect(readSectorRef('Build', '0')).toBeUndefined();
    expect(readSectorRef('Build', '1.5')).toBeUndefined();
    expect(readSectorRef('Build', 'top')).toBeUndefined();
  });
});
