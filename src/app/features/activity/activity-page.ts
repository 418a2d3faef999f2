import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { filterFromParams } from '../../domain/matrix/filter-params';
import { knownFilterValues, matrixActivities } from '../../domain/matrix/matrix-activities';
import { isFilterActive } from '../../domain/matrix/matrix-filter';
import { matrixOrder, orderNeighbours } from '../../domain/matrix/matrix-grid';
import { ActivityDetails } from '../../shared/activity-details/activity-details';
import { paramValue } from '../../domain/common/query-params';
import { injectQueryParams } from '../../shared/query-params';
import { resolveTeams } from '../../shared/team-selection/team-selection-params';
import { injectTeamSelectionUrl } from '../../shared/team-selection/team-selection-url';
import { AssessmentStore } from '../../state/assessment-store';
import { ActivityNav } from './activity-nav';
import { ActivityProgress } from './activity-progress';
import { DependencyGraph } from './dependency-graph';

/** One activity: everything the model says, its dependencies, the teams' progress and evidence. */
@Component({
  selector: 'app-activity-page',
  imports: [RouterLink, ActivityDetails, ActivityNav, ActivityProgress, DependencyGraph],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activity-page.html',
  styleUrl: './activity-page.scss',
  host: { class: 'app-page' },
})
export class ActivityPage {
  /** Route parameter (component input binding). */
  readonly uuid = input('');

  private readonly store = inject(AssessmentStore);
  protected readonly state = this.store.state;
  protected readonly model = computed(() => this.store.data()?.model);
  protected readonly strings = computed(() => this.store.data()?.meta.strings);
  protected readonly activity = computed(() => this.model()?.byUuid.get(this.uuid()));
  protected readonly maxLevel = this.store.maxLevel;
  private readonly params = injectQueryParams();
  /** The name the old-link redirect did not find (`?name=`). */
  protected readonly name = computed(() => paramValue(this.params(), 'name'));
  private readonly teamUrl = injectTeamSelectionUrl();
  /**
   * Previous/next follow the matrix the user came from: its links carry the filter (and teams).
   * Without a filter, or when this activity is not among the filtered ones (its progress changed
   * since), they follow the whole matrix.
   */
  private readonly order = computed(() => {
    const model = this.model();
    const all = matrixOrder(model?.dimensions ?? []);
    if (!model) return { activities: all, filtered: false };
    const filter = filterFromParams(this.params(), knownFilterValues(model, this.maxLevel()));
    if (!isFilterActive(filter)) return { activities: all, filtered: false };
    const { progress, teams } = this.store.assessment();
    const shown = new Set(
      matrixActivities({
        model,
        maxLevel: this.maxLevel(),
        filter,
        progress,
        rules: this.store.rules(),
        review: this.store.review(),
        teams: resolveTeams(this.teamUrl.selection(), teams),
      }).map((activity) => activity.uuid),
    );
    const activities = all.filter((activity) => shown.has(activity.uuid));
    return shown.has(this.uuid()) ? { activities, filtered: true } : { activities: all, filtered: false };
  });
  protected readonly count = computed(() => this.order().activities.length);
  protected readonly filtered = computed(() => this.order().filtered);
  protected readonly neighbours = computed(() => orderNeighbours(this.order().activities, this.uuid()));
  protected readonly levelTitle = computed(() => {
    const level = this.activity()?.level ?? 0;
    return this.strings()?.maturityLevels[level - 1] ?? `Level ${level}`;
  });
  /** For the not-found view: what to search the matrix for. */
  protected readonly searchFor = computed(() => this.name() ?? this.uuid());
}
