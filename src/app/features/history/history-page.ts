import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSliderModule } from '@angular/material/slider';
import { linesOverTime, movesBetween } from '../../domain/history/as-of';
import { scoreHistory } from '../../domain/history/score-over-dates';
import { HeatmapChart } from '../../shared/heatmap-chart/heatmap-chart';
import { formatDay } from '../../shared/local-day';
import { selectionLabel } from '../../domain/teams/selection-label';
import { TeamChips } from '../../shared/team-selection/team-chips';
import { resolveTeams } from '../../shared/team-selection/team-selection-params';
import { injectTeamSelectionUrl } from '../../shared/team-selection/team-selection-url';
import { AssessmentStore } from '../../state/assessment-store';
import { MovesList } from './moves-list';
import { afterPaint } from '../../shared/after-paint';
import { ScoreLineChart } from './score-line-chart';
import { countText } from '../../domain/common/count-text';

/** Teams with a line of their own in "Per team": more lines than this are a blur. */
const TEAM_LINES = 20;
/** Moves listed at first, and added by each "Show more" (10,000 teams moved a million times). */
const MOVES_SHOWN = 200;

/**
 * The past, from the dates in the progress: the score over time (per team or per dimension), the
 * heatmap replayed at any date with a slider over the dates in the data, and what moved between
 * two dates.
 */
@Component({
  selector: 'app-history-page',
  imports: [
    MatButtonToggleModule,
    MatFormFieldModule,
    MatSelectModule,
    MatSliderModule,
    TeamChips,
    HeatmapChart,
    ScoreLineChart,
    MovesList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './history-page.html',
  styleUrl: './history-page.scss',
  host: { class: 'app-page' },
})
export class HistoryPage {
  private readonly store = inject(AssessmentStore);
  protected readonly teamUrl = injectTeamSelectionUrl();
  protected readonly state = this.store.state;
  protected readonly data = this.store.data;
  private readonly assessment = this.store.assessment;
  protected readonly teams = this.store.teams;
  /** The teams shown: the selection, or all teams. */
  protected readonly visibleTeams = computed(() => resolveTeams(this.teamUrl.selection(), this.teams()));
  protected readonly teamsCaption = computed(() =>
    selectionLabel(this.teamUrl.selection(), this.teams(), this.store.allTeamsLabel()),
  );
  protected readonly maxLevel = this.store.maxLevel;
  private readonly input = computed(() => {
    const data = this.data();
    if (!data) return undefined;
    const { stages, progress } = this.assessment();
    return {
      model: data.model,
      stages,
      progress,
      teams: this.teams().names,
      maxLevel: this.maxLevel(),
      day: this.store.today(),
    };
  });
  /** The dates of the shown teams' progress and the scores at each, found in one pass. */
  private readonly history = computed(() => {
    const input = this.input();
    return input && scoreHistory({ ...input, selected: this.visibleTeams() }, input.day);
  });
  protected readonly dates = computed(() => this.history()?.dates ?? []);
  /** Index into `dates` of the "as of" date; the latest date until the user moves the slider. */
  protected readonly asOfIndex = linkedSignal(() => Math.max(0, this.dates().length - 1));
  protected readonly asOf = computed(() => this.dates()[Math.min(this.asOfIndex(), this.dates().length - 1)]);
  protected readonly lines = signal<'teams' | 'dimensions'>('teams');
  protected readonly overTime = computed(() => {
    const [input, history] = [this.input(), this.history()];
    return input && history
      ? linesOverTime({ ...input, selected: this.visibleTeams() }, history, TEAM_LINES)
      : undefined;
  });
  /** Whether the frame with the chart has been painted: what can wait for it does (below). */
  private readonly painted = signal(false);
  /** Today's scores as the heatmap reads them, what is due for review included. */
  private readonly todayScores = this.store.scoresFor(this.visibleTeams);
  /**
   * The heatmap as of the slider's date: scored with the lines (each a full scoring at 10,000
   * teams); today, once the chart is painted, the heatmap's own scoring, so that it shows what is
   * due for review as the heatmap does (the same scores, plus the due counts and dots). Waiting for
   * the paint keeps that scoring (about 0.4 s at 10,000 teams, unless the heatmap's is reused) out of
   * the page's first frame.
   */
  protected readonly scores = computed(() => {
    const all = this.overTime()?.scores;
    if (!all) return undefined;
    const index = Math.min(this.asOfIndex(), all.length - 1);
    const today = this.painted() && this.dates()[index] === this.store.today();
    return (today && this.todayScores()) || all[index];
  });
  /** "Lines for the first 20 of 10,000 teams...", when not every team has one. */
  protected readonly linesNote = computed(() => {
    const count = this.visibleTeams().length;
    return count > TEAM_LINES
      ? `Lines for the first ${TEAM_LINES} of ${countText(count)} teams: choose teams above to see theirs.`
      : '';
  });
  protected readonly from = linkedSignal(() => this.dates()[0]);
  protected readonly to = linkedSignal(() => this.asOf());
  /** How many moves are listed; back to the first ones when the dates or teams change. */
  protected readonly movesLimit = linkedSignal({
    source: () => [this.from(), this.to(), this.visibleTeams()],
    computation: () => MOVES_SHOWN,
  });
  /**
   * The moves are worked out once the frame with the chart is painted: at 10,000 teams they walk
   * the 2 million entries again (about 0.2 s), which held up the page's first paint.
   */
  protected readonly moves = computed(() => {
    if (!this.painted()) return undefined;
    const data = this.data();
    const [from, to] = [this.from(), this.to()];
    if (!data || from === undefined || to === undefined) return { moves: [], total: 0 };
    const { stages, progress } = this.assessment();
    return movesBetween(data.model, stages, progress, this.visibleTeams(), from, to, this.movesLimit());
  });

  constructor() {
    effect((onCleanup) => {
      if (this.painted() || !this.history()) return;
      onCleanup(afterPaint(() => this.painted.set(true)));
    });
  }

  protected showMoreMoves(): void {
    this.movesLimit.update((limit) => limit + MOVES_SHOWN);
  }
  protected readonly dateLocale = computed(() => this.assessment().settings.dateLocale);

  protected readonly showDate = (index: number): string => {
    const date = this.dates()[index];
    return date === undefined ? '' : formatDay(date, this.dateLocale());
  };
  protected readonly formatDay = formatDay;
  protected readonly count = countText;
}
