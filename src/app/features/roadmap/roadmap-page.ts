import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { countText } from '../../domain/common/count-text';
import { paramValue } from '../../domain/common/query-params';
import { injectQueryParams } from '../../shared/query-params';
import { fileNamePart } from '../../domain/common/file-name-part';
import { shownMaxLevel } from '../../domain/common/shown-max-level';
import { nextSteps } from '../../domain/roadmap/next-step';
import { roadmapCsv, roadmapMarkdown } from '../../domain/roadmap/roadmap-export';
import { GapItem, roadmapGap } from '../../domain/roadmap/roadmap-gap';
import { ALL_TEAMS_TARGET, targetFor, withTarget } from '../../domain/roadmap/targets';
import { downloadText } from '../../shared/download';
import { Icon } from '../../shared/icon/icon';
import { formatDay, localDay } from '../../shared/local-day';
import { TeamPicker, teamOptions } from '../../shared/team-selection/team-picker';
import { AssessmentStore } from '../../state/assessment-store';
import { NotApplicableEditor } from '../../shared/not-applicable/not-applicable-editor';
import { focusFirstAfterRender, neighboursOf } from '../../shared/focus-after-render';
import { NextStepsTable } from './next-steps-table';
import { RoadmapList } from './roadmap-list';

/**
 * A team's way to its target level: what is not yet fully implemented up to the target, in an order
 * that respects dependencies (domain/roadmap), as a list or in phases, exportable as CSV and
 * Markdown. Targets (per team, and one for all teams) and "not applicable" marks are set here.
 * Without a target, the roadmap is the team's next step (the lowest level it has not completed),
 * with every team's next step below.
 */
@Component({
  selector: 'app-roadmap-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatSelectModule,
    RouterLink,
    Icon,
    RoadmapList,
    NextStepsTable,
    TeamPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './roadmap-page.html',
  styleUrl: './roadmap-page.scss',
  host: { class: 'app-page' },
})
export class RoadmapPage {
  private readonly store = inject(AssessmentStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notApplicableEditor = inject(NotApplicableEditor);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly count = countText;
  protected readonly state = this.store.state;
  protected readonly data = computed(() => (this.state().status === 'ready' ? this.state().data : undefined));
  private readonly assessment = computed(() => this.state().assessment);
  protected readonly teams = computed(() => this.assessment().teams.names);
  protected readonly teamOptions = computed(() => teamOptions(this.teams()));
  private readonly params = injectQueryParams();
  /** The team in the URL (`?team=`), else the first team. */
  protected readonly team = computed(() => {
    const wanted = paramValue(this.params(), 'team');
    return wanted !== undefined && this.teams().includes(wanted) ? wanted : this.teams()[0];
  });
  protected readonly levels = computed(() => Array.from({ length: this.data()?.meta.maxLevel ?? 0 }, (_, i) => i + 1));
  private readonly targets = computed(() => this.assessment().targets);
  protected readonly allTarget = computed(() => this.targets()?.[ALL_TEAMS_TARGET] ?? 0);
  /** The team's own target; 0 = it follows the all-teams target. */
  protected readonly ownTarget = computed(() => {
    const team = this.team();
    const targets = this.targets();
    return team !== undefined && targets && Object.hasOwn(targets, team) ? targets[team] : 0;
  });
  protected readonly target = computed(() => {
    const team = this.team();
    return team === undefined ? undefined : targetFor(this.targets(), team);
  });
  /** Without a target: each team's next step (teams with a target of their own are left out). */
  protected readonly nextSteps = computed(() => {
    const data = this.data();
    if (!data || this.target() !== undefined) return [];
    const { stages, progress, settings } = this.assessment();
    const targets = this.targets();
    return nextSteps({
      model: data.model,
      stages,
      progress,
      teams: this.teams().filter((team) => targetFor(targets, team) === undefined),
      maxLevel: shownMaxLevel(data.meta.maxLevel, settings.maxLevel),
      day: this.store.today(),
    });
  });
  protected readonly nextStep = computed(() => this.nextSteps().find((step) => step.team === this.team()));
  /** The level the list leads to: the target, else the next step's level. */
  protected readonly goal = computed(() => this.target() ?? this.nextStep()?.level);
  protected readonly gap = computed(() => {
    const data = this.data();
    const team = this.team();
    const target = this.goal();
    if (!data || team === undefined || target === undefined) return [];
    const { stages, progress } = this.assessment();
    const [day, review] = [this.store.today(), this.store.review()];
    return roadmapGap({ model: data.model, stages, progress, team, target, day, review });
  });
  protected readonly notApplicable = computed(() => {
    const data = this.data();
    const team = this.team();
    if (!data || team === undefined) return [];
    return data.model.activities.flatMap((activity) => {
      const mark = this.store.status(activity.uuid, team).notApplicable;
      return mark ? [{ activity, mark }] : [];
    });
  });
  protected readonly view = signal<'list' | 'phases'>('list');
  protected readonly dateLocale = computed(() => this.assessment().settings.dateLocale);
  protected readonly formatDay = formatDay;

  protected chooseTeam(team: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { team },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** `0` removes the target (the team then follows the all-teams one). */
  protected setTarget(key: string, level: number): void {
    this.store.update((assessment) => ({
      ...assessment,
      targets: withTarget(assessment.targets, key, level === 0 ? undefined : level),
    }));
  }

  /**
   * The activity leaves the list, and with it the button pressed: the focus goes to the activity
   * that takes its place (else the one before, else the summary), not back to the page's start.
   */
  protected async markNotApplicable(item: GapItem): Promise<void> {
    const team = this.team();
    if (team === undefined) return;
    const uuids = this.gap().map((gapItem) => gapItem.activity.uuid);
    const next = neighboursOf(uuids, item.activity.uuid).map((uuid) => `[data-not-applicable="${uuid}"]`);
    if (await this.notApplicableEditor.mark(item.activity, team)) {
      focusFirstAfterRender(this.host.nativeElement, [...next, '.summary'], this.injector);
    }
  }

  /** As markNotApplicable: the focus stays in the list of what is not applicable, or on its heading. */
  protected makeApplicable(uuid: string): void {
    const team = this.team();
    if (team === undefined) return;
    const uuids = this.notApplicable().map((row) => row.activity.uuid);
    const next = neighboursOf(uuids, uuid).map((other) => `[data-applicable="${other}"]`);
    this.notApplicableEditor.clear(uuid, team);
    focusFirstAfterRender(this.host.nativeElement, [...next, '#na-heading'], this.injector);
  }

  protected download(kind: 'csv' | 'md'): void {
    const data = this.data();
    const team = this.team();
    const target = this.goal();
    if (!data || team === undefined || target === undefined) return;
    const date = localDay();
    const ctx = { model: data.model, team, target, date };
    const name = `roadmap-${fileNamePart(team)}-level-${target}-${date}`;
    if (kind === 'csv') downloadText(`${name}.csv`, roadmapCsv(this.gap(), ctx), 'text/csv');
    else downloadText(`${name}.md`, roadmapMarkdown(this.gap(), ctx), 'text/markdown');
  }
}
