import { StageDates } from '../types';
import { ownValue } from '../common/own-value';

/** The date a stage was reached, if it was. */
export function stageDate(dates: StageDates, title: string): string | undefined {
  return ownValue(dates, title);
}

/**
 * The latest date of any stage, unknown titles included: the best a file can say about when its
 * entry was last changed (used to decide whether it is newer than a browser edit).
 */
export function latestStageDate(dates: StageDates): string | undefined {
  let latest: string | undefined;
  // YYYY-MM-DD strings sort like the days they name.
  for (const date of Object.values(dates)) if (latest === undefined || date > latest) latest = date;
  return latest;
}

/** Whether two stage maps hold the same titles and dates. */
export function sameStageDates(a: StageDates, b: StageDates): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => ownValue(b, key) === a[key]);
}
