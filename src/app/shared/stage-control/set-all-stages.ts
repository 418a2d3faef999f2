import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Stage } from '../../domain/types';

/** "Set for all visible teams": a menu of the stages; emits the chosen one. */
@Component({
  selector: 'app-set-all-stages',
  imports: [MatButtonModule, MatMenuModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-button type="button" [matMenuTriggerFor]="menu" [attr.aria-label]="ariaLabel()">
      {{ buttonLabel() }}
    </button>
    <mat-menu #menu="matMenu">
      @for (stage of stages(); track stage.title) {
        <button mat-menu-item type="button" (click)="stageChange.emit(stage.title)">{{ stage.title }}</button>
      }
    </mat-menu>
  `,
})
export class SetAllStages {
  readonly stages = input.required<readonly Stage[]>();
  readonly teamCount = input.required<number>();
  /** What the stages are set on, for screen readers, e.g. the activity name. */
  readonly context = input('');
  readonly stageChange = output<string>();

  protected readonly buttonLabel = computed(() =>
    this.teamCount() === 1 ? 'Set stage' : `Set for all ${this.teamCount()} visible teams`,
  );
  protected readonly ariaLabel = computed(() =>
    this.context() ? `${this.buttonLabel()}: ${this.context()}` : this.buttonLabel(),
  );
}
