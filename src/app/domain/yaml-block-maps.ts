import { DSOMM_TYPES } from './yaml';
import { YAML_LIMITS } from './yaml-limits';

/**
 * A fast reader for the plainest YAML there is: nested block maps, one `key:` or `key: value` a
 * line, keys and values plain words or single-quoted, comments on lines of their own or after a
 * key or value. That is how the app writes team-progress.yaml (and most hand-edited copies look),
 * and js-yaml takes several times as long on 1,000 teams' progress (7.7 MB) before its JIT has
 * warmed up. It reads the text one key at a time (`next()`), giving exactly what `parseYaml` would,
 * or stops (`undefined`) as soon as a line is anything else (a list, a flow collection, a
 * double-quoted or multi-line scalar, a typed plain scalar such as `true` or `12`, a tab, odd
 * indentation, an anchor...): the caller then reads the text with js-yaml, which also reports
 * errors with their line. Duplicate keys are the caller's to find (js-yaml refuses them).
 */
export class BlockMapLines {
  /** Nesting of the current key: 0 for the keys of the root map, 1 for those of its maps... */
  depth = 0;
  key = '';
  /** The current key's scalar value; undefined when the line ends after the key (a map or null follows). */
  value: string | undefined = undefined;
  private at: number;
  /** The indentation of the keys of each open map, the root's first. */
  private readonly indents = [0];
  /** The last key had no value: lines indented further open its map. */
  private opens = false;
  /**
   * Team names, stage titles and dates recur on thousands of lines: each is read once (null: one
   * this reader does not take), and what is read holds one copy of each.
   */
  private readonly plains = new Map<string, string | null>();
  private readonly quoted = new Map<string, string | null>();

  constructor(private readonly text: string) {
    // js-yaml drops a byte order mark; so does this reader.
    this.at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Moves to the next key: true, false at the end of the text, undefined at a line this reader does not take. */
  next(): boolean | undefined {
    const text = this.text;
    const length = text.length;
    if (length > YAML_LIMITS.maxChars) return undefined;
    for (;;) {
      let at = this.at;
      if (at >= length) return false;
      const lineStart = at;
      while (text.charCodeAt(at) === SPACE) at++;
      if (text.charCodeAt(at) === HASH) {
        if (!this.skipComment(at)) return undefined;
        continue;
      }
      if (this.endOfLine(at)) continue;
      const indent = at - lineStart;
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
      this.at = at;
      const key = this.scalar(false);
      if (key === undefined || key === '__proto__' || text.charCodeAt(this.at) !== COLON) return undefined;
      this.key = key;
      at = this.at + 1;
      if (this.restOfLine(at)) {
        this.value = undefined;
        this.opens = true;
        return true;
      }
      if (text.charCodeAt(at) !== SPACE) return undefined;
      while (text.charCodeAt(at) === SPACE) at++;
      this.at = at;
      const value = this.scalar(true);
      if (value === undefined || !this.restOfLine(this.at)) return undefined;
      this.value = value;
      return true;
    }
  }

  /** Whether only spaces, and a comment after one, are left of the line at `at` (moving past it if so). */
  private restOfLine(at: number): boolean {
    const from = at;
    while (this.text.charCodeAt(at) === SPACE) at++;
    return at > from && this.text.charCodeAt(at) === HASH ? this.skipComment(at) : this.endOfLine(at);
  }

  /** Whether a line ends at `at` (moving past it if so). */
  private endOfLine(at: number): boolean {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (at >= text.length || code === NEWLINE) this.at = at + 1;
    else if (code === RETURN && text.charCodeAt(at + 1) === NEWLINE) this.at = at + 2;
    else return false;
    return true;
  }

  /** Moves past the comment at `at` and its line; false for one js-yaml would not read as a comment. */
  private skipComment(at: number): boolean {
    const text = this.text;
    const eol = text.indexOf('\n', at);
    const end = eol < 0 ? text.length : eol;
    if (UNPRINTABLE.test(text.slice(at, text.charCodeAt(end - 1) === RETURN ? end - 1 : end))) return false;
    this.at = end + 1;
    return true;
  }

  /**
   * The scalar at the reading position (moved past it), or undefined when it is not one this reader
   * takes. A plain value ends before spaces and a comment; a plain key must end at its colon.
   * (A loop hashing the characters to find a scalar met before without cutting it out of the text
   * measured slower than slice and Map, which run as built-ins in code that runs once, cold.)
   */
  private scalar(value: boolean): string | undefined {
    const text = this.text;
    let at = this.at;
    if (text.charCodeAt(at) === QUOTE) {
      let read = '';
      let chunk = ++at;
      for (;;) {
        const next = text.indexOf("'", at);
        const eol = text.indexOf('\n', at);
        if (next < 0 || (eol >= 0 && eol < next)) return undefined;
        if (text.charCodeAt(next + 1) === QUOTE) {
          read += text.slice(chunk, next + 1);
          at = chunk = next + 2;
          continue;
        }
        this.at = next + 1;
        read += text.slice(chunk, next);
        let interned = this.quoted.get(read);
        if (interned === undefined) {
          interned = UNPRINTABLE.test(read) ? null : read;
          this.quoted.set(read, interned);
        }
        return interned ?? undefined;
      }
    }
    const from = at;
    if (!isPlainStart(text.charCodeAt(at))) return undefined;
    const length = text.length;
    while (at < length && isPlain(text.charCodeAt(at))) at++;
    let end = at;
    if (value) while (text.charCodeAt(end - 1) === SPACE) end--;
    else if (text.charCodeAt(end - 1) === SPACE) return undefined;
    this.at = end;
    const source = text.slice(from, end);
    let plain = this.plains.get(source);
    if (plain === undefined) {
      plain = DSOMM_TYPES.some((type) => type.resolve(source)) ? null : source;
      this.plains.set(source, plain);
    }
    return plain ?? undefined;
  }
}

const [SPACE, NEWLINE, RETURN, HASH, QUOTE, COLON] = [' ', '\n', '\r', '#', "'", ':'].map((c) => c.charCodeAt(0));

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
