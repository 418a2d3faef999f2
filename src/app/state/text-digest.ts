import { TextSource } from './text-source';

/**
 * SHA-256 of the text's UTF-8 bytes, hex, by WebCrypto (Chromium 156 digests on the main thread);
 * undefined where it is not available: `crypto.subtle` exists only in secure contexts, and a page
 * served over plain HTTP from a host other than localhost has none.
 */
export async function sha256Hex(
  text: string,
  crypto: { readonly subtle?: SubtleCrypto } | undefined = globalThis.crypto,
): Promise<string | undefined> {
  const subtle = crypto?.subtle;
  if (subtle === undefined) return undefined;
  try {
    const digest = await subtle.digest('SHA-256', utf8(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
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
 * `source`, which also takes the SHA-256 of `file`'s text as it arrives, before handing the text
 * on, so that whoever reads the text can have its digest at once (`digestOf`). The digest is given
 * only for that very text: any other text, e.g. a later download of the file, gets none.
 */
export function digestingSource(source: TextSource, file: string | undefined): DigestingSource {
  let digested: { readonly text: string; readonly sha256: string } | undefined;
  return {
    source: {
      url: (path) => source.url(path),
      async fetchText(path, offlineCopy) {
        const text = await source.fetchText(path, offlineCopy);
        if (path === file && digested?.text !== text) {
          const sha256 = await sha256Hex(text);
          if (sha256 !== undefined) digested = { text, sha256 };
        }
        return text;
      },
    },
    // The same string (usually the same object, which compares at once) or none.
    digestOf: (text) => (digested !== undefined && digested.text === text ? digested.sha256 : undefined),
  };
}
