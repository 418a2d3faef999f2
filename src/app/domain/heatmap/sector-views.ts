import { Scores } from '../scoring/score-assessment';
import { NO_ACTIVITIES, ScoreCounts } from '../scoring/score-counts';
import { heatColour, scorePercent } from './colour-scale';
import { SectorShape, SunburstLayout } from './sunburst-layout';

/** A sector as drawn: its shape, its sub-dimension and level, and its score for the selected teams. */
export interface SectorView extends SectorShape {
  readonly dimension: string;
  readonly subDimension: string;
  readonly counts: ScoreCounts;
  /** Whole percent; 0 for a sector without activities. */
  readonly percent: number;
  readonly empty: boolean;
  /** CSS fill; undefined for empty sectors (they are drawn hatched on the surface colour). */
  readonly fill?: string;
  /** Accessible name: `<Sub-dimension> (<Dimension>), level <N>: <P>%, <done> of <total> activities done`. */
  readonly label: string;
}

/** Combines the layout's shapes with the scores; objects of unchanged sectors keep equal fields. */
export function sectorViews(layout: SunburstLayout, scores: Scores): SectorView[] {
  const byWedge = scores.dimensions.flatMap((dimension) => dimension.subDimensions);
  return layout.sectors.map((sector): SectorView => {
    const wedge = layout.wedges[sector.wedgeIndex];
    const counts = byWedge[sector.wedgeIndex]?.byLevel[sector.level - 1] ?? NO_ACTIVITIES;
    const empty = counts.total === 0;
    const percent = scorePercent(counts.score ?? 0);
    return {
      ...sector,
      dimension: wedge.dimension,
      subDimension: wedge.subDimension,
      counts,
      percent,
      empty,
      fill: empty ? undefined : heatColour(counts.score ?? 0),
      label: sectorLabel(wedge.subDimension, wedge.dimension, sector.level, counts),
    };
  });
}

export function sectorLabel(subDimension: string, dimension: string, level: number, counts: ScoreCounts): string {
  const head = `${subDimension} (${dimension}), level ${level}: ${scorePercent(counts.score ?? 0)}%`;
  if (counts.total === 0) return `${head}, no activities`;
  const noun = counts.total === 1 ? 'activity' : 'activities';
  return `${head}, ${counts.done} of ${counts.total} ${noun} done`;
}
