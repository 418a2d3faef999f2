import { AssessmentState } from '../types';
import { combineEvidence } from './combine-evidence';
import { combineProgress } from './combine-progress';

/**
 * The assessment the app shows: the served files, with what the user changed in the browser on
 * top (see combineProgress and combineEvidence for the per-entry rules). Teams and groups come
 * from the browser once edited there, else from the files; the same for the stage definitions.
 * Settings and custom files live only in the browser. Roadmap targets: the browser's once it has
 * any record of them, else the files'. Without a stored assessment (first visit,
 * or storage cleared) it is the files' assessment.
 *
 * Call it only with files that loaded: with a file missing or broken, pass what was loaded before
 * (or the stored state alone), since stored copies of file data that the files no longer hold are
 * dropped here.
 */
export function combineAssessments(files: AssessmentState, stored: AssessmentState | undefined): AssessmentState {
  if (stored === undefined) return files;
  const removed = new Set(stored.removedTeams);
  return {
    teams: stored.teamsEdited ? stored.teams : files.teams,
    teamsEdited: stored.teamsEdited,
    removedTeams: stored.removedTeams,
    stages: stored.stagesEdited ? stored.stages : files.stages,
    stagesEdited: stored.stagesEdited,
    progress: combineProgress(files.progress, stored.progress, removed),
    evidence: combineEvidence(files.evidence, stored.evidence, stored.deletedEvidence, removed),
    deletedEvidence: stored.deletedEvidence,
    settings: stored.settings,
    customFiles: stored.customFiles,
    ...targetsOf(stored.targets ?? files.targets),
  };
}

/** `{targets}` when there are any: the optional key stays absent rather than `undefined`. */
function targetsOf(targets: AssessmentState['targets']): Pick<AssessmentState, 'targets'> {
  return targets === undefined ? {} : { targets };
}
