import { ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import { readReportConfig, sameReportConfig } from '../../domain/report/report-config';
import {
  hasReportParams,
  REPORT_PARAM,
  reportFieldsFromParams,
  reportFieldsToParams,
  ReportMode,
  reportViewFromParams,
} from '../../domain/report/report-params';
import { reportActivityCount, reportSections } from '../../domain/report/report-rows';
import { reportScoringInput } from '../../domain/report/report-scores';
import { coverageText } from '../../domain/status/coverage';
import { selectionFileName, selectionLabel } from '../../domain/teams/selection-label';
import { ReportConfig } from '../../domain/types';
import { Icon } from '../../shared/icon/icon';
import { formatDay, localDay } from '../../shared/local-day';
import { injectQueryParams } from '../../shared/query-params';
import {
  selectedTeams,
  selectionOf,
  TeamSelection,
  teamSelectionParams,
} from '../../shared/team-selection/team-selection-params';
import { injectTeamSelectionUrl } from '../../shared/team-selection/team-selection-url';
import { AssessmentStore } from '../../state/assessment-store';
import { entriesInSteps } from './entries-in-steps';
import { ExecutiveReport } from './executive-report';
import { ReportConfigPanel } from './report-config-panel';
import { ReportEntry } from './report-entry';
import { ReportModeBar } from './report-mode-bar';
import { ReportSummary } from './report-summary';

/**
 * A report for auditors and management, configured on the page and printed or saved as PDF through
 * the print stylesheet: one dimension per page run, no navigation or controls, light colours. The
 * teams, levels and status are in the URL (a link shows the same report); the whole configuration
 * is also kept in the settings, the default of a URL that names no report.
 */
@Component({
  selector: 'app-report-page',
  imports: [MatButtonModule, Icon, ReportModeBar, ReportConfigPanel, ReportSummary, ReportEntry, ExecutiveReport],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
  host: {
    class: 'app-page',
    '[attr.aria-busy]': "view().mode !== 'summary' && !complete()",
    '(window:beforeprint)': 'showAll()',
  },
})
export class ReportPage {
  private readonly store = inject(AssessmentStore);
  private readonly document = inject(DOCUMENT);
  protected readonly state = this.store.state;
  protected readonly data = this.store.data;
  private readonly assessment = this.store.assessment;
  protected readonly teams = this.store.teams;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params = injectQueryParams();
  private readonly teamUrl = injectTeamSelectionUrl();
  private readonly stored = computed(() => readReportConfig(this.assessment().settings.reportConfig));
  private readonly fromUrl = computed(() => hasReportParams(this.params()));
  protected readonly maxLevel = this.store.maxLevel;
  /** Full report or executive summary (`mode=summary`), and the day the summary's change counts from. */
  protected readonly view = computed(() => reportViewFromParams(this.params(), this.store.today()));
  protected readonly stages = computed(() => this.assessment().stages);
  /** The team selection: the URL's, else the stored one. */
  private readonly selection = computed((): TeamSelection =>
    this.fromUrl() ? this.teamUrl.selection() : selectionOf(this.stored().teams, this.teams()),
  );
  /**
   * The configuration; the same object while it configures the same report: the stored one put in
   * the URL on arrival must not group 2 million standings a second time.
   */
  protected readonly config = computed(
    (): ReportConfig => {
      const stored = this.stored();
      if (!this.fromUrl()) return stored;
      const teams = selectedTeams(this.selection(), this.teams());
      return { ...stored, teams, ...reportFieldsFromParams(this.params(), this.maxLevel()) };
    },
    { equal: sameReportConfig },
  );
  /** The configured teams that still exist, in team order; all teams when none (is left). */
  protected readonly reportTeams = computed(() => {
    const chosen = new Set(this.config().teams);
    const teams = this.teams().names.filter((team) => chosen.has(team));
    return teams.length > 0 ? teams : [...this.teams().names];
  });
  protected readonly teamsLabel = computed(() =>
    selectionLabel(this.selection(), this.teams(), this.store.allTeamsLabel()),
  );
  protected readonly sections = computed(() => {
    const data = this.data();
    if (!data) return [];
    const { progress, evidence } = this.assessment();
    return reportSections({
      model: data.model,
      rules: this.store.rules(),
      progress,
      evidence,
      teams: this.reportTeams(),
      config: this.config(),
      maxLevel: this.maxLevel(),
      review: this.store.review(),
    });
  });
  /**
   * The summary's figures: over the activities listed below, not the whole model; activities the
   * heatmap scored for the same teams are taken over from its run (see the store's `score`).
   */
  protected readonly scores = computed(() => {
    const data = this.data();
    if (!data) return undefined;
    const { stages, progress } = this.assessment();
    return this.store.score(
      reportScoringInput({
        model: data.model,
        stages,
        progress,
        teams: this.teams().names,
        selected: this.reportTeams(),
        maxLevel: this.maxLevel(),
        day: this.store.today(),
        review: this.store.review(),
        sections: this.sections(),
      }),
    );
  });
  protected readonly coverage = computed(() => {
    const scores = this.scores();
    return scores ? coverageText({ assessed: scores.assessed, total: scores.assessable, teams: scores.teams }) : '';
  });
  protected readonly activityCount = computed(() => reportActivityCount(this.sections()));
  /** The entries shown: a few with the summary, the rest added in steps (printing shows all). */
  private readonly steps = entriesInSteps(this.sections);
  protected readonly shown = this.steps.shown;
  protected readonly complete = this.steps.complete;
  protected readonly today = this.store.today;
  protected readonly dateLocale = computed(() => this.assessment().settings.dateLocale);
  protected readonly formatDay = formatDay;

  constructor() {
    // A URL that names no report gets the stored one's, so the address can be shared as it is.
    effect(() => {
      if (this.data() && !this.fromUrl()) untracked(() => this.showInUrl(this.stored()));
    });
  }

  /** Every entry, rendered now: printing (the button or the browser's menu) prints the whole report. */
  protected showAll(): void {
    this.steps.showAll();
  }

  /** A change is shown in the URL and kept as the default for the next visit. */
  protected configure(config: ReportConfig): void {
    this.store.update((assessment) => ({ ...assessment, settings: { ...assessment.settings, reportConfig: config } }));
    this.showInUrl(config);
  }

  protected setView(change: { mode?: ReportMode; since?: string }): void {
    const params: Record<string, string | null> = {};
    if (change.mode) params[REPORT_PARAM.mode] = change.mode === 'summary' ? 'summary' : null;
    if (change.since) params[REPORT_PARAM.since] = change.since;
    void this.router.navigate([], { relativeTo: this.route, queryParams: params, queryParamsHandling: 'merge' });
  }

  private showInUrl(config: ReportConfig): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...teamSelectionParams(selectionOf(config.teams, this.teams())), ...reportFieldsToParams(config) },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** The document's title names the file a "Save as PDF" suggests: the report, its teams and day. */
  protected print(): void {
    const day = localDay();
    this.today.set(day);
    const title = this.document.title;
    const teams = selectionFileName(this.selection(), this.teams());
    const view = this.document.defaultView;
    const kind = this.view().mode === 'summary' ? 'dsomm-executive-summary' : 'dsomm-report';
    this.document.title = [kind, teams, day].filter(Boolean).join('-');
    view?.addEventListener('afterprint', () => (this.document.title = title), { once: true });
    this.showAll();
    view?.print();
  }
}
