import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MAX_WORD_CAP, REPORT_COLUMNS, sameReportConfig, subDimensionKey } from '../../domain/report/report-config';
import { Dimension, ReportConfig, Teams } from '../../domain/types';
import { TeamChips } from '../../shared/team-selection/team-chips';
import { selectedTeams, TeamSelection } from '../../shared/team-selection/team-selection-params';

/** The report's settings; every change is emitted as a whole new configuration (and stored). */
@Component({
  selector: 'app-report-config-panel',
  imports: [MatButtonToggleModule, MatFormFieldModule, MatInputModule, MatSelectModule, TeamChips],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-config-panel.html',
  styleUrl: './report-config-panel.scss',
})
export class ReportConfigPanel {
  readonly config = input.required<ReportConfig>();
  readonly teams = input.required<Teams>();
  readonly dimensions = input.required<readonly Dimension[]>();
  readonly maxLevel = input.required<number>();
  readonly allLabel = input('All teams');
  /** The options of the activity listing (columns, word cap, grouping); the executive summary has none. */
  readonly listing = input(true);
  readonly configChange = output<ReportConfig>();

  protected readonly columns = REPORT_COLUMNS;
  protected readonly maxCap = MAX_WORD_CAP;
  protected readonly levels = computed(() => Array.from({ length: this.maxLevel() }, (_, i) => i + 1));
  protected readonly selection = computed((): TeamSelection => ({ teams: this.config().teams }));
  private readonly allSubKeys = computed(() =>
    this.dimensions().flatMap((d) => d.subDimensions.map((s) => subDimensionKey(d.name, s.name))),
  );
  protected readonly includedSubs = computed(() => {
    const excluded = new Set(this.config().excludedSubDimensions);
    return this.allSubKeys().filter((key) => !excluded.has(key));
  });
  protected readonly key = subDimensionKey;

  /**
   * Emits only a change: the button toggle group reports a value (undefined, then the current one)
   * as it starts, which is no choice of the user's and must not replace the stored configuration
   * by the one a link shows.
   */
  protected set(change: Partial<ReportConfig>): void {
    const next = { ...this.config(), ...change };
    if (!sameReportConfig(next, this.config())) this.configChange.emit(next);
  }

  protected groupByChanged(value: unknown): void {
    if (value === 'stage' || value === 'team') this.set({ groupBy: value });
  }

  protected teamsChanged(selection: TeamSelection): void {
    this.set({ teams: selectedTeams(selection, this.teams()) });
  }

  protected subsChanged(included: string[]): void {
    const keep = new Set(included);
    this.set({ excludedSubDimensions: this.allSubKeys().filter((key) => !keep.has(key)) });
  }

  protected capChanged(text: string): void {
    const cap = Number(text);
    if (Number.isInteger(cap) && cap >= 0) this.set({ wordCap: Math.min(cap, MAX_WORD_CAP) });
  }
}
