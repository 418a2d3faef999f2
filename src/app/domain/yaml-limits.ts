import { sizeLabel } from './common/size-label';

/**
 * The limits every YAML file the app and the CLI read is held to: served files, custom activity
 * files (added, restored from a backup, read from storage), imports. They are far above what real
 * DSOMM files need (the bundled model is ~600 kB and 8 levels deep, a progress file of 1,000 teams
 * ~15 MB) and far below what would freeze a browser tab or overflow a call stack.
 */
export const YAML_LIMITS = {
  /**
   * Characters of text: 50 Mi. A character is at least a byte, so this refuses no file the
   * 50 MiB byte limit of imports lets through (see MAX_IMPORT_BYTES).
   */
  maxChars: 50 * 1024 * 1024,
  /** Levels of nesting, aliases followed; DSOMM files need fewer than 10. */
  maxDepth: 64,
  /**
   * Nodes (values and keys) a file may stand for beyond one per character of its text. Without
   * aliases a node takes at least about one character, so only aliases ("YAML bombs": nine lines
   * of `&a [*b, *b, ...]` stand for a billion items) go beyond this.
   */
  aliasSlack: 10_000,
} as const;

/** A limit was exceeded while parsing, at a 1-based line when known. */
export class YamlLimitError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Why a file over YAML_LIMITS.maxChars is not read (also said of a served file as it arrives). */
export function tooLargeMessage(): string {
  return (
    `The file holds more than ${sizeLabel(YAML_LIMITS.maxChars)} of text, the most the app reads. ` +
    'DSOMM files are far smaller: check that this is the file you meant.'
  );
}

export function depthMessage(): string {
  return (
    `The file is nested more than ${YAML_LIMITS.maxDepth} levels deep; it is not read. ` +
    'DSOMM files need fewer than 10 levels.'
  );
}

export const BOMB_MESSAGE =
  'The file uses YAML aliases (*name) that expand to far more data than the file holds (a "YAML bomb"); ' +
  'it is not read. DSOMM files do not need aliases: write the values out.';

/** What the listener reads of js-yaml's parser state (`depth` is missing from its typings). */
export interface ParseState {
  readonly result: unknown;
  /** 0-based. */
  readonly line: number;
  /** Nesting of the node being completed: 1 for a document's root. */
  readonly depth: number;
}

interface Measure {
  readonly nodes: number;
  readonly depth: number;
}

/**
 * A js-yaml `listener` that measures every collection as it is completed: how many nodes it stands
 * for with its aliases expanded, and how deep it goes. js-yaml shares an aliased node rather than
 * copying it, so parsing a bomb is cheap, but anything walking the result (a reader, deepFreeze,
 * JSON.stringify, IndexedDB) would take hours or overflow the stack. Each collection is measured
 * once, from its children's measures, so this is linear in the text; a limit is hit while parsing,
 * at the line where the expansion happens, long before the expansion itself.
 */
export function limitListener(textLength: number): (event: 'open' | 'close', state: ParseState) => void {
  const budget = textLength + YAML_LIMITS.aliasSlack;
  const measured = new WeakMap<object, Measure>();
  let total = 0;

  const measure = (value: object, line: number, level = 0): Measure => {
    const known = measured.get(value);
    if (known) return known;
    if (level > YAML_LIMITS.maxDepth) throw new YamlLimitError(depthMessage(), line);
    let nodes = 1;
    let depth = 0;
    const add = (child: unknown, extra: number) => {
      if (typeof child === 'object' && child !== null) {
        const m = measure(child, line, level + 1);
        nodes += m.nodes + extra;
        if (m.depth > depth) depth = m.depth;
      } else nodes += 1 + extra;
    };
    if (Array.isArray(value)) for (const item of value) add(item, 0);
    else for (const child of Object.values(value)) add(child, 1);
    const result = { nodes, depth: depth + 1 };
    if (result.nodes > budget) throw new YamlLimitError(BOMB_MESSAGE, line);
    if (result.depth > YAML_LIMITS.maxDepth) throw new YamlLimitError(depthMessage(), line);
    measured.set(value, result);
    return result;
  };

  return (event, state) => {
    if (event !== 'close') return;
    const value = state.result;
    const nodes = typeof value === 'object' && value !== null ? measure(value, state.line + 1).nodes : 1;
    // The root of a document: a stream of many documents is held to the budget as a whole.
    if (state.depth === 1 && (total += nodes) > budget) throw new YamlLimitError(BOMB_MESSAGE, state.line + 1);
  };
}
