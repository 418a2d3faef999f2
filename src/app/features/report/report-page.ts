import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { shownMaxLevel } from '../../domain/common/shown-max-level';
import { readReportConfig } from '../../domain/report/report-config';
import { reportActivityCount, reportSections } from '../../domain/report/report-rows';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { ReportConfig } from '../../domain/types';
import { Icon } from '../../shared/icon/icon';
import { formatDay, localDay } from '../../shared/local-day';
import { AssessmentStore } from '../../state/assessment-store';
import { ReportConfigPanel } from './report-config-panel';
import { ReportEntry } from './report-entry';
import { ReportSummary } from './report-summary';

/**
 * A report for auditors and management, configured on the page (the configuration is kept in the
 * settings) and printed or saved as PDF through the print stylesheet: one dimension per page run,
 * no navigation or controls, light colours.
 */
@Component({
  selector: 'app-report-page',
  imports: [MatButtonModule, Icon, ReportConfigPanel, ReportSummary, ReportEntry],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
  host: { class: 'app-page' },
})
export class ReportPage {
  private readonly store = inject(AssessmentStore);
  private readonly document = inject(DOCUMENT);
  protected readonly state = this.store.state;
  protected readonly data = computed(() => (this.state().status === 'ready' ? this.state().data : undefined));
  private readonly assessment = computed(() => this.state().assessment);
  protected readonly teams = computed(() => this.assessment().teams);
  protected readonly config = computed(() => readReportConfig(this.assessment().settings.reportConfig));
  /** The configured teams that still exist, in team order; all teams when none (is left). */
  protected readonly reportTeams = computed(() => {
    const chosen = new Set(this.config().teams);
    const teams = this.teams().teams.filter((team) => chosen.has(team));
    return teams.length > 0 ? teams : [...this.teams().teams];
  });
  protected readonly teamsLabel = computed(() =>
    this.reportTeams().length === this.teams().teams.length
      ? (this.data()?.meta.strings.allTeamsGroupName ?? 'All teams')
      : this.reportTeams().join(', '),
  );
  protected readonly maxLevel = computed(() =>
    shownMaxLevel(this.data()?.meta.maxLevel ?? 5, this.assessment().settings.maxLevel),
  );
  protected readonly scores = computed(() => {
    const data = this.data();
    if (!data) return undefined;
    const { stages, progress } = this.assessment();
    return scoreAssessment({
      model: data.model,
      stages,
      progress,
      teams: this.teams().teams,
      selected: this.reportTeams(),
      maxLevel: this.maxLevel(),
    });
  });
  protected readonly sections = computed(() => {
    const data = this.data();
    if (!data) return [];
    const { stages, progress, evidence } = this.assessment();
    return reportSections({
      model: data.model,
      stages,
      progress,
      evidence,
      teams: this.reportTeams(),
      config: this.config(),
      maxLevel: this.maxLevel(),
    });
  });
  protected readonly activityCount = computed(() => reportActivityCount(this.sections()));
  protected readonly today = signal(localDay());
  protected readonly dateLocale = computed(() => this.assessment().settings.dateLocale);
  protected readonly formatDay = formatDay;

  protected configure(config: ReportConfig): void {
    this.store.update((a) => ({ ...a, settings: { ...a.settings, reportConfig: config } }));
  }

  protected print(): void {
    this.today.set(localDay());
    this.document.defaultView?.print();
  }
}
