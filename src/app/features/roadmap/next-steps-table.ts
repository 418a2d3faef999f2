import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NextStep } from '../../domain/roadmap/next-step';
import { countText } from '../../domain/common/count-text';

/** Rows shown at most: beyond, the team select above finds the others. */
const ROWS_SHOWN = 50;

/** Every team's next step (the lowest level it has not completed), each linking to its roadmap. */
@Component({
  selector: 'app-next-steps-table',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table>
      <!-- Named for screen readers; the details' summary above says it on screen. -->
      <caption class="visually-hidden">
        Next step of each team
      </caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col">Next step</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.team) {
          <tr [class.current]="row.team === current()">
            <th scope="row">
              <a routerLink="." [queryParams]="{ team: row.team }" queryParamsHandling="merge">{{ row.team }}</a>
            </th>
            <td>{{ row.text }}</td>
          </tr>
        }
      </tbody>
    </table>
    @if (left() > 0) {
      <p class="more">{{ count(left()) }} more {{ left() === 1 ? 'team' : 'teams' }}: choose one with “Team” above.</p>
    }
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      min-width: min(100%, 480px);
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 6px 16px 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      font-weight: normal;
    }
    thead th {
      font-weight: 500;
    }
    .current th,
    .current td {
      font-weight: 500;
    }
    .more {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NextStepsTable {
  readonly steps = input.required<readonly NextStep[]>();
  /** The team whose roadmap the page shows. */
  readonly current = input<string>();

  protected readonly rows = computed(() =>
    this.steps()
      .slice(0, ROWS_SHOWN)
      .map((step) => ({
        team: step.team,
        text:
          step.level === undefined
            ? 'Every level completed'
            : `Level ${step.level}: ${step.open} ${step.open === 1 ? 'activity' : 'activities'} to go`,
      })),
  );
  protected readonly left = computed(() => Math.max(0, this.steps().length - ROWS_SHOWN));
  protected readonly count = countText;
}
