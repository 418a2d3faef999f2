import { Activity, Progress, Stage } from '../types';
import { ownValue } from '../common/own-value';
import { intervalOf, ReviewContext } from '../review/review-context';
import {
  NO_EVIDENCE,
  NOT_APPLICABLE_SCORE,
  NOT_APPLICABLE_TEXT,
  NOT_ASSESSED_SCORE,
  NOT_ASSESSED_TEXT,
  StatusRules,
} from '../status/activity-status';
import { topStage } from '../progress/stage-score';
import { naturalCompare } from './natural-sort';
import { isControlId, referenceLabel, StandardKey } from './standards';

/** How far one team is with the activities mapped to one control. */
export interface ControlTeamStatus {
  readonly team: string;
  /** Mapped activities the team has fully implemented. */
  readonly done: number;
  /** Mapped activities started but not done. */
  readonly inProgress: number;
  readonly activities: number;
  /** Mapped activities the team marked not applicable: left out of `mean` and of "implemented". */
  readonly notApplicable: number;
  /** Mapped activities due for review for the team (as on every page: see StatusRules). */
  readonly due: number;
  /** Mean score over the mapped activities that apply, 0..1. */
  readonly mean: number;
  /**
   * In the words of the stages: every mapped activity that applies fully implemented; some above 0%;
   * none above 0% (`not-implemented`), or none even assessed (`not-assessed`); none applies.
   */
  readonly state: 'implemented' | 'in-progress' | 'not-implemented' | 'not-assessed' | 'not-applicable';
}

/** How many of the teams stand where on one control: the summary of a control for many teams. */
export interface ControlSummary {
  readonly teams: number;
  readonly implemented: number;
  readonly inProgress: number;
  readonly notImplemented: number;
  readonly notAssessed: number;
  readonly notApplicable: number;
  /** Teams for which at least one mapped activity is due for review (whatever their state). */
  readonly due: number;
}

/** One control of a standard (or one note found in its id lists) and the activities mapped to it. */
export interface ControlRow {
  /** The reference text as written in the model. */
  readonly id: string;
  readonly label: string;
  /** A remark such as "Not explicitly covered by ISO 27001", not a control id. */
  readonly isNote: boolean;
  /** In the order given (model order). */
  readonly activities: readonly Activity[];
  /** The teams asked for in detail, in their order. */
  readonly teams: readonly ControlTeamStatus[];
  /** All the teams, counted by their state on the control. */
  readonly summary: ControlSummary;
}

/**
 * Teams given a column each, in the control view and in the exports; past this many, the teams are
 * counted by their state (ControlSummary) and the exports add a file with a row per team.
 */
export const TEAM_COLUMNS = 10;

const NOT_ASSESSED_CODE = 0;
const NOT_APPLICABLE_CODE = 1;
/** A stage's code: its rank (StatusRules.rankScores) after the two codes above. */
const FIRST_RANK_CODE = 2;

/**
 * Where each team stands on each activity, read once (StatusRules.scoreOf, the status every page
 * shows, in one number) and kept per activity as one byte per team: the control view of 10,000
 * teams reads each team's status on ~190 activities for every control it maps to, and again for
 * each change of the selection; made again only when the progress or the stage rules change.
 * With `review`, whether it is due for review (StatusRules.lastDue, as `of(...).due`) is kept
 * beside it, one byte per team.
 */
export class TeamStandings {
  private readonly index: ReadonlyMap<string, number>;
  private readonly codes = new Map<string, Int8Array>();
  private readonly dues = new Map<string, Uint8Array>();
  /** Whether the entry `read` read last is due for review. */
  private lastDue = false;
  /** Per code: the score, and whether it is the top stage. */
  readonly scores: readonly number[];
  readonly done: readonly boolean[];

  constructor(
    private readonly progress: Progress,
    private readonly teams: readonly string[],
    private readonly rules: StatusRules,
    private readonly review?: ReviewContext,
    /** The activities by uuid, for their own review intervals. */
    private readonly activities?: ReadonlyMap<string, Activity>,
  ) {
    this.index = new Map(teams.map((team, i) => [team, i]));
    this.scores = [0, 0, ...rules.rankScores];
    this.done = this.scores.map((score, code) => code >= FIRST_RANK_CODE && rules.isDone(score));
  }

  /** The team's position in the codes of an activity; -1 for a team these standings were not made for. */
  indexOf(team: string): number {
    return this.index.get(team) ?? -1;
  }

  /** Each team's code on the activity, in the order of the teams (read on first use). */
  codesOf(activityUuid: string): Int8Array {
    let codes = this.codes.get(activityUuid);
    if (codes === undefined) {
      const entries = ownValue(this.progress, activityUuid);
      codes = new Int8Array(this.teams.length);
      const dues = new Uint8Array(this.teams.length);
      for (let i = 0; i < codes.length; i++) {
        codes[i] = this.read(entries, activityUuid, this.teams[i]);
        if (this.lastDue) dues[i] = 1;
      }
      this.codes.set(activityUuid, codes);
      this.dues.set(activityUuid, dues);
    }
    return codes;
  }

  /** Per team (in the order of the teams), 1 when the activity is due for review for it. */
  duesOf(activityUuid: string): Uint8Array {
    this.codesOf(activityUuid);
    return this.dues.get(activityUuid)!;
  }

  /** One team's code on the activity. */
  codeOf(activityUuid: string, team: string): number {
    const i = this.indexOf(team);
    if (i >= 0) return this.codesOf(activityUuid)[i];
    return this.read(ownValue(this.progress, activityUuid), activityUuid, team);
  }

  /** Whether the activity is due for review for the team. */
  dueOf(activityUuid: string, team: string): boolean {
    const i = this.indexOf(team);
    if (i >= 0) return this.duesOf(activityUuid)[i] === 1;
    this.read(ownValue(this.progress, activityUuid), activityUuid, team);
    return this.lastDue;
  }

  private read(entries: Progress[string] | undefined, activityUuid: string, team: string): number {
    const score = this.rules.scoreOf(ownValue(entries, team));
    const review = this.review;
    this.lastDue =
      review !== undefined &&
      this.rules.lastDue(
        review.evidence.get(activityUuid)?.get(team) ?? NO_EVIDENCE,
        intervalOf(this.activities?.get(activityUuid), review),
      );
    if (score === NOT_APPLICABLE_SCORE) return NOT_APPLICABLE_CODE;
    if (score === NOT_ASSESSED_SCORE) return NOT_ASSESSED_CODE;
    return FIRST_RANK_CODE + this.rules.lastRank;
  }
}

/**
 * The inverse of the mapping for one standard: every control with the activities that map to it,
 * per team in `detail` (all `teams` unless given) how many of those are done, and all `teams`
 * counted by their state on it: the raw material of a Statement of Applicability. Controls come in
 * natural order, notes after them. `standings` must cover the teams (else each unknown team's
 * entries are read one by one).
 */
export function controlRows(
  activities: readonly Activity[],
  standard: StandardKey,
  standings: TeamStandings,
  teams: readonly string[],
  detail: readonly string[] = teams,
): ControlRow[] {
  const byControl = controlActivities(activities, standard);
  const indices = teams.map((team) => standings.indexOf(team));
  const rows = [...byControl].map(([id, mapped]) => ({
    id,
    label: referenceLabel(id),
    isNote: !isControlId(id),
    activities: mapped,
    teams: detail.map((team) => teamStatus(team, mapped, standings)),
    summary: countByState(mapped, standings, teams, indices),
  }));
  return rows.sort((a, b) => Number(a.isNote) - Number(b.isNote) || naturalCompare(a.label, b.label));
}

/** Each id the activities map to in the standard (controls and notes), with those activities in order. */
export function controlActivities(activities: readonly Activity[], standard: StandardKey): Map<string, Activity[]> {
  const byControl = new Map<string, Activity[]>();
  for (const activity of activities) {
    for (const id of new Set(activity.references[standard])) {
      const list = byControl.get(id);
      if (list) list.push(activity);
      else byControl.set(id, [activity]);
    }
  }
  return byControl;
}

/**
 * The teams counted by their state on the activities together (a control's, or one activity's),
 * without a status object per team (10,000 teams x ~90 controls).
 */
export function countByState(
  activities: readonly Activity[],
  standings: TeamStandings,
  teams: readonly string[],
  /** The teams' places in `standings` (`indexOf`), when already known. */
  indices: readonly number[] = teams.map((team) => standings.indexOf(team)),
): ControlSummary {
  const counts = { implemented: 0, inProgress: 0, notImplemented: 0, notAssessed: 0, notApplicable: 0, due: 0 };
  const codes = activities.map((activity) => standings.codesOf(activity.uuid));
  const dues = activities.map((activity) => standings.duesOf(activity.uuid));
  const tally = new Tally(standings);
  for (let t = 0; t < teams.length; t++) {
    tally.clear();
    const i = indices[t];
    for (let a = 0; a < activities.length; a++) {
      if (i < 0)
        tally.add(standings.codeOf(activities[a].uuid, teams[t]), standings.dueOf(activities[a].uuid, teams[t]));
      else tally.add(codes[a][i], dues[a][i] === 1);
    }
    if (tally.due > 0) counts.due++;
    const state = tally.state(activities.length);
    if (state === 'implemented') counts.implemented++;
    else if (state === 'in-progress') counts.inProgress++;
    else if (state === 'not-implemented') counts.notImplemented++;
    else if (state === 'not-assessed') counts.notAssessed++;
    else counts.notApplicable++;
  }
  return { teams: teams.length, ...counts };
}

/** One team's codes on a control's activities, added up: the one place a control's state is decided. */
class Tally {
  done = 0;
  inProgress = 0;
  notApplicable = 0;
  notAssessed = 0;
  due = 0;
  total = 0;

  constructor(private readonly standings: TeamStandings) {}

  clear(): void {
    this.done = this.inProgress = this.notApplicable = this.notAssessed = this.due = this.total = 0;
  }

  add(code: number, due: boolean): void {
    if (due) this.due++;
    if (code === NOT_APPLICABLE_CODE) this.notApplicable++;
    else if (code === NOT_ASSESSED_CODE) this.notAssessed++;
    else if (this.standings.done[code]) this.done++;
    else if (this.standings.scores[code] > 0) this.inProgress++;
    this.total += this.standings.scores[code];
  }

  /**
   * In the words of the stages: every mapped activity that applies fully implemented; some above
   * 0%; none above 0% (`not-implemented`), or none even assessed (`not-assessed`); none applies.
   */
  state(count: number): ControlTeamStatus['state'] {
    const applicable = count - this.notApplicable;
    if (count > 0 && applicable === 0) return 'not-applicable';
    if (applicable > 0 && this.done === applicable) return 'implemented';
    if (this.done + this.inProgress > 0) return 'in-progress';
    return this.notAssessed === applicable ? 'not-assessed' : 'not-implemented';
  }
}

function teamStatus(team: string, activities: readonly Activity[], standings: TeamStandings): ControlTeamStatus {
  const tally = new Tally(standings);
  for (const { uuid } of activities) tally.add(standings.codeOf(uuid, team), standings.dueOf(uuid, team));
  const count = activities.length;
  const applicable = count - tally.notApplicable;
  return {
    team,
    done: tally.done,
    inProgress: tally.inProgress,
    notApplicable: tally.notApplicable,
    due: tally.due,
    activities: count,
    mean: applicable === 0 ? 0 : tally.total / applicable,
    state: tally.state(count),
  };
}

const STATES: readonly ControlTeamStatus['state'][] = [
  'implemented',
  'in-progress',
  'not-implemented',
  'not-assessed',
  'not-applicable',
];

/** The headers of the teams counted by state, in the stages' words: `Teams: Fully implemented`... */
export function countColumns(stages: readonly Stage[]): string[] {
  return STATES.map((state) => `Teams: ${controlStateText(state, stages)}`);
}

/** The counts of `countColumns`, in their order. */
export function countCells(summary: ControlSummary): number[] {
  return [summary.implemented, summary.inProgress, summary.notImplemented, summary.notAssessed, summary.notApplicable];
}

/**
 * A control's state for a team in the words the stages use (their titles, so a renamed stage is
 * renamed here too): the top stage's title, "In progress", the 0% stage's title, or the state.
 */
export function controlStateText(state: ControlTeamStatus['state'], stages: readonly Stage[]): string {
  switch (state) {
    case 'implemented':
      return topStage(stages)?.title ?? 'Fully implemented';
    case 'in-progress':
      return 'In progress';
    case 'not-implemented':
      return stages.find((stage) => stage.score === 0)?.title ?? 'Not implemented';
    case 'not-assessed':
      return NOT_ASSESSED_TEXT;
    case 'not-applicable':
      return NOT_APPLICABLE_TEXT;
  }
}
