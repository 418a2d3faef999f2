import { changeText } from './executive-text';

describe('executive summary texts', () => {
  it('says a change of under a point as one, not as "no change"', () => {
    expect(changeText(0, 1)).toBe('+ under 1 point');
    expect(changeText(0, -1)).toBe('\u2212 under 1 point');
    expect(changeText(0)).toBe('no change');
    expect(changeText(13)).toBe('+13 points');
    expect(changeText(null)).toBe('–');
  });
});
