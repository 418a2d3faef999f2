import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AssessmentStore } from '../../state/assessment-store';
import { DisplaySettings } from './display-settings';
import { ModelInfo } from './model-info';
import { StageEditor } from './stage-editor';

/** /settings: progress stages, display preferences and what model is loaded. */
@Component({
  selector: 'app-settings-page',
  imports: [StageEditor, DisplaySettings, ModelInfo],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <h1>Settings</h1>
      <p class="intro">Kept in this browser, and in the backup the data centre downloads.</p>
    </header>
    @if (state().status === 'ready') {
      <app-stage-editor class="card" />
      <app-display-settings class="card" />
      <app-model-info class="card" />
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px 24px 48px;
      max-width: 72rem;
    }
    h1 {
      margin: 0 0 4px;
      font: var(--mat-sys-headline-medium);
    }
    .intro {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .card {
      display: block;
      margin-bottom: 24px;
      padding: 16px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container-low);
    }
    @media (max-width: 600px) {
      :host {
        padding: 12px 12px 32px;
      }
    }
  `,
})
export class SettingsPage {
  protected readonly state = inject(AssessmentStore).state;
}
