import { Scores } from '../scoring/score-assessment';
import { Dimension } from '../types';
import { heatLegend, heatShare, scorePercent } from './colour-scale';
import { dotPath } from './dots';
import { mixOklab } from './oklab-mix';
import { round2 } from './polar';
import { dueMarkerRadius, sectorViews } from './sector-views';
import { sunburstLayout } from './sunburst-layout';

/**
 * Colours of an exported chart, resolved to `#rrggbb` (an SVG opened in a slide tool or a wiki has
 * no theme to read custom properties from). The app resolves its CSS custom properties; the command
 * line passes the values of the light or dark theme.
 */
export interface HeatmapColours {
  /** Page behind the chart (`--mat-sys-surface`). */
  readonly background: string;
  /** Labels, caption and legend text (`--app-chart-text`). */
  readonly text: string;
  /** The outer band naming the dimensions (`--mat-sys-surface-container-highest`). */
  readonly band: string;
  /**
   * Lines between sectors, and the fill of sectors with nothing to score: no activities, or none
   * that applies to the selected teams (`--mat-sys-surface`).
   */
  readonly sectorStroke: string;
  readonly emptySector: string;
  /** Hatching of sectors without activities, dots of not-applicable ones (`--app-heat-empty-stroke`). */
  readonly emptyStroke: string;
  /** Scale ends, 0% and 100% (`--app-heat-0`, `--app-heat-1`); sectors mix them in OKLab. */
  readonly heat0: string;
  readonly heat1: string;
  /** Frame of the legend's colour ramp (`--mat-sys-outline-variant`) and its ticks (`--mat-sys-outline`). */
  readonly rampFrame: string;
  readonly tick: string;
  /** The dot on sectors with activities due for review (`--app-due-marker`), ringed in `sectorStroke`. */
  readonly dueMarker: string;
}

/** A font file to embed, as a `data:` URL (e.g. Roboto latin 400 and 500 as woff2). */
export interface EmbeddedFont {
  readonly weight: 400 | 500;
  readonly url: string;
  /** CSS format() hint; default `woff2`. */
  readonly format?: string;
}

export interface HeatmapSvgInput {
  readonly dimensions: readonly Dimension[];
  readonly maxLevel: number;
  /** Scores of the selected teams, from `scoreAssessment` with the same `maxLevel`. */
  readonly scores: Scores;
  /** Side of the chart's square in px (the legend and caption come on top). */
  readonly size: number;
  readonly caption: { readonly title: string; readonly teams: string; readonly date: string };
  readonly colours: HeatmapColours;
  /** Roboto as data URLs; without them viewers fall back to Arial (label widths assume Roboto). */
  readonly fonts?: readonly EmbeddedFont[];
  /** Size of the caption text; default 16 px, the app's body text. */
  readonly captionFontSize?: number;
}

/** Around the whole export, px. */
const MARGIN = 16;
/** Lines of legend below the circle (title, ramp, ticks, three swatches, rings note). */
const LEGEND_LINES = 7;
const FONT_FAMILY = 'Roboto, Arial, sans-serif';
const DATA_URL = /^data:[\w.+/-]+;base64,[A-Za-z0-9+/]+=*$/;

/** Height of the legend under a chart whose layout uses `fontSize`. Shared with the live chart. */
export function heatmapLegendHeight(fontSize: number): number {
  return 16 + LEGEND_LINES * fontSize * 1.45;
}

/**
 * Side of the live chart's square in a box of `width` × `height` px (whole px, 0 for none): the
 * width, or less when the height is constrained and the legend (`showLegend`) must fit below.
 * Shared by the chart component and the chart painted before Angular (same size, no jump).
 */
export function heatmapChartSize(
  box: { readonly width: number; readonly height: number },
  showLegend: boolean,
): number {
  const { width, height } = box;
  const fontGuess = Math.min(13, Math.max(10, width / 52));
  const legend = showLegend ? heatmapLegendHeight(fontGuess) : 0;
  return Math.max(0, Math.floor(height > legend + 100 ? Math.min(width, height - legend) : width));
}

/** Width of the legend's colour ramp under a chart of `size` px. Shared with the live chart. */
export function heatmapLegendWidth(size: number): number {
  return Math.min(320, Math.max(120, size * 0.6));
}

/** Three diagonal strokes in the 16 × f legend swatch, like the hatching of empty sectors. */
export function swatchHatchPath(f: number): string {
  const top = -f * 0.8;
  return [0, 6, 12].map((x) => `M${x},${top + f}L${Math.min(16, x + f)},${top + f - Math.min(f, 16 - x)}`).join('');
}

/** Dots in the 16 × f legend swatch, like those of not-applicable sectors. */
export function swatchDotsPath(f: number): string {
  const top = -f * 0.8;
  return [0.3, 0.72]
    .flatMap((row, i) => [0, 1, 2].map((column) => dotPath(3 + column * 5 + (i % 2) * 2.5, top + f * row, 1.1)))
    .join('');
}

/** Legend text of the swatch for sectors whose activities are all not applicable. */
export const NOT_APPLICABLE_LEGEND = 'Not applicable';

/** Legend text of the marker of sectors with activities due for review. */
export const DUE_LEGEND = 'Activities due for review';

/** The "due for review" marker in the legend: centre x and y of the dot in the 16 × f swatch. */
export function swatchDueMarker(f: number): { readonly x: number; readonly y: number; readonly r: number } {
  return { x: 8, y: round2(-f * 0.3), r: dueMarkerRadius(f) };
}

/**
 * The circular heatmap as a standalone SVG document: a caption (title, teams, date), the chart
 * (dimension band, sectors coloured by score with their accessible label as a tooltip, hatching
 * for sectors without activities, dots for those whose activities are all not applicable to the
 * selected teams, sub-dimension labels, the overall score in the centre) and the
 * legend, laid out by `sunburstLayout` exactly as the app draws it. Plain attributes only (no
 * classes, ids or CSS but the optional @font-face), so slide tools and wikis show it as drawn.
 */
export function heatmapSvg(input: HeatmapSvgInput): string {
  const { caption } = input;
  // Resolved colours go into attributes as given; escaping keeps an odd value from breaking the XML.
  const c: { -readonly [K in keyof HeatmapColours]: string } = { ...input.colours };
  for (const key of Object.keys(c) as (keyof HeatmapColours)[]) c[key] = xml(c[key]);
  const layout = sunburstLayout(input.dimensions, input.maxLevel, input.size);
  const views = sectorViews(layout, input.scores);
  const f = layout.fontSize;
  const legend = heatLegend(heatmapLegendWidth(layout.size));
  const chartHeight = round2(layout.size + heatmapLegendHeight(f));
  const captionSize = input.captionFontSize ?? 16;
  const headerHeight = Math.round(captionSize * 4.4);
  const width = layout.size + 2 * MARGIN;
  const height = round2(chartHeight + headerHeight + 2 * MARGIN);
  const mix = (score: number) => mixOklab(c.heat0, c.heat1, heatShare(score));
  const subtitle = `${caption.teams} · ${caption.date}`;
  const centre = input.scores.overall.score;
  const half = layout.size / 2;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
      ` role="img" font-family="${FONT_FAMILY}">`,
    `<title>${xml(`${caption.title}: ${subtitle}`)}</title>`,
  );
  const faces = fontFaces(input.fonts ?? []);
  if (faces) out.push(`<style>${faces}</style>`);
  out.push(`<rect width="${width}" height="${height}" fill="${c.background}"/>`);
  out.push(
    `<g transform="translate(${MARGIN},${MARGIN})" fill="${c.text}">`,
    `<text x="0" y="${captionSize * 1.5}" font-size="${captionSize * 1.5}" font-weight="500">${xml(caption.title)}</text>`,
    `<text x="0" y="${round2(captionSize * 3.3)}" font-size="${captionSize}" font-weight="400">${xml(subtitle)}</text>`,
    `</g>`,
  );
  out.push(
    `<svg x="${MARGIN}" y="${MARGIN + headerHeight}" width="${layout.size}" height="${chartHeight}"` +
      ` viewBox="0 0 ${layout.size} ${chartHeight}" overflow="visible">`,
    `<g transform="translate(${half},${half})">`,
  );

  out.push(`<g>`);
  for (const band of layout.dimensions) {
    out.push(
      `<path d="${band.path}" fill="${c.band}"/>`,
      `<text x="${band.label.x}" y="${band.label.y}" rotate="${band.label.rotate}" font-size="${band.label.fontSize}"` +
        ` font-weight="500" fill="${c.text}">${xml(band.label.text)}</text>`,
    );
  }
  out.push(`</g>`);

  out.push(`<g stroke="${c.sectorStroke}" stroke-width="1">`);
  for (const view of views) {
    const fill = view.fill === undefined ? c.emptySector : mix(view.counts.score ?? 0);
    out.push(`<path d="${view.path}" fill="${fill}"><title>${xml(view.label)}</title></path>`);
  }
  out.push(`</g>`);

  out.push(`<g fill="none" stroke="${c.emptyStroke}" stroke-width="1">`);
  for (const view of views) if (view.hatch !== '') out.push(`<path d="${view.hatch}"/>`);
  out.push(`</g>`);
  out.push(`<g fill="${c.emptyStroke}">`);
  for (const view of views) if (view.dots !== '') out.push(`<path d="${view.dots}"/>`);
  out.push(`</g>`);

  out.push(`<g fill="${c.dueMarker}" stroke="${c.sectorStroke}" stroke-width="1.5">`);
  for (const view of views) {
    if (view.dueMarker) out.push(`<circle cx="${view.dueMarker.x}" cy="${view.dueMarker.y}" r="${view.dueMarker.r}"/>`);
  }
  out.push(`</g>`);

  out.push(`<g fill="${c.text}">`);
  for (const label of layout.labels) {
    const rotate = label.rotation === 0 ? '' : ` rotate(${label.rotation})`;
    // No whitespace between the tspans: it would be drawn, and shift text anchored at its end.
    const lines = label.lines.map((line) => `<tspan x="0" y="${line.y}" dy="0.35em">${xml(line.text)}</tspan>`);
    out.push(
      `<text transform="translate(${label.x},${label.y})${rotate}" text-anchor="${label.anchor}" font-size="${label.fontSize}">` +
        `${lines.join('')}</text>`,
    );
  }
  out.push(`</g>`);
  if (centre !== null && layout.holeRadius >= f * 1.6) {
    out.push(
      `<text text-anchor="middle" dy="0.35em" font-size="${round2(f * 1.25)}" font-weight="500" fill="${c.text}">` +
        `${scorePercent(centre)}%</text>`,
    );
  }
  out.push(`</g>`);

  out.push(
    `<g transform="translate(${round2((layout.size - legend.width) / 2)},${layout.size + 10})" font-size="${f}" fill="${c.text}">`,
    `<text x="0" y="${f}">Average score of the selected teams</text>`,
    `<g transform="translate(0,${f + 6})">`,
    ...legend.steps.map(
      (step) => `<rect x="${step.x}" y="0" width="${step.width}" height="12" fill="${mix(step.value)}"/>`,
    ),
    `<rect x="0" y="0" width="${legend.width}" height="12" fill="none" stroke="${c.rampFrame}"/>`,
  );
  legend.ticks.forEach((tick, i) => {
    const anchor = i === 0 ? 'start' : i === legend.ticks.length - 1 ? 'end' : 'middle';
    out.push(
      `<line x1="${tick.x}" x2="${tick.x}" y1="12" y2="16" stroke="${c.tick}"/>`,
      `<text x="${tick.x}" y="${16 + f}" text-anchor="${anchor}">${xml(tick.label)}</text>`,
    );
  });
  out.push(
    `</g>`,
    `<g transform="translate(0,${round2(f * 3.3 + 24)})">`,
    `<rect x="0" y="${round2(-f * 0.8)}" width="16" height="${f}" fill="${c.emptySector}" stroke="${c.emptyStroke}"/>`,
    `<path d="${swatchHatchPath(f)}" fill="none" stroke="${c.emptyStroke}" stroke-width="1"/>`,
    `<text x="22" y="0">No activities at this level</text>`,
    `<g transform="translate(0,${round2(f * 1.45)})">`,
    `<rect x="0" y="${round2(-f * 0.8)}" width="16" height="${f}" fill="${c.emptySector}" stroke="${c.emptyStroke}"/>`,
    `<path d="${swatchDotsPath(f)}" fill="${c.emptyStroke}"/>`,
    `<text x="22" y="0">${NOT_APPLICABLE_LEGEND}</text>`,
    `</g>`,
    `<g transform="translate(0,${round2(f * 2.9)})">`,
    dueSwatch(f, c),
    `<text x="22" y="0">${DUE_LEGEND}</text>`,
    `</g>`,
    `<text x="0" y="${round2(f * 4.35)}">Rings: level 1 (centre) to level ${layout.rings.length} (edge)</text>`,
    `</g>`,
    `</g>`,
  );
  out.push(`</svg>`, `</svg>`);
  return out.join('\n') + '\n';
}

function dueSwatch(f: number, c: HeatmapColours): string {
  const { x, y, r } = swatchDueMarker(f);
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="${c.dueMarker}" stroke="${c.sectorStroke}" stroke-width="1.5"/>`;
}

/** @font-face rules for the given fonts; only base64 data URLs are accepted (nothing is fetched). */
function fontFaces(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .map((font) => {
      if (!DATA_URL.test(font.url)) throw new RangeError('Embedded fonts must be base64 data URLs.');
      const format = (font.format ?? 'woff2').replace(/[^\w-]/g, '');
      return `@font-face{font-family:Roboto;font-style:normal;font-weight:${font.weight};src:url(${font.url}) format('${format}')}`;
    })
    .join('');
}

/**
 * Text for XML content and attributes: markup characters escaped, and characters XML 1.0 does not
 * allow (control characters a YAML file can hold in an escaped string) dropped, so any team or
 * activity name gives a well-formed SVG file.
 */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
