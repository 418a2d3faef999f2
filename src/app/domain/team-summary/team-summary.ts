import { Evidence, Model, Progress, Stage } from '../types';
import { ownValue } from '../common/own-value';
import { scoreAssessment } from '../scoring/score-assessment';
import { NO_ACTIVITIES, ScoreCounts } from '../scoring/score-counts';
import { latestEvidenceDay } from '../evidence/evidence-date';
import { changedAfterReview } from '../evidence/evidence-review';
import { DueItem, dueForReview } from '../review/due-for-review';
import { ReviewContext } from '../review/review-context';
import { DatedTitle, StatusRules } from '../status/activity-status';

export interface TeamSummaryInput {
  readonly model: Model;
  readonly stages: readonly Stage[];
  readonly progress: Progress;
  readonly evidence: readonly Evidence[];
  /** The team, or a group's members. */
  readonly teams: readonly string[];
  /** Every team of the assessment (what scoring calls "all teams"). */
  readonly allTeams: readonly string[];
  /** Activities above this level are left out. */
  readonly maxLevel: number;
  /** The calendar day (YYYY-MM-DD) of a browser edit time, in the user's time zone. */
  readonly dayOf?: (epochMs: number) => string;
  /** YYYY-MM-DD the summary is for (see StatusRules). */
  readonly day: string;
  /** With it, the summary lists what is due for review. */
  readonly review?: ReviewContext;
}

export interface StageCount {
  readonly stage: Stage;
  /** Activity x team pairs whose current stage this is (the 0% stage only when set explicitly). */
  readonly count: number;
}

export interface InProgressRow {
  readonly uuid: string;
  readonly name: string;
  readonly dimension: string;
  readonly level: number;
  readonly team: string;
  readonly current: Stage;
  /** The stages reached, lowest first, with the day each was reached. */
  readonly reached: readonly { readonly title: string; readonly date: string }[];
  /** Stages (or a mark) dated after the day, in date order: they count from that day on. */
  readonly scheduled: readonly DatedTitle[];
}

export interface TeamSummary {
  readonly teams: readonly string[];
  /** In stage order; the pairs of all the teams' activities. */
  readonly stageCounts: readonly StageCount[];
  /** Activity x team pairs marked not applicable. */
  readonly notApplicable: number;
  /** Activity x team pairs no stage was set for yet. */
  readonly notAssessed: number;
  readonly overall: ScoreCounts;
  readonly dimensions: readonly { readonly name: string; readonly counts: ScoreCounts }[];
  /**
   * The latest day anything of these teams changed: a stage, a mark, evidence recorded or reviewed,
   * or an edit in this browser (taking a stage away leaves no date), up to the day of the summary (a
   * stage dated later is a plan: it counts only from its day). An import is no change of its own:
   * what it brought in counts from the dates in the file.
   */
  readonly lastChange?: string;
  /** Evidence entries listing at least one of the teams. */
  readonly evidence: number;
  /** Activities started but not at the top stage, in model order, team by team. */
  readonly inProgress: readonly InProgressRow[];
  /** Activities due for review for the teams, the longest overdue first (see dueForReview). */
  readonly due: readonly DueItem[];
  /** Evidence of the teams changed after its review, in evidence order. */
  readonly changedAfterReview: readonly Evidence[];
}

const later = (a: string | undefined, b: string | undefined) => (a === undefined || (b !== undefined && b > a) ? b : a);

/**
 * What the teams page shows for a team or a group: how many activities are at each stage, the
 * score per dimension (the same scoring as the heatmap), when the teams last changed anything, and
 * the activities in progress with the day each stage was reached.
 */
export function teamSummary(input: TeamSummaryInput): TeamSummary {
  const teams = [...new Set(input.teams)];
  const activities = input.model.activities.filter(
    (activity) => activity.level >= 1 && activity.level <= input.maxLevel,
  );
  const counts = new Map(input.stages.map((stage) => [stage.title, 0]));
  const rules = new StatusRules(input.stages, input.day);
  let notApplicable = 0;
  let notAssessed = 0;
  let lastChange: string | undefined;
  const changedOn = (date: string | undefined) => {
    if (date !== undefined && date <= input.day) lastChange = later(lastChange, date);
  };
  const editedOn = (entry: { readonly editedAt?: number; readonly imported?: true }) => {
    if (entry.editedAt !== undefined && !entry.imported && input.dayOf) changedOn(input.dayOf(entry.editedAt));
  };
  const inProgress: InProgressRow[] = [];
  const order = new Map(input.stages.map((stage, i) => [stage.title, i]));
  for (const activity of activities) {
    const entries = ownValue(input.progress, activity.uuid);
    for (const team of teams) {
      const entry = ownValue(entries, team);
      if (entry) {
        for (const date of Object.values(entry.stages)) changedOn(date);
        changedOn(entry.notApplicable?.date);
        editedOn(entry);
      }
      const status = rules.of(entry);
      if (status.kind === 'not-applicable') notApplicable++;
      if (status.kind === 'not-assessed') notAssessed++;
      const current = status.stage;
      if (current === undefined) continue;
      counts.set(current.title, (counts.get(current.title) ?? 0) + 1);
      if (current.score > 0 && !status.done) {
        const reached = Object.entries(entry!.stages)
          .filter(([title, date]) => order.has(title) && date <= input.day)
          .sort(([a], [b]) => order.get(a)! - order.get(b)!)
          .map(([title, date]) => ({ title, date }));
        inProgress.push({
          uuid: activity.uuid,
          name: activity.name,
          dimension: activity.dimension,
          level: activity.level,
          team,
          current,
          reached,
          scheduled: status.future,
        });
      }
    }
  }
  const teamSet = new Set(teams);
  let evidence = 0;
  const changed: Evidence[] = [];
  for (const entry of input.evidence) {
    if (!entry.teams.some((team) => teamSet.has(team))) continue;
    evidence++;
    if (changedAfterReview(entry)) changed.push(entry);
    changedOn(latestEvidenceDay(entry));
    editedOn(entry);
  }
  // Scoring reads "no team selected" as all teams: an empty group has no scores instead.
  const scores =
    teams.length === 0
      ? undefined
      : scoreAssessment({
          model: input.model,
          stages: input.stages,
          progress: input.progress,
          teams: input.allTeams,
          selected: teams,
          maxLevel: input.maxLevel,
          day: input.day,
        });
  return {
    teams,
    stageCounts: input.stages.map((stage) => ({ stage, count: counts.get(stage.title) ?? 0 })),
    notApplicable,
    notAssessed,
    overall: scores?.overall ?? NO_ACTIVITIES,
    dimensions: scores
      ? scores.dimensions.map((dimension) => ({ name: dimension.name, counts: dimension.counts }))
      : input.model.dimensions.map((dimension) => ({ name: dimension.name, counts: NO_ACTIVITIES })),
    ...(lastChange === undefined ? {} : { lastChange }),
    evidence,
    inProgress,
    due: input.review ? dueForReview({ ...input, rules, review: input.review, teams, maxLevel: input.maxLevel }) : [],
    changedAfterReview: changed,
  };
}
