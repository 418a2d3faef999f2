import { shownMaxLevel } from './shown-max-level';

describe('shownMaxLevel', () => {
  it("shows the chosen level, never more than the model's", () => {
    expect(shownMaxLevel(5, 3)).toBe(3);
    expect(shownMaxLevel(5, 5)).toBe(5);
    expect(shownMaxLevel(3, 5)).toBe(3);
  });

  it("shows the model's highest level when none is chosen", () => {
    expect(shownMaxLevel(5, undefined)).toBe(5);
    expect(shownMaxLevel(4, 0)).toBe(4);
  });
});
