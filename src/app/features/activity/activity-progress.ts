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
import { describeSummary, progressSummary } from '../../domain/matrix/progress-summary';
import { Activity, Evidence } from '../../domain/types';
import { openEvidenceDialog } from '../../shared/evidence/evidence-dialog';
import { EvidenceList, EvidenceReview } from '../../shared/evidence/evidence-list';
import { EvidenceWriter } from '../../shared/evidence/evidence-writer';
import { Icon } from '../../shared/icon/icon';
import { TeamStages } from '../../shared/stage-control/team-stages';
import { TeamChips } from '../../shared/team-selection/team-chips';
import { resolveTeams, selectedTeams } from '../../shared/team-selection/team-selection-params';
import { injectTeamSelectionUrl } from '../../shared/team-selection/team-selection-url';
import { AssessmentStore } from '../../state/assessment-store';

/**
 * The teams' stages on one activity and its evidence, both editable. Built from the shared stage
 * control and evidence pieces (the heatmap uses the same ones); writes go through the store.
 */
@Component({
  selector: 'app-activity-progress',
  imports: [MatButtonModule, Icon, TeamChips, TeamStages, EvidenceList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activity-progress.html',
  styleUrl: './activity-progress.scss',
})
export class ActivityProgress {
  readonly activity = input.required<Activity>();

  protected readonly store = inject(AssessmentStore);
  private readonly dialog = inject(MatDialog);
  private readonly evidenceWriter = inject(EvidenceWriter);
  protected readonly reviewerName = this.evidenceWriter.reviewerName;
  private readonly injector = inject(Injector);

  protected readonly teamUrl = injectTeamSelectionUrl();
  private readonly evidenceHeading = viewChild<ElementRef<HTMLElement>>('evidenceHeading');

  protected readonly allTeams = this.store.teams;
  protected readonly teams = computed(() => resolveTeams(this.teamUrl.selection(), this.allTeams()));
  /**
   * How far the shown teams are, in the matrix card's words: with many teams their stages start
   * folded away, and the page about the activity said nothing of it until they were unfolded.
   */
  protected readonly summary = computed(() =>
    describeSummary(
      progressSummary(
        this.store.assessment().progress,
        this.activity(),
        this.teams(),
        this.store.rules(),
        this.store.review(),
      ),
    ),
  );
  protected readonly dateLocale = computed(() => this.store.assessment().settings.dateLocale);
  protected readonly evidence = computed(() =>
    this.store.assessment().evidence.filter((entry) => entry.activityUuid === this.activity().uuid),
  );

  protected addEvidence(): void {
    openEvidenceDialog(this.dialog, this.dialogData());
  }

  protected editEvidence(evidence: Evidence): void {
    openEvidenceDialog(this.dialog, { ...this.dialogData(), evidence });
  }

  protected markReviewed(review: EvidenceReview): void {
    this.evidenceWriter.review(review);
  }

  protected removeEvidence(evidence: Evidence): void {
    this.evidenceWriter.remove(evidence);
    // The entry and its buttons are gone: put focus somewhere meaningful rather than on <body>.
    afterNextRender(() => this.evidenceHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  private dialogData() {
    return {
      activityUuid: this.activity().uuid,
      activityName: this.activity().name,
      teams: this.allTeams().names,
      defaultTeams: selectedTeams(this.teamUrl.selection(), this.allTeams()),
    };
  }
}
