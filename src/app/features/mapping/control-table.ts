import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ControlRow, controlStateText, ControlTeamStatus } from '../../domain/mapping/controls';
import { isLink } from '../../domain/mapping/standards';
import { Stage } from '../../domain/types';
import { ProgressBar } from '../../shared/progress-bar/progress-bar';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';

/**
 * The inverse view: each control of one standard with the activities mapped to it and, per team,
 * how far the team is. Meant as the working list for a Statement of Applicability.
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
  readonly teams = input.required<readonly string[]>();
  readonly stages = input.required<readonly Stage[]>();
  protected readonly isLink = isLink;

  protected percent(status: ControlTeamStatus): number {
    return Math.round(status.mean * 100);
  }

  protected stateLabel(status: ControlTeamStatus): string {
    return controlStateText(status.state, this.stages());
  }
}
