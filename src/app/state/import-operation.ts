import { computed, effect, inject, Injectable, InjectionToken, Signal, signal } from '@angular/core';
import { ActivityName } from '../domain/common/activity-order';
import { applyImport, ImportMode, ImportOptions } from '../domain/transfer/apply-import';
import { ActivityDiff } from '../domain/transfer/assessment-diff';
import { withDelta } from '../domain/transfer/assessment-delta';
import { importedText } from '../domain/transfer/diff-text';
import { ImportPreviewSummary } from '../domain/transfer/import-preview';
import { ImportedData } from '../domain/transfer/read-import';
import { AssessmentState, Problem } from '../domain/types';
import { AssessmentStore } from './assessment-store';
import { CustomFiles } from './custom-files';
import { ImportSummary, PreviewInput } from './import-session';
import { ImportSessionClient, importWorker } from './import-session-client';

/**
 * Where imports are read and previewed: the import worker where the browser runs one. Specs and
 * browsers without module workers get the same session on the main thread.
 */
export const IMPORT_WORKER = new InjectionToken<() => Worker | undefined>('import worker', {
  providedIn: 'root',
  factory: () => importWorker,
});

/** Waits for a task of its own (the page can paint between). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** What the user chooses in the preview. */
export interface ImportChoice {
  readonly mode: ImportMode;
  /** Append the teams the file mentions that the team list lacks (unless the list is read-only). */
  readonly addTeams: boolean;
}

/** A file read for import: what it is and notes to preview, or why it is refused (nothing changes). */
export type ImportRead =
  | { readonly ok: true; readonly summary: ImportSummary; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** Why, when it is not the file's own text. */
      readonly reason?: string;
    };

/** An import the user confirmed: the file, the choice and the preview it was shown. */
export interface ImportPlan {
  readonly fileName: string;
  readonly choice: ImportChoice;
  readonly preview: ImportPreviewSummary;
}

/** A preview that follows the choice and the browser's data: the last one made, and whether a newer one is on its way. */
export interface LivePreview {
  /** Undefined until the first is made. */
  readonly value: Signal<ImportPreviewSummary | undefined>;
  readonly pending: Signal<boolean>;
  /** Why the last preview could not be made. */
  readonly error: Signal<string | undefined>;
}

export interface ImportResult {
  /** Stored in the browser (false: in this tab only, the storage failed). */
  readonly saved: boolean;
  /** One sentence for the status line. */
  readonly message: string;
}

const CUSTOM_FILES_REFUSED =
  "Nothing was changed: the model does not load with the backup's custom activity files, which the " +
  'custom activity files panel would refuse too:';

/**
 * Importing a progress, evidence or teams file, a backup or a scan's proposal: read and check it,
 * preview what it would change against the browser's data, and apply it once confirmed (stored at
 * once, and the model loaded again when the custom activity files changed).
 */
@Injectable({ providedIn: 'root' })
export class ImportOperation {
  private readonly store = inject(AssessmentStore);
  private readonly customFiles = inject(CustomFiles);
  private readonly createWorker = inject(IMPORT_WORKER);
  private client?: ImportSessionClient;
  /**
   * The data read is being (or has been) applied: previews stop, as the store's change would ask
   * for one of the session it closes (and copy the whole new assessment to the worker for it).
   */
  private readonly applying = signal(false);
  private readonly storingNow = signal(false);
  /** The confirmed import is being stored: from here on it cannot be cancelled. */
  readonly storing = this.storingNow.asReadonly();
  private readonly noticeNow = signal('');
  /** Said once the import worker failed and the import goes on in the page (empty: nothing to say). */
  readonly notice = this.noticeNow.asReadonly();
  // Each part on its own: a preview of a large file takes a second, and must not be redone when
  // only the storage status changes.
  private readonly served = computed(() => this.store.state().fileAssessment);
  private readonly activities = computed<readonly ActivityName[]>(
    () => this.store.data()?.model.activities.map(({ uuid, name }) => ({ uuid, name })) ?? [],
  );
  /** meta.yaml's allowChangeTeamNameInBrowser is false: an import cannot change the team list. */
  readonly teamsReadOnly = computed(() => this.store.data()?.meta.allowChangeTeamNameInBrowser === false);

  /**
   * Reads a chosen file (in the import worker): its kind and every problem with its line; its data
   * stays with the session until it is applied or cancelled. A backup's custom activity files pass
   * the check one added in the data centre passes: once stored, a file that breaks the model would
   * be read on every start.
   */
  async read(file: File): Promise<ImportRead> {
    this.applying.set(false);
    this.noticeNow.set('');
    const read = await this.session().call({
      call: 'read',
      file,
      stages: this.store.assessment().stages,
      activities: this.activities(),
    });
    if (!read.ok) return read;
    const { summary } = read;
    if (summary.kind === 'backup' && summary.customFiles.length > 0) {
      const check = await this.customFiles.check(summary.customFiles);
      if (!check.ok) {
        void this.close();
        return { ok: false, problems: check.problems, reason: CUSTOM_FILES_REFUSED };
      }
    }
    return read;
  }

  /** Data read elsewhere (a scanned repository's proposal), previewed and applied as a file's. */
  take(data: ImportedData): Promise<ImportSummary> {
    this.applying.set(false);
    this.noticeNow.set('');
    return this.session().call({ call: 'take', data });
  }

  /**
   * What importing the data read with `choice` would change, against the browser's data now
   * (`now` stamps the entries it takes). Made anew whenever the choice or the browser's data
   * changes (another tab's edit); call it where `effect` may be (a component's constructor).
   */
  livePreview(choice: Signal<ImportChoice>, now: number): LivePreview {
    const value = signal<ImportPreviewSummary | undefined>(undefined);
    const pending = signal(true);
    const error = signal<string | undefined>(undefined);
    let asked = 0;
    effect(() => {
      if (this.applying()) return;
      const input = this.previewInput(choice(), now);
      const ticket = ++asked;
      pending.set(true);
      this.session()
        .call({ call: 'preview', ...input })
        .then(
          (preview) => {
            if (ticket !== asked) return;
            value.set(preview);
            error.set(undefined);
            pending.set(false);
          },
          (failure: unknown) => {
            if (ticket !== asked) return;
            error.set(failure instanceof Error ? failure.message : String(failure));
            pending.set(false);
          },
        );
    });
    return { value: value.asReadonly(), pending: pending.asReadonly(), error: error.asReadonly() };
  }

  /**
   * Starts the import worker before a file is chosen (the data centre once shown), so that its
   * start-up, its script fetched and compiled, is not part of the wait for the preview.
   */
  prepare(): void {
    this.session();
  }

  /** One team's changes per activity, of the last preview made. */
  activitiesOf(team: string): Promise<readonly ActivityDiff[]> {
    return this.session().call({ call: 'activities', team });
  }

  /**
   * Applies the import to the browser's data as it is now, and stores it at once rather than after
   * the usual pause: an import is too much to lose to a tab closed at once. A backup that brings
   * other custom activity files then needs the model loaded again (from what was stored; not at
   * all if storing failed). The session applies it where it holds the data (the worker), to its
   * copy of the browser's data, and the page takes in what changed (see AssessmentDelta): merging
   * a thousand teams' progress is not the page's work. Should the browser's data change meanwhile
   * (another tab's save), the data read is fetched and applied to it here instead.
   */
  async apply(plan: ImportPlan): Promise<ImportResult> {
    this.applying.set(true);
    const now = Date.now();
    const input = this.previewInput(plan.choice, now);
    const { current } = input;
    const delta = await this.session().call({ call: 'apply', ...input });
    if (!delta) return this.noLongerRead(plan);
    // Taking the delta in from the worker is a task of its own; storing it comes in the next.
    await nextTask();
    let data: ImportedData | undefined;
    while (this.store.assessment() !== current && !data) {
      data = await this.session().call({ call: 'data' });
      if (!data) return this.noLongerRead(plan);
      await nextTask();
    }
    const options = this.options(plan.choice, now);
    this.storingNow.set(true);
    try {
      this.store.update((assessment) =>
        assessment === current ? withDelta(current, delta) : applyImport(assessment, data!, options).assessment,
      );
      void this.close();
      await this.store.flush();
    } finally {
      this.storingNow.set(false);
    }
    const saved = this.store.state().storage.state === 'ok';
    const files = plan.preview.diff.customFiles;
    if (saved && files.added.length + files.removed.length + files.changed.length > 0) await this.store.reload();
    const text = importedText(plan.fileName, plan.preview.diff);
    return {
      saved,
      message: saved
        ? text
        : `${text} It is in this tab only: it could not be saved in the browser (see the message at the top).`,
    };
  }

  private noLongerRead(plan: ImportPlan): ImportResult {
    return { saved: false, message: `Nothing was imported: ${plan.fileName} is no longer read; choose it again.` };
  }

  /**
   * Forgets the data read (cancelled, applied, or the page left). A worker still at work is ended
   * rather than asked (it answers in order, so it would answer after the work it may never finish),
   * and the next import starts another; what was waiting for it fails with IMPORT_STOPPED.
   */
  async close(): Promise<void> {
    if (this.client?.busy) {
      this.client.terminate();
      this.client = undefined;
      return;
    }
    await this.client?.call({ call: 'close' });
  }

  /** Reads the store's signals: in an effect, the preview follows them. */
  private previewInput(choice: ImportChoice, now: number): PreviewInput & { readonly current: AssessmentState } {
    const { served, ...options } = this.options(choice, now);
    return {
      ...options,
      current: this.store.assessment(),
      served,
      activities: this.activities(),
      day: this.store.today(),
    };
  }

  private session(): ImportSessionClient {
    return (this.client ??= new ImportSessionClient(this.createWorker, (why) =>
      this.noticeNow.set(
        `The import's background reader stopped (${why}); the import goes on in this page, which may not ` +
          'answer for a moment while it works.',
      ),
    ));
  }

  private options(choice: ImportChoice, now: number): ImportOptions {
    const readOnly = this.teamsReadOnly();
    return {
      mode: choice.mode,
      served: this.served(),
      now,
      addUnknownTeams: choice.addTeams && !readOnly,
      teamsReadOnly: readOnly,
    };
  }
}
