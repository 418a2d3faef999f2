/**
 * File paths inside the YAML root (the folder that holds meta.yaml, e.g. `assets/YAML`). Every path
 * the loader hands out is normalised and relative to that root, so the state layer can fetch it as is
 * and use it as the key of `SourceFiles`.
 */

/** The folder part of a root-relative path, with a trailing slash ('' for the root itself). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/**
 * Resolves `target` as written in `referrer` (both root-relative) and normalises `./`, `../` and
 * doubled slashes. A leading `/` means the YAML root, not the web server's root, because the app may
 * be served under any base href. `..` above the root is kept: the fetch may still succeed.
 */
export function resolvePath(referrer: string, target: string): string {
  const joined = target.startsWith('/') ? target : folderOf(referrer) + target;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** path (relative to the YAML root, e.g. 'meta.yaml', 'default/model.yaml') -> file text */
export type SourceFiles = Readonly<Record<string, string>>;

/** The text of a file, if present (guards against inherited keys such as `constructor`). */
export function fileText(files: SourceFiles, path: string): string | undefined {
  return Object.hasOwn(files, path) ? files[path] : undefined;
}
