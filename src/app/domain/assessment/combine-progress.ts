import { Progress, TeamProgress } from '../types';
import { ownValue } from '../common/own-value';
import { latestStageDate } from '../progress/stage-dates';
import { fileDateIsNewer } from './newer-than-edit';

/**
 * Progress of the served files with the browser's on top, entry by entry (activity x team):
 * - a browser entry (with `editedAt`) wins unless the file's entry has a stage date after it;
 * - a stored entry without `editedAt` is a copy of an earlier file load: the file's entry replaces
 *   it, and when the file no longer has the entry it goes too (the file changed since);
 * - file entries of `removedTeams` (deleted or renamed in the browser) are ignored.
 * So a stage lowered in the browser stays lowered on reload, even though the file still has the
 * higher stage's date.
 */
export function combineProgress(files: Progress, stored: Progress, removedTeams: ReadonlySet<string>): Progress {
  const result: [string, Readonly<Record<string, TeamProgress>>][] = [];
  for (const uuid of new Set([...Object.keys(files), ...Object.keys(stored)])) {
    const fileTeams = ownValue(files, uuid) ?? {};
    const storedTeams = ownValue(stored, uuid) ?? {};
    if (fileWins(fileTeams, storedTeams, removedTeams)) {
      // The file's map itself: as read, its teams share their entries, which scoring counts once.
      if (Object.keys(fileTeams).length > 0) result.push([uuid, fileTeams]);
      continue;
    }
    const teams: [string, TeamProgress][] = [];
    for (const team of new Set([...Object.keys(fileTeams), ...Object.keys(storedTeams)])) {
      const file = removedTeams.has(team) ? undefined : ownValue(fileTeams, team);
      const winner = newest(file, ownValue(storedTeams, team));
      if (winner) teams.push([team, winner]);
    }
    if (teams.length > 0) result.push([uuid, Object.fromEntries(teams)]);
  }
  return Object.fromEntries(result);
}

function newest(file: TeamProgress | undefined, stored: TeamProgress | undefined): TeamProgress | undefined {
  if (stored?.editedAt === undefined) return file;
  const latest = [latestStageDate(file?.stages ?? {}), file?.notApplicable?.date].reduce<string | undefined>(
    (a, b) => (a === undefined || (b !== undefined && b > a) ? b : a),
    undefined,
  );
  return file && fileDateIsNewer(latest, stored.editedAt) ? file : stored;
}

/**
 * Whether every entry of an activity comes from the file: the browser has no edit of it (only
 * copies of an earlier file load, or nothing) and the file names no removed team.
 */
function fileWins(
  fileTeams: Readonly<Record<string, TeamProgress>>,
  storedTeams: Readonly<Record<string, TeamProgress>>,
  removedTeams: ReadonlySet<string>,
): boolean {
  for (const team of removedTeams) if (Object.hasOwn(fileTeams, team)) return false;
  return Object.values(storedTeams).every((entry) => entry.editedAt === undefined);
}
