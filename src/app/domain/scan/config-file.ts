import { ValueTest } from './scan-rules';
import { parseYamlTree, textOf, YamlNode } from './yaml-tree';

/**
 * Parses a configuration file (YAML, JSON, JSON5 as Renovate writes it) into a tree with lines. JSON
 * is YAML, so one parser serves all three; JSON5's comments are blanked first (keeping the lines).
 */
export function parseConfigFile(path: string, text: string): YamlNode | undefined {
  const source =
    /\.json5$/i.test(path) || /\.json$/i.test(path) || /(^|\/)\.[^/.]+rc$/.test(path) ? withoutComments(text) : text;
  const parsed = parseYamlTree(source, path);
  return parsed.ok ? parsed.documents[0] : undefined;
}

/** `//` and `/* *\/` comments outside strings replaced by spaces, line breaks kept. */
export function withoutComments(text: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop - 1;
      continue;
    }
    out += c;
  }
  return out;
}

export interface PathMatch {
  readonly node: YamlNode;
  /** The key (or item index) the value is under. */
  readonly key: string;
  readonly line: number;
}

/**
 * The values at a dotted path: `updates.*.package-ecosystem`; `*` is any key or list item, `**` any
 * number of levels (`**.automerge` finds automerge anywhere).
 */
export function valuesAt(root: YamlNode | undefined, path: readonly string[]): PathMatch[] {
  const found: PathMatch[] = [];
  const visit = (node: YamlNode, rest: readonly string[], key: string, line: number, depth: number) => {
    if (depth > 64) return;
    if (rest.length === 0) {
      found.push({ node, key, line });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '**') {
      visit(node, tail, key, line, depth + 1);
      for (const child of children(node)) visit(child.node, rest, child.key, child.line, depth + 1);
      return;
    }
    for (const child of children(node))
      if (head === '*' || child.key === head) visit(child.node, tail, child.key, child.line, depth + 1);
  };
  if (root) visit(root, path, '', root.line, 0);
  return found;
}

function children(node: YamlNode): PathMatch[] {
  if (node.kind === 'map') return node.entries.map((e) => ({ node: e.value, key: e.key, line: e.keyLine }));
  if (node.kind === 'seq') return node.items.map((item, i) => ({ node: item, key: String(i), line: item.line }));
  return [];
}

/** Whether a value passes a test; no test: it is there and not null. */
export function passes(node: YamlNode, test: ValueTest): boolean {
  const text = textOf(node);
  if (test.equals !== undefined) return (text ?? 'null') === test.equals;
  if (test.matches) {
    if (node.kind === 'seq') return node.items.some((item) => passes(item, test));
    return text !== undefined && test.matches.test(text);
  }
  if (test.atLeast !== undefined) return text !== undefined && Number(text) >= test.atLeast;
  return node.kind !== 'scalar' || node.value !== null;
}
