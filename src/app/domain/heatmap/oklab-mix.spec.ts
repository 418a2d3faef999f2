import { mixOklab, parseHexColour } from './oklab-mix';

describe('mixOklab', () => {
  // Expected values painted by Chromium for `color-mix(in oklab, <to> p%, <from>)` (see heatColour).
  it('gives the colours the browser paints for the light theme scale', () => {
    expect(mixOklab('#f3f1f8', '#1b5e9a', 0)).toBe('#f3f1f8');
    expect(mixOklab('#f3f1f8', '#1b5e9a', 0.2)).toBe('#c8d3e6');
    expect(mixOklab('#f3f1f8', '#1b5e9a', 0.375)).toBe('#a3b9d6');
    expect(mixOklab('#f3f1f8', '#1b5e9a', 0.5)).toBe('#89a6ca');
    expect(mixOklab('#f3f1f8', '#1b5e9a', 0.8)).toBe('#4b7bae');
    expect(mixOklab('#f3f1f8', '#1b5e9a', 1)).toBe('#1b5e9a');
  });

  it('gives the colours the browser paints for the dark theme scale', () => {
    expect(mixOklab('#26242c', '#7cc0ff', 0.125)).toBe('#313543');
    expect(mixOklab('#26242c', '#7cc0ff', 0.667)).toBe('#5f88b2');
  });

  it('keeps out-of-range amounts on the scale and reads short hex', () => {
    expect(mixOklab('#000', '#fff', 2)).toBe('#ffffff');
    expect(mixOklab('#000', '#fff', -1)).toBe('#000000');
    expect(mixOklab('#000', '#fff', Number.NaN)).toBe('#000000');
  });

  it('refuses colours it cannot mix', () => {
    expect(() => mixOklab('var(--app-heat-0)', '#fff', 0.5)).toThrowError(RangeError);
    expect(parseHexColour('rgb(0,0,0)')).toBeUndefined();
    expect(parseHexColour('#FF8000')).toEqual([1, 128 / 255, 0]);
  });
});
