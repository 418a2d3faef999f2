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

/** A file named in a YAML file: its root-relative path, or why it is not read. */
export type FileReference =
  { readonly path: string; readonly refused?: never } | { readonly path?: never; readonly refused: string };

/** What the reason of a refused reference is followed by. */
const ONLY_HERE =
  'Only files in the folder of meta.yaml and below are read, named by a relative path such as default/model.yaml.';

/** Why a reference, as written, could reach past the YAML root, or undefined if it cannot. */
function refusal(written: string, path: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(written)) return 'it contains a tab, a line break or another control character';
  if (written.includes('\\')) return 'it contains a backslash, which browsers read as / (\\\\host is another server)';
  if (/^\s*\/\//.test(written)) return 'it starts with //, which names another server';
  if (/^\s*[a-z][a-z\d+.-]*:/i.test(written) || path.split('/')[0].includes(':')) return 'it is an address (URL)';
  // The URL parser drops leading spaces: ` /x` would be the site's root.
  if (path === '..' || path.startsWith('../') || /^\s/.test(path)) return 'it leads out of the folder of meta.yaml';
  if (/(^|\/)(\.|%2e)*%2e(\.|%2e)*(\/|$)/i.test(path)) return 'it writes a dot folder (. or ..) as %2e';
  return undefined;
}

/**
 * Resolves a file named in `referrer` (see `resolvePath`), refusing one that is not a file of this
 * deployment: an address of another site (`https://...`, `//host/...`, `\\host\...`, which the
 * browser's URL parser all reads as other servers, also with tabs inside), or a path climbing out of
 * the YAML root. The message starts with `what` (e.g. `teamProgressFile`) and the reference `as`
 * written (e.g. a `$ref` with its pointer).
 */
export function resolveFile(referrer: string, written: string, what: string, as = written): FileReference {
  const path = resolvePath(referrer, written);
  const why = refusal(written, path);
  if (why === undefined) return { path };
  // eslint-disable-next-line no-control-regex
  const shown = as.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { refused: `${what} '${shown}' is not read: ${why}. ${ONLY_HERE}` };
}

/**
 * The address of `path` (relative to the YAML root at `base`, an absolute URL), if it is on the
 * same origin as `base`: what a fetch of a served file checks last, whatever the loader let through.
 */
export function sameOriginUrl(base: string, path: string): string | undefined {
  try {
    const url = new URL(path, base);
    return url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** path (relative to the YAML root, e.g. 'meta.yaml', 'default/model.yaml') -> file text */
export type SourceFiles = Readonly<Record<string, string>>;

/** The text of a file, if present (guards against inherited keys such as `constructor`). */
export function fileText(files: SourceFiles, path: string): string | undefined {
  return Object.hasOwn(files, path) ? files[path] : undefined;
}
