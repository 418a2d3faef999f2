import { ownValue } from '../common/own-value';
import { AssessmentState, Evidence, Progress, TeamProgress } from '../types';

const editTime = (entry: { editedAt?: number } | undefined): number => entry?.editedAt ?? -1;

/**
 * Two browser states of the same app (another tab saved while this one had edits): per activity x
 * team and per evidence id the newest edit wins, so two tabs editing different teams both keep their
 * work. Teams, groups, stages, settings and custom files come from `theirs` (the later save) unless
 * only `mine` has edited them.
 */
export function mergeBrowserAssessments(mine: AssessmentState, theirs: AssessmentState): AssessmentState {
  const deletedEvidence = Object.fromEntries([
    ...Object.entries(mine.deletedEvidence),
    ...Object.entries(theirs.deletedEvidence).map(([id, at]) => [
      id,
      Math.max(at, ownValue(mine.deletedEvidence, id) ?? at),
    ]),
  ]);
  const teamsFromMine = mine.teamsEdited && !theirs.teamsEdited;
  const stagesFromMine = mine.stagesEdited && !theirs.stagesEdited;
  return {
    teams: teamsFromMine ? mine.teams : theirs.teams,
    teamsEdited: mine.teamsEdited || theirs.teamsEdited,
    removedTeams: [...new Set([...mine.removedTeams, ...theirs.removedTeams])],
    stages: stagesFromMine ? mine.stages : theirs.stages,
    stagesEdited: mine.stagesEdited || theirs.stagesEdited,
    progress: mergeProgress(mine.progress, theirs.progress),
    evidence: mergeEvidence(mine.evidence, theirs.evidence, deletedEvidence),
    deletedEvidence,
    settings: { ...mine.settings, ...theirs.settings },
    customFiles: theirs.customFiles,
    // Targets are set as a whole record: the later save's, unless only this tab has any.
    ...((theirs.targets ?? mine.targets) === undefined ? {} : { targets: theirs.targets ?? mine.targets }),
  };
}

function mergeProgress(mine: Progress, theirs: Progress): Progress {
  // Object.fromEntries rather than assignment: a team may be called `__proto__`.
  return Object.fromEntries(
    [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].map((uuid) => {
      const a = ownValue(mine, uuid) ?? {};
      const b = ownValue(theirs, uuid) ?? {};
      const teams = [...new Set([...Object.keys(a), ...Object.keys(b)])].map((team): [string, TeamProgress] => {
        const x = ownValue(a, team);
        const y = ownValue(b, team);
        return [team, (x && (!y || editTime(x) > editTime(y)) ? x : y)!];
      });
      return [uuid, Object.fromEntries(teams)];
    }),
  );
}

function mergeEvidence(
  mine: readonly Evidence[],
  theirs: readonly Evidence[],
  deleted: Readonly<Record<string, number>>,
): Evidence[] {
  const byId = new Map<string, Evidence>();
  for (const entry of [...theirs, ...mine]) {
    const other = byId.get(entry.id);
    if (!other || editTime(entry) > editTime(other)) byId.set(entry.id, entry);
  }
  return [...new Set([...theirs, ...mine].map((e) => e.id))]
    .map((id) => byId.get(id)!)
    .filter((entry) => {
      const deletedAt = ownValue(deleted, entry.id);
      return deletedAt === undefined || editTime(entry) > deletedAt;
    });
}
