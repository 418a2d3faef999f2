import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { isCalendarDate } from '../../domain/common/calendar-date';
import { ReportMode } from '../../domain/report/report-params';

/** Full report or executive summary, and for the summary the day its change is counted from. */
@Component({
  selector: 'app-report-mode-bar',
  imports: [MatButtonToggleModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar">
      <mat-button-toggle-group
        aria-label="Report mode"
        [value]="mode()"
        (valueChange)="modeChanged($event)"
        hideSingleSelectionIndicator
      >
        <mat-button-toggle value="full">Full report</mat-button-toggle>
        <mat-button-toggle value="summary">Executive summary</mat-button-toggle>
      </mat-button-toggle-group>
      @if (mode() === 'summary') {
        <mat-form-field subscriptSizing="dynamic" class="since">
          <mat-label>Change since</mat-label>
          <input
            matInput
            type="date"
            [max]="today()"
            [value]="since()"
            (change)="sinceChanged($any($event.target).value)"
          />
        </mat-form-field>
      }
    </div>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .since {
      width: 200px;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
})
export class ReportModeBar {
  readonly mode = input.required<ReportMode>();
  readonly since = input.required<string>();
  /** The latest day the change can be counted from. */
  readonly today = input.required<string>();
  readonly modeChange = output<ReportMode>();
  readonly sinceChange = output<string>();

  /** Only a choice of the user's: the toggle group reports its value as it starts. */
  protected modeChanged(value: unknown): void {
    if ((value === 'full' || value === 'summary') && value !== this.mode()) this.modeChange.emit(value);
  }

  protected sinceChanged(value: string): void {
    if (isCalendarDate(value) && value <= this.today() && value !== this.since()) this.sinceChange.emit(value);
  }
}
