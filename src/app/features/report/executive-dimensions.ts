import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ExecutiveSummary } from '../../domain/report/executive-summary';
import { doneText } from '../../domain/scoring/score-counts';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';
import { changeText, percentText } from './executive-text';
import { countText } from '../../domain/common/count-text';

/** The executive summary's score per dimension, with its change, done count and what is due. */
@Component({
  selector: 'app-executive-dimensions',
  imports: [ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-scroll-area label="Score per dimension">
      <table>
        <caption>
          Score per dimension (change
          {{
            since()
          }})
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Score</th>
            <th scope="col">Change</th>
            <th scope="col">Done</th>
            <th scope="col">Due for review</th>
          </tr>
        </thead>
        <tbody>
          @for (row of summary().dimensions; track row.name) {
            <tr>
              <th scope="row">{{ row.name }}</th>
              <td class="score">{{ percent(row.percent) }}</td>
              <td>{{ changeText(row.change, row.under) }}</td>
              <td>{{ done(row.counts) }}</td>
              <td>{{ count(row.counts.due ?? 0) }}</td>
            </tr>
          }
          <tr class="total">
            <th scope="row">Overall</th>
            <td class="score">{{ percent(summary().overall.percent) }}</td>
            <td>{{ changeText(summary().overall.change, summary().overall.under) }}</td>
            <td>{{ done(summary().scores.overall) }}</td>
            <td>{{ count(summary().scores.overall.due ?? 0) }}</td>
          </tr>
        </tbody>
      </table>
    </app-scroll-area>
  `,
  styleUrl: './executive-table.scss',
})
export class ExecutiveDimensions {
  readonly summary = input.required<ExecutiveSummary>();
  /** `since 5 Sep 2026`. */
  readonly since = input.required<string>();
  protected readonly changeText = changeText;
  protected readonly percent = percentText;
  protected readonly count = countText;
  protected readonly done = doneText;
}
