import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { allTags } from '../../domain/matrix/filter-activities';
import { filterFromParams, filterToParams, resetFilterParams } from '../../domain/matrix/filter-params';
import { gridCount, matrixGrid } from '../../domain/matrix/matrix-grid';
import { knownFilterValues, matrixActivities } from '../../domain/matrix/matrix-activities';
import { EMPTY_MATRIX_FILTER, MatrixFilter } from '../../domain/matrix/matrix-filter';
import { describeSummary, progressSummary } from '../../domain/matrix/progress-summary';
import { searchIndex } from '../../domain/matrix/search';
import { coverageText } from '../../domain/status/coverage';
import { injectQueryParams } from '../../shared/query-params';
import { TeamChips } from '../../shared/team-selection/team-chips';
import { resolveTeams, teamSelectionParams } from '../../shared/team-selection/team-selection-params';
import { injectTeamSelectionUrl } from '../../shared/team-selection/team-selection-url';
import { AssessmentStore } from '../../state/assessment-store';
import { FilterOptions, MatrixFilters } from './matrix-filters';
import { BadgeData, LevelHeading, MatrixTable } from './matrix-table';

/** The DSOMM matrix: sub-dimensions by level, filtered by what the URL says. */
@Component({
  selector: 'app-matrix-page',
  imports: [TeamChips, MatrixFilters, MatrixTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matrix-page.html',
  styleUrl: './matrix-page.scss',
  host: { class: 'app-page' },
})
export class MatrixPage {
  protected readonly store = inject(AssessmentStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly state = this.store.state;
  private readonly params = injectQueryParams();

  private readonly model = computed(() => this.store.data()?.model);
  /** Columns 1..the configured highest level (settings), never above the model's. */
  protected readonly maxLevel = this.store.maxLevel;
  /** The activities the matrix can show at all: those with a column. */
  private readonly placeable = computed(() =>
    (this.model()?.activities ?? []).filter((activity) => activity.level >= 1 && activity.level <= this.maxLevel()),
  );
  private readonly index = computed(() => searchIndex(this.model()?.activities ?? []));

  protected readonly options = computed<FilterOptions>(() => ({
    dimensions: (this.model()?.dimensions ?? []).map((d) => ({
      name: d.name,
      subDimensions: d.subDimensions.map((s) => s.name),
    })),
    tags: allTags(this.model()?.activities ?? []),
    maxLevel: this.maxLevel(),
  }));

  protected readonly filter = computed(() => {
    const model = this.model();
    return model ? filterFromParams(this.params(), knownFilterValues(model, this.maxLevel())) : EMPTY_MATRIX_FILTER;
  });

  protected readonly teamUrl = injectTeamSelectionUrl();
  /** The selected teams' names; all teams when none is chosen. */
  protected readonly teams = computed(() => resolveTeams(this.teamUrl.selection(), this.store.teams()));

  /** Activity links carry the teams and the filter: the activity page's previous/next follow them. */
  protected readonly linkParams = computed(() => {
    const params = { ...teamSelectionParams(this.teamUrl.selection()), ...filterToParams(this.filter()) };
    // Only what is set: every key makes each of the ~200 links' URLs costlier to build.
    return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null && value !== undefined));
  });

  /** Progress of the selected teams for every placeable activity, computed once per change. */
  private readonly summaries = computed(() => {
    const { progress } = this.store.assessment();
    const [teams, rules, review] = [this.teams(), this.store.rules(), this.store.review()];
    return new Map(
      this.placeable().map((activity) => [activity.uuid, progressSummary(progress, activity, teams, rules, review)]),
    );
  });

  private readonly shownActivities = computed(() => {
    const model = this.model();
    if (!model) return [];
    return matrixActivities({
      model,
      maxLevel: this.maxLevel(),
      filter: this.filter(),
      progress: this.store.assessment().progress,
      rules: this.store.rules(),
      review: this.store.review(),
      teams: this.teams(),
      searchIndex: this.index(),
      summaries: this.summaries(),
    });
  });

  protected readonly sections = computed(() =>
    matrixGrid(this.model()?.dimensions ?? [], this.shownActivities(), this.maxLevel()),
  );
  protected readonly shown = computed(() => gridCount(this.sections()));
  protected readonly total = computed(() => this.placeable().length);

  /** Coverage over every placeable activity (not only the filtered ones): how far the assessment is. */
  protected readonly coverage = computed(() => {
    let assessed = 0;
    for (const summary of this.summaries().values()) assessed += summary.teams - summary.notAssessed;
    const teams = this.teams();
    return coverageText({ assessed, total: this.placeable().length * teams.length, teams });
  });

  protected readonly badges = computed(() => {
    const summaries = this.summaries();
    const badges = new Map<string, BadgeData>();
    if (this.teams().length === 0) return badges;
    for (const activity of this.shownActivities()) {
      const summary = summaries.get(activity.uuid);
      if (summary) badges.set(activity.uuid, { summary, label: describeSummary(summary) });
    }
    return badges;
  });

  protected readonly levels = computed<LevelHeading[]>(() => {
    const titles = this.store.data()?.meta.strings.maturityLevels ?? [];
    return Array.from({ length: this.maxLevel() }, (_, i) => levelHeading(titles[i], i + 1));
  });

  protected changeFilter(change: { filter: MatrixFilter; replace: boolean }): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filterToParams(change.filter),
      queryParamsHandling: 'merge',
      replaceUrl: change.replace,
    });
  }

  protected resetFilter(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: resetFilterParams(),
      queryParamsHandling: 'merge',
    });
  }
}

/** `Level 2: Adoption of basic security practices` -> `Level 2` over `Adoption of ...`. */
function levelHeading(title: string | undefined, level: number): LevelHeading {
  const match = title?.match(/^\s*([^:]+):\s*(.+)$/);
  if (match) return { short: match[1], detail: match[2] };
  return { short: `Level ${level}`, detail: title ?? '' };
}
