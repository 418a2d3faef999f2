import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { deleteEvidence } from '../../domain/evidence/evidence-edits';
import { setTeamStage, teamProgress } from '../../domain/progress/set-team-stage';
import { Activity, Evidence, NotApplicable, StageDates } from '../../domain/types';
import { openEvidenceDialog } from '../../shared/evidence/evidence-dialog';
import { EvidenceList } from '../../shared/evidence/evidence-list';
import { Icon } from '../../shared/icon/icon';
import { localDay } from '../../shared/local-day';
import { SetAllStages } from '../../shared/stage-control/set-all-stages';
import { NotApplicableEditor } from '../../shared/not-applicable/not-applicable-editor';
import { NotApplicableAction, StageControl } from '../../shared/stage-control/stage-control';
import { TeamChips } from '../../shared/team-selection/team-chips';
import { resolveTeams, selectedTeams } from '../../shared/team-selection/team-selection-params';
import { injectTeamSelectionUrl } from '../../shared/team-selection/team-selection-url';
import { AssessmentStore } from '../../state/assessment-store';

interface ProgressRow {
  readonly team: string;
  readonly dates: StageDates;
  readonly mark?: NotApplicable;
}

/**
 * The teams' stages on one activity and its evidence, both editable. Built from the shared stage
 * control and evidence pieces (the heatmap uses the same ones); writes go through the store.
 */
@Component({
  selector: 'app-activity-progress',
  imports: [MatButtonModule, Icon, TeamChips, StageControl, SetAllStages, EvidenceList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activity-progress.html',
  styleUrl: './activity-progress.scss',
})
export class ActivityProgress {
  readonly activity = input.required<Activity>();

  private readonly store = inject(AssessmentStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notApplicableEditor = inject(NotApplicableEditor);
  protected readonly state = this.store.state;
  protected readonly teamUrl = injectTeamSelectionUrl();
  private readonly evidenceHeading = viewChild<ElementRef<HTMLElement>>('evidenceHeading');

  protected readonly allTeams = computed(() => this.state().assessment.teams);
  protected readonly teams = computed(() => resolveTeams(this.teamUrl.selection(), this.allTeams()));
  protected readonly stages = computed(() => this.state().assessment.stages);
  protected readonly dateLocale = computed(() => this.state().assessment.settings.dateLocale);
  protected readonly rows = computed((): ProgressRow[] => {
    const progress = this.state().assessment.progress;
    const uuid = this.activity().uuid;
    return this.teams().map((team) => {
      const entry = teamProgress(progress, uuid, team);
      return { team, dates: entry?.stages ?? {}, mark: entry?.notApplicable };
    });
  });
  protected readonly evidence = computed(() =>
    this.state().assessment.evidence.filter((entry) => entry.activityUuid === this.activity().uuid),
  );

  protected setStage(team: string, title: string): void {
    this.setStages([team], title);
  }

  protected notApplicableChanged(row: ProgressRow, action: NotApplicableAction): void {
    this.notApplicableEditor.apply(action, this.activity(), row.team, row.mark);
  }

  protected setStages(teams: readonly string[], title: string): void {
    const uuid = this.activity().uuid;
    const today = localDay();
    const now = Date.now();
    this.store.update((assessment) => {
      let progress = assessment.progress;
      for (const team of teams) progress = setTeamStage(progress, uuid, team, title, today, now, assessment.stages);
      return progress === assessment.progress ? assessment : { ...assessment, progress };
    });
  }

  protected addEvidence(): void {
    openEvidenceDialog(this.dialog, this.dialogData());
  }

  protected editEvidence(evidence: Evidence): void {
    openEvidenceDialog(this.dialog, { ...this.dialogData(), evidence });
  }

  protected removeEvidence(evidence: Evidence): void {
    this.store.update((assessment) => deleteEvidence(assessment, evidence.id, Date.now()));
    // The entry and its buttons are gone: put focus somewhere meaningful rather than on <body>.
    afterNextRender(() => this.evidenceHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  private dialogData() {
    return {
      activityUuid: this.activity().uuid,
      activityName: this.activity().name,
      teams: this.allTeams().teams,
      defaultTeams: selectedTeams(this.teamUrl.selection(), this.allTeams()),
    };
  }
}
