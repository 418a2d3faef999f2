import { csvLine, ExportStream, ExportTable } from '../../domain/mapping/export-table';

/** How long the rows are made before the page gets to answer: a long task is one over 50 ms. */
const SLICE_MS = 40;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Reads every item, giving the page its turn (a new task) each SLICE_MS: the rows of an export of
 * 10,000 teams take seconds to make, and the page must answer meanwhile.
 */
async function eachSliced<T>(items: Iterable<T>, take: (item: T) => void, endSlice: () => void): Promise<void> {
  let start = performance.now();
  for (const item of items) {
    take(item);
    if (performance.now() - start > SLICE_MS) {
      endSlice();
      await nextTask();
      start = performance.now();
    }
  }
  endSlice();
}

/** Runs the stream's reading ahead in slices. */
function readAhead(stream: ExportStream): Promise<void> {
  return eachSliced(
    stream.readAhead ?? [],
    (step) => step(),
    () => undefined,
  );
}

/** The stream's rows, made in slices. */
export async function collectSliced(stream: ExportStream): Promise<ExportTable> {
  await readAhead(stream);
  const rows: (readonly (string | number)[])[] = [];
  await eachSliced(
    stream.rows,
    (row) => rows.push(row),
    () => undefined,
  );
  return { columns: stream.columns, rows };
}

/**
 * Characters of CSV text turned into one part of the file at a time. Making a Blob encodes its
 * text: done once per slice, after the slice's 40 ms, it doubled or tripled each task (100-180 ms
 * of the per-team CSV at 10,000 teams, 6 MB of text a slice); done within the slice, every
 * PART_CHARS, it is counted in the slice's time.
 */
export const PART_CHARS = 1 << 18;

/**
 * Parts joined into one Blob at a time. A Blob of Blobs refers to them rather than copying, yet
 * the file's one Blob of ~1,000 parts (the per-team CSV at 10,000 teams) held the page 140-300 ms
 * after the last slice; joined by 16 within the slices (a few ms each), the file's Blob is of ~30.
 */
export const GROUP_PARTS = 16;

/** A file's parts in order, every GROUP_PARTS of them joined, and every GROUP_PARTS joins joined. */
function joinedParts(groupParts: number) {
  const levels: Blob[][] = [];
  const add = (part: Blob, level = 0): void => {
    const parts = (levels[level] ??= []);
    parts.push(part);
    if (parts.length < groupParts) return;
    levels[level] = [];
    add(new Blob(parts), level + 1);
  };
  // A level's parts all came before those of the level below it.
  const all = (): Blob[] => [...levels].reverse().flat();
  return { add, all };
}

/**
 * The stream as a CSV file (toCsv, with a byte order mark so Excel reads UTF-8), made in slices,
 * its text kept in parts of about PART_CHARS characters: no one string of the whole (hundreds of
 * MB at 10,000 teams) is ever made. `sizes` are the parts' and groups' (smaller in specs).
 */
export async function csvBlobSliced(
  stream: ExportStream,
  sizes = { partChars: PART_CHARS, groupParts: GROUP_PARTS },
): Promise<Blob> {
  await readAhead(stream);
  const parts = joinedParts(sizes.groupParts);
  let text = `\uFEFF${csvLine(stream.columns)}`;
  const endPart = () => {
    if (text === '') return;
    parts.add(new Blob([text]));
    text = '';
  };
  await eachSliced(
    stream.rows,
    (row) => {
      text += csvLine(row);
      if (text.length >= sizes.partChars) endPart();
    },
    endPart,
  );
  return new Blob(parts.all(), { type: 'text/csv;charset=utf-8' });
}
