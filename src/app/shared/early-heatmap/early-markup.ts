import { heatLegend, scorePercent } from '../../domain/heatmap/colour-scale';
import {
  DUE_LEGEND,
  heatmapLegendHeight,
  heatmapLegendWidth,
  NOT_APPLICABLE_LEGEND,
  swatchDotsPath,
  swatchDueMarker,
  swatchHatchPath,
} from '../../domain/heatmap/heatmap-svg';
import { sectorViews } from '../../domain/heatmap/sector-views';
import { SunburstLayout } from '../../domain/heatmap/sunburst-layout';
import { Scores } from '../../domain/scoring/score-assessment';
import { EARLY_ICON_PATHS } from '../icon/early-icon-paths';
import { Chip } from '../team-selection/team-chip-list';

/**
 * The markup of the start page painted before Angular (see early-paint.ts): the heatmap chart as
 * HeatmapChart's template draws it, from the same layout and sector views, and a stand-in of the
 * page around it. Nothing in it is focusable or interactive; the styles are in src/_early-shell.scss.
 */

/** Text for element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const translate = (x: number, y: number, rotation = 0) =>
  rotation === 0 ? `translate(${x},${y})` : `translate(${x},${y}) rotate(${rotation})`;

/**
 * An icon as app-icon draws it (decorative), from its path data: the early script carries only the
 * paths it sets itself (EARLY_ICON_PATHS); the stand-in's are written into index.html at build time.
 */
export function iconMarkup(path: string, cls = 'early-icon'): string {
  return (
    `<span class="${cls}"><svg viewBox="0 -960 960 960" focusable="false" aria-hidden="true">` +
    `<path d="${path}"/></svg></span>`
  );
}

/**
 * The chart as HeatmapChart draws it for `layout` and `scores` (with its legend), as an image: its
 * sectors carry `data-key` and their fill, and the whole its accessible name.
 */
export function chartMarkup(layout: SunburstLayout, scores: Scores, label: string): string {
  const l = layout;
  if (l.size <= 0) return '';
  const f = l.fontSize;
  const views = sectorViews(layout, scores);
  const legend = heatLegend(heatmapLegendWidth(l.size));
  const legendHeight = heatmapLegendHeight(f);
  const out: string[] = [];
  out.push(
    `<div class="early-stage" style="width:${l.size}px">`,
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${l.size}" height="${l.size + legendHeight}"` +
      ` viewBox="0 0 ${l.size} ${l.size + legendHeight}" role="img" aria-label="${escapeHtml(label)}"` +
      ` data-early-heatmap="">`,
    `<g transform="${translate(l.size / 2, l.size / 2)}">`,
    '<g>',
  );
  for (const band of l.dimensions) {
    out.push(
      `<path class="band" d="${band.path}"/>`,
      `<text class="band-label" x="${band.label.x}" y="${band.label.y}" rotate="${band.label.rotate}"` +
        ` font-size="${band.label.fontSize}" font-weight="500">${escapeHtml(band.label.text)}</text>`,
    );
  }
  out.push('</g><g>');
  for (const view of views) {
    const cls = ['early-sector heat-sector', view.empty ? 'empty' : '', view.allNotApplicable ? 'not-applicable' : '']
      .filter(Boolean)
      .join(' ');
    const fill = view.fill === undefined ? '' : ` style="fill:${view.fill}"`;
    out.push(`<path class="${cls}" d="${view.path}" data-key="${view.key}"${fill}/>`);
  }
  out.push('</g><g class="hatch">');
  for (const view of views) if (view.hatch !== '') out.push(`<path d="${view.hatch}"/>`);
  out.push('</g><g class="dots">');
  for (const view of views) if (view.dots !== '') out.push(`<path d="${view.dots}"/>`);
  out.push('</g><g class="due">');
  for (const view of views) {
    if (view.dueMarker) out.push(`<circle cx="${view.dueMarker.x}" cy="${view.dueMarker.y}" r="${view.dueMarker.r}"/>`);
  }
  out.push('</g><g class="labels">');
  for (const label of l.labels) {
    const lines = label.lines.map((line) => `<tspan x="0" y="${line.y}" dy="0.35em">${escapeHtml(line.text)}</tspan>`);
    out.push(
      `<text transform="${translate(label.x, label.y, label.rotation)}" text-anchor="${label.anchor}"` +
        ` font-size="${label.fontSize}">${lines.join('')}</text>`,
    );
  }
  out.push('</g>');
  const centre = scores.overall.score;
  if (centre !== null && l.holeRadius >= f * 1.6) {
    out.push(
      `<text class="centre" text-anchor="middle" dy="0.35em" font-size="${f * 1.25}" font-weight="500">` +
        `${scorePercent(centre)}%</text>`,
    );
  }
  out.push('</g>');
  out.push(
    `<g class="legend" transform="${translate((l.size - legend.width) / 2, l.size + 10)}" font-size="${f}">`,
    `<text x="0" y="${f}">Average score of the selected teams</text>`,
    `<g transform="${translate(0, f + 6)}">`,
    ...legend.steps.map(
      (step) => `<rect x="${step.x}" y="0" width="${step.width}" height="12" style="fill:${step.colour}"/>`,
    ),
    `<rect class="ramp-frame" x="0" y="0" width="${legend.width}" height="12"/>`,
  );
  legend.ticks.forEach((tick, i) => {
    const anchor = i === 0 ? 'start' : i === legend.ticks.length - 1 ? 'end' : 'middle';
    out.push(
      `<line class="tick" x1="${tick.x}" x2="${tick.x}" y1="12" y2="16"/>`,
      `<text x="${tick.x}" y="${16 + f}" text-anchor="${anchor}">${tick.label}</text>`,
    );
  });
  const marker = swatchDueMarker(f);
  out.push(
    '</g>',
    `<g transform="${translate(0, f * 3.3 + 24)}">`,
    `<rect class="swatch" x="0" y="${-f * 0.8}" width="16" height="${f}"/>`,
    `<path class="swatch-hatch" d="${swatchHatchPath(f)}"/>`,
    `<text x="22" y="0">No activities at this level</text>`,
    `<g transform="${translate(0, f * 1.45)}">`,
    `<rect class="swatch" x="0" y="${-f * 0.8}" width="16" height="${f}"/>`,
    `<path class="swatch-dots" d="${swatchDotsPath(f)}"/>`,
    `<text x="22" y="0">${NOT_APPLICABLE_LEGEND}</text>`,
    '</g>',
    `<g transform="${translate(0, f * 2.9)}">`,
    `<circle class="swatch-due" cx="${marker.x}" cy="${marker.y}" r="${marker.r}"/>`,
    `<text x="22" y="0">${DUE_LEGEND}</text>`,
    '</g>',
    `<text x="0" y="${f * 4.35}">Rings: level 1 (centre) to level ${l.rings.length} (edge)</text>`,
    '</g></g></svg></div>',
  );
  return out.join('');
}

/** The team chips as TeamChips first shows them (nothing typed, "Select several" not ticked). */
export function chipsMarkup(chips: readonly Chip[], find: string | undefined, how: string, more: string): string {
  const out: string[] = [];
  if (find !== undefined) {
    out.push(
      '<div class="find"><label>Find a team<span class="find-input"></span></label>',
      `<span class="summary">${escapeHtml(find)}</span></div>`,
    );
  }
  out.push('<div class="chips">');
  for (const chip of chips) {
    const withIcon = chip.selected || chip.kind === 'group';
    const icon = chip.selected
      ? iconMarkup(EARLY_ICON_PATHS.check, 'chip-icon')
      : chip.kind === 'group'
        ? iconMarkup(EARLY_ICON_PATHS.groups, 'chip-icon')
        : '';
    out.push(
      `<div class="chip${withIcon ? ' with-icon' : ''}${chip.selected ? ' selected' : ''}">${icon}` +
        `<span class="text">${escapeHtml(chip.label)}</span></div>`,
    );
  }
  out.push(
    '</div><div class="how"><span class="several"><span class="box"></span>Select several</span>',
    `<span>${escapeHtml(how)}</span></div>`,
  );
  if (more !== '') out.push(`<p class="more">${escapeHtml(more)}</p>`);
  return out.join('');
}
