/**
 * A page's query parameters as the router gives them: one value, repeated values, or nothing. Pages
 * read them as one value (shared/query-params.ts) and hand it to the pure functions that read their
 * view from it (the matrix filter, the report, the mappings, the team selection, the opened sector).
 */
export type QueryParams = Readonly<Record<string, string | readonly string[] | undefined | null>>;

/** Every value of a query parameter (none, one or repeated). */
export function paramValues(params: QueryParams, key: string): string[] {
  const value = Object.hasOwn(params, key) ? params[key] : undefined;
  if (value === undefined || value === null) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** The first value of a query parameter; undefined when it has none. */
export function paramValue(params: QueryParams, key: string): string | undefined {
  return paramValues(params, key)[0];
}
