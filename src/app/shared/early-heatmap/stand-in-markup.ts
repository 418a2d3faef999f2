import { NAV_ITEMS } from '../../nav-items';
import { SHELL_ICON_PATHS } from '../icon/shell-icon-paths';
import { iconMarkup } from './early-markup';

/**
 * The stand-in of the shell and the heatmap page around the early chart (early-paint.ts), without
 * anything that depends on the files or the browser's storage: the build writes it into index.html
 * (scripts/early-bundle.mjs), so that the browser styles and lays it out while it waits for the
 * scripts, hidden (`waiting`) until main.ts has filled its slots (the team chips, coverage, note,
 * the theme's icon, the active page) and drawn the chart into its host. Nothing in it takes the
 * focus; the styles are in src/_early-shell.scss.
 */
export function standInMarkup(): string {
  const nav = NAV_ITEMS.map(
    (item) => `<div class="early-nav-item">${iconMarkup(SHELL_ICON_PATHS[item.icon])}<span>${item.label}</span></div>`,
  ).join('');
  const buttons = BUTTONS.map(
    ([icon, text]) =>
      `<span class="early-button"><span class="label">${iconMarkup(SHELL_ICON_PATHS[icon])} ${text}</span></span>`,
  ).join('');
  return [
    '<div class="early-shell waiting" aria-busy="true">',
    '<div class="early-toolbar">',
    `<span class="early-icon-button">${iconMarkup(SHELL_ICON_PATHS.menu)}</span>`,
    '<span class="early-brand">DSOMM Studio</span><span class="early-spacer"></span>',
    `<span class="early-icon-button early-theme">${iconMarkup(SHELL_ICON_PATHS.contrast)}</span>`,
    '</div>',
    `<div class="early-container"><div class="early-nav">${nav}</div>`,
    '<div class="early-content"><div class="page">',
    `<div class="head"><div class="early-h1">Heatmap</div><div class="actions">${buttons}</div></div>`,
    '<div class="early-chips"></div><div class="coverage"></div>',
    '<div class="body"><div class="chart-area"><div class="early-chart-host"></div></div>',
    '<div class="panel"><div class="hint"><div class="early-h2">Assess a sector</div>',
    '<p>Each wedge is a sub-dimension and each ring a level, from level 1 in the centre. The colour shows how far',
    ' the selected teams are.</p><p>Click a sector, or tab to the chart, move with the arrow keys and press Enter,',
    ' to list its activities and set their stages.</p>',
    '<p class="note"></p></div></div></div>',
    '</div></div></div></div>',
  ].join('');
}

const BUTTONS = [
  ['fullscreen', 'Present'],
  ['download', 'SVG'],
  ['download', 'PNG'],
  ['print', 'Print'],
] as const;
