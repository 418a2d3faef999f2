import { compareIdLists, naturalCompare, naturalSorted } from './natural-sort';

describe('natural sort of reference ids', () => {
  it('orders numeric parts by number: 5.4 < 5.37 < 8.10, and 8.9 < 8.10', () => {
    expect(naturalSorted(['8.10', '5.37', '8.9', '5.4', '10.1', '8.2'])).toEqual([
      '5.4',
      '5.37',
      '8.2',
      '8.9',
      '8.10',
      '10.1',
    ]);
  });

  it('keeps the text of every id (8.10 stays 8.10, leading zeros stay)', () => {
    const ids = ['8.10', '08.1', 'A.12.1.1'];
    expect(naturalSorted(ids).sort()).toEqual([...ids].sort());
    expect(naturalSorted(['8.10', '8.1'])).toEqual(['8.1', '8.10']);
  });

  it('sorts deeper ids after their parent and mixed ids part by part', () => {
    expect(naturalSorted(['14.2.10', '14.2', '14.2.2', '12.1.1'])).toEqual(['12.1.1', '14.2', '14.2.2', '14.2.10']);
    expect(naturalSorted(['I-SB-B-1', 'D-TA-A-1', 'I-SB-A-2', 'I-SB-A-10'])).toEqual([
      'D-TA-A-1',
      'I-SB-A-2',
      'I-SB-A-10',
      'I-SB-B-1',
    ]);
  });

  it('puts ids starting with a number before text, ignores case and is deterministic on ties', () => {
    expect(naturalSorted(['Not covered', '5.1', 'abc'])).toEqual(['5.1', 'abc', 'Not covered']);
    expect(naturalCompare('8.01', '8.1')).not.toBe(0);
    expect(Math.sign(naturalCompare('8.01', '8.1'))).toBe(-Math.sign(naturalCompare('8.1', '8.01')));
    expect(naturalCompare('x', 'x')).toBe(0);
  });

  it('compares very long digit runs without losing precision', () => {
    expect(naturalCompare('id-12345678901234567890', 'id-12345678901234567891')).toBeLessThan(0);
  });

  it('compares id lists by their first differing id, unmapped last', () => {
    expect(compareIdLists(['5.4'], ['5.37'])).toBeLessThan(0);
    expect(compareIdLists(['5.4', '8.10'], ['5.4', '8.9'])).toBeGreaterThan(0);
    expect(compareIdLists(['5.4'], ['5.4', '6.1'])).toBeLessThan(0);
    expect(compareIdLists([], ['9.9'])).toBeGreaterThan(0);
    expect(compareIdLists([], [])).toBe(0);
  });
});
