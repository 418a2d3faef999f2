import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { shownMaxLevel } from '../../domain/common/shown-max-level';
import { matrixOrder, orderNeighbours } from '../../domain/matrix/matrix-grid';
import { ActivityDetails } from '../../shared/activity-details/activity-details';
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
  /** Query parameter set by the old-link redirect when a name was not found. */
  readonly name = input<string>();

  protected readonly state = inject(AssessmentStore).state;
  protected readonly model = computed(() => this.state().data?.model);
  protected readonly strings = computed(() => this.state().data?.meta.strings);
  protected readonly activity = computed(() => this.model()?.byUuid.get(this.uuid()));
  private readonly order = computed(() => matrixOrder(this.model()?.dimensions ?? []));
  protected readonly count = computed(() => this.order().length);
  protected readonly neighbours = computed(() => orderNeighbours(this.order(), this.uuid()));
  protected readonly maxLevel = computed(() =>
    shownMaxLevel(this.state().data?.meta.maxLevel ?? Infinity, this.state().assessment.settings.maxLevel),
  );
  protected readonly levelTitle = computed(() => {
    const level = this.activity()?.level ?? 0;
    return this.state().data?.meta.strings.maturityLevels[level - 1] ?? `Level ${level}`;
  });
  /** For the not-found view: what to search the matrix for. */
  protected readonly searchFor = computed(() => this.name() ?? this.uuid());
}
