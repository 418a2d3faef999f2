import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { scorePercent } from '../../domain/heatmap/colour-scale';
import { ActivityScore } from '../../domain/scoring/activity-score';
import { Activity, Evidence } from '../../domain/types';
import { openEvidenceDialog } from '../../shared/evidence/evidence-dialog';
import { EvidenceList, EvidenceReview } from '../../shared/evidence/evidence-list';
import { EvidenceWriter } from '../../shared/evidence/evidence-writer';
import { Icon } from '../../shared/icon/icon';
import { TeamStages } from '../../shared/stage-control/team-stages';

/** New evidence is for the visible teams when they are few; otherwise the user picks. */
const DEFAULT_EVIDENCE_TEAMS = 10;

/** One activity of the opened sector: stages per visible team, evidence, and a link to details. */
@Component({
  selector: 'app-activity-assessment',
  imports: [MatButtonModule, RouterLink, Icon, TeamStages, EvidenceList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activity-assessment.html',
  styleUrl: './activity-assessment.scss',
})
export class ActivityAssessment {
  readonly activity = input.required<Activity>();
  readonly visibleTeams = input.required<readonly string[]>();
  readonly allTeams = input.required<readonly string[]>();
  readonly evidence = input<readonly Evidence[]>([]);
  readonly score = input<ActivityScore | undefined>(undefined);
  readonly dateLocale = input<string | undefined>(undefined);
  readonly details = output<void>();

  private readonly dialog = inject(MatDialog);
  private readonly evidenceWriter = inject(EvidenceWriter);
  protected readonly reviewerName = this.evidenceWriter.reviewerName;

  protected readonly evidenceShown = signal(false);
  protected readonly percent = computed(() => scorePercent(this.score()?.score ?? 0));
  /** Visible teams that marked the activity not applicable (set on the roadmap page). */
  protected readonly notApplicable = computed(() => this.score()?.notApplicable ?? 0);
  protected readonly scoredTeams = computed(() => this.visibleTeams().length - this.notApplicable());
  /** Visible teams for which the activity is due for review. */
  protected readonly due = computed(() => this.score()?.due ?? 0);

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

  protected markReviewed(review: EvidenceReview): void {
    this.evidenceWriter.review(review);
  }

  protected removeEvidence(evidence: Evidence): void {
    this.evidenceWriter.remove(evidence);
  }
}
