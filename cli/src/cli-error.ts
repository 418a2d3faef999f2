import { Problem } from '../../src/app/domain/types';

/**
 * The command could not do its job (exit code 2): a wrong argument, a file that cannot be read, no
 * meta.yaml, a Git revision that does not exist. Problems found in the files are not errors of the
 * command; they are its result (exit code 1).
 */
export class CliError extends Error {
  /** Show the command's usage after the message. */
  readonly usage: boolean;

  constructor(message: string, options: { usage?: boolean } = {}) {
    super(message);
    this.name = 'CliError';
    this.usage = options.usage ?? false;
  }
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_CANNOT_RUN = 2;

/**
 * The files have errors, so the command cannot summarise, compare or draw them (exit code 1). The
 * problems are listed on standard error.
 */
export class ProblemsFound extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super('The files have errors.');
    this.name = 'ProblemsFound';
    this.problems = problems;
  }
}
