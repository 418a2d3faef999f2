import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { isRecord } from '../../src/app/domain/persisted/shapes';
import { CliError } from './cli-error';

/** Progress files of a thousand teams are some 15 MB; leave room above that. */
const MAX_BYTES = 256 * 1024 * 1024;

function git(cwd: string, args: readonly string[]): { ok: true; stdout: string } | { ok: false; stderr: string } {
  try {
    const stdout = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: MAX_BYTES,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, stdout };
  } catch (error) {
    const failure = isRecord(error) ? error : {};
    if (failure['code'] === 'ENOENT')
      throw new CliError('git is not installed or not on the PATH (needed for --since).');
    return { ok: false, stderr: String(failure['stderr'] ?? '').trim() };
  }
}

/**
 * The text of `path` (absolute) as it was at Git revision `revision`, or undefined when the file did
 * not exist then. Read with `git show <rev>:./<name>` from the file's folder, so it works wherever
 * the repository's root is. Throws a CliError when the folder is not in a Git work tree or the
 * revision does not exist (e.g. a shallow clone without the base branch).
 */
export function fileAtRevision(revision: string, path: string): string | undefined {
  // A revision is passed as an argument, never through a shell; one starting with "-" would be an option.
  if (revision === '' || revision.startsWith('-')) throw new CliError(`"${revision}" is not a Git revision.`);
  const cwd = dirname(path);
  const commit = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  if (!commit.ok) {
    const inRepo = git(cwd, ['rev-parse', '--is-inside-work-tree']);
    if (!inRepo.ok) throw new CliError(`${cwd} is not in a Git repository, so --since cannot read older files.`);
    throw new CliError(
      `Git does not know the revision "${revision}". In CI, fetch it first (e.g. actions/checkout with fetch-depth: 0).`,
    );
  }
  const spec = `${commit.stdout.trim()}:./${basename(path)}`;
  if (!git(cwd, ['cat-file', '-e', spec]).ok) return undefined;
  const shown = git(cwd, ['show', spec]);
  if (!shown.ok) throw new CliError(`git show ${spec} failed: ${shown.stderr}`);
  return shown.stdout;
}
