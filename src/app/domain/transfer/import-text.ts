import { Problem, Result } from '../types';
import { fileError } from '../common/file-problem';
import { sizeLabel } from '../common/size-label';
import { YAML_LIMITS } from '../yaml-limits';

/**
 * The largest file the data centre reads: 50 MiB. The largest real file expected is a progress
 * file of 1,000 teams with progress on every activity (about 13-15 MB as YAML); parsing it takes a
 * second or two on the main thread. Beyond 50 MiB the browser tab would freeze for long enough to
 * look dead, and no DSOMM file is that big, so it is refused before it is read.
 */
export const MAX_IMPORT_BYTES = YAML_LIMITS.maxChars;

/** The problem with a file of `size` bytes, before reading it; undefined when it may be read. */
export function importSizeProblem(fileName: string, size: number): Problem | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  return fileError(
    fileName,
    `The file is ${sizeLabel(size)}; the largest file the app reads is ${sizeLabel(MAX_IMPORT_BYTES)}. ` +
      'DSOMM files are far smaller: check that this is the file you meant.',
  );
}

/**
 * The text of an imported file. YAML files are UTF-8 (a UTF-16 file with a byte order mark is
 * read too); anything else, and any text holding NUL characters, is binary data and refused with
 * a message rather than shown to the YAML parser, whose complaint would not help.
 */
export function decodeImportText(bytes: Uint8Array, fileName: string): Result<string> {
  const tooBig = importSizeProblem(fileName, bytes.byteLength);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [fileError(fileName, 'This is not a text file (it is not UTF-8 text); the app reads YAML files.')],
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return {
      ok: false,
      problems: [fileError(fileName, 'This file holds binary data (a NUL character); the app reads YAML files.', line)],
    };
  }
  return { ok: true, value: text, warnings: [] };
}
