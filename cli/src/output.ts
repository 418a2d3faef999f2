import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorMessage } from '../../src/app/domain/common/error-message';
import { CliError } from './cli-error';
import { Io } from './io';

/** Writes a command's result to `-o file`, or to standard output. Returns where it went, for messages. */
export function writeResult(io: Io, output: string | undefined, text: string): string {
  if (output === undefined || output === '-') {
    io.out(text);
    return 'standard output';
  }
  try {
    writeFileSync(resolve(io.cwd, output), text);
  } catch (error) {
    throw new CliError(`Cannot write ${output}: ${errorMessage(error)}`);
  }
  return output;
}
