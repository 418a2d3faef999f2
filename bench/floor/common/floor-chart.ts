import { ChangeDetectionStrategy, Component } from '@angular/core';
import { arc } from 'd3-shape';

const WEDGES = 19;
const RINGS = 5;
const generator = arc<{ inner: number; outer: number; start: number; end: number }>()
  .innerRadius((d) => d.inner)
  .outerRadius((d) => d.outer)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end);

function sectors(): { id: string; d: string }[] {
  const step = (2 * Math.PI) / WEDGES;
  return Array.from({ length: WEDGES * RINGS }, (_, i) => {
    const [wedge, ring] = [Math.floor(i / RINGS), i % RINGS];
    const d = generator({ inner: ring * 40, outer: ring * 40 + 38, start: wedge * step, end: (wedge + 1) * step });
    return { id: `${wedge}-${ring}`, d: d ?? '' };
  });
}

/** The heatmap's 95 sectors with fixed geometry and colour: no data, no labels, no legend. */
@Component({
  selector: 'app-heatmap-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg width="420" height="420" viewBox="-210 -210 420 420">
      @for (s of sectors; track s.id) {
        <path class="sector heat-sector" [attr.d]="s.d" fill="steelblue" stroke="white"></path>
      }
    </svg>
  `,
})
export class FloorChart {
  protected readonly sectors = sectors();
}
