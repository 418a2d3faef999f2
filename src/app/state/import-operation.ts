import { computed, inject, Injectable } from '@angular/core';
import { applyImport, ImportMode, ImportOptions } from '../domain/transfer/apply-import';
import { importedText } from '../domain/transfer/diff-text';
import { ImportPreview, previewImport } from '../domain/transfer/import-preview';
import { ImportedData } from '../domain/transfer/read-import';
import { Problem } from '../domain/types';
import { AssessmentStore } from './assessment-store';
import { readChosenImport } from './chosen-file';
import { CustomFiles } from './custom-files';

/** What the user chooses in the preview. */
export interface ImportChoice {
  readonly mode: ImportMode;
  /** Append the teams the file mentions that the team list lacks (unless the list is read-only). */
  readonly addTeams: boolean;
}

/** A file read for import: its data and notes to preview, or why it is refused (nothing changes). */
export type ImportRead =
  | { readonly ok: true; readonly data: ImportedData; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** Why, when it is not the file's own text. */
      readonly reason?: string;
    };

/** An import the user confirmed: the file, the choice and the preview it was shown. */
export interface ImportPlan {
  readonly fileName: string;
  readonly data: ImportedData;
  readonly choice: ImportChoice;
  readonly preview: ImportPreview;
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
  // Each part on its own: the preview of a large file takes a second, and must not be redone
  // when only the storage status changes.
  private readonly served = computed(() => this.store.state().fileAssessment);
  /** meta.yaml's allowChangeTeamNameInBrowser is false: an import cannot change the team list. */
  readonly teamsReadOnly = computed(() => this.store.data()?.meta.allowChangeTeamNameInBrowser === false);

  /**
   * Reads a chosen file: its text, kind and data, with every problem and its line. A backup's
   * custom activity files pass the check one added in the data centre passes: once stored, a file
   * that breaks the model would be read on every start.
   */
  async read(file: File): Promise<ImportRead> {
    const result = await readChosenImport(file, this.store.assessment().stages);
    if (!result.ok) return { ok: false, problems: result.problems };
    const data = result.value;
    if (data.kind === 'backup' && data.backup.assessment.customFiles.length > 0) {
      const check = await this.customFiles.check(data.backup.assessment.customFiles);
      if (!check.ok) return { ok: false, problems: check.problems, reason: CUSTOM_FILES_REFUSED };
    }
    return { ok: true, data, warnings: result.warnings };
  }

  /**
   * What importing `data` with `choice` would change, against the browser's data now (`now`
   * stamps the entries it takes). Reads signals: called in a `computed`, it follows the data live.
   */
  preview(data: ImportedData, choice: ImportChoice, now: number): ImportPreview {
    const model = this.store.data()?.model;
    return previewImport(this.store.assessment(), data, this.options(choice, now), this.store.today(), model);
  }

  /**
   * Applies the import to the browser's data as it is now, and stores it at once rather than after
   * the usual pause: an import is too much to lose to a tab closed at once. A backup that brings
   * other custom activity files then needs the model loaded again (from what was stored; not at
   * all if storing failed).
   */
  async apply(plan: ImportPlan): Promise<ImportResult> {
    const options = this.options(plan.choice, Date.now());
    this.store.update((assessment) => applyImport(assessment, plan.data, options).assessment);
    await this.store.flush();
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
