import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { MatrixSection } from '../../domain/matrix/matrix-grid';
import { ProgressSummary } from '../../domain/matrix/progress-summary';
import { Icon } from '../../shared/icon/icon';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';
import { ProgressBadge } from './progress-badge';

export interface BadgeData {
  readonly summary: ProgressSummary;
  readonly label: string;
}

/** A level column heading: `Level 2` and, when meta.yaml says more, the rest of its title. */
export interface LevelHeading {
  readonly short: string;
  readonly detail: string;
}

/**
 * The matrix itself: a real table (sub-dimension row headers, level column headers) whose cells
 * list activity links. On narrow screens the rows stack and each cell names its level; in between,
 * the table keeps columns wide enough for whole words and scrolls sideways.
 */
@Component({
  selector: 'app-matrix-table',
  imports: [RouterLink, MatTooltipModule, Icon, ProgressBadge, ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matrix-table.html',
  styleUrl: './matrix-table.scss',
})
export class MatrixTable {
  readonly sections = input.required<readonly MatrixSection[]>();
  readonly levels = input.required<readonly LevelHeading[]>();
  /** uuid -> badge; no badge is drawn for activities missing here. */
  readonly badges = input<ReadonlyMap<string, BadgeData>>(new Map());
  /** Query params for activity links, so the activity page shows the same teams. */
  readonly linkParams = input<Readonly<Record<string, string | readonly string[] | null>>>({});
  protected readonly columns = computed(() => this.levels().length + 1);

  /** A name in parts ending at each slash: a line may end there ("vulnerabilities/severity"). */
  protected nameParts(name: string): string[] {
    return name.split(/(?<=\/)/);
  }
}
