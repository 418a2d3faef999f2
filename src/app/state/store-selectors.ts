import { computed, Signal, signal } from '@angular/core';
import { localCalendarDay } from '../domain/common/calendar-date';
import { ownValue } from '../domain/common/own-value';
import { PreviousScoring, Scores, ScoringInput, ScoringRun } from '../domain/scoring/score-assessment';
import { defaultReviewInterval } from '../domain/review/review-interval';
import { ReviewContext, reviewedStatus } from '../domain/review/review-context';
import { ActivityStatus, evidenceSummaries, StatusRules } from '../domain/status/activity-status';
import { selectionScoringInput, shownLevels } from './scoring-input';
import { StoreState } from './store-state';

/** Scoring runs kept for reuse: a few pages' selections (each holds one result per activity). */
const KEPT_SCORINGS = 4;

/**
 * What every page derives from the store's state, derived once, here: pages read these rather than
 * repeating "data if ready, else..." with their own fallbacks. The store and its test double both
 * extend this class, so specs read exactly what the app reads.
 */
export abstract class StoreSelectors {
  abstract readonly state: Signal<StoreState>;

  /** The loaded model and meta; undefined until ready (and when loading failed). */
  readonly data = computed(() => this.state().data);
  readonly assessment = computed(() => this.state().assessment);
  readonly teams = computed(() => this.assessment().teams);
  /** The name of "every team" (meta.yaml's allTeamsGroupName). */
  readonly allTeamsLabel = computed(() => this.data()?.meta.strings.allTeamsGroupName ?? 'All teams');
  /** Today on the user's calendar: the day statuses are read for (dates after it count later). */
  readonly today = signal(localCalendarDay(new Date()));
  /** The highest level shown: the settings' choice within the model's range (0 until ready). */
  readonly maxLevel = computed(() => {
    const data = this.data();
    return data ? shownLevels(data, this.assessment()) : 0;
  });
  /** The status rules of the current stage definition for today. */
  readonly rules = computed(() => new StatusRules(this.assessment().stages, this.today()));
  /** The settings' re-assessment interval (an activity file may set an activity's own). */
  readonly reviewInterval = computed(() => defaultReviewInterval(this.assessment().settings.reviewMonths), {
    equal: (a, b) => a.months === b.months && a.days === b.days,
  });
  // Its own signal, so that a stage change (a new assessment, the same evidence) sums nothing up again.
  private readonly evidence = computed(() => this.assessment().evidence);
  private readonly evidenceSummaries = computed(() => evidenceSummaries(this.evidence(), this.today()));
  /** The evidence per activity and team, summed up once, and the interval: what freshness reads. */
  readonly review = computed((): ReviewContext => ({
    evidence: this.evidenceSummaries(),
    interval: this.reviewInterval(),
  }));

  /** The status of one activity for one team today: the one answer every page shows. */
  status(activityUuid: string, team: string): ActivityStatus {
    const entry = ownValue(ownValue(this.assessment().progress, activityUuid), team);
    const activity = this.data()?.model.byUuid.get(activityUuid);
    return reviewedStatus(this.rules(), entry, activityUuid, activity, team, this.review());
  }

  /**
   * The last few scoring runs of any page, most recent first: a page opened after another (the
   * report after the heatmap) scores again only the activities whose entries, evidence or definition
   * differ, when the stages, day, teams and levels are the same (see scoreAssessment).
   */
  private readonly scorings: PreviousScoring[] = [];

  /** scoreAssessment, reusing what an earlier run of any page scored the same way. */
  score(input: ScoringInput): Scores {
    return this.scoringRun(input).scores();
  }

  /**
   * A scoring run of `input` to take in steps (see ScoringRun), reusing what earlier runs of any
   * page scored the same way; once it has its scores, later runs reuse them in turn.
   */
  scoringRun(input: ScoringInput): ScoringRun {
    return new ScoringRun(input, this.scorings, (run) => {
      this.scorings.unshift(run);
      this.scorings.length = Math.min(this.scorings.length, KEPT_SCORINGS);
    });
  }

  /**
   * Scores of the model for a selection of teams (empty = all teams), shown levels and today, as a
   * signal. A stage change rescores one activity, not all (see `score`).
   */
  scoresFor(selected: () => readonly string[]): Signal<Scores | undefined> {
    return computed(() => {
      const data = this.data();
      if (!data) return undefined;
      return this.score(selectionScoringInput(data, this.assessment(), selected(), this.today(), this.review()));
    });
  }
}
