import { compactProgressPath, readCompactProgress } from '../domain/progress/compact-progress';
import { ProgressFileContext, ProgressFileResult } from '../domain/progress/parse-progress-file';
import { YAML_LIMITS } from '../domain/yaml-limits';
import { bytesSha256Hex } from './text-digest';
import { TextSource } from './text-source';

/**
 * Below this size the progress text is read as it is: its parse takes less than asking for a
 * compact form and proving the bytes (and a deployment of a few teams writes none: no request
 * the server must answer with a 404).
 */
export const COMPACT_MIN_BYTES = 1 << 20;

/** How main.ts reads the progress file (see `compactProgressRead`). */
export interface CompactProgressRead {
  /** Starts fetching a data file as bytes, and the compact form beside it once it proves large. */
  prefetch(path: string): void;
  /** The progress file's read from its compact form, or undefined: the text is read instead. */
  read(path: string, ctx: ProgressFileContext): Promise<ProgressFileResult | undefined>;
}

/**
 * The read of the progress file at `path` from the compact form served beside it
 * (domain/progress/compact-progress.ts), written when the files were deployed (`dsomm compact`),
 * where it is of the very bytes served now (their SHA-256) and the text's read would not warn;
 * undefined otherwise, and then the text is read as without it: no compact form, a stale or corrupt
 * one, a copy read offline, a file too small to gain or too large to read. `source` must hold what
 * it fetched (memoizedSource): the bytes are fetched once, and decoded only if the text is read.
 */
export function compactProgressRead(source: TextSource, minBytes = COMPACT_MIN_BYTES): CompactProgressRead {
  /** The file's bytes when they may have a compact form. */
  const large = async (path: string) => {
    if (source.fetchBytes === undefined) return undefined;
    let offline = false;
    const bytes = await source.fetchBytes(path, () => (offline = true));
    // A copy read offline is noted as such by the text's read; over the characters' limit it refuses it.
    return offline || bytes.byteLength < minBytes || bytes.byteLength > YAML_LIMITS.maxChars ? undefined : bytes;
  };
  return {
    prefetch(path) {
      // The compact form is asked for as soon as the file proves large, while the model is read.
      void large(path)
        .then((bytes) => bytes && source.fetchText(compactProgressPath(path)))
        .catch(() => undefined);
    },
    async read(path, ctx) {
      try {
        const bytes = await large(path);
        if (bytes === undefined) return undefined;
        const compact: unknown = JSON.parse(await source.fetchText(compactProgressPath(path)));
        const sha256 = await bytesSha256Hex(bytes);
        return sha256 === undefined ? undefined : readCompactProgress(compact, sha256, ctx);
      } catch {
        return undefined;
      }
    },
  };
}
