/**
 * Reads a record entry only when the record itself holds it. Team, stage and activity names are
 * user data, so a team called `constructor` or `toString` must not find Object.prototype members.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `map[key] = value`, as an own key even for `__proto__` (which js-yaml can read as a key). */
export function defineOwn<T>(map: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
}

/**
 * An empty object in V8's hash-table form: an activity's map of up to thousands of teams, built
 * key by key, otherwise changes its hidden class with each team added until V8 makes it a table
 * itself (1 to 5% of reading 1,000 teams' progress cold, in Chromium). Otherwise the same as `{}`.
 */
export function dictionary<T>(): Record<string, T> {
  const map: Record<string, unknown> = { a: 0, b: 0 };
  delete map['a'];
  delete map['b'];
  return map as Record<string, T>;
}
