import { RepositorySnapshot } from '../../domain/scan/scan-repository';
import { BINARY_EXTENSION, MAX_SCAN_READ_BYTES, scannedText, SKIPPED_FOLDERS } from '../../domain/scan/skipped-files';

/** A folder the user picked (`<input webkitdirectory>`), as the scanner sees it. */
export interface PickedFolder {
  /** The folder's own name. */
  readonly name: string;
  readonly snapshot: RepositorySnapshot;
  /** Files the scan looks at. */
  readonly files: number;
  /** Files left out: in .git, node_modules, vendored folders, or binary by their name. */
  readonly skipped: number;
}

/**
 * The files of a picked folder (each File's webkitRelativePath starts with the folder's name),
 * without those in folders a scan does not walk into and binaries, as the command line walks a
 * checkout. Only the files the scanner asks for are read, each at most 1 MB.
 */
export function pickedFolder(files: readonly File[]): PickedFolder | undefined {
  const byPath = new Map<string, File>();
  const folders = new Set<string>();
  let name: string | undefined;
  let skipped = 0;
  for (const file of files) {
    const parts = (file.webkitRelativePath || file.name).split('/');
    name ??= parts.length > 1 ? parts[0] : undefined;
    const inside = parts.length > 1 ? parts.slice(1) : parts;
    let left = false;
    for (let i = 1; i < inside.length; i++) {
      folders.add(inside.slice(0, i).join('/'));
      if (SKIPPED_FOLDERS.has(inside[i - 1])) {
        left = true;
        break;
      }
    }
    if (left || BINARY_EXTENSION.test(file.name)) skipped++;
    else byPath.set(inside.join('/'), file);
  }
  if (name === undefined) return undefined;
  const read = async (path: string): Promise<string | undefined> => {
    const file = byPath.get(path);
    if (!file || file.size > MAX_SCAN_READ_BYTES) return undefined;
    try {
      const text = scannedText(new Uint8Array(await file.arrayBuffer()));
      return text === 'large' || text === 'binary' ? undefined : text;
    } catch {
      return undefined;
    }
  };
  const paths = [...byPath.keys()].sort();
  return { name, snapshot: { paths, folders: [...folders].sort(), read }, files: paths.length, skipped };
}
