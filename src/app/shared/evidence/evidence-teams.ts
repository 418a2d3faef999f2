import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { countText } from '../../domain/common/count-text';
import { Icon } from '../icon/icon';
import { rowsInSteps } from '../rows-in-steps';
import { ShowMore } from '../show-more';
import { OPTIONS_SHOWN, PickerOption, TeamPicker, teamOptions } from '../team-selection/team-picker';

/**
 * The teams of a piece of evidence when there are too many for a select (more than
 * `OPTIONS_SHOWN`): a select of 10,000 teams rendered 10,000 options. A picker finds a team to add
 * (type to narrow down), and the chosen teams are listed, each with a button that removes it, the
 * first 50 and more on request. Writes the dialog's form control.
 */
@Component({
  selector: 'app-evidence-teams',
  imports: [MatButtonModule, Icon, ShowMore, TeamPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset>
      <legend>Teams</legend>
      <app-team-picker label="Add a team" [options]="addable()" [hint]="summary()" (chosen)="add($event)" />
      @if (chosen().length > 0) {
        <ul aria-label="Chosen teams">
          @for (team of shown.rows(); track team; let i = $index) {
            <li>
              <span>{{ team }}</span>
              <button #remove mat-icon-button type="button" [attr.aria-label]="'Remove ' + team" (click)="drop(i)">
                <app-icon name="close" />
              </button>
            </li>
          }
        </ul>
        <app-show-more [rows]="shown" noun="chosen teams" />
        @if (chosen().length > 1) {
          <button mat-button type="button" (click)="clear()">Remove all {{ count(chosen().length) }}</button>
        }
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 8px;
    }
    legend {
      padding: 0;
      font: var(--mat-sys-body-medium);
    }
    ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      margin: 4px 0 0;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding-left: 12px;
      overflow-wrap: anywhere;
    }
  `,
})
export class EvidenceTeams {
  readonly teams = input.required<readonly string[]>();
  readonly control = input.required<FormControl<string[]>>();

  private readonly injector = inject(Injector);
  private readonly picker = viewChild.required(TeamPicker);
  private readonly removeButtons = viewChildren('remove', { read: ElementRef<HTMLElement> });

  protected readonly chosen = linkedSignal<readonly string[]>(() => this.control().value);
  protected readonly shown = rowsInSteps(this.chosen, OPTIONS_SHOWN);
  protected readonly addable = computed<readonly PickerOption[]>(() => {
    const chosen = new Set(this.chosen());
    return teamOptions(this.teams().filter((team) => !chosen.has(team)));
  });
  protected readonly summary = computed(() => {
    const n = this.chosen().length;
    return `${n === 0 ? 'None' : countText(n)} of ${countText(this.teams().length)} teams chosen`;
  });
  protected readonly count = countText;

  protected add(team: string): void {
    this.set([...this.chosen(), team]);
  }

  /** The pressed button is gone: the focus goes to the next team's, or to the picker (WCAG 2.4.3). */
  protected drop(index: number): void {
    this.set(this.chosen().filter((_, i) => i !== index));
    afterNextRender(
      () => {
        const buttons = this.removeButtons();
        const next = buttons[Math.min(index, buttons.length - 1)]?.nativeElement;
        if (next) next.focus();
        else this.picker().focus();
      },
      { injector: this.injector },
    );
  }

  protected clear(): void {
    this.set([]);
    afterNextRender(() => this.picker().focus(), { injector: this.injector });
  }

  private set(teams: readonly string[]): void {
    this.chosen.set(teams);
    const control = this.control();
    control.setValue([...teams]);
    control.markAsTouched();
  }
}
