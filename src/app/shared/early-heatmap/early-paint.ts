import { localCalendarDay } from '../../domain/common/calendar-date';
import { QueryParams } from '../../domain/common/query-params';
import { heatmapChartSize } from '../../domain/heatmap/heatmap-svg';
import { sunburstLayout } from '../../domain/heatmap/sunburst-layout';
import { ASSESSMENT_KEY, QUARANTINE_KEY, readKeys } from '../../state/open-database';
import { ServedRead } from '../../state/read-served';
import { NAV_ITEMS } from '../../nav-items';
import {
  chipsHow,
  chipsMore,
  chipsShowMany,
  chipsSummary,
  shownChipTeams,
  teamChipList,
} from '../team-selection/team-chip-list';
import { selectedTeams } from '../team-selection/team-selection-params';
import { applyThemeClass, localStore, readThemeChoice, THEME_FORMER_KEY, THEME_SHOWN_KEY } from '../theme/theme-choice';
import { EarlyHeatmap, earlyHeatmap, EarlyStored } from './early-heatmap-data';
import { chartMarkup, chipsMarkup, escapeHtml, iconMarkup } from './early-markup';

/** The start page painted before Angular; `remove()` takes it away (Angular's page is drawn). */
export interface EarlyPaint {
  remove(): void;
}

/** Whether `url` is the heatmap page (`/` or `/heatmap` under the base). */
export function isHeatmapPath(pathname: string, baseURI: string): boolean {
  const base = new URL(baseURI).pathname;
  return pathname === base || pathname === `${base}heatmap`;
}

/**
 * Paints the start page's heatmap as soon as the served files are read, before Angular has even
 * been downloaded: the chart with the data Angular's page will show (see `earlyHeatmap`), in a
 * stand-in of the shell and the page laid out as theirs (src/_early-shell.scss), above the (still
 * empty) app until `remove()`. Undefined, painting nothing, wherever that cannot be promised:
 * another route, stored data the app would show otherwise, a theme that would change, an error.
 */
export async function paintEarly(
  document: Document,
  read: Promise<ServedRead>,
  database: Promise<IDBDatabase>,
): Promise<EarlyPaint | undefined> {
  const window = document.defaultView;
  if (!window || !isHeatmapPath(window.location.pathname, document.baseURI)) return undefined;
  const storage = localStore(window);
  // A theme from before the store owned it is moved into the store at load: it would change.
  if (readThemeChoice(storage, THEME_FORMER_KEY) !== undefined) return undefined;
  const stored = await readStored(database);
  if (!stored) return undefined;
  const served = await read;
  const url = new URL(window.location.href);
  const heatmap = earlyHeatmap(
    served,
    stored,
    queryParams(url.searchParams),
    url.hash.slice(1),
    localCalendarDay(new Date()),
  );
  // The app shows the copy of the theme last shown until the store has loaded, then the stored one.
  if (!heatmap || heatmap.theme !== (readThemeChoice(storage, THEME_SHOWN_KEY) ?? 'system')) return undefined;
  applyThemeClass(document.documentElement, heatmap.theme);
  return draw(document, heatmap);
}

async function readStored(database: Promise<IDBDatabase>): Promise<EarlyStored | undefined> {
  try {
    const [assessment, quarantine] = await readKeys(await database, [ASSESSMENT_KEY, QUARANTINE_KEY]);
    const items = (quarantine as { items?: unknown } | undefined)?.items;
    const setAside = quarantine !== undefined && !(Array.isArray(items) && items.length === 0);
    return { assessment, setAside };
  } catch {
    return undefined;
  }
}

/** The query as the router gives it to pages: every key with all its values. */
function queryParams(search: URLSearchParams): QueryParams {
  return Object.fromEntries([...new Set(search.keys())].map((key) => [key, search.getAll(key)]));
}

function draw(document: Document, heatmap: EarlyHeatmap): EarlyPaint {
  const shell = document.createElement('div');
  shell.className = 'early-shell';
  shell.setAttribute('aria-busy', 'true');
  // Markup, not Markdown: built by early-markup.ts, which escapes every name from the files or
  // storage (spec: hostile names arrive as text). No sanitiser here: it would cost the first paint
  // its transfer, and nothing in this markup comes from a user's rich text.
  shell.innerHTML = shellMarkup(heatmap, document.defaultView?.location.pathname ?? '');
  document.body.appendChild(shell);
  const content = shell.querySelector<HTMLElement>('.early-content');
  if (content) {
    const scrollBar = content.offsetWidth - content.clientWidth;
    content.classList.add('still');
    if (scrollBar > 0) content.style.paddingRight = `${scrollBar}px`;
  }
  const host = shell.querySelector<HTMLElement>('.early-chart-host');
  if (host) {
    // Measured as HeatmapChart measures its host, and laid out by the same functions.
    const rect = host.getBoundingClientRect();
    const size = heatmapChartSize({ width: Math.floor(rect.width), height: Math.floor(rect.height) }, true);
    const layout = sunburstLayout(heatmap.dimensions, heatmap.maxLevel, size);
    host.innerHTML = chartMarkup(layout, heatmap.scores, heatmap.label);
  }
  performance.mark('dsomm:early-paint');
  return {
    remove: () => {
      if (!shell.isConnected) return;
      shell.remove();
      performance.mark('dsomm:handover');
    },
  };
}

const BUTTONS = [
  ['fullscreen', 'Present'],
  ['download', 'SVG'],
  ['download', 'PNG'],
  ['print', 'Print'],
] as const;

function shellMarkup(heatmap: EarlyHeatmap, pathname: string): string {
  const selected = new Set(selectedTeams(heatmap.selection, heatmap.teams));
  const shown = shownChipTeams(heatmap.teams, selected, '', null);
  const chips = teamChipList({
    teams: heatmap.teams,
    selection: heatmap.selection,
    selected,
    shown: shown.teams,
    allLabel: heatmap.allLabel,
    several: false,
  });
  const find = chipsShowMany(heatmap.teams) ? chipsSummary(heatmap.teams, selected) : undefined;
  const themeIcon = heatmap.theme === 'system' ? 'contrast' : heatmap.theme === 'dark' ? 'dark_mode' : 'light_mode';
  const nav = NAV_ITEMS.map(
    (item) =>
      `<div class="early-nav-item${pathname.endsWith(item.path) ? ' active' : ''}">${iconMarkup(item.icon)}<span>${item.label}</span></div>`,
  ).join('');
  const buttons = BUTTONS.map(
    ([icon, text]) => `<span class="early-button"><span class="label">${iconMarkup(icon)} ${text}</span></span>`,
  ).join('');
  return [
    '<div class="early-toolbar">',
    `<span class="early-icon-button">${iconMarkup('menu')}</span>`,
    '<span class="early-brand">DSOMM Studio</span><span class="early-spacer"></span>',
    `<span class="early-icon-button">${iconMarkup(themeIcon)}</span>`,
    '</div>',
    `<div class="early-container"><div class="early-nav">${nav}</div>`,
    '<div class="early-content"><div class="page">',
    `<div class="head"><div class="early-h1">Heatmap</div><div class="actions">${buttons}</div></div>`,
    `<div>${chipsMarkup(chips, find, chipsHow(false), chipsMore(shown, ''))}</div>`,
    heatmap.coverage === '' ? '' : `<div class="coverage">${escapeHtml(heatmap.coverage)}</div>`,
    '<div class="body"><div class="chart-area"><div class="early-chart-host"></div></div>',
    '<div class="panel"><div class="hint"><div class="early-h2">Assess a sector</div>',
    '<p>Each wedge is a sub-dimension and each ring a level, from level 1 in the centre. The colour shows how far',
    ' the selected teams are.</p><p>Click a sector, or tab to the chart, move with the arrow keys and press Enter,',
    ' to list its activities and set their stages.</p>',
    `<p class="note">${escapeHtml(heatmap.doneNote)}</p></div></div></div>`,
    '</div></div></div>',
  ].join('');
}
