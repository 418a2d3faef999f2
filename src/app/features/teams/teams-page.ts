import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { teamSummary } from '../../domain/team-summary/team-summary';
import { localDay } from '../../shared/local-day';
import { AssessmentStore } from '../../state/assessment-store';
import { GroupList } from './group-list';
import { TeamList } from './team-list';
import { TeamSummaryPanel } from './team-summary-panel';

interface Selection {
  readonly kind: 'team' | 'group';
  readonly name: string;
}

/**
 * /teams: the teams and groups (edited here unless meta.yaml says team names are fixed) and, for
 * the selected team or group, where it stands.
 */
@Component({
  selector: 'app-teams-page',
  imports: [TeamList, GroupList, TeamSummaryPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './teams-page.html',
  styleUrl: './teams-page.scss',
  host: { class: 'app-page' },
})
export class TeamsPage {
  private readonly store = inject(AssessmentStore);
  protected readonly state = this.store.state;
  protected readonly readOnly = computed(() => this.state().data?.meta.allowChangeTeamNameInBrowser === false);
  protected readonly teams = computed(() => this.state().assessment.teams);

  private readonly chosen = signal<Selection | undefined>(undefined);
  /** The chosen team or group while it exists, else the first team (or group). */
  protected readonly selection = computed<Selection | undefined>(() => {
    const chosen = this.chosen();
    const { names: teams, groups } = this.teams();
    if (chosen?.kind === 'team' && teams.includes(chosen.name)) return chosen;
    if (chosen?.kind === 'group' && Object.hasOwn(groups, chosen.name)) return chosen;
    if (teams.length > 0) return { kind: 'team', name: teams[0] };
    const first = Object.keys(groups)[0];
    return first === undefined ? undefined : { kind: 'group', name: first };
  });

  protected readonly maxLevel = this.store.maxLevel;

  protected readonly summary = computed(() => {
    const selection = this.selection();
    const data = this.state().data;
    if (!selection || !data) return undefined;
    const { assessment } = this.state();
    const members = selection.kind === 'team' ? [selection.name] : (assessment.teams.groups[selection.name] ?? []);
    return teamSummary({
      model: data.model,
      stages: assessment.stages,
      progress: assessment.progress,
      evidence: assessment.evidence,
      teams: members,
      allTeams: assessment.teams.names,
      maxLevel: this.maxLevel(),
      dayOf: (ms) => localDay(new Date(ms)),
      day: this.store.today(),
      review: this.store.review(),
    });
  });

  private readonly injector = inject(Injector);
  private readonly summaryPanel = viewChild(TeamSummaryPanel, { read: ElementRef });

  protected select(kind: 'team' | 'group', name: string): void {
    this.chosen.set({ kind, name });
    afterNextRender(() => this.reveal(), { injector: this.injector });
  }

  /**
   * Scrolls the summary to the top of the window unless it is in its upper half already: beside
   * the lists (wide windows) it is; below them (phones) a tapped team only turned blue, its summary
   * a screen or more further down. The focus stays in the list, where the user goes on.
   */
  private reveal(): void {
    const host: HTMLElement | undefined = this.summaryPanel()?.nativeElement;
    const view = host?.ownerDocument.defaultView;
    if (!host || !view) return;
    const top = host.getBoundingClientRect().top;
    if (top >= 0 && top <= view.innerHeight / 2) return;
    const still = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
    host.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
  }
}
