import { AssessmentState, Evidence, Progress } from '../types';
import { ownValue } from '../common/own-value';

export interface TeamDataCount {
  /** Activities on which the team has at least one stage date. */
  readonly activities: number;
  /** Stage dates of the team, over all activities. */
  readonly stages: number;
  /** Evidence entries that list the team. */
  readonly evidence: number;
  /** Of those, the ones that list only this team (deleting the team deletes them). */
  readonly evidenceOnlyThisTeam: number;
}

/** What renaming or deleting a team touches, to tell the user before they confirm. */
export function countTeamData(assessment: AssessmentState, team: string): TeamDataCount {
  let activities = 0;
  let stages = 0;
  for (const teams of Object.values(assessment.progress)) {
    const count = Object.keys(ownValue(teams, team)?.stages ?? {}).length;
    if (count > 0) activities++;
    stages += count;
  }
  const listing = assessment.evidence.filter((evidence) => evidence.teams.includes(team));
  return {
    activities,
    stages,
    evidence: listing.length,
    evidenceOnlyThisTeam: listing.filter((evidence) => evidence.teams.length === 1).length,
  };
}

/**
 * Moves a team's progress to its new name, entry by entry and stamped with `now`: a browser edit,
 * so the renamed entries are not taken for stale copies of the file. An entry already held under
 * the new name (data of an unknown team) is replaced where the renamed team has one.
 */
export function renameTeamProgress(progress: Progress, from: string, to: string, now: number): Progress {
  return mapActivities(progress, (teams) =>
    Object.hasOwn(teams, from)
      ? Object.fromEntries(
          Object.entries(teams)
            .filter(([team]) => team !== to)
            .map(([team, entry]) => (team === from ? [to, { ...entry, editedAt: now }] : [team, entry])),
        )
      : teams,
  );
}

/** Progress without any entry of `team`. Activities left without teams are dropped. */
export function removeTeamProgress(progress: Progress, team: string): Progress {
  return mapActivities(progress, (teams) =>
    Object.hasOwn(teams, team) ? Object.fromEntries(Object.entries(teams).filter(([name]) => name !== team)) : teams,
  );
}

function mapActivities(progress: Progress, change: (teams: Progress[string]) => Progress[string]): Progress {
  let changed = false;
  const entries = Object.entries(progress).flatMap(([uuid, teams]) => {
    const next = change(teams);
    if (next === teams) return [[uuid, teams] as const];
    changed = true;
    return Object.keys(next).length === 0 ? [] : [[uuid, next] as const];
  });
  return changed ? Object.fromEntries(entries) : progress;
}

/** Evidence with the team renamed in each team list (by identity of the name, not by position). */
export function renameTeamEvidence(evidence: readonly Evidence[], from: string, to: string, now: number): Evidence[] {
  return evidence.map((entry) =>
    entry.teams.includes(from)
      ? { ...entry, teams: [...new Set(entry.teams.map((team) => (team === from ? to : team)))], editedAt: now }
      : entry,
  );
}

/**
 * Evidence without the team: it is taken out of each team list; entries left with no team are
 * deleted (with a tombstone, so the file's copy does not come back).
 */
export function removeTeamEvidence(
  assessment: Pick<AssessmentState, 'evidence' | 'deletedEvidence'>,
  team: string,
  now: number,
): Pick<AssessmentState, 'evidence' | 'deletedEvidence'> {
  const deleted: [string, number][] = [];
  const evidence: Evidence[] = [];
  for (const entry of assessment.evidence) {
    if (!entry.teams.includes(team)) evidence.push(entry);
    else if (entry.teams.length === 1) deleted.push([entry.id, now]);
    else evidence.push({ ...entry, teams: entry.teams.filter((name) => name !== team), editedAt: now });
  }
  return { evidence, deletedEvidence: { ...assessment.deletedEvidence, ...Object.fromEntries(deleted) } };
}
