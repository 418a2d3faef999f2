import { countOf } from './count-of';

describe('countOf', () => {
  it('writes the count as every page does, thousands separated, with the noun for one or many', () => {
    expect(countOf(1, 'change')).toBe('1 change');
    expect(countOf(0, 'entry', 'entries')).toBe('0 entries');
    expect(countOf(194000, 'stage date')).toBe('194,000 stage dates');
  });
});
