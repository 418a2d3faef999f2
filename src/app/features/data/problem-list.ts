import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { countText } from '../../domain/common/count-text';
import { MAX_PROBLEMS_PER_FILE, problemTotal } from '../../domain/common/problem-cap';
import { Problem } from '../../domain/types';
import { problemText } from './problem-text';

/**
 * Problems of a file as a list, at most MAX_PROBLEMS_PER_FILE, saying how many there are in all
 * when that is more ("Showing 200 of 201,345 problems"): a wrong file can have hundreds of
 * thousands, and a list of them all would freeze the page.
 */
@Component({
  selector: 'app-problem-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (total() > shown().length) {
      <p>Showing {{ count(shown().length) }} of {{ count(total()) }} problems.</p>
    }
    <ul>
      @for (problem of shown(); track $index) {
        <li>{{ text(problem) }}</li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    p {
      margin: 0 0 4px;
      font-weight: 500;
    }
    ul {
      margin: 0;
      padding-left: 16px;
    }
  `,
})
export class ProblemList {
  readonly problems = input.required<readonly Problem[]>();
  protected readonly shown = computed(() =>
    this.problems()
      .filter((p) => p.omitted === undefined)
      .slice(0, MAX_PROBLEMS_PER_FILE),
  );
  protected readonly total = computed(() => problemTotal(this.problems()));
  protected readonly text = problemText;
  protected readonly count = countText;
}
