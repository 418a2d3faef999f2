import { inject, Injectable } from '@angular/core';
import { loadDsomm } from '../domain/loading/load-dsomm';
import { LoadedData, Problem, Result } from '../domain/types';
import { CustomText } from './served-read';
import { fetchServedFiles } from './served-files';
import { YamlSource } from './yaml-source';

/**
 * The check a custom activity file passes before the browser keeps it, however it comes: added in
 * the data centre or brought by a backup. It is stored, so a file that breaks the model would be
 * read again on every start; one that is refused here never gets there.
 */
@Injectable({ providedIn: 'root' })
export class CustomFilesCheck {
  private readonly source = inject(YamlSource);

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
}
