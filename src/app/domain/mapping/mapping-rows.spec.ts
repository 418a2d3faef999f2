import { Activity } from '../types';
import { activityFixture } from '../testing/model-fixture';
import { mappingRows, searchMappingRows, sortMappingRows } from './mapping-rows';

const refs = (iso2022: string[], samm2: string[] = []) => ({
  samm2,
  iso27001_2017: [],
  iso27001_2022: iso2022,
  openCRE: [],
  d3f: [],
});

const ACTIVITIES: Activity[] = [
  activityFixture({ name: 'Alpha', dimension: 'B dim', level: 3, references: refs(['8.10', '5.4']) }),
  activityFixture({ name: 'beta', dimension: 'A dim', level: 1, references: refs([], ['I-SB-A-1']) }),
  activityFixture({ name: 'Gamma', dimension: 'A dim', level: 2, references: refs(['5.37']) }),
  activityFixture({ name: 'Delta', dimension: 'C dim', level: 1, references: refs(['8.9']) }),
];
const ROWS = mappingRows(ACTIVITIES);
const names = (rows: { activity: Activity }[]) => rows.map((row) => row.activity.name);

describe('mapping table rows', () => {
  it('lists the ids of each activity in natural order, text unchanged', () => {
    expect(ROWS[0].iso27001_2022).toEqual(['5.4', '8.10']);
  });

  it('sorts by an id column naturally, unmapped rows last in both directions', () => {
    expect(names(sortMappingRows(ROWS, 'iso27001_2022', 'asc'))).toEqual(['Alpha', 'Gamma', 'Delta', 'beta']);
    expect(names(sortMappingRows(ROWS, 'iso27001_2022', 'desc'))).toEqual(['Delta', 'Gamma', 'Alpha', 'beta']);
  });

  it('sorts by text case-insensitively, by level numerically, ties in model order', () => {
    expect(names(sortMappingRows(ROWS, 'activity'))).toEqual(['Alpha', 'beta', 'Delta', 'Gamma']);
    expect(names(sortMappingRows(ROWS, 'level'))).toEqual(['beta', 'Delta', 'Gamma', 'Alpha']);
    expect(names(sortMappingRows(ROWS, 'dimension', 'desc'))).toEqual(['Delta', 'Alpha', 'beta', 'Gamma']);
    expect(names(sortMappingRows(sortMappingRows(ROWS, 'level'), undefined))).toEqual(names(ROWS));
  });

  it('searches names, dimensions and mapped ids', () => {
    expect(names(searchMappingRows(ROWS, '8.10'))).toEqual(['Alpha']);
    expect(names(searchMappingRows(ROWS, 'i-sb'))).toEqual(['beta']);
    expect(names(searchMappingRows(ROWS, 'C DIM'))).toEqual(['Delta']);
    expect(names(searchMappingRows(ROWS, '5.4'))).toEqual(['Alpha']);
    expect(names(searchMappingRows(ROWS, ''))).toEqual(names(ROWS));
  });
});
