import yaml from 'js-yaml';
import { Problem } from '../types';
import { dsommSchema } from '../yaml';
import { fileError } from '../common/file-problem';
import { depthMessage, limitListener, ParseState, YAML_LIMITS, YamlLimitError } from '../yaml-limits';

/**
 * YAML with the line of every node: CI files and rule files are judged by structure (a `uses:`
 * inside a job's step, a key under `branches.*.protection`), and every finding names its line.
 * Built from js-yaml's own parse through its listener (every node it composes is opened and closed
 * in document order), so it reads exactly what js-yaml reads, with the DSOMM schema and limits.
 */
export type YamlNode = YamlScalar | YamlSeq | YamlMap;

interface NodeBase {
  /** 1-based line of the node's first character. */
  readonly line: number;
  /** Offsets of the node's source text (a block scalar's text starts after its indicator). */
  readonly start: number;
  readonly end: number;
}

export interface YamlScalar extends NodeBase {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
}

export interface YamlSeq extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly YamlNode[];
}

export interface YamlEntry {
  readonly key: string;
  readonly keyLine: number;
  readonly value: YamlNode;
}

export interface YamlMap extends NodeBase {
  readonly kind: 'map';
  readonly entries: readonly YamlEntry[];
}

export interface YamlDocument {
  readonly text: string;
  readonly root: YamlNode;
}

interface Frame {
  readonly start: number;
  readonly children: YamlNode[];
}

/** 1-based line of every offset, by binary search over the line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineAt(offset: number): number {
    let [low, high] = [0, this.starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, '');
  }
}

/** The first offset at or after `from` that is not blank space, a line break or a comment. */
function contentStart(text: string, from: number, end: number): number {
  let at = from;
  while (at < end) {
    const c = text[at];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '-' || c === '?') {
      // `- ` and `? ` open an item or a key; a `-` not followed by a space starts a scalar.
      if ((c === '-' || c === '?') && !/[\s]/.test(text[at + 1] ?? ' ')) return at;
      at++;
    } else if (c === '#' && (at === 0 || /\s/.test(text[at - 1]))) {
      const eol = text.indexOf('\n', at);
      at = eol < 0 ? end : eol + 1;
    } else return at;
  }
  return Math.min(from, end);
}

function plain(value: unknown, at: { line: number; start: number; end: number }, depth = 0): YamlNode {
  if (depth > YAML_LIMITS.maxDepth) throw new YamlLimitError(depthMessage(), at.line);
  if (Array.isArray(value)) return { kind: 'seq', ...at, items: value.map((item) => plain(item, at, depth + 1)) };
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => ({
      key,
      keyLine: at.line,
      value: plain(item, at, depth + 1),
    }));
    return { kind: 'map', ...at, entries };
  }
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
  return { kind: 'scalar', ...at, value: scalar };
}

function keyText(node: YamlNode): string {
  return node.kind === 'scalar' ? String(node.value) : '';
}

/**
 * Builds the node of a collection from the nodes js-yaml composed inside it. A mapping's children
 * come in key, value pairs; a merge key (`<<: *base`) brings the keys of what it refers to, at
 * its line. Anything that does not pair up (an alias, a flow map with a key and no value) is taken
 * from the parsed value, every node at the collection's line.
 */
function collection(kind: string, value: unknown, frame: Frame, at: NodeBase): YamlNode {
  const children = frame.children;
  if (kind === 'sequence' && Array.isArray(value) && children.length === value.length) {
    return { kind: 'seq', ...at, items: children };
  }
  if (kind === 'mapping' && children.length % 2 === 0 && typeof value === 'object' && value !== null) {
    const entries: YamlEntry[] = [];
    for (let i = 0; i < children.length; i += 2) {
      const key = keyText(children[i]);
      const item = children[i + 1];
      if (key === '<<') {
        const merged = item.kind === 'seq' ? item.items : [item];
        for (const source of merged)
          if (source.kind === 'map')
            for (const entry of source.entries)
              if (!entries.some((e) => e.key === entry.key)) entries.push({ ...entry, keyLine: children[i].line });
        continue;
      }
      const existing = entries.findIndex((e) => e.key === key);
      if (existing >= 0) entries.splice(existing, 1);
      entries.push({ key, keyLine: children[i].line, value: item });
    }
    return { kind: 'map', ...at, entries };
  }
  return plain(value, at);
}

function toProblem(file: string, error: unknown): Problem {
  if (error instanceof YamlLimitError) return fileError(file, error.message, error.line);
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 : undefined;
    return fileError(file, `YAML syntax error: ${error.reason}`, line);
  }
  if (error instanceof RangeError) return fileError(file, depthMessage());
  return fileError(file, `The file could not be read: ${String(error)}`);
}

/**
 * Parses every document of `text` with line numbers. A syntax error or an exceeded limit is a
 * problem naming the file and the line.
 */
export function parseYamlTree(
  text: string,
  file: string,
): { ok: true; documents: YamlNode[] } | { ok: false; problem: Problem } {
  if (text.length > YAML_LIMITS.maxChars) {
    return { ok: false, problem: fileError(file, 'The file is too large to read.') };
  }
  const lines = new LineIndex(text);
  const limits = limitListener(text.length);
  const documents: YamlNode[] = [];
  const stack: Frame[] = [{ start: 0, children: documents }];
  const built = new WeakMap<object, YamlNode>();
  const listener = (event: 'open' | 'close', state: ParseState & { position: number; kind: string | null }) => {
    limits(event, state);
    if (event === 'open') {
      stack.push({ start: state.position, children: [] });
      return;
    }
    const frame = stack.pop()!;
    const begin = contentStart(text, frame.start, state.position);
    const at = { line: lines.lineAt(begin), start: begin, end: state.position };
    const value = state.result;
    // A collection already built (an alias, or a flow collection js-yaml reports twice) is the same node.
    const known = typeof value === 'object' && value !== null ? built.get(value) : undefined;
    const node =
      known ??
      (state.kind === 'mapping' || state.kind === 'sequence'
        ? collection(state.kind, value, frame, at)
        : plain(value, at));
    if (!known && typeof value === 'object' && value !== null) built.set(value, node);
    stack[stack.length - 1].children.push(node);
  };
  try {
    yaml.loadAll(text, null, {
      schema: dsommSchema(),
      filename: file,
      maxDepth: YAML_LIMITS.maxDepth + 1,
      listener,
    } as unknown as yaml.LoadOptions);
  } catch (error) {
    return { ok: false, problem: toProblem(file, error) };
  }
  return { ok: true, documents };
}

/** The entry of `key` in a map node. */
export function entryOf(node: YamlNode | undefined, key: string): YamlEntry | undefined {
  return node?.kind === 'map' ? node.entries.find((entry) => entry.key === key) : undefined;
}

/** The value of `key` in a map node. */
export function valueOf(node: YamlNode | undefined, key: string): YamlNode | undefined {
  return entryOf(node, key)?.value;
}

/** A scalar's text (numbers and booleans as written by String), or undefined for collections and null. */
export function textOf(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/** The items of a sequence, or the node alone (many CI keys take one value or a list). */
export function itemsOf(node: YamlNode | undefined): readonly YamlNode[] {
  if (node === undefined) return [];
  if (node.kind === 'seq') return node.items;
  return node.kind === 'scalar' && node.value === null ? [] : [node];
}
