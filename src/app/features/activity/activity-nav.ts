import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Activity } from '../../domain/types';
import { Icon } from '../../shared/icon/icon';

/** Previous / next activity in matrix order (of the filtered matrix, when filtered), with where this one stands. */
@Component({
  selector: 'app-activity-nav',
  imports: [RouterLink, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="nav" aria-label="Previous and next activity">
      @if (previous(); as prev) {
        <a class="prev" [routerLink]="['/activity', prev.uuid]" queryParamsHandling="preserve" rel="prev">
          <app-icon name="chevron_left" />
          <span class="text"
            ><span class="hint">Previous</span><span class="name">{{ prev.name }}</span></span
          >
        </a>
      } @else {
        <span></span>
      }
      @if (position() && count()) {
        <span class="position">{{ position() }} of {{ count() }}{{ filtered() ? ' in the filtered matrix' : '' }}</span>
      }
      @if (next(); as nxt) {
        <a class="next" [routerLink]="['/activity', nxt.uuid]" queryParamsHandling="preserve" rel="next">
          <span class="text"
            ><span class="hint">Next</span><span class="name">{{ nxt.name }}</span></span
          >
          <app-icon name="chevron_right" />
        </a>
      } @else {
        <span></span>
      }
    </nav>
  `,
  styles: `
    :host {
      display: block;
    }
    .nav {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
      align-items: center;
      gap: 8px;
    }
    a {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 6px 8px;
      border-radius: 8px;
      text-decoration: none;
      min-width: 0;
      max-width: 100%;
    }
    a:hover .name {
      text-decoration: underline;
    }
    .next {
      justify-self: end;
      text-align: right;
    }
    .text {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .hint {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .name {
      font: var(--mat-sys-body-medium);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      max-width: 32ch;
    }
    @media (max-width: 600px) {
      .position {
        display: none;
      }
    }
    .position {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ActivityNav {
  readonly previous = input<Activity>();
  readonly next = input<Activity>();
  readonly position = input<number>();
  readonly count = input<number>();
  /** The order is that of the filtered matrix the user came from. */
  readonly filtered = input(false);
}
