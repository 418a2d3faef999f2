import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Problem } from '../../domain/types';
import { formatDay } from '../../shared/local-day';
import { AssessmentStore } from '../../state/assessment-store';

/**
 * What model is loaded: version, the DSOMM release it follows and where DSOMM comes from (its licence
 * asks for the credit), files (served and custom), size, and what the loader warned about.
 */
@Component({
  selector: 'app-model-info',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (data(); as data) {
      <section aria-labelledby="model-title">
        <h2 id="model-title">Model</h2>
        <dl>
          <dt>Version</dt>
          <dd>
            {{ data.model.header.version ?? 'not stated' }}
            @if (data.model.header.released) {
              (released {{ day(data.model.header.released) }})
            }
          </dd>
          @if (data.model.header.publisher) {
            <dt>Publisher</dt>
            <dd>{{ data.model.header.publisher }}</dd>
          }
          @if (data.model.header.basedOn) {
            <dt>Follows</dt>
            <dd>{{ data.model.header.basedOn }}</dd>
          }
          <dt>Source</dt>
          <dd>
            The activities, their levels, ratings, dependencies and references come from the
            <a href="https://dsomm.owasp.org/" target="_blank" rel="noopener noreferrer"
              >OWASP DevSecOps Maturity Model (DSOMM)</a
            >
            (<a href="https://github.com/devsecopsmaturitymodel" target="_blank" rel="noopener noreferrer"
              >its projects on GitHub</a
            >), licensed
            <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener noreferrer"
              >CC BY-SA 4.0</a
            >.
          </dd>
          <dt>Size</dt>
          <dd>
            {{ data.model.activities.length }} activities in {{ data.model.dimensions.length }} dimensions and
            {{ subDimensions() }} sub-dimensions, levels 1 to {{ data.meta.maxLevel }}
          </dd>
          <dt>Files loaded, in order</dt>
          <dd>
            <ol class="files">
              @for (file of data.files; track file) {
                <li>
                  <code>{{ file }}</code>
                  {{ custom().has(file) ? '(custom file added in this browser)' : '(served with the app)' }}
                </li>
              }
            </ol>
            @if (notApplied().length > 0) {
              <p>Custom files not applied: {{ notApplied().join(', ') }}.</p>
            }
            <p class="hint">Add or remove custom activity files in the <a routerLink="/data">data centre</a>.</p>
          </dd>
        </dl>
        <h3>Load warnings ({{ warnings().length }})</h3>
        @if (warnings().length === 0) {
          <p class="hint">The files loaded without warnings.</p>
        } @else {
          <ul class="warnings">
            @for (problem of warnings(); track $index) {
              <li>
                <strong>{{ where(problem) }}</strong>: {{ problem.message }}
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-medium);
    }
    dt {
      font: var(--mat-sys-label-large);
      margin-top: 8px;
    }
    dd {
      margin: 2px 0 0;
    }
    .files {
      margin: 0;
      padding-inline-start: 24px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .warnings {
      max-height: 20rem;
      overflow: auto;
      overflow-wrap: anywhere;
    }
  `,
})
export class ModelInfo {
  private readonly store = inject(AssessmentStore);
  protected readonly data = computed(() => this.store.state().data);
  protected readonly custom = computed(
    () => new Set(this.store.state().assessment.customFiles.map((file) => file.name)),
  );
  protected readonly subDimensions = computed(
    () => this.data()?.model.dimensions.reduce((n, d) => n + d.subDimensions.length, 0) ?? 0,
  );
  protected readonly warnings = computed(() => this.store.state().problems.filter((p) => p.severity === 'warning'));
  /** Custom files the browser holds that the loaded model does not include (they broke it). */
  protected readonly notApplied = computed(() => {
    const loaded = new Set(this.data()?.files ?? []);
    return [...this.custom()].filter((name) => !loaded.has(name));
  });

  protected day(date: string): string {
    return formatDay(date, this.store.state().assessment.settings.dateLocale);
  }

  protected where(problem: Problem): string {
    return [problem.file, problem.line ? `line ${problem.line}` : '', problem.path ?? ''].filter(Boolean).join(', ');
  }
}
