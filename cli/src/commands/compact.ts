import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { countOf } from '../../../src/app/domain/common/count-of';
import { errorMessage } from '../../../src/app/domain/common/error-message';
import {
  COMPACT_BLOCK_BYTES,
  CompactProof,
  compactProgress,
  compactProgressPath,
} from '../../../src/app/domain/progress/compact-progress';
import { parseProgressFile } from '../../../src/app/domain/progress/parse-progress-file';
import { META_OPTION, parseCommandArgs } from '../args';
import { CliError, EXIT_OK, ProblemsFound } from '../cli-error';
import { Io } from '../io';
import { findMeta, loadWorkspace, problemsOf } from '../workspace';

export const COMPACT_USAGE = `Usage: dsomm compact [--meta path/to/meta.yaml] [team-progress.yaml...]

Writes the compact form of a progress file beside it (team-progress.yaml -> team-progress.compact.json),
for DSOMM Studio's start page to read instead of the file's text: with 1,000 teams the heatmap
is painted several hundred ms sooner. Run it in the step that deploys the files, each time the
progress file changes, and serve both. The app uses the compact form only for the very bytes it
was made from (their SHA-256, 1 MiB at a time): next to a changed file it is ignored and the YAML is read, correct
but slower. A file of less than 1 MB is read as it is, with or without it. Without files, the
progress file meta.yaml names.

  --meta <path>       meta.yaml (default: ./meta.yaml, else ./src/assets/YAML/meta.yaml)

Exit code: 0 written (or not needed: the file is read as YAML), 1 the file has errors, 2 could not run.`;

export function compact(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(args, META_OPTION);
  const files =
    positionals.length > 0 ? positionals.map((file) => resolve(io.cwd, file)) : [metaProgressFile(io, values.meta)];
  for (const path of files) compactFile(io, path);
  return EXIT_OK;
}

/** The progress file meta.yaml names. */
function metaProgressFile(io: Io, meta: string | undefined): string {
  const workspace = loadWorkspace(io, findMeta(io, meta));
  if (!workspace.model.ok) throw new ProblemsFound(problemsOf(workspace.model));
  return resolve(workspace.root, workspace.model.value.meta.teamProgressFile);
}

function compactFile(io: Io, path: string): void {
  const name = shownPath(io, path);
  if (!existsSync(path)) throw new CliError(`${name}: no such file.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`${name}: cannot be read (${errorMessage(error)}).`);
  }
  const target = join(dirname(path), compactProgressPath(basename(path)));
  const shownTarget = shownPath(io, target);
  // Decoded as a browser decodes the response (a byte order mark dropped); the digest is of the bytes.
  const text = new TextDecoder().decode(bytes);
  const form = compactProgress(text, proofOf(bytes));
  if (form === undefined) {
    const read = parseProgressFile(text, name, { stages: [] });
    if (!read.ok) throw new ProblemsFound(read.problems);
    // A form of an earlier version would be ignored anyway; removed, the app does not ask for it.
    rmSync(target, { force: true });
    io.out(
      `${name}: not compacted (not in the plain layout the app writes): no ${shownTarget}, the app reads the YAML.\n`,
    );
    return;
  }
  const json = JSON.stringify(form);
  // Written whole, then renamed: a server never hands out half a file.
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, json);
  renameSync(temporary, target);
  io.out(
    `${name}: wrote ${shownTarget} (${Math.ceil(json.length / 1024)} kB; ${countOf(form.teams.length, 'team')}, ` +
      `${countOf(form.activities.length, 'activity', 'activities')}).\n`,
  );
}

/** The bytes' length and the SHA-256 of each of their blocks, as the app checks them as they arrive. */
function proofOf(bytes: Buffer): CompactProof {
  const blocks: string[] = [];
  for (let at = 0; at < bytes.length; at += COMPACT_BLOCK_BYTES)
    blocks.push(
      createHash('sha256')
        .update(bytes.subarray(at, at + COMPACT_BLOCK_BYTES))
        .digest('hex'),
    );
  return { size: bytes.length, blocks };
}

function shownPath(io: Io, path: string): string {
  return relative(io.cwd, path).split('\\').join('/') || path;
}
