import { mayBeTyped } from './yaml-schema';
import { YAML_LIMITS } from './yaml-limits';

/**
 * A fast reader for the plainest YAML there is: nested block maps, one `key:` or `key: value` a
 * line, keys and values plain words or single-quoted, comments on lines of their own or after a
 * key or value, and a key's map may be one line of such pairs in braces (`Team A: {Started:
 * 2026-01-10}`, the one-line layout the scale bench writes). That is how the app writes
 * team-progress.yaml (and most hand-edited copies look), and js-yaml takes several times as long on
 * 1,000 teams' progress (7.7 MB) before its JIT has warmed up. It reads the text one key at a time
 * (`next()`), giving exactly what `parseYaml` would, or stops (`undefined`) as soon as a line is
 * anything else (a list, a flow list, an empty or nested flow map, a double-quoted or multi-line
 * scalar, a typed plain scalar such as `true` or `12`, a tab, odd indentation, an anchor...): the
 * caller then reads the text with js-yaml, which also reports errors with their line. Duplicate keys are the caller's to find (js-yaml refuses them).
 */
export class BlockMapLines {
  /** Nesting of the current key: 0 for the keys of the root map, 1 for those of its maps... */
  depth = 0;
  key = '';
  /** The current key's scalar value; undefined when the line ends after the key (a map or null follows). */
  value: string | undefined = undefined;
  /** The current key's line, as read: the same object each time the same line recurs (see `note`). */
  line: PlainLine = BLANK;
  private at: number;
  /** The indentation of the keys of each open map, the root's first. */
  private readonly indents = [0];
  /** The last key had no value: lines indented further open its map. */
  private opens = false;
  /** The pairs of the last key's one-line map (`{a: b}`) not given yet, from `flowAt`, at `flowDepth`. */
  private flow: readonly PlainLine[] | undefined = undefined;
  private flowAt = 0;
  private flowDepth = 0;
  /**
   * Each line read, as read (null: one this reader does not take). A progress file is mostly the
   * same lines over and over (a team's name on every activity, `Started: 2026-01-10`...): a line
   * met before is one lookup rather than its characters read again.
   */
  private readonly lines = new Map<string, Line | null>();
  /** Names, titles and dates recur on many different lines: one copy of each (null: not taken). */
  private readonly scalars = new Map<string, string | null>();

  constructor(private readonly text: string) {
    // js-yaml drops a byte order mark; so does this reader.
    this.at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Moves to the next key: true, false at the end of the text, undefined at a line this reader does not take. */
  next(): boolean | undefined {
    const flow = this.flow;
    if (flow !== undefined) {
      const pair = flow[this.flowAt++];
      if (pair !== undefined) {
        this.depth = this.flowDepth;
        this.line = pair;
        this.key = pair.key!;
        this.value = pair.value;
        return true;
      }
      this.flow = undefined;
    }
    for (;;) {
      const line = this.nextLine();
      if (line === false) return false;
      if (line === null || line.key === undefined) return undefined;
      const { indent } = line;
      const indents = this.indents;
      if (this.opens) {
        this.opens = false;
        if (indent > indents[indents.length - 1]) {
          // Left to js-yaml, which stops at its depth limit; bounded well before it here.
          if (indents.length >= YAML_LIMITS.maxDepth) return undefined;
          indents.push(indent);
        }
      }
      while (indents.length > 1 && indents[indents.length - 1] > indent) indents.pop();
      if (indents[indents.length - 1] !== indent) return undefined;
      this.depth = indents.length - 1;
      this.line = line;
      this.key = line.key;
      this.value = line.value;
      this.opens = line.value === undefined && line.flow === undefined;
      if (line.flow !== undefined) {
        // Its pairs are one level deeper, as the lines of a block map under the key would be.
        if (indents.length >= YAML_LIMITS.maxDepth) return undefined;
        this.flow = line.flow;
        this.flowAt = 0;
        this.flowDepth = this.depth + 1;
      }
      return true;
    }
  }

  /**
   * The next line that is not blank or a comment: a `key:` or `key: value` line, or a list item
   * `- value` (`item`); false at the end of the text, null at a line this reader does not take.
   */
  nextLine(): PlainLine | null | false {
    const text = this.text;
    const length = text.length;
    if (length > YAML_LIMITS.maxChars) return null;
    for (;;) {
      const start = this.at;
      if (start >= length) return false;
      const eol = text.indexOf('\n', start);
      // A CR before the LF ends the line with it (CRLF); anywhere else it is left to js-yaml.
      const end = eol < 0 ? length : text.charCodeAt(eol - 1) === RETURN && eol > start ? eol - 1 : eol;
      this.at = eol < 0 ? length : eol + 1;
      const source = text.slice(start, end);
      let line = this.lines.get(source);
      if (line === undefined) {
        line = this.read(source);
        if (this.lines.size < MAX_LINES) this.lines.set(source, line);
      }
      if (line !== BLANK) return line;
    }
  }

  /** One line (without its line break), or null when it is not one this reader takes. */
  private read(line: string): Line | null {
    let at = 0;
    while (line.charCodeAt(at) === SPACE) at++;
    const indent = at;
    if (at === line.length) return BLANK;
    if (line.charCodeAt(at) === HASH) return printable(line.slice(at)) ? BLANK : null;
    if (line.charCodeAt(at) === DASH && line.charCodeAt(at + 1) === SPACE) {
      at += 2;
      while (line.charCodeAt(at) === SPACE) at++;
      const item = this.scalar(line, at, true);
      if (item === null || !restOfLine(line, item.end)) return null;
      return { indent, key: undefined, value: undefined, item: item.text, flow: undefined, note: undefined };
    }
    const key = this.scalar(line, at, false);
    if (key === null || key.text === '__proto__' || line.charCodeAt(key.end) !== COLON) return null;
    at = key.end + 1;
    if (restOfLine(line, at))
      return { indent, key: key.text, value: undefined, item: undefined, flow: undefined, note: undefined };
    if (line.charCodeAt(at) !== SPACE) return null;
    while (line.charCodeAt(at) === SPACE) at++;
    if (line.charCodeAt(at) === OPEN_BRACE) {
      const flow = this.flowMap(line, at + 1);
      if (flow === null || !restOfLine(line, flow.end)) return null;
      return { indent, key: key.text, value: undefined, item: undefined, flow: flow.pairs, note: undefined };
    }
    const value = this.scalar(line, at, true);
    if (value === null || !restOfLine(line, value.end)) return null;
    return { indent, key: key.text, value: value.text, item: undefined, flow: undefined, note: undefined };
  }

  /**
   * The pairs of a one-line flow map from after its `{` (`{a: b, c: d}`: scalars as in block maps,
   * a space after each colon) and where it ends, or null for anything else: an empty map (which
   * `next()` could not tell from a null), a nested collection, a trailing comma, a map over more
   * than one line.
   */
  private flowMap(line: string, at: number): { pairs: PlainLine[]; end: number } | null {
    const pairs: PlainLine[] = [];
    for (;;) {
      while (line.charCodeAt(at) === SPACE) at++;
      const key = this.scalar(line, at, false, true);
      if (key === null || key.text === '__proto__' || line.charCodeAt(key.end) !== COLON) return null;
      at = key.end + 1;
      if (line.charCodeAt(at) !== SPACE) return null;
      while (line.charCodeAt(at) === SPACE) at++;
      const value = this.scalar(line, at, true, true);
      if (value === null) return null;
      pairs.push({ indent: -1, key: key.text, value: value.text, item: undefined, flow: undefined, note: undefined });
      at = value.end;
      while (line.charCodeAt(at) === SPACE) at++;
      const next = line.charCodeAt(at++);
      if (next === CLOSE_BRACE) return { pairs, end: at };
      if (next !== COMMA) return null;
    }
  }

  /**
   * The scalar of `line` at `at` and where it ends, or null when it is not one this reader takes.
   * A plain value ends before spaces and a comment; a plain key must end at its colon. In a flow map
   * (`flow`) a comma ends a plain scalar too.
   */
  private scalar(line: string, at: number, value: boolean, flow = false): { text: string; end: number } | null {
    if (line.charCodeAt(at) === QUOTE) {
      let read = '';
      let chunk = ++at;
      for (;;) {
        const next = line.indexOf("'", at);
        if (next < 0) return null;
        if (line.charCodeAt(next + 1) === QUOTE) {
          read += line.slice(chunk, next + 1);
          at = chunk = next + 2;
          continue;
        }
        read += line.slice(chunk, next);
        const text = this.intern(`'${read}`, () => (printable(read) ? read : null));
        return text === null ? null : { text, end: next + 1 };
      }
    }
    const from = at;
    if (!isPlainStart(line.charCodeAt(at))) return null;
    while (isPlain(line.charCodeAt(at)) && !(flow && line.charCodeAt(at) === COMMA)) at++;
    let end = at;
    if (value) while (line.charCodeAt(end - 1) === SPACE) end--;
    else if (line.charCodeAt(end - 1) === SPACE) return null;
    const source = line.slice(from, end);
    const text = this.intern(source, () => (mayBeTyped(source) ? null : source));
    return text === null ? null : { text, end };
  }

  /** The scalar written as `written` (a quoted one with its opening quote), read once. */
  private intern(written: string, read: () => string | null): string | null {
    let text = this.scalars.get(written);
    if (text === undefined) {
      text = read();
      this.scalars.set(written, text);
    }
    return text;
  }
}

/**
 * The YAML of plain block maps and lists of scalars (see BlockMapLines: lines of `key:`,
 * `key: value` and `- value`, nothing else), exactly as js-yaml reads it; undefined for any other
 * text (a duplicate key, a list of maps, a flow collection, nothing but comments...), which is
 * then js-yaml's to read or to report with its line.
 */
export function readPlainYaml(text: string): { readonly value: unknown } | undefined {
  const lines = new BlockMapLines(text);
  /** The open collections, the root first, each with the indentation of its lines. */
  const open: { readonly indent: number; readonly map?: Record<string, unknown>; readonly list?: unknown[] }[] = [];
  /** A key that ended its line: a map or list follows, or it is null. */
  let pending: { readonly map: Record<string, unknown>; readonly key: string; readonly indent: number } | undefined;
  for (let line = lines.nextLine(); line !== false; line = lines.nextLine()) {
    if (line === null) return undefined;
    const { indent, key, item } = line;
    // One-line flow maps are BlockMapLines' for the progress file; here they are js-yaml's.
    if (line.flow !== undefined) return undefined;
    // The collection a line opens: under a key, indented further (a list may stand at the key's own
    // indentation), or the root.
    const opens = pending ? indent > pending.indent || (indent === pending.indent && item !== undefined) : !open.length;
    if (opens) {
      if (open.length >= YAML_LIMITS.maxDepth || (!pending && indent !== 0)) return undefined;
      const collection = item === undefined ? { indent, map: {} } : { indent, list: [] };
      if (pending) pending.map[pending.key] = collection.map ?? collection.list;
      open.push(collection);
    } else if (pending) pending.map[pending.key] = null;
    pending = undefined;
    while (open.length > 1 && open[open.length - 1].indent > indent) open.pop();
    // A list at its key's indentation ends at the next key.
    if (item === undefined && open.length > 1 && open[open.length - 1].list && open[open.length - 1].indent === indent)
      open.pop();
    const { indent: at, map, list } = open[open.length - 1];
    if (at !== indent) return undefined;
    if (item !== undefined) {
      if (list === undefined) return undefined;
      list.push(item);
    } else {
      if (map === undefined || key === undefined || Object.hasOwn(map, key)) return undefined;
      if (line.value === undefined) pending = { map, key, indent };
      else map[key] = line.value;
    }
  }
  if (open.length === 0) return undefined;
  if (pending) pending.map[pending.key] = null;
  return { value: open[0].map ?? open[0].list };
}

/**
 * A line read: its indentation, and its key and value (none: the key ends the line), or the value
 * of a list item (`- value`); neither for a blank line or a comment.
 */
export interface PlainLine {
  readonly indent: number;
  readonly key: string | undefined;
  readonly value: string | undefined;
  readonly item: string | undefined;
  /** The pairs of the key's one-line flow map (`key: {a: b}`), read as the keys of a map under it. */
  readonly flow: readonly PlainLine[] | undefined;
  /**
   * What a reader found out about this line, kept with it for the next time the same line is read
   * (a progress file's lines recur hundreds of thousands of times): the reader's own, per text read.
   */
  note: unknown;
}

type Line = PlainLine;

const BLANK: Line = { indent: 0, key: undefined, value: undefined, item: undefined, flow: undefined, note: undefined };

/** Lines kept as read; a file of more different lines reads the rest again each time. */
const MAX_LINES = 100_000;

/** Whether only spaces, and a comment after one, are left of `line` from `at`. */
function restOfLine(line: string, at: number): boolean {
  const from = at;
  while (line.charCodeAt(at) === SPACE) at++;
  if (at === line.length) return true;
  return at > from && line.charCodeAt(at) === HASH && printable(line.slice(at));
}

/** Whether js-yaml reads `text` as it is: no control character (tab apart), line break or unpaired surrogate. */
function printable(text: string): boolean {
  return !UNPRINTABLE.test(text);
}

const [SPACE, RETURN, HASH, QUOTE, COLON, DASH, COMMA, OPEN_BRACE, CLOSE_BRACE] = [
  ' ',
  '\r',
  '#',
  "'",
  ':',
  '-',
  ',',
  '{',
  '}',
].map((c) => c.charCodeAt(0));

/**
 * What js-yaml refuses anywhere in a file (its non-printable characters, an unpaired surrogate),
 * and line breaks: a comment or a quoted scalar holding one is left to js-yaml.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\x00-\x08\x0A-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/**
 * The first character of a plain scalar this reader takes: an ASCII letter or digit, `_`, or a
 * character beyond ASCII that YAML prints as it is (not a control, a surrogate or a byte order mark).
 */
function isPlainStart(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x5f || // _
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff)
  );
}

/**
 * The other characters of a plain scalar this reader takes: those, space and `. , ( ) / + -`.
 * None of YAML's indicators (`:` `#` quotes, flow, anchors, tags...), no tab or carriage return.
 */
function isPlain(code: number): boolean {
  return (
    isPlainStart(code) ||
    code === 0x20 || // space
    code === 0x2e || // .
    code === 0x2c || // ,
    code === 0x28 || // (
    code === 0x29 || // )
    code === 0x2f || // /
    code === 0x2b || // +
    code === 0x2d // -
  );
}
