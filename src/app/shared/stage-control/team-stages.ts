import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { ScrollingModule } from '@angular/cdk/scrolling';
import { MatButtonModule } from '@angular/material/button';
import { Activity } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { NotApplicableEditor } from '../not-applicable/not-applicable-editor';
import { SetAllStages } from './set-all-stages';
import { NotApplicableAction, StageControl } from './stage-control';
import { StageWriter } from './stage-writer';
import { countText } from '../../domain/common/count-text';

/** Above this many teams the per-team controls start folded away (200 selects are a lot). */
const INLINE_TEAMS = 8;
/**
 * From this many teams the unfolded list is virtual: only the rows in view exist. Its rows have one
 * height, so their lines are cut (with a tooltip and the whole text in the option list); below it
 * a long not-applicable reason or note wraps and is read whole on a phone too.
 */
const VIRTUAL_FROM = 50;

/**
 * The stages of several teams on one activity, the same wherever stages are set (heatmap panel,
 * activity page): a status select per team, "set for all" in one write, and a folded, virtual
 * list when the teams are many. Reads statuses from the store and writes through StageWriter.
 */
@Component({
  selector: 'app-team-stages',
  imports: [NgTemplateOutlet, ScrollingModule, MatButtonModule, StageControl, SetAllStages],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = activity();
    @if (teams().length > 1 || foldable()) {
      <div class="actions">
        @if (foldable()) {
          <button mat-button type="button" [attr.aria-expanded]="shown()" (click)="shown.set(!shown())">
            {{ shown() ? 'Hide' : 'Show' }} the stages of {{ count(teams().length) }} teams
          </button>
        }
        @if (teams().length > 1) {
          <app-set-all-stages
            [stages]="stages()"
            [teamCount]="teams().length"
            [context]="a.name"
            (stageChange)="setStage(teams(), $event)"
          />
        }
      </div>
    }
    @if (!foldable() || (shown() && !virtual())) {
      <ul class="teams">
        @for (team of teams(); track team) {
          <li>
            <ng-container *ngTemplateOutlet="control; context: { $implicit: team }" />
          </li>
        }
      </ul>
    } @else if (shown()) {
      <!-- Very many teams: only the rows in view exist, so a stage change re-renders a handful of controls. -->
      <cdk-virtual-scroll-viewport
        class="viewport"
        [itemSize]="rowHeight"
        minBufferPx="240"
        maxBufferPx="480"
        tabindex="0"
        [attr.aria-label]="'Stages of ' + teams().length + ' teams for ' + a.name"
      >
        <div *cdkVirtualFor="let team of teams(); trackBy: trackTeam" class="virtual-row">
          <ng-container *ngTemplateOutlet="control; context: { $implicit: team, oneLine: true }" />
        </div>
      </cdk-virtual-scroll-viewport>
    }
    <ng-template #control let-team let-oneLine="oneLine">
      <app-stage-control
        [oneLine]="oneLine ?? false"
        [team]="team"
        [stages]="stages()"
        [status]="statusOf(team)"
        [context]="a.name"
        [dateLocale]="dateLocale()"
        [markable]="true"
        (stageChange)="setStage([team], $event)"
        (notApplicableChange)="notApplicableChanged(team, $event)"
      />
    </ng-template>
  `,
  styles: `
    :host {
      display: block;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0 4px;
      margin: 0 -12px 4px;
    }
    .teams {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 4px 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .viewport {
      height: min(420px, 60dvh);
      border-block: 1px solid var(--mat-sys-outline-variant);
    }
    .virtual-row {
      height: 84px;
      padding-top: 4px;
      box-sizing: border-box;
    }
  `,
})
export class TeamStages {
  readonly activity = input.required<Activity>();
  /** The teams shown, in order. */
  readonly teams = input.required<readonly string[]>();

  private readonly store = inject(AssessmentStore);
  private readonly writer = inject(StageWriter);
  private readonly notApplicableEditor = inject(NotApplicableEditor);

  protected readonly stages = computed(() => this.store.assessment().stages);
  protected readonly dateLocale = computed(() => this.store.assessment().settings.dateLocale);
  protected readonly foldable = computed(() => this.teams().length > INLINE_TEAMS);
  protected readonly virtual = computed(() => this.teams().length >= VIRTUAL_FROM);
  protected readonly shown = signal(false);
  protected readonly count = countText;
  /** Height of one row of the virtual list (see .virtual-row). */
  protected readonly rowHeight = 84;
  protected readonly trackTeam = (_: number, team: string) => team;

  protected statusOf(team: string) {
    return this.store.status(this.activity().uuid, team);
  }

  protected setStage(teams: readonly string[], title: string | null): void {
    if (title === null) this.writer.setNotAssessed(this.activity(), teams);
    else this.writer.setStage(this.activity(), teams, title);
  }

  protected notApplicableChanged(team: string, action: NotApplicableAction): void {
    this.notApplicableEditor.apply(action, this.activity(), team);
  }
}
