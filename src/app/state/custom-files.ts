import { inject, Injectable } from '@angular/core';
import { loadDsomm } from '../domain/loading/load-dsomm';
import { LoadedData, Problem, Result } from '../domain/types';
import { AssessmentStore } from './assessment-store';
import { fileText } from './chosen-file';
import { CustomText } from './read-served';
import { fetchServedFiles } from './fetch-served-files';
import { YamlSource } from './yaml-source';

/** What adding or removing a custom activity file did. */
export type CustomFilesResult =
  /** Nothing changed: the file cannot be read, or the model does not load with it. */
  | { readonly state: 'refused'; readonly problems: readonly Problem[] }
  /** Shown in this tab only: storing failed, so the model was not loaded again. */
  | { readonly state: 'not-saved'; readonly message: string }
  | { readonly state: 'saved'; readonly message: string };

const NOT_SAVED =
  'The change could not be saved in this browser (see the message at the top); the model was not reloaded.';

/**
 * Custom activity files, however they come: added or removed in the data centre, or brought by a
 * backup. Each is checked before the browser keeps it: it is stored, so a file that breaks the
 * model would be read again on every start; one that is refused here never gets there.
 */
@Injectable({ providedIn: 'root' })
export class CustomFiles {
  private readonly source = inject(YamlSource);
  private readonly store = inject(AssessmentStore);

  /**
   * The model as it loads from the served files with `customFiles` on top; when it does not, its
   * errors (all its problems if it has none), each naming the file and line.
   */
  async check(customFiles: readonly CustomText[]): Promise<Result<LoadedData>> {
    const served = await fetchServedFiles(this.source);
    let loaded: Result<LoadedData>;
    try {
      loaded = loadDsomm(served.files, { extra: customFiles });
    } catch (error) {
      const message = `The model could not be built with this file (${String(error)}).`;
      return { ok: false, problems: customFiles.map((f): Problem => ({ file: f.name, message, severity: 'error' })) };
    }
    if (loaded.ok) return loaded;
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    return { ok: false, problems: errors.length > 0 ? errors : loaded.problems };
  }

  /**
   * Adds `file` after the others (or in the place of the one of its name) if the model loads with
   * it, stores the list and loads the model again.
   */
  async add(file: File): Promise<CustomFilesResult> {
    const text = await fileText(file);
    if (!text.ok) return { state: 'refused', problems: text.problems };
    const current = this.store.state().assessment.customFiles;
    const added: CustomText = { name: file.name, text: text.value };
    const replacing = current.some((f) => f.name === added.name);
    const next = replacing ? current.map((f) => (f.name === added.name ? added : f)) : [...current, added];
    const check = await this.check(next);
    if (!check.ok) return { state: 'refused', problems: check.problems };
    const before = this.store.state().data?.model.activities.length ?? 0;
    if (!(await this.save(next))) return { state: 'not-saved', message: NOT_SAVED };
    const after = check.value.model.activities.length;
    const change = `${after - before >= 0 ? '+' : ''}${after - before}`;
    const message = `${replacing ? 'Replaced' : 'Added'} ${file.name}: the model now has ${after} activities (${change}).`;
    return { state: 'saved', message };
  }

  /** Removes the file named `name`, stores the list and loads the model again without it. */
  async remove(name: string): Promise<CustomFilesResult> {
    const next = this.store.state().assessment.customFiles.filter((file) => file.name !== name);
    if (!(await this.save(next))) return { state: 'not-saved', message: NOT_SAVED };
    return { state: 'saved', message: `Removed ${name}.` };
  }

  /** Stores the list at once, then loads the model again; false when it could not be stored. */
  private async save(customFiles: readonly CustomText[]): Promise<boolean> {
    this.store.update((assessment) => ({ ...assessment, customFiles }));
    await this.store.flush();
    if (this.store.state().storage.state !== 'ok') return false;
    await this.store.reload();
    return true;
  }
}
