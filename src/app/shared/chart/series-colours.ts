/**
 * Colours of the series of a chart (one per team or group), from theme tokens or light-dark()
 * pairs so that they work in both themes and in print. Enough distinct hues for a handful of
 * series; `seriesColour` repeats them from the start after that.
 */
export const SERIES_PALETTE: readonly string[] = [
  'var(--mat-sys-primary)',
  'var(--mat-sys-tertiary)',
  'light-dark(#2e7d32, #81c995)',
  'light-dark(#8e24aa, #e1a6ef)',
  'light-dark(#c62828, #ff8a80)',
  'light-dark(#00838f, #80deea)',
];

/** The colour of the `index`th series (0-based). */
export function seriesColour(index: number): string {
  return SERIES_PALETTE[index % SERIES_PALETTE.length];
}
