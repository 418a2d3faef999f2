import { toYaml, yamlInlineScalar } from '../yaml';

/**
 * Lines of `key: value` at `indent` spaces. A multi-line value is dumped as a block scalar indented
 * for the top level; its lines are shifted under the key, which keeps an indentation indicator
 * (`|2-`) right because that counts from the key's indentation. `toYaml` rather than `yamlScalar`:
 * the latter trims the trailing blank lines that a `|+` scalar needs.
 */
export function keyValueLines(indent: string, key: string, value: string): string[] {
  const [first, ...rest] = toYaml(value).replace(/\n$/, '').split('\n');
  return [`${indent}${yamlInlineScalar(key)}: ${first}`, ...rest.map((line) => (line === '' ? '' : indent + line))];
}

/** `[a, b]` with every item safe inside a flow list. */
export function flowList(items: readonly string[]): string {
  return `[${items.map(yamlInlineScalar).join(', ')}]`;
}

/** A comment that stays on its line whatever the text holds. */
export function lineComment(text: string): string {
  return `# ${text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').trim()}`;
}
