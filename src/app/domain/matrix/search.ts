import { Activity } from '../types';

/**
 * Lower case without accents, so `resume` finds `résumé` and `SBOM` finds `sbom`. Pure string work,
 * the same in every browser (no locale-dependent comparison).
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query; empty for a blank query (which matches everything). */
export function queryWords(query: string): string[] {
  return normaliseText(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

/**
 * Everything the free-text search looks at: the name and every text of the activity, plus its
 * tags and tool names (people search for "Jenkins" or "sbom" as often as for prose).
 */
export function searchableText(activity: Activity): string {
  return normaliseText(
    [
      activity.name,
      activity.description,
      activity.risk,
      activity.measure,
      activity.assessment,
      activity.implementationGuide,
      activity.tags.join(' '),
      activity.implementation.map((tool) => tool.name).join(' '),
    ].join('\n'),
  );
}

/** uuid -> searchable text, built once per model so typing in the search box stays cheap. */
export function searchIndex(activities: readonly Activity[]): ReadonlyMap<string, string> {
  return new Map(activities.map((activity) => [activity.uuid, searchableText(activity)]));
}

/** True when every word occurs in the text (`text` already normalised). */
export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}
