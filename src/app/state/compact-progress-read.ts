import {
  COMPACT_BLOCK_BYTES,
  CompactProof,
  compactProgressPath,
  compactProof,
  readCompactProgress,
} from '../domain/progress/compact-progress';
import { ProgressFileContext, ProgressFileResult } from '../domain/progress/parse-progress-file';
import { bytesSha256Hex } from './text-digest';
import { ArrivingBytes, TextSource } from './text-source';

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
 * where it is of the very bytes served now (their length and each block's SHA-256) and the text's
 * read would not warn; undefined otherwise, and then the text is read as without it: no compact
 * form, a stale or corrupt one, a copy read offline, a file too small to gain (less than a block,
 * 1 MiB: its parse takes less than asking for a compact form, and a deployment of a few teams
 * writes none, so no request the server must answer with a 404) or too large to read (the bytes'
 * intake refuses those as they arrive, by the rule the text's read is held to: text-source.ts
 * `limitedChunks`). `source` must hold what it fetched (memoizedSource): the bytes are fetched
 * once, and decoded only if the text is read.
 *
 * The form is asked for as soon as the file's first block has arrived. Once it has arrived and been
 * read, each block is digested (those in already at once, the rest as they arrive; no copy of the
 * whole file for WebCrypto), and the read is given only once the last block has arrived and every
 * digest matched. Digesting earlier gains nothing: WebCrypto hashes inside the call, on the main
 * thread (about 5 ms for 7.7 MB), so no order overlaps it with anything, and digesting before the
 * form is there cost a deployment without one 14-16 ms (docs/performance-log.md, session 20).
 */
export function compactProgressRead(source: TextSource): CompactProgressRead {
  /** The file's bytes as they arrive, and whether its first block proved it large enough. */
  const arriving = (path: string) => {
    if (source.fetchBlocks === undefined) return undefined;
    let offline = false;
    const bytes = source.fetchBlocks(path, () => (offline = true));
    const large = bytes.block(0).then((first) => first?.byteLength === COMPACT_BLOCK_BYTES);
    return { bytes, large, offline: () => offline };
  };
  return {
    prefetch(path) {
      const file = arriving(path);
      void file?.large
        .then((large) => (large ? source.fetchText(compactProgressPath(path)) : undefined))
        .catch(() => undefined);
    },
    async read(path, ctx) {
      try {
        const file = arriving(path);
        if (file === undefined || !(await file.large)) return undefined;
        const compact: unknown = JSON.parse(await source.fetchText(compactProgressPath(path)));
        const proof = compactProof(compact);
        if (proof === undefined) return undefined;
        const proving = proven(file.bytes, proof);
        proving.catch(() => undefined);
        const read = readCompactProgress(compact, ctx);
        // A copy read offline is noted as such by the text's read.
        return read !== undefined && (await proving) && !file.offline() ? read : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Whether the bytes are those `proof` describes: each block's SHA-256, and their number and length.
 * False at the first block that differs.
 */
async function proven(bytes: ArrivingBytes, proof: CompactProof): Promise<boolean> {
  let size = 0;
  for (let index = 0; ; index++) {
    const block = await bytes.block(index);
    if (block === undefined) break;
    if (index >= proof.blocks.length || (await bytesSha256Hex(block)) !== proof.blocks[index]) return false;
    size += block.byteLength;
  }
  // The blocks handed on are the body's; `blocks` is what was read in the end (a saved copy, offline).
  const blocks = await bytes.blocks;
  return size === proof.size && blocks.length === proof.blocks.length;
}
