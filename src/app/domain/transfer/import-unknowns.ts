import { Evidence, Progress, Stage, TeamProgress } from '../types';
import { ActivityIndex } from '../common/activity-order';
import { ImportedData } from './read-import';

export interface NameCount {
  readonly name: string;
  readonly count: number;
  /** The 1-based line where the file first writes it, when known. */
  readonly line?: number;
}

/** What the file holds that the model or the stage definition does not know (kept, listed). */
export interface ImportUnknowns {
  /** Activity uuids not in the model, with the number of progress and evidence entries. */
  readonly activities: readonly NameCount[];
  /** Stage titles not in the stage definition after the import, with the number of entries. */
  readonly stages: readonly NameCount[];
}

export function importUnknowns(
  data: ImportedData,
  stages: readonly Stage[],
  model: ActivityIndex | undefined,
): ImportUnknowns {
  const { progress, evidence } = importedEntries(data);
  const activities = new Map<string, number>();
  const titles = new Map<string, number>();
  const known = new Set(stages.map((stage) => stage.title));
  const count = (map: Map<string, number>, name: string) => map.set(name, (map.get(name) ?? 0) + 1);
  // A file's teams share entry objects (see teams-by-entry.ts): each one's titles are read once.
  const unknownTitles = new Map<TeamProgress, readonly string[]>();
  for (const [uuid, teams] of Object.entries(progress)) {
    const entries = Object.values(teams);
    if (model && !model.byUuid.has(uuid) && entries.length > 0)
      activities.set(uuid, (activities.get(uuid) ?? 0) + entries.length);
    for (const entry of entries) {
      let unknown = unknownTitles.get(entry);
      if (!unknown)
        unknownTitles.set(entry, (unknown = Object.keys(entry.stages).filter((title) => !known.has(title))));
      for (const title of unknown) count(titles, title);
    }
  }
  for (const entry of evidence)
    if (model && !model.byUuid.has(entry.activityUuid)) count(activities, entry.activityUuid);
  const lines = data.kind === 'progress' || data.kind === 'evidence' ? data.lines : undefined;
  const list = (map: Map<string, number>, at: ReadonlyMap<string, number> | undefined) =>
    [...map].map(([name, n]) => {
      const line = at?.get(name);
      return line === undefined ? { name, count: n } : { name, count: n, line };
    });
  return { activities: list(activities, lines?.activities), stages: list(titles, lines?.stages) };
}

/** The progress and evidence a file brings (a teams file brings neither). */
export function importedEntries(data: ImportedData): { progress: Progress; evidence: readonly Evidence[] } {
  switch (data.kind) {
    case 'progress':
      return { progress: data.progress, evidence: [] };
    case 'evidence':
      return { progress: {}, evidence: data.evidence };
    case 'teams':
      return { progress: {}, evidence: [] };
    case 'backup':
      return { progress: data.backup.assessment.progress, evidence: data.backup.assessment.evidence };
  }
}
