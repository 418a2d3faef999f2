import { Problem, Result, Stage } from '../domain/types';
import { ActivityName } from '../domain/common/activity-order';
import { decodeImportText, importSizeProblem } from '../domain/transfer/import-text';
import { ImportedData, readImportFile } from '../domain/transfer/read-import';

/** Lets the browser paint (e.g. "Reading...") before a long synchronous parse. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The text of a file the user chose, or why it cannot be read (too big, binary). */
export async function fileText(file: File): Promise<Result<string>> {
  const tooBig = importSizeProblem(file.name, file.size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const problem: Problem = {
      file: file.name,
      message: `The file could not be read (${String(error)}).`,
      severity: 'error',
    };
    return { ok: false, problems: [problem] };
  }
  return decodeImportText(bytes, file.name);
}

/** Reads a file for import: its text, its kind, its data, every problem with its line. */
export async function readChosenImport(
  file: File,
  stages: readonly Stage[],
  activities?: readonly ActivityName[],
): Promise<Result<ImportedData>> {
  const text = await fileText(file);
  if (!text.ok) return text;
  await nextFrame();
  try {
    return readImportFile(text.value, file.name, { stages, activities });
  } catch (error) {
    // A reader bug must not take the page down: the file is refused and nothing is stored.
    return {
      ok: false,
      problems: [{ file: file.name, message: `The file could not be read: ${String(error)}`, severity: 'error' }],
    };
  }
}
