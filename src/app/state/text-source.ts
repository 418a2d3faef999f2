import { sameOriginUrl } from '../domain/loading/paths';
import { COMPACT_BLOCK_BYTES } from '../domain/progress/compact-progress';
import { tooLargeMessage, YAML_LIMITS } from '../domain/yaml-limits';
import { bytesSha256Hex, digestedText } from './text-digest';

/** A served file that could not be fetched: `status` 0 is a network error, or `why` says. */
export class FetchError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    why?: string,
    /** The file is larger than any file the app reads: refused while it arrived, `why` says so. */
    readonly tooLarge = false,
  ) {
    super(why ?? (status ? `HTTP ${status}` : 'network error'));
  }
}

/** Where the served DSOMM files come from: `path` is relative to the assets/YAML/ folder. */
export interface TextSource {
  url(path: string): string;
  /** `offlineCopy` is called when the text is this browser's saved copy, the server not answering. */
  fetchText(path: string, offlineCopy?: () => void): Promise<string>;
  /**
   * The text with the SHA-256 of the bytes it was decoded from, where the source has them (see
   * `DigestedText`); a source without it is asked `fetchText` and the text digested.
   */
  fetchDigested?(path: string, offlineCopy?: () => void): Promise<DigestedText>;
  /**
   * The body's bytes, not decoded (held to the size limit as they arrive), in blocks handed on as
   * they arrive, where the source has them: main.ts proves a large progress file against its
   * compact form block by block without making its text.
   */
  fetchBlocks?(path: string, offlineCopy?: () => void): ArrivingBytes;
}

/**
 * A body's bytes in blocks of `COMPACT_BLOCK_BYTES` (the last one shorter), each to be had as soon
 * as it has arrived whole.
 */
export interface ArrivingBytes {
  /**
   * Block `index` once it has arrived whole, or the last, shorter one once the body has ended;
   * undefined past the end. Rejected as the fetch fails. Where the body broke off and a saved copy
   * was read instead, the blocks handed on before were the broken body's: `blocks` says so (the
   * offline copy is told).
   */
  block(index: number): Promise<Uint8Array<ArrayBuffer> | undefined>;
  /** Every block, once the body has ended. */
  readonly blocks: Promise<readonly Uint8Array<ArrayBuffer>[]>;
}

/**
 * A file's text and the SHA-256 (hex) of the bytes it was decoded from; undefined without WebCrypto.
 * Equal bytes decode to equal texts, so the digest proves the text without encoding it again
 * (`TextEncoder.encodeInto` took 5 to 16 ms of a cold start for the 600 kB model).
 */
export interface DigestedText {
  readonly text: string;
  readonly sha256: string | undefined;
}

/**
 * How long a served file may stay silent (no headers, or no bytes of its body) before the copy the
 * service worker saved is used instead: a server that accepts the connection and never answers left
 * a spinner for minutes. A limit on silence, not on the whole transfer: 10,000 teams' progress
 * (51 MB) still arriving after 10 s on a loaded machine was taken for a hung server.
 */
export const SERVED_FILE_TIMEOUT_MS = 10_000;

/**
 * The served files under `base` over HTTP. Framework-free, so main.ts (which runs before Angular)
 * fetches exactly as the app does. A file of which nothing arrives for `timeoutMs` (no headers, or
 * no more of its body) is read from the service worker's cache when it holds one (see
 * public/sw.js), and the caller is told; otherwise it fails as not answering. A file that keeps
 * arriving is waited for, however long it takes.
 */
export function httpSource(base: string, timeoutMs = SERVED_FILE_TIMEOUT_MS): TextSource {
  const url = (path: string) => new URL(path, base).href;
  const text: BodyReader<string> = { body: limitedText, saved: (response) => response.text() };
  return {
    url,
    fetchText: (path, offlineCopy) => fetchBody(path, offlineCopy, text),
    fetchDigested: (path, offlineCopy) => fetchBody(path, offlineCopy, DIGESTED),
    fetchBlocks(path, offlineCopy) {
      const intake = new BlockIntake();
      const blocks = fetchBody(path, offlineCopy, {
        body: async (response, path, heard) => {
          // A body that has arrived already (preloaded) is read in one run of microtasks: a task
          // after each block lets what it started go out meanwhile (the compact form's request
          // waited for the whole 7.7 MB of 1,000 teams).
          await limitedChunks(response, path, heard, {
            take: (chunk) => (intake.add(chunk) ? nextTask() : undefined),
            taken: () => intake.taken(),
          });
          return intake.end();
        },
        saved: async (response) => intake.replaced(new Uint8Array(await response.arrayBuffer())),
      });
      blocks.catch((error: unknown) => intake.fail(error));
      return { block: (index) => intake.block(index), blocks };
    },
  };

  /** The file `path` as `reader` reads its body (or the saved copy's), with the fallbacks below. */
  async function fetchBody<T>(path: string, offlineCopy: (() => void) | undefined, reader: BodyReader<T>): Promise<T> {
    // The loader refuses such paths already; this is the last guard of "nothing from another site".
    const address = sameOriginUrl(base, path);
    if (address === undefined) throw new FetchError(path, 0, 'refused: not a file of this site');
    const controller = new AbortController();
    let timer = setTimeout(() => controller.abort(), timeoutMs);
    const heard = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), timeoutMs);
    };
    // The saved copy, for silence, or for a body that broke off (the service worker hands the
    // body over as it arrives, so it no longer falls back for it); not for a refusal.
    const fallBack = async (error: FetchError, bodyBroke = false): Promise<T> => {
      const silent = controller.signal.aborted;
      if (!silent && !bodyBroke) throw error;
      const saved = await savedCopy(address, reader.saved);
      if (saved === undefined)
        throw silent ? new FetchError(path, 0, `nothing arrived for ${timeoutMs / 1000} s`) : error;
      offlineCopy?.();
      return saved;
    };
    try {
      let response: Response;
      try {
        // no-cache: a replaced file must show on the next visit, not after a cache expires.
        // redirect 'error': a redirect (to another site or not) fails rather than being followed.
        // cors and same-origin credentials are what index.html's <link rel=preload crossorigin>
        // requests with: Chromium hands the preloaded response over only when both match (with
        // mode 'same-origin' each file was downloaded twice on every start).
        response = await fetch(address, {
          cache: 'no-cache',
          mode: 'cors',
          credentials: 'same-origin',
          redirect: 'error',
          signal: controller.signal,
        });
      } catch {
        return await fallBack(new FetchError(path, 0));
      }
      if (!response.ok) throw new FetchError(path, response.status);
      heard();
      try {
        return await reader.body(response, path, heard);
      } catch (error) {
        if (error instanceof FetchError) throw error;
        return await fallBack(new FetchError(path, 0), true);
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

/** How a response's body is read: as it arrives (limited), or the service worker's saved copy. */
interface BodyReader<T> {
  body(response: Response, path: string, heard: () => void): Promise<T>;
  saved(response: Response): Promise<T>;
}

const DIGESTED: BodyReader<DigestedText> = {
  body: limitedDigested,
  saved: async (response) => digestedText(new Uint8Array(await response.arrayBuffer())),
};

/**
 * The body as text, refused as soon as it holds more than any file the app reads: a 500 MB
 * progress file (100,000 teams) was read whole into a string before its size was checked, and the
 * tab hung for minutes. Each chunk of bytes is decoded as it is read, by one decoder that carries a
 * character split between chunks over: through `pipeThrough(new TextDecoderStream())` the 7.7 MB of
 * 1,000 teams' progress took twice the time (a stream hop and its promises per chunk).
 */
async function limitedText(response: Response, path: string, heard: () => void): Promise<string> {
  if (response.body === null) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let chars = 0;
  for (;;) {
    const { done, value } = await reader.read();
    heard();
    const part = done ? decoder.decode() : decoder.decode(value, { stream: true });
    chars += part.length;
    if (chars > YAML_LIMITS.maxChars) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(path);
    }
    parts.push(part);
    if (done) return parts.join('');
  }
}

/**
 * The body's bytes, digested and then decoded in one piece: the text limitedText gives, with the
 * SHA-256 of its bytes (see `limitedChunks` for the size limit).
 */
async function limitedDigested(response: Response, path: string, heard: () => void): Promise<DigestedText> {
  const bytes = await limitedBytes(response, path, heard);
  return { text: decodedText(bytes, path), sha256: await bytesSha256Hex(bytes) };
}

/** The body's bytes, refused as soon as they are more than limitedText takes (see `limitedChunks`). */
async function limitedBytes(response: Response, path: string, heard: () => void): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  const size = await limitedChunks(response, path, heard, { take: (chunk) => chunks.push(chunk), taken: () => chunks });
  return joinedBytes(chunks, size);
}

/** Where limitedChunks hands a body's chunks, and can count again what it took. */
interface ChunkIntake {
  take(chunk: Uint8Array): Promise<void> | unknown;
  /** Every byte taken so far, in order. */
  taken(): Iterable<Uint8Array>;
}

/**
 * The body's chunks as they arrive, each given to `intake`; the bytes' number. Refused, as soon as
 * it arrives, where the text it decodes to would be refused (more than the characters' limit in
 * UTF-16 units, as limitedText and decodedText count them): the one size rule of a served file, so
 * whatever is made of bytes taken in whole (the compact form's read) is of a text the app reads.
 * The characters are counted only once the bytes are past the limit (below it they cannot decode
 * to more), from the intake's own copy: no chunk is kept here (at 100,000 teams the chunks and
 * their copies in blocks were 100 MB until the refusal).
 */
async function limitedChunks(
  response: Response,
  path: string,
  heard: () => void,
  intake: ChunkIntake,
): Promise<number> {
  if (response.body === null) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > YAML_LIMITS.maxChars) new DecodedLength(path).add([bytes]).end();
    await intake.take(bytes);
    return bytes.byteLength;
  }
  const reader = response.body.getReader();
  let size = 0;
  let length: DecodedLength | undefined;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      heard();
      if (done) break;
      size += value.byteLength;
      const taken = intake.take(value);
      if (taken instanceof Promise) await taken;
      if (length) length.add([value]);
      else if (size > YAML_LIMITS.maxChars) length = new DecodedLength(path).add(intake.taken());
    }
    length?.end();
  } catch (error) {
    if (error instanceof FetchError) void reader.cancel().catch(() => undefined);
    throw error;
  }
  return size;
}

/**
 * The UTF-16 length of the text bytes decode to, as `decodedText` decodes them (a byte order mark
 * dropped, one replacement character for each malformed sequence), each piece decoded and dropped:
 * refused (`tooLarge`) as soon as it is past the characters' limit.
 */
class DecodedLength {
  private readonly decoder = new TextDecoder();
  private units = 0;

  constructor(private readonly path: string) {}

  add(parts: Iterable<Uint8Array>): this {
    for (const part of parts) this.counted(this.decoder.decode(part, { stream: true }).length);
    return this;
  }

  /** The bytes have ended: a sequence they broke off in counts as one character. */
  end(): void {
    this.counted(this.decoder.decode().length);
  }

  private counted(units: number): void {
    this.units += units;
    if (this.units > YAML_LIMITS.maxChars) throw tooLarge(this.path);
  }
}

/** Why a served file is not read: its text is longer than any file the app reads. */
function tooLarge(path: string): FetchError {
  return new FetchError(path, 0, tooLargeMessage(), true);
}

/** The text of a file's bytes as the browser decodes a response, refused beyond the characters' limit. */
export function decodedText(bytes: Uint8Array<ArrayBuffer>, path: string): string {
  const text = new TextDecoder().decode(bytes);
  if (text.length > YAML_LIMITS.maxChars) throw tooLarge(path);
  return text;
}

/** The text of a file's bytes in blocks (`ArrivingBytes`), as `decodedText` decodes them in one piece. */
export function decodedBlocks(blocks: readonly Uint8Array<ArrayBuffer>[], path: string): string {
  if (blocks.length === 1) return decodedText(blocks[0], path);
  // One decoder carries a character split between blocks over.
  const decoder = new TextDecoder();
  const text = blocks.map((block, i) => decoder.decode(block, { stream: i < blocks.length - 1 })).join('');
  if (text.length > YAML_LIMITS.maxChars) throw tooLarge(path);
  return text;
}

/**
 * A body's bytes gathered into blocks of `COMPACT_BLOCK_BYTES` as its chunks arrive (see
 * `ArrivingBytes`): each chunk is copied into its block once, the blocks are the only copy (no
 * join at the end), and a block is handed on as soon as it is full.
 */
class BlockIntake {
  private full: Uint8Array<ArrayBuffer>[] = [];
  private current: Uint8Array<ArrayBuffer> | undefined;
  private filled = 0;
  private ended: readonly Uint8Array<ArrayBuffer>[] | undefined;
  private failed: { readonly error: unknown } | undefined;
  private waiting: (() => void)[] = [];

  /** Takes the chunk in; true if that completed a block. */
  add(chunk: Uint8Array): boolean {
    const before = this.full.length;
    for (let at = 0; at < chunk.byteLength;) {
      this.current ??= new Uint8Array(COMPACT_BLOCK_BYTES);
      const taken = Math.min(chunk.byteLength - at, COMPACT_BLOCK_BYTES - this.filled);
      this.current.set(chunk.subarray(at, at + taken), this.filled);
      [this.filled, at] = [this.filled + taken, at + taken];
      if (this.filled === COMPACT_BLOCK_BYTES) {
        this.full.push(this.current);
        [this.current, this.filled] = [undefined, 0];
        this.wake();
      }
    }
    return this.full.length > before;
  }

  /** The bytes taken in so far, in order. */
  taken(): Uint8Array[] {
    return this.current ? [...this.full, this.current.subarray(0, this.filled)] : [...this.full];
  }

  /** The body has ended: its blocks, the last one shorter. */
  end(): readonly Uint8Array<ArrayBuffer>[] {
    const last = this.current?.subarray(0, this.filled);
    return this.settled(last && last.byteLength > 0 ? [...this.full, last] : this.full);
  }

  /** A saved copy's bytes in place of the body's, which broke off or never came. */
  replaced(bytes: Uint8Array<ArrayBuffer>): readonly Uint8Array<ArrayBuffer>[] {
    const blocks: Uint8Array<ArrayBuffer>[] = [];
    for (let at = 0; at < bytes.byteLength; at += COMPACT_BLOCK_BYTES)
      blocks.push(bytes.subarray(at, at + COMPACT_BLOCK_BYTES));
    return this.settled(blocks);
  }

  fail(error: unknown): void {
    this.failed = { error };
    this.wake();
  }

  async block(index: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
    for (;;) {
      if (this.failed) throw this.failed.error;
      if (this.ended) return this.ended[index];
      if (index < this.full.length) return this.full[index];
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private settled(blocks: readonly Uint8Array<ArrayBuffer>[]): readonly Uint8Array<ArrayBuffer>[] {
    this.ended = blocks;
    [this.full, this.current] = [[], undefined];
    this.wake();
    return blocks;
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/** A promise kept in a task of its own, after what is queued. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** The chunks as one array (the first itself when it is the only one). */
function joinedBytes(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1 && chunks[0].buffer instanceof ArrayBuffer) return chunks[0] as Uint8Array<ArrayBuffer>;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The copy of `address` the service worker keeps (public/sw.js caches the YAML files); none without one. */
async function savedCopy<T>(address: string, read: (response: Response) => Promise<T>): Promise<T | undefined> {
  try {
    const hit = typeof caches === 'undefined' ? undefined : await caches.match(address);
    return hit?.ok ? await read(hit) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `source`, asked for each file once: later asks get the same text (or failure), and are told of a
 * saved copy as the first was. main.ts reads the served files twice (the start page's structure
 * first, then the whole model) from one download each. A file first asked for as bytes is decoded
 * only when its text is asked for, once.
 */
export function memoizedSource(source: TextSource): TextSource {
  const files = new Map<string, File>();
  /** The file's one read: digested, or bytes, when the first to ask wanted that (and the source has it). */
  const file = (path: string, wanted: 'text' | 'digested' | 'blocks'): File => {
    let entry = files.get(path);
    if (entry === undefined) {
      let offline = false;
      const told = () => (offline = true);
      let arriving: ArrivingBytes | undefined;
      let got: Promise<Omit<Held, 'offline'>>;
      if (wanted === 'blocks' && source.fetchBlocks) {
        arriving = source.fetchBlocks(path, told);
        got = arriving.blocks.then((blocks) => ({ blocks }));
      } else if (wanted !== 'text' && source.fetchDigested) got = source.fetchDigested(path, told);
      else got = source.fetchText(path, told).then((text) => ({ text, sha256: undefined }));
      entry = { arriving, held: got.then((held) => ({ ...held, offline })) };
      files.set(path, entry);
    }
    return entry;
  };
  const read = async (path: string, wanted: 'text' | 'digested', offlineCopy?: () => void) => {
    const held = await file(path, wanted).held;
    if (held.offline) offlineCopy?.();
    return held;
  };
  /** The text of what was read, decoded once from its bytes when those came first. */
  const textOf = (path: string, held: Held): string => {
    if (held.text === undefined) {
      held.text = decodedBlocks(held.blocks!, path);
      held.blocks = undefined;
    }
    return held.text;
  };
  return {
    url: (path) => source.url(path),
    fetchText: async (path, offlineCopy) => textOf(path, await read(path, 'text', offlineCopy)),
    async fetchDigested(path, offlineCopy) {
      const held = await read(path, 'digested', offlineCopy);
      return { text: textOf(path, held), sha256: held.sha256 };
    },
    fetchBlocks(path, offlineCopy) {
      const { arriving, held } = file(path, 'blocks');
      const blocks = held.then((got) => {
        if (got.offline) offlineCopy?.();
        if (arriving === undefined || got.blocks === undefined) throw new FetchError(path, 0, 'read as text already');
        return got.blocks;
      });
      // Whoever wants the blocks only as they arrive need not wait for the end: no unhandled failure.
      blocks.catch(() => undefined);
      return { block: (index) => arriving?.block(index) ?? blocks.then(() => undefined), blocks };
    },
  };
}

/** A file as memoizedSource fetches it: its bytes as they arrive, where it was asked for so first. */
interface File {
  readonly arriving?: ArrivingBytes;
  readonly held: Promise<Held>;
}

/** A file as memoizedSource holds it: its bytes until its text is asked for, or its text. */
interface Held {
  blocks?: readonly Uint8Array<ArrayBuffer>[];
  text?: string;
  readonly sha256?: string;
  readonly offline: boolean;
}
