import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ScrollingModule } from '@angular/cdk/scrolling';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { deleteEvidence } from '../../domain/evidence/evidence-edits';
import { scorePercent } from '../../domain/heatmap/colour-scale';
import { setTeamsStage } from '../../domain/progress/set-team-stage';
import { ActivityScore } from '../../domain/scoring/activity-score';
import { Activity, Evidence, NotApplicable, Stage, StageDates, TeamProgress } from '../../domain/types';
import { openEvidenceDialog } from '../../shared/evidence/evidence-dialog';
import { EvidenceList } from '../../shared/evidence/evidence-list';
import { Icon } from '../../shared/icon/icon';
import { localDay } from '../../shared/local-day';
import { SetAllStages } from '../../shared/stage-control/set-all-stages';
import { NotApplicableEditor } from '../../shared/not-applicable/not-applicable-editor';
import { NotApplicableAction, StageControl } from '../../shared/stage-control/stage-control';
import { AssessmentStore } from '../../state/assessment-store';

/** Above this many visible teams the per-team controls start folded away (200 selects are a lot). */
const INLINE_TEAMS = 8;
/** New evidence is for the visible teams when they are few; otherwise the user picks. */
const DEFAULT_EVIDENCE_TEAMS = 10;
const NO_DATES: StageDates = {};

/** One activity of the opened sector: stages per visible team, evidence, and a link to details. */
@Component({
  selector: 'app-activity-assessment',
  imports: [MatButtonModule, ScrollingModule, RouterLink, Icon, StageControl, SetAllStages, EvidenceList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activity-assessment.html',
  styleUrl: './activity-assessment.scss',
})
export class ActivityAssessment {
  readonly activity = input.required<Activity>();
  readonly visibleTeams = input.required<readonly string[]>();
  readonly allTeams = input.required<readonly string[]>();
  readonly stages = input.required<readonly Stage[]>();
  /** The activity's progress entries by team. */
  readonly entries = input<Readonly<Record<string, TeamProgress>> | undefined>(undefined);
  readonly evidence = input<readonly Evidence[]>([]);
  readonly score = input<ActivityScore | undefined>(undefined);
  readonly dateLocale = input<string | undefined>(undefined);
  readonly details = output<void>();

  private readonly store = inject(AssessmentStore);
  private readonly dialog = inject(MatDialog);
  private readonly notApplicableEditor = inject(NotApplicableEditor);

  protected readonly foldable = computed(() => this.visibleTeams().length > INLINE_TEAMS);
  protected readonly teamsShown = signal(false);
  protected readonly evidenceShown = signal(false);
  protected readonly percent = computed(() => scorePercent(this.score()?.score ?? 0));
  /** Visible teams that marked the activity not applicable (set on the roadmap page). */
  protected readonly notApplicable = computed(() => this.score()?.notApplicable ?? 0);
  protected readonly scoredTeams = computed(() => this.visibleTeams().length - this.notApplicable());
  /** Height of one stage control in the virtual list (see .virtual-row). */
  protected readonly rowHeight = 84;
  protected readonly trackTeam = (_: number, team: string) => team;

  protected datesOf(team: string): StageDates {
    const entries = this.entries();
    return entries !== undefined && Object.hasOwn(entries, team) ? entries[team].stages : NO_DATES;
  }

  protected markOf(team: string): NotApplicable | undefined {
    const entries = this.entries();
    return entries !== undefined && Object.hasOwn(entries, team) ? entries[team].notApplicable : undefined;
  }

  protected notApplicableChanged(team: string, action: NotApplicableAction): void {
    this.notApplicableEditor.apply(action, this.activity(), team, this.markOf(team));
  }

  protected setStage(team: string, stage: string): void {
    this.setStages([team], stage);
  }

  protected setAll(stage: string): void {
    this.setStages(this.visibleTeams(), stage);
  }

  private setStages(teams: readonly string[], stage: string): void {
    const uuid = this.activity().uuid;
    const today = localDay();
    const now = Date.now();
    this.store.update((state) => {
      const progress = setTeamsStage(state.progress, uuid, teams, stage, today, now, state.stages);
      return progress === state.progress ? state : { ...state, progress };
    });
  }

  protected addEvidence(): void {
    const visible = this.visibleTeams();
    openEvidenceDialog(this.dialog, {
      activityUuid: this.activity().uuid,
      activityName: this.activity().name,
      teams: this.allTeams(),
      defaultTeams: visible.length <= DEFAULT_EVIDENCE_TEAMS ? visible : [],
    })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.evidenceShown.set(true);
      });
  }

  protected editEvidence(evidence: Evidence): void {
    openEvidenceDialog(this.dialog, {
      activityUuid: this.activity().uuid,
      activityName: this.activity().name,
      teams: this.allTeams(),
      defaultTeams: [],
      evidence,
    });
  }

  protected removeEvidence(evidence: Evidence): void {
    const now = Date.now();
    this.store.update((state) => deleteEvidence(state, evidence.id, now));
  }
}
