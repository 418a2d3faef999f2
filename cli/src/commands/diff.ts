import { resolve } from 'node:path';
import { diffEvidence, evidenceDiffText } from '../../../src/app/domain/evidence/evidence-diff';
import { diffProgress, progressDiffText } from '../../../src/app/domain/progress/progress-diff';
import { Problem } from '../../../src/app/domain/types';
import { META_OPTION, parseCommandArgs } from '../args';
import { CliError, EXIT_OK } from '../cli-error';
import { Io } from '../io';
import { loadModel, readClean } from '../loaded-files';
import { problemLines } from '../problems-report';

export const DIFF_USAGE = `Usage: dsomm diff [--meta path/to/meta.yaml] old.yaml new.yaml

Says what changed between two team-progress.yaml files (per team and activity: stages raised,
lowered or re-dated) or two team-evidence.yaml files (entries added, changed, removed).
For a file at a Git revision: git show <rev>:path/to/team-progress.yaml > old.yaml

Exit code: 0 compared, 1 a file has errors (listed on standard error), 2 could not run.`;

export function diff(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(args, { ...META_OPTION });
  if (positionals.length !== 2)
    throw new CliError('Give two files: the older one, then the newer one.', { usage: true });
  const { workspace, data } = loadModel(io, values.meta);
  const warnings: Problem[] = [];
  const [before, after] = positionals.map((file) =>
    readClean(workspace, data, { path: resolve(io.cwd, file) }, warnings),
  );
  for (const line of problemLines(warnings, 'text')) io.err(`${line}\n`);
  const ctx = { stages: data.meta.stages, day: io.today(), model: data.model, teams: data.meta.teams };
  let lines: string[];
  if (before.kind === 'progress' && after.kind === 'progress' && before.result.ok && after.result.ok) {
    lines = progressDiffText(diffProgress(before.result.value, after.result.value, ctx), ctx);
  } else if (before.kind === 'evidence' && after.kind === 'evidence' && before.result.ok && after.result.ok) {
    lines = evidenceDiffText(diffEvidence(before.result.value, after.result.value), data.model);
  } else {
    throw new CliError(
      `${before.name} is ${kindName(before.kind)} and ${after.name} ${kindName(after.kind)}; compare two progress files or two evidence files.`,
    );
  }
  io.out(lines.map((line) => `${line}\n`).join(''));
  return EXIT_OK;
}

function kindName(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} file`;
}
