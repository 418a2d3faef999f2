/** The accessible name of the start page's chart, naming the teams it shows (e.g. "All teams"). */
export function heatmapChartLabel(teamsCaption: string): string {
  return `Circular heatmap for ${teamsCaption}: one wedge per sub-dimension, one ring per level`;
}
