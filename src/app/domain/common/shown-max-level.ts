/**
 * The highest maturity level the pages show and count: the one chosen in the settings, but never
 * above the model's highest level; the model's when none is chosen (or the choice is not a level).
 */
export function shownMaxLevel(modelMax: number, chosen: number | undefined): number {
  return chosen !== undefined && chosen >= 1 ? Math.min(chosen, modelMax) : modelMax;
}
