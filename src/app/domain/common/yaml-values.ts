/**
 * Narrowing helpers for values produced by `parseYaml`. With the DSOMM schema a scalar is a string,
 * an integer, a boolean or null; floats, dates and the like stay strings.
 */

/** A YAML mapping as js-yaml returns it. */
export type YamlMap = Readonly<Record<string, unknown>>;

export function isYamlMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys only: a file may well name something `constructor` or `toString`. */
export function hasKey(map: YamlMap, key: string): boolean {
  return Object.hasOwn(map, key);
}

/** The value under `key`; null counts as absent, since `key:` with nothing after it says nothing. */
export function given(map: YamlMap, key: string): unknown {
  return hasKey(map, key) && map[key] !== null ? map[key] : undefined;
}

/**
 * The text of a scalar (`42` -> '42', `true` -> 'true'); undefined for maps, lists and null. The
 * DSOMM schema reads unquoted `12` or `true` as a number or boolean; as a name they mean the text.
 */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A list as is; a single value as a list of one, because hand-written files often skip the dash. */
export function asList(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A whole number written as an integer or as integer text (`'3'`); undefined otherwise. */
export function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Describes what was found instead of the expected shape, for messages. */
export function describeYaml(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `the value ${JSON.stringify(value)}`;
}
