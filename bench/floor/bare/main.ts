import { ChangeDetectionStrategy, Component } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { FloorChart } from './floor-chart';

/** Angular alone: the chart in the root component (zoneless is the default in Angular 21). */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FloorChart],
  template: `<app-heatmap-chart />`,
})
class FloorApp {}

bootstrapApplication(FloorApp).catch((err) => console.error(err));
