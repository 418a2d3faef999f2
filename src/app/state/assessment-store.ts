import { DestroyRef, DOCUMENT, Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { BehaviorSubject } from 'rxjs';
import { localCalendarDay } from '../domain/common/calendar-date';
import { AssessmentState, Problem } from '../domain/types';
import { AssessmentPersistence, sameAssessment } from './assessment-persistence';
import { assembleAssessment, failedLoad, Loaded } from './load-assessment';
import { ServedReader } from './served-reader';
import { EMPTY_ASSESSMENT, StoreState } from './store-state';
import { StoreSelectors } from './store-selectors';

/**
 * The one store of the app: the loaded model and the assessment. Components read `state` (a signal);
 * the assessment changes only through `update(reducer)`, and every change is persisted.
 */
@Injectable({ providedIn: 'root' })
export class AssessmentStore extends StoreSelectors {
  private readonly reader = inject(ServedReader);
  private readonly persistence = inject(AssessmentPersistence);
  private readonly subject = new BehaviorSubject<StoreState>({
    status: 'loading',
    problems: [],
    fileAssessment: EMPTY_ASSESSMENT,
    assessment: EMPTY_ASSESSMENT,
    storage: { state: 'ok' },
  });
  readonly state$ = this.subject.asObservable();
  readonly state = toSignal(this.state$, { requireSync: true });

  private loading?: Promise<void>;
  /** An assessment taken over from another tab as it is stored there: no need to write it back. */
  private synced?: AssessmentState;
  /** True while `reset` clears the storage: nothing may be written meanwhile. */
  private resetting = false;
  /** The write under way (it writes again while edits arrive during it). */
  private writing?: Promise<void>;
  private writeScheduled = false;
  private readonly window = inject(DOCUMENT).defaultView;

  constructor() {
    super();
    const sync = this.persistence.changesFromOtherTabs$.subscribe((theirs) => this.mergeFromOtherTab(theirs));
    const window = this.window;
    // Write pending edits as early as the browser tells us the page is going: `beforeunload` and a
    // hidden tab come before `pagehide`, leaving the IndexedDB transaction time to finish.
    const onHide = () => void this.flush();
    const onHidden = () => {
      if (window?.document.visibilityState === 'hidden') onHide();
      // A tab left open overnight reads statuses for the new day when it is looked at again.
      else this.today.set(localCalendarDay(new Date()));
    };
    window?.addEventListener('beforeunload', onHide);
    window?.addEventListener('pagehide', onHide);
    window?.document.addEventListener('visibilitychange', onHidden);
    inject(DestroyRef).onDestroy(() => {
      sync.unsubscribe();
      window?.removeEventListener('beforeunload', onHide);
      window?.removeEventListener('pagehide', onHide);
      window?.document.removeEventListener('visibilitychange', onHidden);
    });
  }

  /** Loads the served files and the stored assessment; safe to call more than once. */
  load(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  /**
   * Loads again from scratch (e.g. after custom files changed). Call `flush()` first: what is not
   * yet written is read back as it was stored. Unreadable data set aside at start-up stays offered
   * for download until dismissed (the stored value is readable again once something was saved).
   */
  async reload(): Promise<void> {
    const stored = await this.persistence.read();
    let loaded: Loaded;
    try {
      const read = await this.reader.read(stored.assessment?.customFiles ?? []);
      loaded = assembleAssessment(read, stored.assessment);
    } catch (error) {
      // Whatever goes wrong, the start ends: on "failed", which still leads to the data centre.
      const message = `The files could not be loaded: ${String(error)}`;
      const problem: Problem = { file: 'DSOMM files', message, severity: 'error' };
      loaded = failedLoad([problem], stored.assessment);
    }
    performance.mark('dsomm:loaded');
    this.subject.next({
      ...loaded,
      storage: stored.storage,
      recovery: stored.recovery ?? this.subject.value.recovery,
    });
  }

  /**
   * Clears everything this app stored in the browser and starts again from the served files.
   * Unsaved edits are dropped, not written: no save runs while the store is cleared, so a
   * debounced save cannot put the old data back. If clearing fails, nothing changes and it throws.
   */
  async reset(): Promise<void> {
    this.resetting = true;
    try {
      await this.persistence.clearAll();
      await this.reload();
    } finally {
      this.resetting = false;
    }
  }

  /**
   * The single write path for the assessment. Every change is written at once (right after the
   * frame that shows it), not after a pause: a tab killed a moment after a stage change keeps it.
   * No call site is a typing path today (text is edited in forms and dialogs and stored on submit);
   * changes made while a write is under way are coalesced into the next one.
   * After a failed start the stored data can still be changed (the data centre removes a custom
   * file that broke the model).
   */
  update(reducer: (assessment: AssessmentState) => AssessmentState): void {
    const state = this.subject.value;
    if (state.status === 'loading') return;
    const next = reducer(state.assessment);
    if (next === state.assessment) return;
    this.subject.next({ ...state, assessment: next, storage: { state: 'pending' } });
    this.scheduleWrite();
  }

  /** Writes what is not yet written now; resolves once everything shown is stored (or failed). */
  flush(): Promise<void> {
    this.writing ??= this.writeAll().finally(() => (this.writing = undefined));
    return this.writing;
  }

  private async writeAll(): Promise<void> {
    for (;;) {
      const state = this.subject.value;
      if (state.status === 'loading' || state.storage.state !== 'pending' || this.resetting) return;
      const written = state.assessment;
      const result = await this.persistence.write(written);
      // Edits made while this write was under way are not in it: write again rather than report
      // them saved.
      const now = this.subject.value.assessment;
      if (result.state === 'ok' && now !== written && now !== this.synced) continue;
      this.setStorage(result);
      return;
    }
  }

  /**
   * Writes after the next paint: the structured clone of a large assessment (1,000 teams) takes
   * tens of milliseconds and must not delay the frame that shows the change. A hidden tab paints
   * no frames, so it writes on the next task.
   */
  private scheduleWrite(): void {
    if (this.writeScheduled) return;
    this.writeScheduled = true;
    const write = () => {
      this.writeScheduled = false;
      void this.flush();
    };
    const window = this.window;
    if (!window || window.document.visibilityState === 'hidden') setTimeout(write);
    else window.requestAnimationFrame(() => setTimeout(write));
  }

  /** The unreadable stored data has been dealt with (downloaded or dismissed). */
  async clearRecovery(): Promise<void> {
    await this.persistence.clearQuarantine();
    this.subject.next({ ...this.subject.value, recovery: undefined });
  }

  private setStorage(storage: StoreState['storage']): void {
    const state = this.subject.value;
    if (state.storage.state !== storage.state || state.storage.message !== storage.message) {
      this.subject.next({ ...state, storage });
    }
  }

  private mergeFromOtherTab(theirs: AssessmentState): void {
    const state = this.subject.value;
    if (state.status !== 'ready') return;
    const merged = this.persistence.merge(state.assessment, theirs);
    // When this tab had nothing newer, the merge equals what is stored; writing it back would only
    // bounce between the tabs. Otherwise our newer edits are written on top of theirs.
    this.synced = sameAssessment(merged, theirs) ? merged : undefined;
    if (this.synced) {
      this.subject.next({ ...state, assessment: merged });
      return;
    }
    this.subject.next({ ...state, assessment: merged, storage: { state: 'pending' } });
    this.scheduleWrite();
  }
}
