import { computed, Signal, signal } from '@angular/core';
import { localCalendarDay } from '../domain/common/calendar-date';
import { ownValue } from '../domain/common/own-value';
import { shownMaxLevel } from '../domain/common/shown-max-level';
import { PreviousScoring, scoreAssessment, Scores, ScoringInput } from '../domain/scoring/score-assessment';
import { ActivityStatus, evidenceCount, evidenceCounts, StatusRules } from '../domain/status/activity-status';
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
    return data ? shownMaxLevel(data.meta.maxLevel, this.assessment().settings.maxLevel) : 0;
  });
  /** The status rules of the current stage definition for today. */
  readonly rules = computed(() => new StatusRules(this.assessment().stages, this.today()));
  private readonly evidenceCounts = computed(() => evidenceCounts(this.assessment().evidence));

  /** The status of one activity for one team today: the one answer every page shows. */
  status(activityUuid: string, team: string): ActivityStatus {
    const entry = ownValue(ownValue(this.assessment().progress, activityUuid), team);
    return this.rules().of(entry, evidenceCount(this.evidenceCounts(), activityUuid, team));
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
      const { stages, progress, teams } = this.assessment();
      const input: ScoringInput = {
        model: data.model,
        stages,
        progress,
        teams: teams.teams,
        selected: selected(),
        maxLevel: this.maxLevel(),
        day: this.today(),
      };
      const scores = scoreAssessment(input, last);
      last = { input, scores };
      return scores;
    });
  }
}
