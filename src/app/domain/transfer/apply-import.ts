import { AssessmentState, Targets, Teams } from '../types';
import { quoted } from '../common/file-problem';
import { sameStages } from '../stages/stage-draft';
import {
  mergeEvidence,
  mergeProgress,
  replaceEvidence,
  replaceProgress,
  Served,
  teamsMentioned,
} from './import-entries';
import { ImportedData } from './read-import';
import { mergedTeams, sameTeams } from './team-lists';

/** Merge: newest edit wins, entry by entry. Replace: the file's data takes the place of the browser's. */
export type ImportMode = 'merge' | 'replace';

export interface ImportOptions {
  readonly mode: ImportMode;
  /** What the served files alone say (the store's fileAssessment). */
  readonly served: AssessmentState;
  readonly now: number;
  /** Append the teams the file mentions that the team list lacks. */
  readonly addUnknownTeams: boolean;
  /** meta.yaml's allowChangeTeamNameInBrowser is false: the team list cannot change. */
  readonly teamsReadOnly: boolean;
}

export interface ImportOutcome {
  readonly assessment: AssessmentState;
  /** Entries of the file that lost to newer data in the browser (merge only) and were not taken. */
  readonly skipped: { readonly progress: number; readonly evidence: number };
  /** Teams the file's progress or evidence mentions that the team list does not hold. */
  readonly unknownTeams: readonly string[];
  /** Parts of the file that were not applied, and why. */
  readonly notes: readonly string[];
}

const NO_SKIPS = { progress: 0, evidence: 0 };

/**
 * What the assessment becomes if the file is imported; nothing is changed until the caller stores
 * it. The result is what a reload shows too: every imported entry is stamped as a browser edit
 * (unless equal to what the browser had), and every entry the import removes that a served file
 * holds is overruled (an empty stamped progress entry, an evidence tombstone).
 */
export function applyImport(current: AssessmentState, data: ImportedData, options: ImportOptions): ImportOutcome {
  const notes: string[] = [];
  const merge = options.mode === 'merge';
  switch (data.kind) {
    case 'progress': {
      const served = servedOf(options.served, current.removedTeams);
      const result = merge
        ? mergeProgress(current.progress, data.progress, served, options.now)
        : { progress: replaceProgress(current.progress, data.progress, served, options.now), skipped: 0 };
      const next = result.progress === current.progress ? current : { ...current, progress: result.progress };
      return withUnknownTeams(next, teamsMentioned(data.progress, []), options, notes, {
        progress: result.skipped,
        evidence: 0,
      });
    }
    case 'evidence': {
      const served = servedOf(options.served, current.removedTeams);
      const result = merge
        ? mergeEvidence(current, data.evidence, {}, served, options.now)
        : { ...replaceEvidence(current, data.evidence, {}, served, options.now), skipped: 0 };
      const unchanged =
        result.evidence.length === current.evidence.length &&
        result.evidence.every((e, i) => e === current.evidence[i]) &&
        sameKeys(result.deletedEvidence, current.deletedEvidence);
      const next = unchanged
        ? current
        : { ...current, evidence: result.evidence, deletedEvidence: result.deletedEvidence };
      return withUnknownTeams(next, teamsMentioned({}, data.evidence), options, notes, {
        progress: 0,
        evidence: result.skipped,
      });
    }
    case 'teams': {
      if (options.teamsReadOnly) {
        notes.push(
          'Team names cannot be changed in this deployment (allowChangeTeamNameInBrowser: false): the team list was not imported.',
        );
        return { assessment: current, skipped: NO_SKIPS, unknownTeams: [], notes };
      }
      const file: Teams = { names: data.teams.names, groups: data.teams.groups };
      const teams = merge ? mergedTeams(current.teams, file) : file;
      // A teams file without teamTargets (the peer's) says nothing about targets: they stay.
      const targets = merge
        ? mergedTargets(current.targets, data.teams.targets)
        : (data.teams.targets ?? current.targets);
      return {
        assessment: withTargets(withTeamList(current, teams), targets),
        skipped: NO_SKIPS,
        unknownTeams: [],
        notes,
      };
    }
    case 'backup':
      return applyBackup(current, data.backup.assessment, options, notes);
  }
}

function applyBackup(
  current: AssessmentState,
  backup: AssessmentState,
  options: ImportOptions,
  notes: string[],
): ImportOutcome {
  const merge = options.mode === 'merge';
  // Merging never deletes a team, so the backup's deleted and renamed teams are taken only by a
  // replace: hiding their served data while this browser still lists them would lose it on reload.
  const removedTeams = merge ? current.removedTeams : [...new Set([...current.removedTeams, ...backup.removedTeams])];
  const served = servedOf(options.served, removedTeams);
  const progress = merge
    ? mergeProgress(current.progress, backup.progress, served, options.now)
    : { progress: replaceProgress(current.progress, backup.progress, served, options.now), skipped: 0 };
  const evidence = merge
    ? mergeEvidence(current, backup.evidence, backup.deletedEvidence, served, options.now)
    : { ...replaceEvidence(current, backup.evidence, backup.deletedEvidence, served, options.now), skipped: 0 };

  let teams = current.teams;
  let teamsEdited = current.teamsEdited;
  const targets = merge ? mergedTargets(current.targets, backup.targets) : backup.targets;
  if (options.teamsReadOnly) {
    if (!sameTeams(current.teams, backup.teams))
      notes.push("Team names cannot be changed in this deployment: the backup's teams and groups were not imported.");
  } else if (merge) {
    teams = mergedTeams(current.teams, backup.teams);
    teamsEdited = sameTeams(teams, current.teams) ? current.teamsEdited : true;
  } else {
    teams = backup.teams;
    teamsEdited = backup.teamsEdited || !sameTeams(backup.teams, options.served.teams);
  }

  let stages = current.stages;
  let stagesEdited = current.stagesEdited;
  if (!merge) {
    stages = backup.stages;
    stagesEdited = backup.stagesEdited || !sameStages(backup.stages, options.served.stages);
  } else if (!sameStages(current.stages, backup.stages)) {
    notes.push("The backup has other progress stages; merging keeps this browser's (replace to take the backup's).");
  }

  const customFiles = merge ? mergedCustomFiles(current.customFiles, backup.customFiles, notes) : backup.customFiles;
  const next: AssessmentState = {
    teams,
    teamsEdited,
    removedTeams,
    stages,
    stagesEdited,
    progress: progress.progress,
    evidence: evidence.evidence,
    deletedEvidence: evidence.deletedEvidence,
    settings: merge ? { ...backup.settings, ...current.settings } : backup.settings,
    customFiles,
    ...(targets === undefined ? {} : { targets }),
  };
  return withUnknownTeams(next, teamsMentioned(backup.progress, backup.evidence), options, notes, {
    progress: progress.skipped,
    evidence: evidence.skipped,
  });
}

function sameKeys(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && b[key] === a[key]);
}

function servedOf(served: AssessmentState, removedTeams: readonly string[]): Served {
  return { progress: served.progress, evidence: served.evidence, removedTeams: new Set(removedTeams) };
}

function withUnknownTeams(
  next: AssessmentState,
  mentioned: readonly string[],
  options: ImportOptions,
  notes: string[],
  skipped: ImportOutcome['skipped'],
): ImportOutcome {
  const listed = new Set(next.teams.names);
  const unknownTeams = mentioned.filter((team) => !listed.has(team));
  if (unknownTeams.length === 0 || !options.addUnknownTeams) return { assessment: next, skipped, unknownTeams, notes };
  if (options.teamsReadOnly) {
    notes.push(
      'Team names cannot be changed in this deployment: teams the file mentions were not added to the team list (their data is kept).',
    );
    return { assessment: next, skipped, unknownTeams, notes };
  }
  // A name that is empty or blank cannot be a team (see teamNameProblem); its data stays unlisted.
  const added = unknownTeams.filter((team) => team.trim() === team && team !== '');
  const skippedNames = unknownTeams.filter((team) => !added.includes(team));
  if (skippedNames.length > 0) {
    notes.push(
      `${skippedNames.map(quoted).join(', ')} cannot be team names (blank, or spaces at the edges): their data is kept, not listed.`,
    );
  }
  const assessment = withTeamList(next, { ...next.teams, names: [...next.teams.names, ...added] });
  return { assessment, skipped, unknownTeams, notes };
}

/** Targets of both; where both set one for a team, this browser's stays (files carry no times). */
function mergedTargets(mine: Targets | undefined, theirs: Targets | undefined): Targets | undefined {
  if (mine === undefined || theirs === undefined) return mine ?? theirs;
  return { ...theirs, ...mine };
}

function withTargets(assessment: AssessmentState, targets: Targets | undefined): AssessmentState {
  if (targets === assessment.targets) return assessment;
  if (targets !== undefined) return { ...assessment, targets };
  const rest = { ...assessment };
  delete rest.targets;
  return rest;
}

function withTeamList(assessment: AssessmentState, teams: Teams): AssessmentState {
  if (sameTeams(assessment.teams, teams)) return assessment;
  return { ...assessment, teams, teamsEdited: true };
}

function mergedCustomFiles(
  mine: AssessmentState['customFiles'],
  theirs: AssessmentState['customFiles'],
  notes: string[],
): AssessmentState['customFiles'] {
  const names = new Map(mine.map((file) => [file.name, file.text]));
  const differing = theirs.filter((file) => names.has(file.name) && names.get(file.name) !== file.text);
  if (differing.length > 0) {
    notes.push(
      `Custom activity files ${differing.map((file) => quoted(file.name)).join(', ')} differ from this browser's; merging keeps this browser's.`,
    );
  }
  return [...mine, ...theirs.filter((file) => !names.has(file.name))];
}
