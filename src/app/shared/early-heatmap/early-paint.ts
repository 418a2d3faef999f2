import { localCalendarDay } from '../../domain/common/calendar-date';
import { QueryParams } from '../../domain/common/query-params';
import { heatmapChartSize } from '../../domain/heatmap/heatmap-svg';
import { sunburstLayout } from '../../domain/heatmap/sunburst-layout';
import { ASSESSMENT_KEY, OpeningDatabase, QUARANTINE_KEY, readKeys } from '../../state/open-database';
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
import {
  applyThemeClass,
  localStore,
  readThemeChoice,
  THEME_FORMER_KEY,
  THEME_SHOWN_KEY,
  ThemeChoice,
} from '../theme/theme-choice';
import { EarlyHeatmap, earlyHeatmap, EarlyStored } from './early-heatmap-data';
import { EARLY_ICON_PATHS } from '../icon/early-icon-paths';
import { chartMarkup, chipsMarkup } from './early-markup';
import { isHeatmapPath } from './heatmap-path';
import { standInMarkup } from './stand-in-markup';

/** The start page painted before Angular; `remove()` takes it away (Angular's page is drawn). */
export interface EarlyPaint {
  /** The theme it was painted in: the app shows it until its store has loaded (ThemeService). */
  readonly theme: ThemeChoice;
  remove(): void;
}

/**
 * Paints the start page's heatmap as soon as the served files are read, before Angular has even
 * been downloaded: the chart with the data Angular's page will show (see `earlyHeatmap`), in a
 * stand-in of the shell and the page laid out as theirs (src/_early-shell.scss), above the (still
 * empty) app until `remove()`. Undefined, painting nothing, wherever that cannot be promised:
 * another route, stored data the app would show otherwise, a theme that would change, an error;
 * the stand-in index.html holds (hidden) is then taken away.
 */
export async function paintEarly(
  document: Document,
  read: Promise<ServedRead>,
  database: OpeningDatabase,
): Promise<EarlyPaint | undefined> {
  const painted = await paint(document, read, database).catch(() => undefined);
  if (!painted) removeStandIn(document);
  return painted;
}

async function paint(
  document: Document,
  read: Promise<ServedRead>,
  database: OpeningDatabase,
): Promise<EarlyPaint | undefined> {
  const window = document.defaultView;
  if (!window || !isHeatmapPath(window.location.pathname, document.baseURI)) return undefined;
  const stored = await readStored(database);
  if (!stored) return undefined;
  const shown = stored.created ? 'system' : shownTheme(window);
  if (shown === undefined) return undefined;
  const served = await read;
  const url = new URL(window.location.href);
  const heatmap = earlyHeatmap(
    served,
    stored,
    queryParams(url.searchParams),
    url.hash.slice(1),
    localCalendarDay(new Date()),
  );
  if (!heatmap || heatmap.theme !== shown) return undefined;
  applyThemeClass(document.documentElement, heatmap.theme);
  return draw(document, heatmap);
}

/**
 * The theme the app shows until its store has loaded where the database existed: the copy of the
 * theme last shown. Undefined where a theme from before the store owned it is moved into the store
 * at load: it would change.
 */
function shownTheme(window: Window): ThemeChoice | undefined {
  const storage = localStore(window);
  if (readThemeChoice(storage, THEME_FORMER_KEY) !== undefined) return undefined;
  return readThemeChoice(storage, THEME_SHOWN_KEY) ?? 'system';
}

/**
 * What is stored, and whether the database is being created (a first visit). Then nothing the
 * store owns can be stored, the theme included, and localStorage is not read at all: an origin's
 * first read of it waits while the browser loads its storage (1–20 ms at load 11 in session 16,
 * 2–118 ms in session 15), on the main thread; the app shows the theme painted (EarlyPaint.theme).
 */
async function readStored(database: OpeningDatabase): Promise<(EarlyStored & { created: boolean }) | undefined> {
  // A database being created holds nothing: a first visit need not wait until it is ready.
  if (await database.created) return { setAside: false, created: true };
  try {
    const [assessment, quarantine] = await readKeys(await database.database, [ASSESSMENT_KEY, QUARANTINE_KEY]);
    const items = (quarantine as { items?: unknown } | undefined)?.items;
    const setAside = quarantine !== undefined && !(Array.isArray(items) && items.length === 0);
    return { assessment, setAside, created: false };
  } catch {
    return undefined;
  }
}

/** The query as the router gives it to pages: every key with all its values. */
function queryParams(search: URLSearchParams): QueryParams {
  return Object.fromEntries([...new Set(search.keys())].map((key) => [key, search.getAll(key)]));
}

function draw(document: Document, heatmap: EarlyHeatmap): EarlyPaint {
  const shell = standIn(document);
  fill(shell, heatmap, document.defaultView?.location.pathname ?? '');
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
  shell.classList.remove('waiting');
  performance.mark('dsomm:early-paint');
  return {
    theme: heatmap.theme,
    remove: () => {
      if (!shell.isConnected) return;
      shell.remove();
      performance.mark('dsomm:handover');
    },
  };
}

/**
 * The stand-in index.html holds (laid out while the scripts loaded), or one made now where the
 * page has none (`ng serve`): the production script has no builder (scripts/early-bundle.mjs).
 */
function standIn(document: Document): HTMLElement {
  const built = document.querySelector<HTMLElement>('body > .early-shell');
  if (built) return built;
  const holder = document.createElement('div');
  // Markup, not Markdown: nothing from the files or storage is in it (see fill()).
  holder.innerHTML = standInMarkup();
  const shell = holder.firstElementChild as HTMLElement;
  document.body.appendChild(shell);
  return shell;
}

/** Takes the stand-in away where main.ts does not paint the chart. */
function removeStandIn(document: Document): void {
  document.querySelector('body > .early-shell')?.remove();
}

/** What the stand-in shows from the files and storage: chips, coverage, note, theme, active page. */
function fill(shell: HTMLElement, heatmap: EarlyHeatmap, pathname: string): void {
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
  const slot = (selector: string) => shell.querySelector<HTMLElement>(selector);
  // Markup, not Markdown: built by early-markup.ts, which escapes every name from the files or
  // storage (spec: hostile names arrive as text). No sanitiser here: it would cost the first paint
  // its transfer, and nothing in this markup comes from a user's rich text.
  const chipsSlot = slot('.early-chips');
  if (chipsSlot) chipsSlot.innerHTML = chipsMarkup(chips, find, chipsHow(false), chipsMore(shown, ''));
  const coverage = slot('.coverage');
  if (coverage) coverage.textContent = heatmap.coverage;
  const note = slot('.note');
  if (note) note.textContent = heatmap.doneNote;
  if (heatmap.theme !== 'system') {
    const icon = heatmap.theme === 'dark' ? 'dark_mode' : 'light_mode';
    slot('.early-theme path')?.setAttribute('d', EARLY_ICON_PATHS[icon]);
  }
  const page = NAV_ITEMS.findIndex((item) => pathname.endsWith(item.path));
  if (page >= 0) shell.querySelectorAll('.early-nav-item')[page]?.classList.add('active');
}
