import { Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RepositorySnapshot } from '../../src/app/domain/scan/scan-repository';
import {
  BINARY_EXTENSION,
  MAX_SCAN_READ_BYTES,
  scannedText,
  SKIPPED_FOLDERS,
} from '../../src/app/domain/scan/skipped-files';

/** What the walk left out, and why, for the report. */
export interface SkipReport {
  /** Folder name -> how many such folders were not walked into. */
  readonly folders: Map<string, number>;
  /** Extension -> how many files were passed over as binary by their name. */
  readonly binary: Map<string, number>;
  /** Symbolic links, not followed (a link can lead anywhere on the disk). */
  links: number;
  /** Files the scan wanted to read but that are larger than MAX_SCAN_READ_BYTES, or hold binary data. */
  readonly unread: string[];
}

export interface Walk {
  readonly snapshot: RepositorySnapshot;
  readonly files: number;
  readonly folders: number;
  readonly skipped: SkipReport;
}

/**
 * Lists every file and folder of a checkout, without walking into dependency and vendored folders
 * (node_modules, vendor, .git...) or following links, and reads a file only when the scanner asks.
 */
export function walkRepository(root: string): Walk {
  const paths: string[] = [];
  const folders: string[] = [];
  const skipped: SkipReport = { folders: new Map(), binary: new Map(), links: 0, unread: [] };
  const pending: string[] = [''];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isSymbolicLink()) skipped.links++;
      else if (entry.isDirectory()) {
        folders.push(path);
        if (SKIPPED_FOLDERS.has(entry.name))
          skipped.folders.set(entry.name, (skipped.folders.get(entry.name) ?? 0) + 1);
        else pending.push(path);
      } else if (entry.isFile()) {
        const extension = BINARY_EXTENSION.exec(entry.name)?.[1]?.toLowerCase();
        if (extension) skipped.binary.set(extension, (skipped.binary.get(extension) ?? 0) + 1);
        else paths.push(path);
      }
    }
  }
  const read = async (path: string): Promise<string | undefined> => {
    const full = join(root, path);
    try {
      if (statSync(full).size > MAX_SCAN_READ_BYTES) {
        skipped.unread.push(`${path} (larger than 1 MB)`);
        return undefined;
      }
      const text = scannedText(readFileSync(full));
      if (text === 'large' || text === 'binary') {
        skipped.unread.push(`${path} (${text === 'large' ? 'larger than 1 MB' : 'binary'})`);
        return undefined;
      }
      return text;
    } catch {
      skipped.unread.push(`${path} (cannot be read)`);
      return undefined;
    }
  };
  paths.sort();
  folders.sort();
  return { snapshot: { paths, folders, read }, files: paths.length, folders: folders.length, skipped };
}

/** The skip report in words, e.g. "node_modules (3 folders), .git; 120 binary files (png 100, jar 20)". */
export function skippedText(skipped: SkipReport): string {
  const parts: string[] = [];
  const folders = [...skipped.folders].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (folders.length > 0)
    parts.push(
      `folders not walked into: ${folders.map(([name, n]) => (n === 1 ? name : `${name} (${n})`)).join(', ')}`,
    );
  const binary = [...skipped.binary].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const binaries = binary.reduce((sum, [, n]) => sum + n, 0);
  if (binaries > 0)
    parts.push(
      `${binaries} binary file${binaries === 1 ? '' : 's'} (${binary
        .slice(0, 6)
        .map(([ext, n]) => `.${ext} ${n}`)
        .join(', ')}${binary.length > 6 ? ', ...' : ''})`,
    );
  if (skipped.links > 0) parts.push(`${skipped.links} symbolic link${skipped.links === 1 ? '' : 's'} not followed`);
  if (skipped.unread.length > 0)
    parts.push(`not read: ${skipped.unread.slice(0, 5).join(', ')}${skipped.unread.length > 5 ? ', ...' : ''}`);
  return parts.length === 0 ? 'nothing skipped' : `skipped ${parts.join('; ')}`;
}
