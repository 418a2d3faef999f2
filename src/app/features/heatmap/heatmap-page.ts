import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  InjectionToken,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { SectorView } from '../../domain/heatmap/sector-views';
import { coverageText } from '../../domain/status/coverage';
import { selectionFileName, selectionLabel } from '../../domain/teams/selection-label';
import { activityDetailsFromFragment } from '../../shared/activity-details/activity-details-fragment';
import { downloadBlob, downloadText } from '../../shared/download';
import { Icon } from '../../shared/icon/icon';
import { formatDay, localDay } from '../../shared/local-day';
import { TeamChips } from '../../shared/team-selection/team-chips';
import { resolveTeams, selectedTeams } from '../../shared/team-selection/team-selection-params';
import { injectTeamSelectionUrl } from '../../shared/team-selection/team-selection-url';
import { doneMeaning } from '../../domain/scoring/score-counts';
import { AssessmentStore } from '../../state/assessment-store';
import type { ChartExport } from '../../shared/heatmap-chart/chart-export';
import { heatmapChartLabel } from '../../shared/heatmap-chart/chart-label';
import { HeatmapChart } from '../../shared/heatmap-chart/heatmap-chart';
import { SectorPanel } from './sector-panel';
import { injectSectorUrl } from './sector-url';
import { notLoadedText } from '../../shared/not-loaded';

/**
 * Loads the chart's SVG and PNG writers on first use: they are not needed to show the page. Their
 * file can fail to load (offline, or after a deploy removed it): a token so that a spec can make it fail.
 */
export const CHART_EXPORT_LOADER = new InjectionToken<
  () => Promise<typeof import('../../shared/heatmap-chart/chart-export')>
>('chart export loader', { factory: () => () => import('../../shared/heatmap-chart/chart-export') });

const TITLE = 'DevSecOps maturity heatmap';
/** Exports are drawn at one size, whatever the window: the same file for everyone, labels in full. */
const EXPORT_SIZE = 800;

/**
 * The start page: the circular heatmap for the selected teams (selection in the URL), a side panel
 * to assess the activities of the opened sector, activity details in an overlay (uuid in the URL
 * fragment, as the OWASP DSOMM app links them), present mode, SVG/PNG export and print.
 */
@Component({
  selector: 'app-heatmap-page',
  imports: [NgTemplateOutlet, MatButtonModule, Icon, TeamChips, HeatmapChart, SectorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './heatmap-page.html',
  styleUrl: './heatmap-page.scss',
  host: { '(document:fullscreenchange)': 'fullscreenChanged()', '(keydown.escape)': 'escape()' },
})
export class HeatmapPage {
  private readonly store = inject(AssessmentStore);
  private readonly document = inject(DOCUMENT);
  private readonly loadExport = inject(CHART_EXPORT_LOADER);
  protected readonly teamUrl = injectTeamSelectionUrl();

  protected readonly state = this.store.state;
  protected readonly data = this.store.data;
  protected readonly assessment = this.store.assessment;
  /** What the "done" of the sectors' tooltips and summaries counts. */
  protected readonly doneNote = computed(() => doneMeaning(this.assessment().stages, 'selection'));
  protected readonly teams = this.store.teams;
  protected readonly maxLevel = this.store.maxLevel;
  protected readonly visibleTeams = computed(() => resolveTeams(this.teamUrl.selection(), this.teams()));
  private readonly chosenTeams = computed(() => selectedTeams(this.teamUrl.selection(), this.teams()));
  protected readonly teamsCaption = computed(() =>
    selectionLabel(this.teamUrl.selection(), this.teams(), this.store.allTeamsLabel()),
  );
  protected readonly scores = this.store.scoresFor(this.chosenTeams);
  /** How much of the model the selection has assessed (not assessed counts 0 on the chart). */
  protected readonly coverage = computed(() => {
    const scores = this.scores();
    return scores ? coverageText({ assessed: scores.assessed, total: scores.assessable, teams: scores.teams }) : '';
  });
  protected readonly chartLabel = computed(() => heatmapChartLabel(this.teamsCaption()));

  private readonly sectorUrl = injectSectorUrl();
  /** The opened sector (from the URL): its place in the model and its activities at that level. */
  protected readonly openSector = computed(() => {
    const ref = this.sectorUrl.sector();
    const data = this.data();
    if (!ref || !data || ref.level > this.maxLevel()) return undefined;
    // Wedges are the sub-dimensions in model order (see sunburstLayout).
    const subs = data.model.dimensions.flatMap((d) => d.subDimensions);
    const wedge = subs.findIndex((s) => s.name === ref.subDimension);
    if (wedge < 0) return undefined;
    const [sub, level] = [subs[wedge], ref.level];
    const counts = this.scores()
      ?.dimensions.find((d) => d.name === sub.dimension)
      ?.subDimensions.find((s) => s.name === sub.name)?.byLevel[level - 1];
    return {
      key: `${wedge}:${level}`,
      sub,
      level,
      counts,
      activities: sub.activities.filter((a) => a.level === level),
    };
  });
  protected readonly openKey = computed(() => this.openSector()?.key);

  protected readonly presenting = signal(false);
  /** Presenting without the Fullscreen API: the page is shown as a popover (top layer). */
  protected readonly popover = signal(false);
  private readonly injector = inject(Injector);
  protected readonly today = this.store.today;
  /**
   * The caption's date (shown when presenting and printing) is formatted only after the first paint:
   * the browser's first date formatter costs about 20 ms, a tenth of the page's budget.
   */
  private readonly captionReady = signal(false);
  protected readonly caption = computed(() =>
    this.captionReady()
      ? `${this.teamsCaption()} · ${formatDay(this.today(), this.dateLocale())}`
      : this.teamsCaption(),
  );
  private readonly presentArea = viewChild<ElementRef<HTMLElement>>('presentArea');
  private readonly presentButton = viewChild('presentButton', { read: ElementRef<HTMLElement> });
  private readonly exitButton = viewChild('exitButton', { read: ElementRef<HTMLElement> });
  private readonly chart = viewChild(HeatmapChart);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** `/#<uuid>` and the Details buttons open an activity's details; Back closes them. */
  private readonly details = activityDetailsFromFragment(this.data);

  constructor() {
    effect(() => {
      if (this.data() && !this.captionReady()) {
        afterNextRender(() => setTimeout(() => this.captionReady.set(true)), { injector: this.injector });
      }
    });
  }

  protected sectorOpened(view: SectorView): void {
    this.sectorUrl.set({ subDimension: view.subDimension, level: view.level });
  }

  protected closePanel(): void {
    const key = this.openKey();
    this.sectorUrl.set(undefined);
    // Back where the reader left the chart (on a narrow window the chart is above the panel).
    if (key !== undefined) this.chart()?.focusSector(key);
  }

  protected openDetails(uuid: string): void {
    this.details.open(uuid);
  }

  protected async present(): Promise<void> {
    this.today.set(localDay());
    this.captionReady.set(true);
    this.presenting.set(true);
    this.keepFocus(this.exitButton);
    try {
      await this.presentArea()?.nativeElement.requestFullscreen();
    } catch {
      // Full screen refused (in a frame, a background tab...): a popover is also drawn above
      // everything else on the page, so the presentation still fills the window.
      this.popover.set(true);
      afterNextRender(() => this.presentArea()?.nativeElement.showPopover?.(), { injector: this.injector });
    }
  }

  protected exitPresent(): void {
    if (this.document.fullscreenElement) void this.document.exitFullscreen();
    this.stopPresenting();
  }

  protected fullscreenChanged(): void {
    if (!this.document.fullscreenElement && this.presenting() && !this.popover()) this.stopPresenting();
  }

  protected escape(): void {
    if (this.popover()) this.stopPresenting();
  }

  private stopPresenting(): void {
    if (this.popover()) this.presentArea()?.nativeElement.hidePopover?.();
    this.popover.set(false);
    this.presenting.set(false);
    this.keepFocus(this.presentButton);
  }

  /**
   * Present and Exit presentation replace each other: the pressed one is removed with the focus,
   * which would fall to the page's start (behind the full-screen chart), so the other one takes it.
   * A focus elsewhere on the page (a sector, when Escape ends full screen) stays where it is.
   */
  private keepFocus(button: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(
      () => {
        if (!this.host.nativeElement.contains(this.document.activeElement)) button()?.nativeElement.focus();
      },
      { injector: this.injector },
    );
  }

  protected print(): void {
    this.today.set(localDay());
    this.captionReady.set(true);
    this.document.defaultView?.print();
  }

  protected async download(kind: 'svg' | 'png'): Promise<void> {
    const data = this.data();
    const scores = this.scores();
    if (!data || !scores) return;
    const day = localDay();
    const chart: ChartExport = {
      dimensions: data.model.dimensions,
      maxLevel: this.maxLevel(),
      scores,
      size: EXPORT_SIZE,
      caption: { title: TITLE, teams: this.teamsCaption(), date: formatDay(day, this.dateLocale()) },
    };
    const context = this.host.nativeElement;
    const teams = selectionFileName(this.teamUrl.selection(), this.teams());
    const name = `${['dsomm-heatmap', teams, day].filter(Boolean).join('-')}.${kind}`;
    const failed = `The ${kind.toUpperCase()} of the heatmap could not be made`;
    let writers: Awaited<ReturnType<typeof this.loadExport>>;
    try {
      writers = await this.loadExport();
    } catch {
      // Said by the status banner, which is loaded: a lazily loaded snack bar would fail alike.
      this.store.notify(notLoadedText(failed));
      return;
    }
    try {
      if (kind === 'svg') downloadText(name, await writers.chartSvg(context, chart), 'image/svg+xml');
      else downloadBlob(name, await writers.chartPng(context, chart));
    } catch (error) {
      this.store.notify(`${failed}: ${String(error)}`);
    }
  }

  protected dateLocale(): string | undefined {
    return this.assessment().settings.dateLocale;
  }

  protected readonly title = TITLE;
}
