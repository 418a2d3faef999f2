import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FloorChart } from './floor-chart';

@Component({
  selector: 'app-floor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FloorChart],
  template: `<h1>Heatmap</h1>
    <app-heatmap-chart />`,
})
export class FloorPage {}
