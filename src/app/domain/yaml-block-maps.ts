import { DSOMM_TYPES } from './yaml';
import { YAML_LIMITS } from './yaml-limits';

/**
 * A fast reader for the plainest YAML there is: nested block maps, one `key:` or `key: value` a
 * line, keys and values plain words or single-quoted. That is how the app writes team-progress.yaml
 * (and most hand-edited copies look), and js-yaml takes about twice as long as this on 1,000 teams'
 * progress (7.7 MB) before its JIT has warmed up. It gives exactly what `parseYaml` would, or
 * `undefined` as soon as a line is anything else (a list, a flow collection, a double-quoted or
 * multi-line scalar, a typed plain scalar such as `true` or `12`, a comment after a value, a
 * duplicate key, a tab, odd indentation...): the caller then reads the text with js-yaml, which
 * also reports errors with their line.
 */
export function readBlockMaps(text: string): Record<string, unknown> | undefined {
  if (text.length > YAML_LIMITS.maxChars || text.charCodeAt(0) === 0xfeff) return undefined;
  const root: Record<string, unknown> = {};
  /** The open maps, innermost last, with the indentation of their keys. */
  const open: { indent: number; map: Record<string, unknown> }[] = [{ indent: 0, map: root }];
  let pending: { map: Record<string, unknown>; key: string; indent: number } | undefined;
  let lines = 0;
  // Team names, stage titles and dates recur on thousands of lines: each is resolved once.
  const plains = new Map<string, string | undefined>();
  const length = text.length;
  let at = 0;
  /** The scalar at `at` (moved past it), or undefined when it is not one this reader takes. */
  const scalar = (): string | undefined => {
    const from = at;
    if (text.charCodeAt(at) === QUOTE) {
      let value = '';
      let chunk = ++at;
      for (;;) {
        const next = text.indexOf("'", at);
        const eol = text.indexOf('\n', at);
        if (next < 0 || (eol >= 0 && eol < next)) return undefined;
        if (text.charCodeAt(next + 1) === QUOTE) {
          value += text.slice(chunk, next + 1);
          at = chunk = next + 2;
          continue;
        }
        at = next + 1;
        return value + text.slice(chunk, next);
      }
    }
    if (!isPlainStart(text.charCodeAt(at))) return undefined;
    while (at < length && isPlain(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at - 1) === SPACE) return undefined;
    const source = text.slice(from, at);
    if (!plains.has(source)) plains.set(source, DSOMM_TYPES.some((type) => type.resolve(source)) ? undefined : source);
    return plains.get(source);
  };
  while (at < length) {
    const lineStart = at;
    while (text.charCodeAt(at) === SPACE) at++;
    const indent = at - lineStart;
    const first = text.charCodeAt(at);
    if (at >= length || first === NEWLINE || first === HASH) {
      const eol = text.indexOf('\n', at);
      at = eol < 0 ? length : eol + 1;
      continue;
    }
    lines++;
    if (pending) {
      // A key without a value holds the map of the lines indented under it, or null.
      if (indent > pending.indent) {
        // Left to js-yaml, which stops at its depth limit; bounded well before it here.
        if (open.length >= YAML_LIMITS.maxDepth) return undefined;
        const child: Record<string, unknown> = {};
        pending.map[pending.key] = child;
        open.push({ indent, map: child });
      } else pending.map[pending.key] = null;
      pending = undefined;
    }
    while (open.length > 1 && open[open.length - 1].indent > indent) open.pop();
    const { indent: expected, map } = open[open.length - 1];
    if (indent !== expected) return undefined;
    const key = scalar();
    if (key === undefined || key === '__proto__' || Object.hasOwn(map, key) || text.charCodeAt(at) !== COLON)
      return undefined;
    at++;
    if (at >= length || text.charCodeAt(at) === NEWLINE) {
      pending = { map, key, indent };
      at++;
      continue;
    }
    if (text.charCodeAt(at) !== SPACE) return undefined;
    at++;
    const value = scalar();
    if (value === undefined || (at < length && text.charCodeAt(at) !== NEWLINE)) return undefined;
    map[key] = value;
    at++;
  }
  if (pending) pending.map[pending.key] = null;
  return lines === 0 ? undefined : root;
}

const [SPACE, NEWLINE, HASH, QUOTE, COLON] = [' ', '\n', '#', "'", ':'].map((c) => c.charCodeAt(0));

/** The first character of a plain scalar this reader takes: an ASCII letter or digit, or `_`. */
function isPlainStart(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x5f // _
  );
}

/**
 * The other characters of a plain scalar this reader takes: those, space and `. , ( ) / + -`.
 * None of YAML's indicators (`:` `#` quotes, flow, anchors, tags...), no tab or carriage return,
 * nothing beyond ASCII (js-yaml checks what is printable there).
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
