import { computed, Signal, signal } from '@angular/core';
import { localCalendarDay } from '../domain/common/calendar-date';
import { ownValue } from '../domain/common/own-value';
import { PreviousScoring, scoreAssessment, Scores } from '../domain/scoring/score-assessment';
import { defaultReviewInterval } from '../domain/review/review-interval';
import { ReviewContext, reviewedStatus } from '../domain/review/review-context';
import { ActivityStatus, evidenceSummaries, StatusRules } from '../domain/status/activity-status';
import { selectionScoringInput, shownLevels } from './scoring-input';
import { StoreState } from './store-state';

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
   * Scores of the model for a selection of teams (empty = all teams), shown levels and today, as a
   * signal. Each call keeps its last run, so a stage change rescored one activity, not all.
   */
  scoresFor(selected: () => readonly string[]): Signal<Scores | undefined> {
    let last: PreviousScoring | undefined;
    return computed(() => {
      const data = this.data();
      if (!data) return undefined;
      const input = selectionScoringInput(data, this.assessment(), selected(), this.today(), this.review());
      const scores = scoreAssessment(input, last);
      last = { input, scores };
      return scores;
    });
  }
}
