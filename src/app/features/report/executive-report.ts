import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { executiveSummary, MAX_TEAM_ROWS, pairsNoun } from '../../domain/report/executive-summary';
import { ReportSection } from '../../domain/report/report-rows';
import { listedModel } from '../../domain/report/report-scores';
import { doneMeaning } from '../../domain/scoring/score-counts';
import { shareText } from '../../domain/status/coverage';
import { HeatmapChart } from '../../shared/heatmap-chart/heatmap-chart';
import { formatDay } from '../../shared/local-day';
import { AssessmentStore } from '../../state/assessment-store';
import { ExecutiveBreakdown } from './executive-breakdown';
import { ExecutiveDimensions } from './executive-dimensions';
import { ExecutiveLists } from './executive-lists';
import { changeText, countChangeText, percentText } from './executive-text';
import { countOf } from '../../domain/common/count-of';
import { countText } from '../../domain/common/count-text';

/**
 * The executive summary: what management reads on one to three printed pages. Headline figures,
 * the heatmap with the scores per dimension beside it and per team (or group) below, all on the
 * first page; the top gaps toward the targets and what is due for review after them. Its figures
 * come from one domain function over the activities the report lists (see executive-summary.ts).
 */
@Component({
  selector: 'app-executive-report',
  imports: [HeatmapChart, ExecutiveDimensions, ExecutiveBreakdown, ExecutiveLists],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './executive-report.html',
  styleUrl: './executive-report.scss',
})
export class ExecutiveReport {
  private readonly store = inject(AssessmentStore);
  /** The report's body: the summary reads the activities it lists. */
  readonly sections = input.required<readonly ReportSection[]>();
  /** The report's teams, in team order. */
  readonly teams = input.required<readonly string[]>();
  readonly teamsLabel = input.required<string>();
  /** YYYY-MM-DD the change is counted from. */
  readonly since = input.required<string>();

  protected readonly data = this.store.data;
  protected readonly maxLevel = this.store.maxLevel;
  private readonly locale = computed(() => this.store.assessment().settings.dateLocale);
  protected readonly day = (day: string) => formatDay(day, this.locale());
  protected readonly summary = computed(() => {
    const data = this.data();
    if (!data) return undefined;
    const { stages, progress, evidence, teams, targets } = this.store.assessment();
    return executiveSummary({
      model: listedModel(data.model, this.sections()),
      stages,
      progress,
      evidence,
      teams,
      selected: this.teams(),
      maxLevel: this.maxLevel(),
      day: this.store.today(),
      since: this.since(),
      review: this.store.review(),
      targets,
    });
  });
  protected readonly sinceText = computed(() => `since ${this.day(this.since())}`);
  protected readonly named = computed(() => {
    const teams = this.teams();
    const count = countOf(teams.length, 'team');
    return teams.length <= MAX_TEAM_ROWS ? `${count}: ${teams.join(', ')}` : count;
  });
  protected readonly doneNote = computed(() => doneMeaning(this.store.assessment().stages, 'selection'));
  protected readonly changeText = changeText;
  protected readonly countChange = countChangeText;
  protected readonly percent = percentText;

  protected readonly share = shareText;

  protected readonly count = countText;
  protected readonly pairs = pairsNoun;
}
