import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { scorePercent } from '../../domain/heatmap/colour-scale';
import { Scores } from '../../domain/scoring/score-assessment';
import { doneMeaning, doneText, ScoreCounts } from '../../domain/scoring/score-counts';
import { Activity, AssessmentState, Evidence, SubDimension } from '../../domain/types';
import { Icon } from '../../shared/icon/icon';
import { ActivityAssessment } from './activity-assessment';
import { countText } from '../../domain/common/count-text';

/** The opened sector: its score and, for each of its activities, the assessment controls. */
@Component({
  selector: 'app-sector-panel',
  imports: [MatButtonModule, Icon, ActivityAssessment],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown)': 'keydown($event)' },
  template: `
    <div class="head">
      <h2 #heading tabindex="-1">
        {{ subDimension().name }} <span class="level">level {{ level() }}</span>
      </h2>
      <button mat-icon-button type="button" (click)="closed.emit()" aria-label="Close the sector">
        <app-icon name="close" />
      </button>
    </div>
    <p class="summary">
      {{ subDimension().dimension }}
      @if (counts(); as c) {
        @if (c.total > 0) {
          · {{ percent() }}% · Done: {{ done(c) }}
        } @else if (c.notApplicable) {
          · {{ count(c.notApplicable) }} not applicable
        }
      }
    </p>
    @if (counts()?.total) {
      <p class="note">{{ doneNote() }}</p>
    }
    @for (activity of activities(); track activity.uuid) {
      <app-activity-assessment
        [activity]="activity"
        [visibleTeams]="visibleTeams()"
        [allTeams]="assessment().teams.names"
        [evidence]="evidenceOf(activity.uuid)"
        [score]="scores()?.activities?.get(activity.uuid)"
        [dateLocale]="assessment().settings.dateLocale"
        (details)="details.emit(activity.uuid)"
      />
    } @empty {
      <p class="none">This sub-dimension has no activities at level {{ level() }}.</p>
    }
  `,
  styles: `
    :host {
      display: block;
      scroll-margin-top: 8px;
    }
    .head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px;
    }
    h2 {
      margin: 8px 0 0;
      font: var(--mat-sys-title-large);
      outline-offset: 4px;
    }
    .level {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-medium);
    }
    .summary,
    .none {
      margin: 4px 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .summary:has(+ .note) {
      margin-bottom: 2px;
    }
    .note {
      margin: 0 0 12px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SectorPanel {
  readonly subDimension = input.required<SubDimension>();
  readonly level = input.required<number>();
  readonly counts = input<ScoreCounts | undefined>(undefined);
  readonly activities = input.required<readonly Activity[]>();
  readonly visibleTeams = input.required<readonly string[]>();
  readonly assessment = input.required<AssessmentState>();
  readonly scores = input<Scores | undefined>(undefined);
  readonly closed = output<void>();
  readonly details = output<string>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  protected readonly count = countText;
  protected readonly done = doneText;
  protected readonly doneNote = computed(() => doneMeaning(this.assessment().stages, 'selection'));
  protected readonly percent = computed(() => scorePercent(this.counts()?.score ?? 0));
  private readonly evidenceByActivity = computed(() => {
    const map = new Map<string, Evidence[]>();
    for (const entry of this.assessment().evidence) {
      const list = map.get(entry.activityUuid);
      if (list) list.push(entry);
      else map.set(entry.activityUuid, [entry]);
    }
    return map;
  });

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    const injector = inject(Injector);
    // Opening a sector moves the reader to its activities.
    effect(() => {
      this.subDimension();
      this.level();
      untracked(() => afterNextRender(() => this.reveal(), { injector }));
    });
  }

  /**
   * Focuses the heading and, when the panel is not near the top of the window, scrolls it there:
   * beside the chart (wide windows) it already is; below it (phones), focusing alone scrolled just
   * the heading into view at the bottom edge, with the activities still off-screen.
   */
  private reveal(): void {
    const host = this.host.nativeElement;
    this.heading().nativeElement.focus({ preventScroll: true });
    const view = host.ownerDocument.defaultView;
    if (!view) return;
    const top = host.getBoundingClientRect().top;
    if (top >= 0 && top <= view.innerHeight / 2) return;
    const still = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
    host.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
  }

  /**
   * Escape closes the panel as it would a dialog (the page then focuses the sector it came from).
   * A stage select keeps the focus on itself while its list is open: that Escape closes the list only.
   */
  protected keydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof Element && event.target.closest('[aria-haspopup][aria-expanded="true"]')) return;
    event.preventDefault();
    this.closed.emit();
  }

  protected evidenceOf(uuid: string): readonly Evidence[] {
    return this.evidenceByActivity().get(uuid) ?? NONE;
  }
}

const NONE: readonly Evidence[] = [];
