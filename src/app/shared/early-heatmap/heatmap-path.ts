/**
 * Whether `pathname` is the heatmap page (`/` or `/heatmap` under the base). Its own module: the
 * app's handover (early-handover.ts) reads it, and importing it from early-paint.ts put the whole
 * early paint (chart layout, d3-shape, markup: about 40 kB) into Angular's initial bundle, though
 * main.ts's own script carries it.
 */
export function isHeatmapPath(pathname: string, baseURI: string): boolean {
  const base = new URL(baseURI).pathname;
  return pathname === base || pathname === `${base}heatmap`;
}
