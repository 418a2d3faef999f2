import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { countOf } from '../../domain/common/count-of';
import { countText } from '../../domain/common/count-text';
import { ControlRow, ControlSummary, controlStateText, ControlTeamStatus } from '../../domain/mapping/controls';
import { isLink } from '../../domain/mapping/standards';
import { DUE_FOR_REVIEW_TEXT } from '../../domain/review/review-text';
import { Stage } from '../../domain/types';
import { ProgressBar } from '../../shared/progress-bar/progress-bar';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';

const SUMMARY_STATES = ['implemented', 'inProgress', 'notImplemented', 'notAssessed', 'notApplicable'] as const;
const STATE_OF = {
  implemented: 'implemented',
  inProgress: 'in-progress',
  notImplemented: 'not-implemented',
  notAssessed: 'not-assessed',
  notApplicable: 'not-applicable',
} as const;

/**
 * The inverse view: each control of one standard with the activities mapped to it and, per team,
 * how far the team is. Meant as the working list for a Statement of Applicability. With `counted`
 * (many teams), a column counts those teams by their state on each control, beside the teams of
 * the rows' detail (one, chosen on the page): a column per team would be 10,000 columns.
 */
@Component({
  selector: 'app-control-table',
  imports: [RouterLink, ProgressBar, ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './control-table.html',
  styleUrl: './control-table.scss',
})
export class ControlTable {
  readonly rows = input.required<readonly ControlRow[]>();
  readonly standardLabel = input.required<string>();
  /** The teams of the rows' detail, a column each. */
  readonly teams = input.required<readonly string[]>();
  readonly stages = input.required<readonly Stage[]>();
  /** How many teams the summary column counts; 0: no summary column. */
  readonly counted = input(0);
  protected readonly isLink = isLink;
  protected readonly dueLabel = DUE_FOR_REVIEW_TEXT;
  protected readonly count = countText;
  protected readonly countedLabel = computed(() => countOf(this.counted(), 'team'));
  protected readonly caption = computed(() => {
    const head = `${this.standardLabel()} controls, the activities mapped to each`;
    if (this.counted() === 0) return `${head}, and how far each team is`;
    return `${head}, the ${this.countedLabel()} counted by their state on it, and how far ${this.teams().join(', ')} is`;
  });

  protected percent(status: ControlTeamStatus): number {
    return Math.round(status.mean * 100);
  }

  /** `Due for review` for a control of one activity, `Due for review: 2 of 3 activities` for more. */
  protected dueText(status: ControlTeamStatus): string {
    if (status.activities === 1) return DUE_FOR_REVIEW_TEXT;
    return `${DUE_FOR_REVIEW_TEXT}: ${countText(status.due)} of ${countOf(status.activities, 'activity', 'activities')}`;
  }

  protected stateLabel(status: ControlTeamStatus): string {
    return controlStateText(status.state, this.stages());
  }

  /** The states some of the teams are in, with how many are, in the order of the stages. */
  protected parts(summary: ControlSummary): { state: string; count: string; label: string }[] {
    return SUMMARY_STATES.filter((key) => summary[key] > 0).map((key) => ({
      state: STATE_OF[key],
      count: countText(summary[key]),
      label: controlStateText(STATE_OF[key], this.stages()),
    }));
  }

  /** The share of the teams it applies to that have implemented every mapped activity. */
  protected implementedShare(summary: ControlSummary): number {
    const applicable = summary.teams - summary.notApplicable;
    return applicable === 0 ? 0 : summary.implemented / applicable;
  }
}
