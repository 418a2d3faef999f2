import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { activityNames, GapItem, roadmapPhases } from '../../domain/roadmap/roadmap-gap';
import { DUE_FOR_REVIEW_TEXT } from '../../domain/review/review-text';
import { statusText } from '../../domain/status/activity-status';
import { Model } from '../../domain/types';

interface ItemView {
  readonly item: GapItem;
  readonly after: string;
  readonly neededBy: string;
  readonly difficulty: string;
}

/** The roadmap's activities, as one ordered list or cut into phases. */
@Component({
  selector: 'app-roadmap-list',
  imports: [MatButtonModule, NgTemplateOutlet, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view() === 'list') {
      <ol class="items" aria-label="Roadmap">
        @for (v of views(); track v.item.activity.uuid) {
          <ng-container *ngTemplateOutlet="row; context: { $implicit: v }" />
        }
      </ol>
    } @else {
      @for (phase of phases(); track phase.number) {
        <section class="phase" [attr.aria-labelledby]="'phase-' + phase.number">
          <h3 [id]="'phase-' + phase.number">
            Phase {{ phase.number }}
            <span class="levels">
              level {{ phase.levels[0] }}{{ phase.levels[1] !== phase.levels[0] ? '–' + phase.levels[1] : '' }} ·
              {{ phase.items.length }} {{ phase.items.length === 1 ? 'activity' : 'activities' }}
            </span>
          </h3>
          <ol class="items" [attr.start]="phase.items[0].position">
            @for (item of phase.items; track item.activity.uuid) {
              <ng-container *ngTemplateOutlet="row; context: { $implicit: viewOf(item) }" />
            }
          </ol>
        </section>
      }
    }

    <ng-template #row let-v>
      <li class="item">
        <div class="row">
          <div class="main">
            <a class="name" [routerLink]="['/activity', v.item.activity.uuid]">{{ v.item.activity.name }}</a>
            <span class="meta">
              {{ v.item.activity.dimension }} › {{ v.item.activity.subDimension }} · level {{ v.item.activity.level }} ·
              {{ statusText(v.item.status) }}
              @if (v.item.status.due) {
                · <span class="app-due">{{ dueText }}</span>
              }
              @if (v.item.activity.usefulness !== undefined) {
                · usefulness {{ v.item.activity.usefulness }}/5
              }
              @if (v.difficulty) {
                · difficulty {{ v.difficulty }}
              }
            </span>
            @if (v.after) {
              <span class="after">After: {{ v.after }}</span>
            }
            @if (v.neededBy) {
              <span class="needed">Above the target, needed by: {{ v.neededBy }}</span>
            }
          </div>
          <button
            mat-button
            type="button"
            (click)="notApplicable.emit(v.item)"
            [attr.data-not-applicable]="v.item.activity.uuid"
            [attr.aria-label]="'Mark ' + v.item.activity.name + ' not applicable'"
          >
            Not applicable…
          </button>
        </div>
      </li>
    </ng-template>
  `,
  styleUrl: './roadmap-list.scss',
})
export class RoadmapList {
  readonly items = input.required<readonly GapItem[]>();
  readonly model = input.required<Model>();
  readonly view = input<'list' | 'phases'>('list');
  readonly notApplicable = output<GapItem>();

  protected readonly phases = computed(() => roadmapPhases(this.items()));
  protected readonly statusText = statusText;
  protected readonly dueText = DUE_FOR_REVIEW_TEXT;
  private readonly byUuid = computed(() => new Map(this.views().map((v) => [v.item.activity.uuid, v])));
  protected readonly views = computed((): ItemView[] =>
    this.items().map((item) => {
      const d = item.activity.difficulty;
      return {
        item,
        after: activityNames(item.after, this.model()).join(', '),
        neededBy: activityNames(item.neededBy ?? [], this.model()).join(', '),
        difficulty: d ? `${Math.round(((d.knowledge + d.time + d.resources) / 3) * 10) / 10}/5` : '',
      };
    }),
  );

  protected viewOf(item: GapItem): ItemView {
    return this.byUuid().get(item.activity.uuid)!;
  }
}
