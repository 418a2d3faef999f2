import { DestroyRef, DOCUMENT, Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { BehaviorSubject } from 'rxjs';
import { mergeBrowserAssessments } from '../domain/assessment/merge-browser-assessments';
import { localCalendarDay } from '../domain/common/calendar-date';
import { AssessmentState, Problem } from '../domain/types';
import { AssessmentPersistence, sameAssessment, Synced } from './assessment-persistence';
import { assembleAssessment, failedLoad, Loaded } from './load-assessment';
import { ServedReader } from './served-reader';
import { EMPTY_ASSESSMENT, StoreState } from './store-state';
import { StoreSelectors } from './store-selectors';

const RESET_ELSEWHERE =
  'The browser data was reset in another tab. This tab dropped what it showed and now shows the files served with the app.';

/**
 * The one store of the app: the loaded model and the assessment. Components read `state` (a signal);
 * the assessment changes only through `update(reducer)`, and every change is persisted.
 *
 * Other tabs of the app write the same storage. The store keeps `synced`, the stored version its
 * state last agreed with (read at load, written, or taken over from another tab): what is shown
 * differs from it exactly when something is not saved yet. Another tab's save is merged into this
 * tab's state against it (three-way, see mergeBrowserAssessments), and so is a save that arrives
 * while this tab is still loading. Writes and merges run one at a time, in order.
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
  private synced: Synced = { revision: 0, epoch: 0, assessment: EMPTY_ASSESSMENT };
  /** True while (re)loading; `savedWhileLoading`: another tab saved meanwhile, take it in once loaded. */
  private reloading = false;
  private savedWhileLoading = false;
  /** Writes and merges of other tabs' saves, one after the other. */
  private queue: Promise<void> = Promise.resolve();
  /** The write under way (it writes again while edits arrive during it). */
  private writing?: Promise<void>;
  private writeScheduled = false;
  private readonly window = inject(DOCUMENT).defaultView;

  constructor() {
    super();
    const sync = this.persistence.otherTabSaved$.subscribe(() => {
      if (this.reloading) this.savedWhileLoading = true;
      else void this.inTurn(() => this.takeOtherTabSave());
    });
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
    this.reloading = true;
    this.savedWhileLoading = false;
    try {
      const stored = await this.persistence.read();
      let loaded: Loaded;
      try {
        const day = this.today();
        const read = await this.reader.read(stored.assessment?.customFiles ?? [], day);
        loaded = assembleAssessment(read, stored.assessment, day);
      } catch (error) {
        // Whatever goes wrong, the start ends: on "failed", which still leads to the data centre.
        const message = `The files could not be loaded: ${String(error)}`;
        const problem: Problem = { file: 'DSOMM files', message, severity: 'error' };
        loaded = failedLoad([problem], stored.assessment);
      }
      performance.mark('dsomm:loaded');
      // The state as loaded is the base of later merges: it is what this tab made of that version.
      this.synced = { ...stored.version, assessment: loaded.assessment };
      this.subject.next({
        ...loaded,
        storage: stored.storage,
        recovery: stored.recovery ?? this.subject.value.recovery,
        notice: this.subject.value.notice,
        noticesSent: this.subject.value.noticesSent,
      });
    } finally {
      this.reloading = false;
    }
    // Not awaited: a reload may itself run in turn (after a reset), this merge runs after it.
    if (this.savedWhileLoading) void this.inTurn(() => this.takeOtherTabSave());
  }

  /**
   * Clears everything this app stored in the browser (including data set aside as unreadable) and
   * starts again from the served files; other tabs follow. A write under way finishes first; edits
   * not yet written are dropped (writes run in turn, and after the reload there is nothing left
   * to write), so no write can put the old data back. If clearing fails, nothing changes and it
   * throws.
   */
  reset(): Promise<void> {
    return this.inTurn(async () => {
      await this.persistence.clearAll();
      this.subject.next({ ...this.subject.value, recovery: undefined });
      await this.reload();
    });
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
    this.writing ??= this.inTurn(() => this.writeAll()).finally(() => (this.writing = undefined));
    return this.writing;
  }

  /** The unreadable stored data has been dealt with (downloaded or dismissed). */
  async clearRecovery(): Promise<void> {
    await this.persistence.clearQuarantine();
    this.subject.next({ ...this.subject.value, recovery: undefined });
  }

  /**
   * Says something in the always-shown status banner (AppStatus), e.g. that a press could not load
   * the part of the app it needs: a snack bar would itself have to be loaded.
   */
  notify(notice: string): void {
    this.subject.next({ ...this.subject.value, notice, noticesSent: (this.subject.value.noticesSent ?? 0) + 1 });
  }

  /** The user has read the notice. */
  dismissNotice(): void {
    this.subject.next({ ...this.subject.value, notice: undefined });
  }

  private inTurn(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeAll(): Promise<void> {
    for (;;) {
      const state = this.subject.value;
      if (state.status === 'loading' || state.assessment === this.synced.assessment) return;
      const written = state.assessment;
      const result = await this.persistence.write(written, this.synced);
      if (result.state === 'reset') return this.resetElsewhere();
      if (result.state !== 'ok') return this.setStorage(result);
      this.synced = result.synced;
      // Merged with another tab's save in the same transaction: show that, with any edits made
      // during the write on top (they are written next).
      const now = this.subject.value.assessment;
      const stored = result.synced.assessment;
      this.show(stored === written ? now : mergeBrowserAssessments({ base: written, mine: now, theirs: stored }));
      if (this.subject.value.assessment === stored) return;
    }
  }

  /** Another tab saved (or reset): merge what is stored now into this tab's state. */
  private async takeOtherTabSave(): Promise<void> {
    if (this.subject.value.status === 'loading') return;
    const latest = await this.persistence.latest();
    if (!latest) return;
    if (latest.version.epoch !== this.synced.epoch) return this.resetElsewhere();
    if (latest.version.revision <= this.synced.revision || !latest.assessment) return;
    const theirs = latest.assessment;
    const merged = mergeBrowserAssessments({
      base: this.synced.assessment,
      mine: this.subject.value.assessment,
      theirs,
    });
    this.synced = { ...latest.version, assessment: theirs };
    // When this tab had nothing newer, the merge is what is stored: nothing to write back.
    this.show(sameAssessment(merged, theirs) ? theirs : merged);
  }

  /** Shows `assessment`, and writes it unless it is what is stored. */
  private show(assessment: AssessmentState): void {
    const state = this.subject.value;
    const saved = assessment === this.synced.assessment;
    this.subject.next({ ...state, assessment, storage: saved ? { state: 'ok' } : { state: 'pending' } });
    if (!saved) this.scheduleWrite();
  }

  /** Another tab reset the browser data: drop everything this tab holds and load the served files. */
  private async resetElsewhere(): Promise<void> {
    this.subject.next({ ...this.subject.value, recovery: undefined });
    await this.reload();
    this.notify(RESET_ELSEWHERE);
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

  private setStorage(storage: StoreState['storage']): void {
    const state = this.subject.value;
    if (state.storage.state !== storage.state || state.storage.message !== storage.message) {
      this.subject.next({ ...state, storage });
    }
  }
}
