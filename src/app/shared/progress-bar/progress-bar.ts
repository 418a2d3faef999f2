import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A thin bar filled in the heatmap's colours to `value` (0..1). Decoration only: hidden from
 * screen readers, so the text next to it must say the same. Its width is set by the parent.
 */
@Component({
  selector: 'app-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="fill" [style.width.%]="value() * 100"></span>`,
  host: { 'aria-hidden': 'true' },
  styles: `
    :host {
      display: inline-block;
      width: 80px;
      height: 6px;
      border-radius: 3px;
      overflow: hidden;
      background: var(--app-heat-0);
      outline: 1px solid var(--app-heat-empty-stroke);
      outline-offset: -1px;
    }
    .fill {
      display: block;
      height: 100%;
      background: var(--app-heat-1);
    }
    @media (forced-colors: active) {
      .fill {
        background: CanvasText;
      }
    }
  `,
})
export class ProgressBar {
  readonly value = input.required<number>();
}
