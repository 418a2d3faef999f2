/**
 * The few host APIs the domain may use beyond ECMAScript, for tsconfig.domain.json only (the app
 * and the CLI get the full declarations from lib.dom and @types/node). Each is a WHATWG standard
 * that browsers and Node (the CLI's host) both provide with the same behaviour, so using it keeps
 * the domain framework-free and host-free; passing them in would add parameters and change nothing.
 * Add one here only under the same test: present and identical in both hosts, and no window, DOM,
 * storage, network or clock (time is passed in).
 */

/** Drops a per-text cache once the current task is done (common/key-lines.ts). */
declare function queueMicrotask(callback: () => void): void;

/** Decodes an imported file's bytes as UTF-8/UTF-16 (transfer/import-text.ts). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

/** Resolves a served file's path against the YAML root to check its origin (loading/paths.ts). */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly origin: string;
}
