import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  InjectionToken,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Problem } from './domain/types';
import { setAsideWhere } from './domain/persisted/persisted-assessment';
import { downloadText } from './shared/download';
import { localDay } from './shared/local-day';
import { AssessmentStore } from './state/assessment-store';
import { SERVED_FILE_TIMEOUT_MS } from './state/text-source';
import { countOf } from './domain/common/count-of';
import { countText } from './domain/common/count-text';

/**
 * What the whole app must tell the user: loading, a model that failed to load (with every problem and
 * how to fix it), served files shown from the saved copy because the server did not answer, storage
 * trouble, and stored data that could not be read (offered for download).
 */
const SHOWN_SET_ASIDE = 10;

/**
 * Loads the writer of the set-aside backup (js-yaml and the file exports), on first use rather
 * than with the app. Its chunk can fail to load: offline, or after a deploy removed it.
 */
export const SET_ASIDE_WRITER = new InjectionToken<() => Promise<typeof import('./domain/persisted/set-aside-backup')>>(
  'set-aside writer',
  { factory: () => () => import('./domain/persisted/set-aside-backup') },
);

@Component({
  selector: 'app-status',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-status.html',
  styleUrl: './app-status.scss',
})
export class AppStatus {
  private readonly store = inject(AssessmentStore);
  private readonly loadWriter = inject(SET_ASIDE_WRITER);
  protected readonly state = this.store.state;
  protected readonly errors = computed(() => this.state().problems.filter((p) => p.severity === 'error'));
  protected readonly warnings = computed(() => this.state().problems.filter((p) => p.severity === 'warning'));
  protected readonly notesSummary = computed(() => `${countOf(this.warnings().length, 'note')} about the loaded files`);
  protected readonly offline = computed(() => this.state().offline ?? []);
  protected readonly count = countText;
  /** The last "Download the unreadable data" could not prepare the file. */
  protected readonly recoveryFailed = signal(false);
  protected readonly timeoutSeconds = SERVED_FILE_TIMEOUT_MS / 1000;
  private readonly storageAlert = viewChild<ElementRef<HTMLElement>>('storageAlert');
  private readonly noticePanel = viewChild<ElementRef<HTMLElement>>('notice');
  /**
   * The notice and how many were sent, alone: the store's other changes while it is shown must not
   * scroll to it again, the same notice sent again (a second failed press) must.
   */
  private readonly notice = computed(() => this.state().notice);
  private readonly noticesSent = computed(() => this.state().noticesSent);

  constructor() {
    // A notice answers a press that may be far down the page (a phone's Excel button): it comes
    // into view, or it would say what failed where nobody sees it. The focus stays on the press.
    afterRenderEffect(() => {
      this.noticesSent();
      const panel = this.noticePanel()?.nativeElement;
      if (!panel || !this.notice()) return;
      const still = panel.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
      panel.scrollIntoView({ block: 'nearest', behavior: still ? 'instant' : 'smooth' });
    });
  }

  /** Brings the "could not save" banner into view, with the focus on it (the toolbar's "Not saved"). */
  revealStorage(): void {
    const alert = this.storageAlert()?.nativeElement;
    if (!alert) return;
    alert.focus({ preventScroll: true });
    const still = alert.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
    alert.scrollIntoView({ block: 'nearest', behavior: still ? 'instant' : 'smooth' });
  }

  protected where(problem: Problem): string {
    return [problem.file, problem.line ? `line ${problem.line}` : '', problem.path ?? ''].filter(Boolean).join(', ');
  }

  /** What was set aside, in words (the first few; a browser may have set aside thousands). */
  protected readonly setAside = computed(() => {
    const items = this.state().recovery?.items ?? [];
    const model = this.state().data?.model;
    const nameOf = (uuid: string) => model?.byUuid.get(uuid)?.name;
    return {
      whole: items.some((item) => item.path.length === 0),
      shown: items.slice(0, SHOWN_SET_ASIDE).map((item) => `${setAsideWhere(item.path, nameOf)}: ${item.reason}`),
      more: Math.max(0, items.length - SHOWN_SET_ASIDE),
    };
  });

  /**
   * A backup with everything set aside listed as it was stored: the data centre imports it. Its
   * writer (js-yaml and the file exports) is loaded when asked for, not with the app.
   */
  protected async downloadRecovery(): Promise<void> {
    this.recoveryFailed.set(false);
    try {
      const { setAsideBackup } = await this.loadWriter();
      const state = this.state();
      if (!state.recovery) return;
      const text = setAsideBackup(state.recovery.items, state.assessment, {
        model: state.data?.model,
        now: Date.now(),
      });
      downloadText(`dsomm-studio-set-aside-${localDay()}.yaml`, text, 'application/yaml');
    } catch {
      // The press did nothing, silently, and a user who then pressed Dismiss lost the data.
      this.recoveryFailed.set(true);
    }
  }

  protected dismissNotice(): void {
    this.store.dismissNotice();
  }

  protected dismissRecovery(): void {
    void this.store.clearRecovery();
  }
}
