import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import { countText } from '../../domain/common/count-text';
import { paramValues } from '../../domain/common/query-params';
import { injectQueryParams } from '../../shared/query-params';
import { compareEntities, compareRows } from '../../domain/compare/compare-rows';
import { RadarSeries } from '../../domain/compare/radar';
import { HeatmapChart } from '../../shared/heatmap-chart/heatmap-chart';
import { Icon } from '../../shared/icon/icon';
import { ProgressBar } from '../../shared/progress-bar/progress-bar';
import { PickerOption, TeamPicker } from '../../shared/team-selection/team-picker';
import { ScoringInput } from '../../domain/scoring/score-assessment';
import { AssessmentStore } from '../../state/assessment-store';
import { selectionScoringInput } from '../../state/scoring-input';
import { CompareTable } from './compare-table';
import { RadarChart } from './radar-chart';
import { scoresInSteps } from './scores-in-steps';

/**
 * Two or more teams or groups side by side (kept in the URL as `?compare=team:A&compare=group:B`):
 * a radar of the score per dimension, a heatmap each, and the activities on which they differ.
 */
@Component({
  selector: 'app-compare-page',
  imports: [MatButtonModule, Icon, TeamPicker, HeatmapChart, RadarChart, CompareTable, ProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './compare-page.html',
  styleUrl: './compare-page.scss',
  host: { class: 'app-page', '[attr.aria-busy]': 'busy()' },
})
export class ComparePage {
  private readonly store = inject(AssessmentStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly state = this.store.state;
  protected readonly data = this.store.data;
  private readonly assessment = this.store.assessment;
  protected readonly teams = this.store.teams;
  protected readonly groupNames = computed(() => Object.keys(this.teams().groups));
  private readonly params = injectQueryParams();
  /** The URL's choice; the first two teams until the user chooses. */
  protected readonly keys = computed(() => {
    const fromUrl = paramValues(this.params(), 'compare');
    return fromUrl.length > 0
      ? fromUrl
      : this.teams()
          .names.slice(0, 2)
          .map((team) => `team:${team}`);
  });
  protected readonly entities = computed(() => compareEntities(this.keys(), this.teams()));
  /** The teams and groups not compared yet. */
  protected readonly pickable = computed((): PickerOption[] => {
    const chosen = new Set(this.keys());
    return [
      ...this.teams().names.map((team) => ({ key: `team:${team}`, label: team, kind: 'Teams' })),
      ...this.groupNames().map((group) => ({ key: `group:${group}`, label: group, kind: 'Groups' })),
    ].filter((option) => !chosen.has(option.key));
  });
  protected readonly maxLevel = this.store.maxLevel;
  /** What each entity is scored with; nothing is scored until there are two to compare. */
  private readonly inputs = computed((): ScoringInput[] => {
    const data = this.data();
    if (!data || this.entities().length < 2) return [];
    const [assessment, day, review] = [this.assessment(), this.store.today(), this.store.review()];
    return this.entities().map((entity) => selectionScoringInput(data, assessment, entity.teams, day, review));
  });
  /**
   * Each entity's scores, as the heatmap scores them (what is due for review included), scored in
   * steps: two groups of 5,000 teams held the page for seconds in one task. Undefined until scored.
   */
  private readonly stepped = scoresInSteps(this.store, this.inputs);
  protected readonly busy = this.stepped.busy;
  protected readonly progress = this.stepped.progress;
  protected readonly items = computed(() => {
    const scores = this.stepped.scores();
    return this.entities().map((entity, i) => ({ entity, scores: scores[i] }));
  });
  /** Every entity's scores, once all are scored. */
  private readonly scores = computed(() => {
    const items = this.items();
    return items.every((item) => item.scores !== undefined) ? items.map((item) => item.scores!) : undefined;
  });
  /** How many teams are being scored (each team once per entity it is in). */
  protected readonly scoredTeams = computed(() =>
    this.entities().reduce((sum, entity) => sum + entity.teams.length, 0),
  );
  protected readonly axes = computed(() => this.data()?.model.dimensions.map((d) => d.name) ?? []);
  protected readonly radar = computed((): RadarSeries[] | undefined => {
    const scores = this.scores();
    return scores?.map((entityScores, i) => {
      const entity = this.entities()[i];
      return { key: entity.key, label: entity.label, values: entityScores.dimensions.map((d) => d.counts.score) };
    });
  });
  /** The activities on which they differ, once every entity is scored. */
  protected readonly rows = computed(() => {
    const [data, scores] = [this.data(), this.scores()];
    if (!data || !scores) return undefined;
    const { stages, progress } = this.assessment();
    const [entities, maxLevel, day] = [this.entities(), this.maxLevel(), this.store.today()];
    const review = this.store.review();
    return compareRows({ model: data.model, stages, progress, entities, maxLevel, day, review, scores });
  });

  protected add(key: string): void {
    this.choose([...this.keys(), key]);
  }

  protected remove(key: string): void {
    this.choose(this.keys().filter((k) => k !== key));
  }

  private choose(keys: string[]): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { compare: keys.length > 0 ? keys : null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected readonly count = countText;

  protected percent(score: number | null): string {
    return score === null ? '–' : `${Math.round(score * 100)}%`;
  }
}
