/**
 * Folders a scan does not walk into: version control data, and dependencies or tools vendored or
 * downloaded into the checkout. Their CI files and Dockerfiles are other projects', not this one's.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'third_party',
  'third-party',
  'thirdparty',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.gradle',
  '.m2',
  '.terraform',
  '.terragrunt-cache',
  'Pods',
  'Carthage',
  '.bundle',
  '.yarn',
  '.pnpm-store',
  '.cache',
  '.next',
  '.nuxt',
  '.angular',
]);

/** File names the scan passes over as binary by their extension (images, archives, builds, media). */
export const BINARY_EXTENSION =
  /\.(png|jpe?g|gif|bmp|ico|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|7z|rar|tar|jar|war|ear|class|so|dll|dylib|exe|bin|o|a|lib|obj|pyc|pyo|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|mkv|webm|wav|flac|ogg|sqlite|db|iso|dmg|msi|deb|rpm|apk|aab|ipa|npy|parquet|pkl)$/i;

/** A file the scan reads is a CI file, a Dockerfile or a config file: none is anywhere near this. */
export const MAX_SCAN_READ_BYTES = 1024 * 1024;

/**
 * The text of a file the scanner asked for, or why it is not read: larger than
 * MAX_SCAN_READ_BYTES, or binary (a NUL in its first 8,000 bytes, as Git decides).
 */
export function scannedText(bytes: Uint8Array): string | 'large' | 'binary' {
  if (bytes.byteLength > MAX_SCAN_READ_BYTES) return 'large';
  if (bytes.subarray(0, 8000).includes(0)) return 'binary';
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
