import { Evidence, LoadedData, Problem, Progress } from '../../src/app/domain/types';
import { CliError, ProblemsFound } from './cli-error';
import { Io } from './io';
import { DataFile, DataFileRef, dataFileRefs, findMeta, loadWorkspace, readDataFile, Workspace } from './workspace';

/** The model, loaded for a command that needs it whole: its errors stop the command. */
export function loadModel(
  io: Io,
  meta: string | undefined,
): { workspace: Workspace; data: LoadedData; warnings: Problem[] } {
  const workspace = loadWorkspace(io, findMeta(io, meta));
  if (!workspace.model.ok) throw new ProblemsFound(workspace.model.problems);
  return { workspace, data: workspace.model.value, warnings: [...workspace.model.warnings] };
}

/** A data file that must read without errors; its warnings are added to `warnings`. */
export function readClean(workspace: Workspace, data: LoadedData, ref: DataFileRef, warnings: Problem[]): DataFile {
  const file = readDataFile(workspace, data, ref);
  if (!file.result.ok) throw new ProblemsFound(file.result.problems);
  warnings.push(...file.result.warnings);
  return file;
}

/** The progress and evidence files of a command (at most one of each), read without errors. */
export interface TeamFiles {
  readonly progress?: { readonly name: string; readonly path: string; readonly value: Progress };
  readonly evidence?: { readonly name: string; readonly path: string; readonly value: readonly Evidence[] };
}

export function readTeamFiles(
  io: Io,
  workspace: Workspace,
  data: LoadedData,
  given: readonly string[],
  warnings: Problem[],
): TeamFiles {
  let progress: TeamFiles['progress'];
  let evidence: TeamFiles['evidence'];
  // Without files, meta.yaml's.
  for (const ref of dataFileRefs(io, workspace, data, given)) {
    const file = readClean(workspace, data, ref, warnings);
    if (file.kind === 'progress' && file.result.ok) {
      if (progress)
        throw new CliError(`Two progress files: ${progress.name} and ${file.name}; give one.`, { usage: true });
      progress = { name: file.name, path: ref.path, value: file.result.value };
    } else if (file.kind === 'evidence' && file.result.ok) {
      if (evidence)
        throw new CliError(`Two evidence files: ${evidence.name} and ${file.name}; give one.`, { usage: true });
      evidence = { name: file.name, path: ref.path, value: file.result.value };
    } else {
      throw new CliError(`${file.name} is a ${file.kind} file; give team-progress.yaml and team-evidence.yaml files.`, {
        usage: true,
      });
    }
  }
  return { progress, evidence };
}
