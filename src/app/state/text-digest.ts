import { DigestedText, TextSource } from './text-source';

/**
 * SHA-256 of the text's UTF-8 bytes, hex, by WebCrypto (Chromium 156 digests on the main thread);
 * undefined where it is not available: `crypto.subtle` exists only in secure contexts, and a page
 * served over plain HTTP from a host other than localhost has none.
 */
export function sha256Hex(
  text: string,
  crypto: { readonly subtle?: SubtleCrypto } | undefined = globalThis.crypto,
): Promise<string | undefined> {
  return bytesSha256Hex(utf8(text), crypto);
}

/** SHA-256 of `bytes`, hex, as `sha256Hex`. */
export async function bytesSha256Hex(
  bytes: Uint8Array<ArrayBuffer>,
  crypto: { readonly subtle?: SubtleCrypto } | undefined = globalThis.crypto,
): Promise<string | undefined> {
  const subtle = crypto?.subtle;
  if (subtle === undefined) return undefined;
  try {
    const digest = await subtle.digest('SHA-256', bytes);
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/**
 * The text of a file's bytes as the browser decodes a response (UTF-8, a byte order mark dropped,
 * malformed bytes replaced), with the SHA-256 of those bytes.
 */
export async function digestedText(
  bytes: Uint8Array<ArrayBuffer>,
  crypto: { readonly subtle?: SubtleCrypto } | undefined = globalThis.crypto,
): Promise<DigestedText> {
  const sha256 = await bytesSha256Hex(bytes, crypto);
  return { text: new TextDecoder().decode(bytes), sha256 };
}

/**
 * The text's UTF-8 bytes, as `TextEncoder.encode` gives them, written into a buffer by `encodeInto`:
 * `encode` took 2 to 9 ms of the main thread for the 600 kB model in a cold page, `encodeInto` about
 * 1 ms. The buffer has a byte per code unit, as for ASCII; the rest of a text beyond goes to a
 * second one with room for 3 bytes a code unit, the most one takes (a pair takes 4 for its 2).
 */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const ascii = new Uint8Array(text.length);
  const { read, written } = encoder.encodeInto(text, ascii);
  if (read === text.length) return ascii.subarray(0, written);
  const bytes = new Uint8Array(written + (text.length - read) * 3);
  bytes.set(ascii.subarray(0, written));
  // encodeInto stops before a character that does not fit whole: `read` is never inside a pair.
  const rest = encoder.encodeInto(text.slice(read), bytes.subarray(written));
  return bytes.subarray(0, written + rest.written);
}

/** A source that takes the SHA-256 of one file's text as it arrives (see `digestingSource`). */
export interface DigestingSource {
  readonly source: TextSource;
  /** The SHA-256 of `text` when it is the text of the file this source digests; else undefined. */
  digestOf(text: string): string | undefined;
}

/**
 * `source`, which also takes the SHA-256 of `file` as it arrives, before handing its text on, so
 * that whoever reads the text can have its digest at once (`digestOf`): of the bytes the text was
 * decoded from where the source has them (`fetchDigested`), else of the text's UTF-8 bytes; the two
 * are the same for a file in UTF-8 without a byte order mark (scripts/model-snapshot.mjs checks the
 * bundled model is). The digest is given only for that very text: any other text gets none.
 */
export function digestingSource(source: TextSource, file: string | undefined): DigestingSource {
  let digested: DigestedText | undefined;
  const read = async (path: string, offlineCopy?: () => void): Promise<DigestedText> => {
    if (source.fetchDigested) return source.fetchDigested(path, offlineCopy);
    const text = await source.fetchText(path, offlineCopy);
    return { text, sha256: digested?.text === text ? digested.sha256 : await sha256Hex(text) };
  };
  return {
    source: {
      url: (path) => source.url(path),
      ...(source.fetchBlocks && { fetchBlocks: source.fetchBlocks.bind(source) }),
      async fetchText(path, offlineCopy) {
        if (path !== file) return source.fetchText(path, offlineCopy);
        const got = await read(path, offlineCopy);
        if (got.sha256 !== undefined) digested = got;
        return got.text;
      },
    },
    // The same string (usually the same object, which compares at once) or none.
    digestOf: (text) => (digested !== undefined && digested.text === text ? digested.sha256 : undefined),
  };
}
