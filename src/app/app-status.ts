import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Problem } from './domain/types';
import { downloadText } from './shared/download';
import { AssessmentStore } from './state/assessment-store';
import { SERVED_FILE_TIMEOUT_MS } from './state/fetch-text';

/**
 * What the whole app must tell the user: loading, a model that failed to load (with every problem and
 * how to fix it), served files shown from the saved copy because the server did not answer, storage
 * trouble, and stored data that could not be read (offered for download).
 */
@Component({
  selector: 'app-status',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-status.html',
  styleUrl: './app-status.scss',
})
export class AppStatus {
  private readonly store = inject(AssessmentStore);
  protected readonly state = this.store.state;
  protected readonly errors = computed(() => this.state().problems.filter((p) => p.severity === 'error'));
  protected readonly warnings = computed(() => this.state().problems.filter((p) => p.severity === 'warning'));
  protected readonly offline = computed(() => this.state().offline ?? []);
  protected readonly timeoutSeconds = SERVED_FILE_TIMEOUT_MS / 1000;

  protected where(problem: Problem): string {
    return [problem.file, problem.line ? `line ${problem.line}` : '', problem.path ?? ''].filter(Boolean).join(', ');
  }

  protected downloadRecovery(): void {
    const recovery = this.state().recovery;
    if (recovery) downloadText('dsomm-studio-unreadable-browser-data.json', recovery.raw, 'application/json');
  }

  protected dismissNotice(): void {
    this.store.dismissNotice();
  }

  protected dismissRecovery(): void {
    void this.store.clearRecovery();
  }
}
