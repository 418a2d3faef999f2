import { Scores } from '../scoring/score-assessment';
import { doneText, NO_ACTIVITIES, ScoreCounts } from '../scoring/score-counts';
import { heatColour, scorePercent } from './colour-scale';
import { dotsPath } from './dots';
import { polar, round2 } from './polar';
import { SectorShape, SunburstLayout } from './sunburst-layout';
import { countText } from '../common/count-text';

/** A sector as drawn: its shape, its sub-dimension and level, and its score for the selected teams. */
export interface SectorView extends SectorShape {
  readonly dimension: string;
  readonly subDimension: string;
  readonly counts: ScoreCounts;
  /** Whole percent; 0 for a sector without activities. */
  readonly percent: number;
  /** No activities at this level (drawn hatched on the surface colour). */
  readonly empty: boolean;
  /** Activities left out because every selected team marked them not applicable. */
  readonly notApplicable: number;
  /** It has activities, but none applies to the selected teams (drawn dotted on the surface colour). */
  readonly allNotApplicable: boolean;
  /** Dots drawn over `allNotApplicable` sectors, as path data; empty otherwise. */
  readonly dots: string;
  /** CSS fill; undefined for sectors with nothing to score (they are drawn on the surface colour). */
  readonly fill?: string;
  /** Activities due for review for at least one selected team. */
  readonly due: number;
  /** Where the "due for review" marker is drawn (a dot at the sector's outer edge); absent when none is due. */
  readonly dueMarker?: DueMarker;
  /**
   * Accessible name: `<Sub-dimension> (<Dimension>), level <N>: <P>%, <done> of <total> activities
   * done`, with `, <n> not applicable` when some are; `...: <n> not applicable` when all are; and
   * `, <n> due for review` when some are.
   */
  readonly label: string;
}

/** A dot centred on (x, y): the mark of a sector with activities due for review. */
export interface DueMarker {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** The radius of the "due for review" dot for a chart whose labels use `fontSize`. */
export function dueMarkerRadius(fontSize: number): number {
  return round2(Math.max(3, fontSize * 0.4));
}

/** Dots of the not-applicable sectors by layout and key: the same shapes on every score change. */
const dotsCache = new WeakMap<SunburstLayout, Map<string, string>>();

/**
 * Combines the layout's shapes with the scores; objects of unchanged sectors keep equal fields.
 * `previous` (views of the same layout) are returned as they were where the counts are the same
 * object (see scoreAssessment's `previous`): a stage change makes one new view, not 95.
 */
export function sectorViews(layout: SunburstLayout, scores: Scores, previous?: readonly SectorView[]): SectorView[] {
  const byWedge = scores.dimensions.flatMap((dimension) => dimension.subDimensions);
  return layout.sectors.map((sector, i): SectorView => {
    const wedge = layout.wedges[sector.wedgeIndex];
    const counts = byWedge[sector.wedgeIndex]?.byLevel[sector.level - 1] ?? NO_ACTIVITIES;
    const before = previous?.[i];
    if (before !== undefined && before.key === sector.key && before.counts === counts) return before;
    const notApplicable = counts.notApplicable ?? 0;
    const allNotApplicable = counts.total === 0 && notApplicable > 0;
    const due = counts.due ?? 0;
    return {
      ...sector,
      dimension: wedge.dimension,
      subDimension: wedge.subDimension,
      counts,
      percent: scorePercent(counts.score ?? 0),
      empty: counts.total === 0 && !allNotApplicable,
      notApplicable,
      allNotApplicable,
      dots: allNotApplicable ? sectorDots(layout, sector) : '',
      fill: counts.total === 0 ? undefined : heatColour(counts.score ?? 0),
      due,
      ...(due > 0 ? { dueMarker: dueMarker(layout, sector) } : {}),
      label: sectorLabel(wedge.subDimension, wedge.dimension, sector.level, counts),
    };
  });
}

/** Just inside the sector's outer edge, midway across; in the middle when the ring is too thin. */
function dueMarker(layout: SunburstLayout, sector: SectorShape): DueMarker {
  const ring = layout.rings[sector.level - 1];
  const wedge = layout.wedges[sector.wedgeIndex];
  const r = dueMarkerRadius(layout.fontSize);
  const radius = Math.max((ring.innerRadius + ring.outerRadius) / 2, ring.outerRadius - r - 2.5);
  const [x, y] = polar(radius, (wedge.startAngle + wedge.endAngle) / 2);
  return { x: round2(x), y: round2(y), r };
}

function sectorDots(layout: SunburstLayout, sector: SectorShape): string {
  let cache = dotsCache.get(layout);
  if (!cache) dotsCache.set(layout, (cache = new Map()));
  let dots = cache.get(sector.key);
  if (dots === undefined) {
    const ring = layout.rings[sector.level - 1];
    const wedge = layout.wedges[sector.wedgeIndex];
    const spacing = Math.max(4.5, layout.fontSize * 0.45);
    dots = dotsPath(ring.innerRadius, ring.outerRadius, wedge.startAngle, wedge.endAngle, spacing, 1.25);
    cache.set(sector.key, dots);
  }
  return dots;
}

export function sectorLabel(subDimension: string, dimension: string, level: number, counts: ScoreCounts): string {
  const where = `${subDimension} (${dimension}), level ${level}`;
  const notApplicable = counts.notApplicable ?? 0;
  if (counts.total === 0 && notApplicable > 0)
    return `${where}: ${countText(notApplicable)} not applicable${dueText(counts)}`;
  // Nothing to score: a percentage would claim a score of nothing.
  if (counts.total === 0) return `${where}: no activities`;
  // The done count in the tooltip's and the sector panel's words ('Done: 1 / 2 (+1 not applicable)').
  return `${where}: ${scorePercent(counts.score ?? 0)}%, done: ${doneText(counts)}${dueText(counts)}`;
}

function dueText(counts: ScoreCounts): string {
  return counts.due ? `, ${countText(counts.due)} due for review` : '';
}
