import { Evidence } from '../types';
import { ownValue } from '../common/own-value';
import { latestEvidenceDay } from '../evidence/evidence-date';
import { fileDateIsNewer } from './newer-than-edit';

/**
 * Evidence of the served files with the browser's on top, by id:
 * - a browser entry (with `editedAt`) wins unless the file's latest day (recorded or reviewed) is
 *   after it;
 * - a stored entry without `editedAt` is a copy of an earlier file load: the file's entry replaces
 *   it, and when the file no longer has it, it goes too;
 * - a deletion in the browser (tombstone) wins over a file entry recorded on or before it;
 * - `removedTeams` are taken out of file entries' team lists; an entry left with none is ignored.
 * Order: the file's order, then entries only the browser has, in their order.
 */
export function combineEvidence(
  files: readonly Evidence[],
  stored: readonly Evidence[],
  deleted: Readonly<Record<string, number>>,
  removedTeams: ReadonlySet<string>,
): Evidence[] {
  const storedById = new Map(stored.map((entry) => [entry.id, entry]));
  const result: Evidence[] = [];
  const placed = new Set<string>();
  for (const raw of files) {
    const file = withoutTeams(raw, removedTeams);
    const deletedAt = ownValue(deleted, raw.id);
    const live =
      file && (deletedAt === undefined || fileDateIsNewer(latestEvidenceDay(file), deletedAt)) ? file : undefined;
    const winner = newest(live, storedById.get(raw.id));
    placed.add(raw.id);
    if (winner) result.push(winner);
  }
  for (const entry of stored) {
    if (!placed.has(entry.id) && entry.editedAt !== undefined) result.push(entry);
  }
  return result;
}

function newest(file: Evidence | undefined, stored: Evidence | undefined): Evidence | undefined {
  if (stored?.editedAt === undefined) return file;
  return file && fileDateIsNewer(latestEvidenceDay(file), stored.editedAt) ? file : stored;
}

function withoutTeams(entry: Evidence, removed: ReadonlySet<string>): Evidence | undefined {
  if (!entry.teams.some((team) => removed.has(team))) return entry;
  const teams = entry.teams.filter((team) => !removed.has(team));
  return teams.length === 0 ? undefined : { ...entry, teams };
}
