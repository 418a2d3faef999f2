import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, linkedSignal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { countText } from '../../domain/common/count-text';
import { paramValue } from '../../domain/common/query-params';
import { controlRows, TEAM_COLUMNS, TeamStandings } from '../../domain/mapping/controls';
import { MappingView, mappingViewFromParams, mappingViewToParams } from '../../domain/mapping/mapping-params';
import { mappingRows, searchMappingRows, sortMappingRows } from '../../domain/mapping/mapping-rows';
import { STANDARDS } from '../../domain/mapping/standards';
import { selectionFileName } from '../../domain/teams/selection-label';
import { Icon } from '../../shared/icon/icon';
import { injectQueryParams } from '../../shared/query-params';
import { TeamChips } from '../../shared/team-selection/team-chips';
import { TeamPicker, teamOptions } from '../../shared/team-selection/team-picker';
import { resolveTeams } from '../../shared/team-selection/team-selection-params';
import { injectTeamSelectionUrl } from '../../shared/team-selection/team-selection-url';
import { AssessmentStore } from '../../state/assessment-store';
import { ControlTable } from './control-table';
import { MappingTable } from './mapping-table';
import { MappingExport } from './mapping-export';
import { AuditPack } from './audit-pack';

const SEARCH_DEBOUNCE_MS = 250;

/** Which standard controls each activity maps to, the other way round, and exports of both. */
@Component({
  selector: 'app-mapping-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Icon,
    MappingTable,
    ControlTable,
    TeamChips,
    TeamPicker,
    AuditPack,
    MappingExport,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mapping-page.html',
  styleUrl: './mapping-page.scss',
  host: { class: 'app-page' },
})
export class MappingPage {
  private readonly store = inject(AssessmentStore);
  protected readonly stages = computed(() => this.store.assessment().stages);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly state = this.store.state;

  private readonly params = injectQueryParams();
  protected readonly view = computed(() => mappingViewFromParams(this.params()));
  protected readonly search = linkedSignal(() => this.view().search);
  private timer?: ReturnType<typeof setTimeout>;

  private readonly model = computed(() => this.state().data?.model);
  private readonly allRows = computed(() => mappingRows(this.model()?.activities ?? []));
  private readonly found = computed(() => searchMappingRows(this.allRows(), this.view().search));
  protected readonly rows = computed(() => sortMappingRows(this.found(), this.view().sort, this.view().direction));
  /** What the exports contain: the shown activities, in the order shown. */
  protected readonly shownActivities = computed(() => this.rows().map((row) => row.activity));
  protected readonly total = computed(() => this.allRows().length);
  /** D3FEND is offered only when the model maps anything to it (the bundled one does not). */
  protected readonly standards = computed(() => {
    const hasD3fend = this.allRows().some((row) => row.d3f.length > 0);
    return STANDARDS.filter((standard) => standard.key !== 'd3f' || hasD3fend);
  });

  protected readonly teamUrl = injectTeamSelectionUrl();
  /** The selected teams' names; all teams when none is chosen. */
  protected readonly teams = computed(() => resolveTeams(this.teamUrl.selection(), this.state().assessment.teams));
  protected readonly teamsFileName = computed(() =>
    selectionFileName(this.teamUrl.selection(), this.state().assessment.teams),
  );

  /** Each team's status on each activity, read once per progress, stage rules and evidence, not per selection. */
  protected readonly standings = computed(() => {
    const { progress, teams } = this.store.assessment();
    const activities = this.store.data()?.model.byUuid;
    return new TeamStandings(progress, teams.names, this.store.rules(), this.store.review(), activities);
  });
  /** Past TEAM_COLUMNS teams, each control counts them by state, and shows one team in detail. */
  protected readonly summarised = computed(() => this.teams().length > TEAM_COLUMNS);
  protected readonly teamOptions = computed(() => (this.summarised() ? teamOptions(this.teams()) : []));
  /** The team in the URL (`?team=`) if selected, else the first selected team. */
  protected readonly detailTeam = computed(() => {
    const wanted = paramValue(this.params(), 'team');
    return wanted !== undefined && this.teams().includes(wanted) ? wanted : this.teams()[0];
  });
  protected readonly detailTeams = computed(() => (this.summarised() ? [this.detailTeam()] : this.teams()));
  protected readonly controls = computed(() =>
    controlRows(
      this.found().map((row) => row.activity),
      this.view().standard.key,
      this.standings(),
      this.teams(),
      this.detailTeams(),
    ),
  );
  protected readonly count = countText;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected update(patch: Partial<MappingView>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: mappingViewToParams({ ...this.view(), ...patch }),
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }

  protected typed(text: string): void {
    this.search.set(text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update({ search: text }, true), SEARCH_DEBOUNCE_MS);
  }

  protected clearSearch(): void {
    clearTimeout(this.timer);
    this.search.set('');
    this.update({ search: '' });
  }

  protected chooseDetail(team: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { team },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected chooseStandard(slug: string): void {
    const standard = STANDARDS.find((s) => s.slug === slug);
    if (standard) this.update({ standard });
  }
}
