import { AssessmentState, Evidence, Meta, Progress, Stage, Targets } from '../types';

/** An assessment with the teams and stages of meta.yaml and nothing recorded yet. */
export function emptyAssessment(meta: Pick<Meta, 'teams' | 'teamGroups' | 'stages'>): AssessmentState {
  return fromFiles({ teams: meta.teams, groups: meta.teamGroups, stages: meta.stages, progress: {}, evidence: [] });
}

export interface FileData {
  readonly teams: readonly string[];
  readonly groups: Readonly<Record<string, readonly string[]>>;
  readonly stages: readonly Stage[];
  readonly progress: Progress;
  readonly evidence: readonly Evidence[];
  /** Roadmap targets of the served teams.yaml (`teamTargets`), when it has them. */
  readonly targets?: Targets;
}

/** What the served files say, as an assessment: nothing edited, removed or deleted in a browser. */
export function fromFiles(files: FileData): AssessmentState {
  return {
    teams: { names: files.teams, groups: files.groups },
    teamsEdited: false,
    removedTeams: [],
    stages: files.stages,
    stagesEdited: false,
    progress: files.progress,
    evidence: files.evidence,
    deletedEvidence: {},
    settings: {},
    customFiles: [],
    ...(files.targets === undefined ? {} : { targets: files.targets }),
  };
}
