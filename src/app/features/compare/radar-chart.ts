import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { radarLayout, RadarSeries } from '../../domain/compare/radar';
import { hostSize } from '../../shared/chart/host-size';
import { seriesColour } from '../../shared/chart/series-colours';

/**
 * Score per dimension as a radar: one translucent polygon per team or group (geometry from
 * domain/compare/radar), and the same numbers as a table, which screen readers get instead.
 */
@Component({
  selector: 'app-radar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let l = layout();
    @if (l.size > 0) {
      <svg
        [attr.width]="l.size"
        [attr.height]="l.size"
        [attr.viewBox]="'0 0 ' + l.size + ' ' + l.size"
        aria-hidden="true"
        font-family="Roboto, Arial, sans-serif"
        font-size="12"
      >
        <g [attr.transform]="'translate(' + l.size / 2 + ',' + l.size / 2 + ')'">
          @for (ring of l.rings; track ring.value) {
            <path class="ring" [attr.d]="ring.path" />
            <text class="ring-label" x="4" [attr.y]="ring.labelY + 11">{{ ring.value * 100 }}%</text>
          }
          @for (axis of l.axes; track axis.label) {
            <line class="spoke" x1="0" y1="0" [attr.x2]="axis.x" [attr.y2]="axis.y" />
            <text class="axis-label" [attr.text-anchor]="axis.anchor">
              @for (line of axis.lines; track $index) {
                <tspan [attr.x]="axis.labelX" [attr.y]="line.y">{{ line.text }}</tspan>
              }
            </text>
          }
          @for (shape of l.shapes; track shape.key; let i = $index) {
            <path class="shape" [attr.d]="shape.path" [style.stroke]="colour(i)" [style.fill]="colour(i)" />
          }
        </g>
      </svg>
    }
    <ul class="legend" aria-hidden="true">
      @for (s of series(); track s.key; let i = $index) {
        <li><span class="swatch" [style.background]="colour(i)"></span>{{ s.label }}</li>
      }
    </ul>
    <table class="visually-hidden">
      <caption>
        {{
          label()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">Team or group</th>
          @for (axis of axes(); track axis) {
            <th scope="col">{{ axis }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (s of series(); track s.key) {
          <tr>
            <th scope="row">{{ s.label }}</th>
            @for (value of s.values; track $index) {
              <td>{{ value === null ? 'no activities' : percent(value) }}</td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
    }
    svg {
      display: block;
      margin: 0 auto;
      overflow: visible;
    }
    .ring,
    .spoke {
      fill: none;
      stroke: var(--mat-sys-outline-variant);
    }
    .ring-label {
      fill: var(--mat-sys-on-surface-variant);
      font-size: 10px;
    }
    .axis-label {
      fill: var(--mat-sys-on-surface);
    }
    .shape {
      stroke-width: 2;
      fill-opacity: 0.12;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 4px 16px;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      margin-right: 6px;
      border-radius: 2px;
      vertical-align: -1px;
    }
  `,
})
export class RadarChart {
  readonly axes = input.required<readonly string[]>();
  readonly series = input.required<readonly RadarSeries[]>();
  readonly label = input('Score per dimension');

  private readonly size = hostSize();
  private readonly width = computed(() => this.size().width);
  protected readonly layout = computed(() =>
    radarLayout(this.axes(), this.series(), Math.min(460, this.width()), this.width() < 420 ? 56 : 80),
  );

  protected colour(i: number): string {
    return seriesColour(i);
  }

  protected percent(value: number): string {
    return `${Math.round(value * 100)}%`;
  }
}
