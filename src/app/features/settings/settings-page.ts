import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AssessmentStore } from '../../state/assessment-store';
import { DisplaySettings } from './display-settings';
import { ModelInfo } from './model-info';
import { ReviewSettings } from './review-settings';
import { StageEditor } from './stage-editor';

/** /settings: progress stages, display preferences, the review interval and what model is loaded. */
@Component({
  selector: 'app-settings-page',
  imports: [StageEditor, DisplaySettings, ReviewSettings, ModelInfo],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <h1>Settings</h1>
      <p class="app-intro">Kept in this browser, and in the backup the data centre downloads.</p>
    </header>
    @if (state().status === 'ready') {
      <app-stage-editor class="app-card" />
      <app-display-settings class="app-card" />
      <app-review-settings class="app-card" />
      <app-model-info class="app-card" />
    }
  `,
  host: { class: 'app-page' },
  styles: `
    :host {
      max-width: 72rem;
    }
  `,
})
export class SettingsPage {
  protected readonly state = inject(AssessmentStore).state;
}
