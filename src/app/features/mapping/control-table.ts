import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ControlRow, ControlTeamStatus } from '../../domain/mapping/controls';
import { isLink } from '../../domain/mapping/standards';
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
  protected readonly isLink = isLink;

  protected percent(status: ControlTeamStatus): number {
    return Math.round(status.mean * 100);
  }

  protected stateLabel(status: ControlTeamStatus): string {
    switch (status.state) {
      case 'implemented':
        return 'Implemented';
      case 'in-progress':
        return 'In progress';
      case 'not-applicable':
        return 'Not applicable';
      default:
        return 'Not started';
    }
  }
}
