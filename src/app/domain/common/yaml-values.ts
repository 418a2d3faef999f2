/** A YAML mapping as js-yaml returns it. */
export type YamlMap = Readonly<Record<string, unknown>>;

export function isYamlMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The text of a scalar used as a name. The DSOMM schema reads unquoted `12` or `true` as a number
 * or boolean; as a team name they mean the text. Null and collections are not names.
 */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Describes what was found instead of the expected shape, for messages. */
export function describeYaml(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `the value ${JSON.stringify(value)}`;
}
