import { isCalendarDate } from '../../src/app/domain/common/calendar-date';
import { CliError, EXIT_CANNOT_RUN, EXIT_PROBLEMS, ProblemsFound } from './cli-error';
import { compact, COMPACT_USAGE } from './commands/compact';
import { diff, DIFF_USAGE } from './commands/diff';
import { heatmap, HEATMAP_USAGE } from './commands/heatmap';
import { scan, SCAN_USAGE } from './commands/scan';
import { summary, SUMMARY_USAGE } from './commands/summary';
import { validate, VALIDATE_USAGE } from './commands/validate';
import { localDay } from '../../src/app/shared/local-day';
import { Io } from './io';
import { problemCount, problemLines } from './problems-report';

const COMMANDS: Readonly<
  Record<string, { run: (args: readonly string[], io: Io) => number | Promise<number>; usage: string }>
> = {
  validate: { run: validate, usage: VALIDATE_USAGE },
  summary: { run: summary, usage: SUMMARY_USAGE },
  diff: { run: diff, usage: DIFF_USAGE },
  heatmap: { run: heatmap, usage: HEATMAP_USAGE },
  scan: { run: scan, usage: SCAN_USAGE },
  compact: { run: compact, usage: COMPACT_USAGE },
};

export const USAGE = `Usage: dsomm <command> [options]

Checks, summarises, compares and draws the DSOMM files a team keeps in Git, with the same code
as DSOMM Studio.

Commands:
  validate   list every problem in meta.yaml, the model and the team files (file:line)
  summary    Markdown summary for a pull-request comment: scores, moved activities, new evidence
  diff       what changed between two progress or two evidence files, in words
  heatmap    the circular heatmap as an SVG, as the app exports it
  scan       propose stages and evidence from what a repository checkout shows (CI, Dockerfiles)
  compact    write the progress file's compact form beside it, for a faster start page (deploy step)

Run "dsomm help <command>" for its options.
Exit codes: 0 ok, 1 problems found in the files, 2 could not run.`;

/** Runs the command line; resolves to the exit code. Never throws. */
export async function main(
  argv: readonly string[],
  options: { packageRoot: string; io?: Partial<Io> },
): Promise<number> {
  const io: Io = {
    cwd: process.cwd(),
    packageRoot: options.packageRoot,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    today: () => runDay(process.env['DSOMM_TODAY']),
    ...options.io,
  };
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' && args[0] !== undefined ? COMMANDS[args[0]] : undefined;
    if (name === 'help' && args[0] !== undefined && !topic) {
      io.err(`dsomm: no command "${args[0]}".\n\n${USAGE}\n`);
      return EXIT_CANNOT_RUN;
    }
    io.out(`${topic ? topic.usage : USAGE}\n`);
    return name === undefined ? EXIT_CANNOT_RUN : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`dsomm: no command "${name}".\n\n${USAGE}\n`);
    return EXIT_CANNOT_RUN;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof ProblemsFound) {
      for (const line of problemLines(error.problems, 'text')) io.err(`${line}\n`);
      io.err(`dsomm ${name}: ${problemCount(error.problems)}; fix the errors first.\n`);
      return EXIT_PROBLEMS;
    }
    if (error instanceof CliError) {
      io.err(`dsomm ${name}: ${error.message}\n${error.usage ? `\n${command.usage}\n` : ''}`);
      return EXIT_CANNOT_RUN;
    }
    io.err(
      `dsomm ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_CANNOT_RUN;
  }
}

/**
 * The day the commands read the files for: today, or `DSOMM_TODAY` (YYYY-MM-DD) when it is set,
 * so that a run (and the tests) gives the same output whatever day it is.
 */
function runDay(fixed: string | undefined): string {
  if (fixed === undefined || fixed === '') return localDay();
  if (!isCalendarDate(fixed)) throw new CliError(`DSOMM_TODAY must be a day written YYYY-MM-DD; got "${fixed}".`);
  return fixed;
}
