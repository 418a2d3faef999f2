/**
 * Reads a record entry only when the record itself holds it. Team, stage and activity names are
 * user data, so a team called `constructor` or `toString` must not find Object.prototype members.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
