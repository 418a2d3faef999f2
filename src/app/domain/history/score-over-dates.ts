import { Activity, TeamProgress } from '../types';
import { codePointOrder } from '../common/code-point-order';
import { StatusRules } from '../status/activity-status';
import { ActivityScore, rankedActivityScore } from '../scoring/activity-score';
import { aggregateScores, scoredMaxLevel, scoredTeams, Scores, ScoringInput } from '../scoring/score-assessment';

/** Up to this many selected teams are looked up in an activity's entries rather than found in them. */
const FEW_TEAMS = 32;

/** What the history scores: a scoring input without its day (every date is one) and without review. */
export type HistoryScoringInput = Omit<ScoringInput, 'day' | 'review'>;

/** The history's dates and the scores at each (see `scoreHistory`). */
export interface ScoredHistory {
  /**
   * As `historyDates` gives them for the scored teams: every date of their progress before today, and
   * today; not the dates of titles the stages lack, which are never scored.
   */
  readonly dates: readonly string[];
  /** The scores at the end of each date. */
  readonly scores: readonly Scores[];
}

/**
 * The history of the scored teams: its dates (`historyDates(progress, stages, today, teams)`) and the
 * scores at each (`scoreOverDates`), found in the same pass over the progress entries.
 */
export function scoreHistory(input: HistoryScoringInput, today: string): ScoredHistory {
  const walked = walkProgress(input);
  const all = new Set(walked.otherDates);
  for (const byDate of walked.changes.values()) for (const date of byDate.keys()) all.add(date);
  if (all.size === 0) return { dates: [], scores: [] };
  // YYYY-MM-DD strings sort like the days they name; the timeline ends today (see historyDates).
  const dates = [...all]
    .filter((date) => date < today)
    .sort(codePointOrder)
    .concat(today);
  return { dates, scores: scoresAt(input, walked, dates) };
}

/**
 * The scores as they stood at the end of each of `dates`: for every date, what
 * `scoreAssessment({ ...input, day: date })` gives (a spec compares them on data with every kind of
 * change), in one pass over the progress entries instead of one per date. At 10,000 teams the
 * history scored 2 million entries once per date; here each entry is read once, its status over
 * time worked out (a stage counts from its date while it beats the one before, a "not applicable"
 * mark from its date on, as StatusRules reads them for any day), and each change added to the
 * tally of the first date it counts on; each date's tallies are then those of the date before plus
 * its changes. A tally counts the teams at each stage rank, so each date's result is made by the
 * same `rankedActivityScore` and `aggregateScores` as the heatmap's, adding the same numbers in the
 * same order.
 */
export function scoreOverDates(input: HistoryScoringInput, dates: readonly string[]): Scores[] {
  return scoresAt(input, walkProgress(input), dates);
}

/** What one pass over the scored teams' entries found. */
interface WalkedProgress {
  readonly teams: readonly string[];
  readonly rules: StatusRules;
  /** Activity uuid -> date -> the change of its tally that day (see `tallyWidth`). */
  readonly changes: ReadonlyMap<string, ReadonlyMap<string, Int32Array>>;
  /**
   * The dates of stages that change no status (lower stages, stages dated on or after the mark); not
   * those of titles the definition lacks: StatusRules never scores them, so the history shows no day
   * for them (a point where nothing could have happened).
   */
  readonly otherDates: ReadonlySet<string>;
}

/** Slots of a tally: the teams at each rank (StatusRules.rankScores), then those that marked the activity not applicable. */
const tallyWidth = (rules: StatusRules) => rules.rankScores.length + 1;

function walkProgress(input: HistoryScoringInput): WalkedProgress {
  const teams = scoredTeams(input);
  // The day plays no part: every date of the timeline is one; only the stage ranks are read.
  const rules = new StatusRules(input.stages, '');
  const notApplicable = rules.rankScores.length;
  const width = tallyWidth(rules);
  const teamSet = new Set(teams);
  const changes = new Map<string, Map<string, Int32Array>>();
  const otherDates = new Set<string>();
  // One entry's dated stages, reused: an entry has one to a few.
  const stageDates: string[] = [];
  const stageRanks: number[] = [];
  const stageScores: number[] = [];
  let byDate = new Map<string, Int32Array>();
  const change = (date: string, from: number, to: number) => {
    let tally = byDate.get(date);
    if (tally === undefined) byDate.set(date, (tally = new Int32Array(width)));
    if (from >= 0) tally[from]--;
    tally[to]++;
  };
  const read = (entry: TeamProgress) => {
    const markDate = entry.notApplicable?.date;
    const stages = entry.stages;
    let count = 0;
    for (const title in stages) {
      if (!Object.hasOwn(stages, title)) continue;
      const ranked = rules.rankedStage(title);
      if (ranked === undefined) continue;
      const date = stages[title];
      // From the mark's day on the mark wins over any stage: stages dated then never count.
      if (markDate !== undefined && date >= markDate) {
        otherDates.add(date);
        continue;
      }
      // Insertion by date (a handful at most); stages of one date keep their order.
      let at = count++;
      while (at > 0 && stageDates[at - 1] > date) {
        stageDates[at] = stageDates[at - 1];
        stageRanks[at] = stageRanks[at - 1];
        stageScores[at] = stageScores[at - 1];
        at--;
      }
      stageDates[at] = date;
      stageRanks[at] = ranked.rank;
      stageScores[at] = ranked.stage.score;
    }
    // The status moves to a stage when it beats the best reached so far (StatusRules: the highest).
    let current = -1;
    let best = -Infinity;
    for (let i = 0; i < count; i++) {
      if (stageScores[i] <= best) {
        otherDates.add(stageDates[i]);
        continue;
      }
      change(stageDates[i], current, stageRanks[i]);
      current = stageRanks[i];
      best = stageScores[i];
    }
    if (markDate !== undefined) change(markDate, current, notApplicable);
  };
  const progress = input.progress;
  for (const uuid in progress) {
    if (!Object.hasOwn(progress, uuid)) continue;
    const entries = progress[uuid];
    byDate = new Map();
    if (teams.length <= FEW_TEAMS) {
      for (const team of teamSet) if (Object.hasOwn(entries, team)) read(entries[team]);
    } else {
      // for-in without key arrays or Object.hasOwn, as ActivityScorer: this reads every entry.
      for (const team in entries) if (teamSet.has(team)) read(entries[team]);
    }
    if (byDate.size > 0) changes.set(uuid, byDate);
  }
  return { teams, rules, changes, otherDates };
}

/** The scores at the end of each of `dates`, from the changes the walk found. */
function scoresAt(input: HistoryScoringInput, walked: WalkedProgress, dates: readonly string[]): Scores[] {
  const { teams, rules } = walked;
  const maxLevel = scoredMaxLevel(input);
  const width = tallyWidth(rules);
  const sorted = [...new Set(dates)].sort(codePointOrder);
  const position = new Map(sorted.map((date, i) => [date, i]));
  /** The first of the sorted dates on or after `date` (sorted.length: none, the change never counts). */
  const firstOnOrAfter = (date: string): number => {
    const at = position.get(date);
    if (at !== undefined) return at;
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle] < date) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  /** An activity's result at each sorted date. */
  const rowOf = (activity: Activity): ActivityScore[] => {
    const changes = new Int32Array(sorted.length * width);
    const byDate = walked.changes.get(activity.uuid);
    for (const [date, change] of byDate ?? []) {
      const at = firstOnOrAfter(date);
      if (at < sorted.length) for (let slot = 0; slot < width; slot++) changes[at * width + slot] += change[slot];
    }
    const tally = new Int32Array(width);
    return sorted.map((_, i) => {
      for (let slot = 0; slot < width; slot++) tally[slot] += changes[i * width + slot];
      return rankedActivityScore(teams.length, tally, tally[width - 1], rules.rankScores, rules.top);
    });
  };

  const rows = new Map<Activity, ActivityScore[]>();
  const bySorted = sorted.map((_, i) =>
    aggregateScores(input.model, teams, maxLevel, (activity) => {
      let row = rows.get(activity);
      if (row === undefined) rows.set(activity, (row = rowOf(activity)));
      return row[i];
    }),
  );
  return dates.map((date) => bySorted[position.get(date)!]);
}
