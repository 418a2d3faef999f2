import { ellipsize, textWidth } from './text-width';
import { wrapLabel } from './wrap-label';

describe('label text', () => {
  it('wraps into balanced lines without splitting words', () => {
    expect(wrapLabel('Dynamic depth for applications', 2, 12)).toEqual(['Dynamic depth', 'for applications']);
    expect(wrapLabel('Dynamic depth for applications', 1, 12)).toEqual(['Dynamic depth for applications']);
    expect(wrapLabel('Build', 3, 12)).toEqual(['Build']);
    expect(wrapLabel('  spaced   out  ', 1, 12)).toEqual(['spaced out']);
  });

  it('never uses more lines than words or than allowed', () => {
    expect(wrapLabel('a b', 3, 12).length).toBe(2);
    expect(wrapLabel('one two three four five six', 3, 12).length).toBeLessThanOrEqual(3);
  });

  it('measures Roboto widths: wide letters wider than narrow ones, proportional to size', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
    expect(textWidth('Culture and Organization', 24)).toBeCloseTo(2 * textWidth('Culture and Organization', 12), 9);
    // Measured in Chromium: 10.99 em at weight 400.
    expect(textWidth('Culture and Organization', 1)).toBeCloseTo(10.99, 1);
  });

  it('shortens text that does not fit with an ellipsis', () => {
    expect(ellipsize('Build', 100, 12)).toBe('Build');
    const short = ellipsize('Infrastructure Hardening', 60, 12);
    expect(short.endsWith('…')).toBeTrue();
    expect(textWidth(short, 12)).toBeLessThanOrEqual(60);
    expect(ellipsize('Anything', 1, 12)).toBe('');
  });
});
