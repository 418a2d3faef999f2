import { Evidence, Progress } from '../types';
import {
  evidenceTime,
  hasData,
  importedWins,
  progressEntry,
  progressTime,
  ProgressBuilder,
  ProgressStamps,
  sameEvidence,
  sameProgress,
  stampedEvidence,
} from './merge-entries';
import { ownValue } from '../common/own-value';

export interface Served {
  readonly progress: Progress;
  readonly evidence: readonly Evidence[];
  /** Teams whose served data is ignored (deleted or renamed in the browser). */
  readonly removedTeams: ReadonlySet<string>;
}

const servedEntry = (served: Served, uuid: string, team: string) =>
  served.removedTeams.has(team) ? undefined : progressEntry(served.progress, uuid, team);

/**
 * Merge: for each activity x team of the file, the newer of the file's entry and the browser's
 * wins (see merge-entries.ts); entries only the browser has stay. An empty entry of a file (a team
 * with no dates) says nothing and is passed over, unless it is a backup's stamped downgrade.
 * An entry is taken whole: stage dates and "not applicable" mark together.
 */
export function mergeProgress(
  current: Progress,
  imported: Progress,
  served: Served,
  now: number,
): { progress: Progress; skipped: number } {
  const builder = new ProgressBuilder(current);
  const stamps = new ProgressStamps((uuid, team) => servedEntry(served, uuid, team), now);
  let skipped = 0;
  for (const [uuid, teams] of Object.entries(imported)) {
    const currentTeams = ownValue(current, uuid);
    for (const team of Object.keys(teams)) {
      const entry = teams[team];
      const mine = ownValue(currentTeams, team);
      if (sameProgress(mine, entry)) continue;
      if (!hasData(entry) && (entry.editedAt === undefined || !hasData(mine))) continue;
      if (mine === undefined || importedWins(mine, progressTime(mine), entry, progressTime(entry))) {
        builder.set(uuid, team, stamps.of(uuid, team, entry));
      } else skipped++;
    }
  }
  return { progress: builder.build(), skipped };
}

/**
 * Replace: the progress becomes the file's. Entries the file does not have go; where the served
 * files have one, an empty stamped entry stays instead, so that a reload does not bring it back.
 * Entries equal to the browser's are kept as they are (a served copy stays a served copy).
 */
export function replaceProgress(current: Progress, imported: Progress, served: Served, now: number): Progress {
  const builder = new ProgressBuilder(current);
  const stamps = new ProgressStamps((uuid, team) => servedEntry(served, uuid, team), now);
  const placed = new Set<string>();
  const key = (uuid: string, team: string) => `${uuid}\u0000${team}`;
  for (const [uuid, teams] of Object.entries(imported)) {
    const currentTeams = ownValue(current, uuid);
    for (const team of Object.keys(teams)) {
      const entry = teams[team];
      if (!hasData(entry)) continue;
      placed.add(key(uuid, team));
      const mine = ownValue(currentTeams, team);
      if (!sameProgress(mine, entry)) builder.set(uuid, team, stamps.of(uuid, team, entry));
    }
  }
  for (const [uuid, teams] of Object.entries(current)) {
    for (const [team, entry] of Object.entries(teams)) {
      if (placed.has(key(uuid, team))) continue;
      if (!hasData(servedEntry(served, uuid, team))) builder.delete(uuid, team);
      else if (hasData(entry) || entry.editedAt === undefined)
        builder.set(uuid, team, { stages: {}, editedAt: now, imported: true });
    }
  }
  return builder.build();
}

export interface EvidenceImport {
  readonly evidence: readonly Evidence[];
  readonly deletedEvidence: Readonly<Record<string, number>>;
}

const servedEvidence = (served: Served) => new Map(served.evidence.map((entry) => [entry.id, entry]));

/**
 * Merge by id: a newer imported entry replaces the browser's in place, a new one goes last, an
 * older one is passed over; so is one deleted in this browser after it was recorded. A backup's
 * deletions (`importedDeleted`) remove the browser's entry when they are newer than it.
 */
export function mergeEvidence(
  current: EvidenceImport,
  imported: readonly Evidence[],
  importedDeleted: Readonly<Record<string, number>>,
  served: Served,
  now: number,
): EvidenceImport & { skipped: number } {
  const servedById = servedEvidence(served);
  const list = [...current.evidence];
  const index = new Map(list.map((entry, i) => [entry.id, i]));
  const deleted = new Map(Object.entries(current.deletedEvidence));
  let skipped = 0;
  for (const entry of imported) {
    const at = index.get(entry.id);
    const mine = at === undefined ? undefined : list[at];
    if (mine && sameEvidence(mine, entry)) continue;
    if (mine) {
      if (importedWins(mine, evidenceTime(mine), entry, evidenceTime(entry)))
        list[at!] = stampedEvidence(entry, servedById.get(entry.id), now);
      else skipped++;
      continue;
    }
    const deletedAt = deleted.get(entry.id);
    if (deletedAt !== undefined && !(evidenceTime(entry) > deletedAt)) {
      skipped++;
      continue;
    }
    deleted.delete(entry.id);
    index.set(entry.id, list.length);
    list.push(stampedEvidence(entry, servedById.get(entry.id), now));
  }
  const gone = new Set<string>();
  for (const [id, at] of Object.entries(importedDeleted)) {
    const i = index.get(id);
    const mine = i === undefined ? undefined : list[i];
    if (mine && !(at > evidenceTime(mine))) continue;
    if (mine) gone.add(id);
    deleted.set(id, Math.max(at, deleted.get(id) ?? at));
  }
  return {
    evidence: list.filter((entry) => !gone.has(entry.id)),
    deletedEvidence: Object.fromEntries(deleted),
    skipped,
  };
}

/**
 * Replace: the evidence becomes the file's, in its order. Entries the browser had and the file
 * lacks are deleted with a tombstone (so the served file's copy does not come back on reload).
 */
export function replaceEvidence(
  current: EvidenceImport,
  imported: readonly Evidence[],
  importedDeleted: Readonly<Record<string, number>>,
  served: Served,
  now: number,
): EvidenceImport {
  const servedById = servedEvidence(served);
  const mineById = new Map(current.evidence.map((entry) => [entry.id, entry]));
  const evidence = imported.map((entry) => {
    const mine = mineById.get(entry.id);
    return mine && sameEvidence(mine, entry) ? mine : stampedEvidence(entry, servedById.get(entry.id), now);
  });
  const kept = new Set(evidence.map((entry) => entry.id));
  const deleted = new Map(Object.entries(current.deletedEvidence));
  for (const [id, at] of Object.entries(importedDeleted)) deleted.set(id, Math.max(at, deleted.get(id) ?? at));
  for (const entry of current.evidence) if (!kept.has(entry.id)) deleted.set(entry.id, now);
  for (const id of kept) deleted.delete(id);
  return { evidence, deletedEvidence: Object.fromEntries(deleted) };
}

/** The teams an imported progress map or evidence list mentions, in order of first mention. */
export function teamsMentioned(progress: Progress, evidence: readonly Evidence[]): string[] {
  const seen = new Set<string>();
  for (const teams of Object.values(progress)) for (const team of Object.keys(teams)) seen.add(team);
  for (const entry of evidence) for (const team of entry.teams) seen.add(team);
  return [...seen];
}
