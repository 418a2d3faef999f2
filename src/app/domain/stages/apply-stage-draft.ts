import { AssessmentState, Progress, Stage, StageDates, TeamProgress } from '../types';
import { quoted } from '../common/file-problem';
import { sameStages, StageRow, stageDraftProblems, stagesOf } from './stage-draft';

/** What happens to the progress recorded at a stage that is deleted. */
export type RemovedStageChoice =
  /** Its dates are deleted: teams at that stage fall back to the highest stage they have below it. */
  | { readonly kind: 'remove' }
  /** Its dates stay under the old title: kept in the data and the files, no longer counted. */
  | { readonly kind: 'keep' }
  /** Its dates go to another stage of the new definition (the earlier date wins if both are set). */
  | { readonly kind: 'move'; readonly to: string };

export type StagesErrorCode = 'invalid-draft' | 'choice-needed' | 'bad-target';

/** Thrown for a draft the editor should have refused; the editor checks first. */
export class StagesError extends Error {
  constructor(
    readonly code: StagesErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StagesError';
  }
}

export interface StageSavePlan {
  readonly renamed: readonly { readonly from: string; readonly to: string; readonly entries: number }[];
  /** Saved stages the draft drops; `entries` = progress entries with a date at that stage. */
  readonly removed: readonly { readonly title: string; readonly entries: number }[];
  readonly added: readonly string[];
  readonly rescored: readonly { readonly title: string; readonly from: number; readonly to: number }[];
}

/** The progress entries (activity x team) in all, and how many have a date at each stage title. */
export interface ProgressTally {
  readonly entries: number;
  readonly usage: ReadonlyMap<string, number>;
}

/**
 * One pass over the progress, kept while the progress object is the same (the store replaces it
 * on every change): at 10,000 teams it reads 2 million entries, about a quarter of a second, and
 * the data centre, the stage editor and a stage save each ask for it.
 */
const tallies = new WeakMap<Progress, ProgressTally>();

export function progressTally(progress: Progress): ProgressTally {
  const known = tallies.get(progress);
  if (known) return known;
  const usage = new Map<string, number>();
  let entries = 0;
  // for-in without key or value arrays (two per activity and one per entry before).
  for (const uuid in progress) {
    if (!Object.hasOwn(progress, uuid)) continue;
    const teams = progress[uuid];
    for (const team in teams) {
      entries++;
      const stages = teams[team].stages;
      for (const title in stages) if (Object.hasOwn(stages, title)) usage.set(title, (usage.get(title) ?? 0) + 1);
    }
  }
  const tally = { entries, usage };
  tallies.set(progress, tally);
  return tally;
}

/**
 * Takes `tally` as `progress`'s own: counted where an equal progress was made (the import worker's
 * merge), so that the page does not read its 200,000 entries again in the task that shows it.
 */
export function knownTally(progress: Progress, tally: ProgressTally): void {
  tallies.set(progress, tally);
}

/** How many progress entries (activity x team) have a date at each stage title. */
export function stageUsage(progress: Progress): ReadonlyMap<string, number> {
  return progressTally(progress).usage;
}

/** What saving `rows` over `saved` would do, for the confirmation and the "in use" question. */
export function planStageSave(saved: readonly Stage[], rows: readonly StageRow[], progress: Progress): StageSavePlan {
  const usage = stageUsage(progress);
  const kept = new Set(rows.flatMap((row) => (row.from === undefined ? [] : [row.from])));
  const savedByTitle = new Map(saved.map((stage) => [stage.title, stage]));
  const renamed: { from: string; to: string; entries: number }[] = [];
  const rescored: { title: string; from: number; to: number }[] = [];
  const added: string[] = [];
  for (const row of rows) {
    const before = row.from === undefined ? undefined : savedByTitle.get(row.from);
    const title = row.title.trim();
    if (before === undefined) {
      added.push(title);
      continue;
    }
    if (title !== before.title) renamed.push({ from: before.title, to: title, entries: usage.get(before.title) ?? 0 });
    if (row.score !== before.score) rescored.push({ title, from: before.score, to: row.score });
  }
  const removed = saved
    .filter((stage) => !kept.has(stage.title))
    .map((stage) => ({ title: stage.title, entries: usage.get(stage.title) ?? 0 }));
  return { renamed, removed, added, rescored };
}

/**
 * Saves a stage draft: the new definition, and the progress carried along. A renamed stage's
 * dates move to the new title; a deleted stage's dates are removed, kept under the old title or
 * moved to another stage, as `choices` says (a choice is required for every deleted stage that
 * holds progress). When two titles land on one in an entry, the earlier date is kept: the day the
 * team first reached that stage. Titles that are not in the saved definition (someone's unknown
 * stages) are never touched. Changed entries are stamped with `now`: they are browser edits now,
 * so a reload does not put the served file's old titles back. Saving exactly the served stages
 * (`served`, from meta.yaml) clears the "edited in the browser" mark.
 */
export function applyStageDraft(
  assessment: AssessmentState,
  rows: readonly StageRow[],
  choices: Readonly<Record<string, RemovedStageChoice>>,
  options: { readonly now: number; readonly served: readonly Stage[] },
): AssessmentState {
  const problems = stageDraftProblems(rows);
  if (problems.length > 0) throw new StagesError('invalid-draft', problems[0].message);
  const stages = stagesOf(rows);
  const titles = new Set(stages.map((stage) => stage.title));
  const plan = planStageSave(assessment.stages, rows, assessment.progress);
  /** old title -> new title; null = the dates go. Titles not in the map stay as they are. */
  const mapping = new Map<string, string | null>();
  rows.forEach((row, i) => {
    if (row.from !== undefined) mapping.set(row.from, stages[i].title);
  });
  for (const { title, entries } of plan.removed) {
    const choice = Object.hasOwn(choices, title) ? choices[title] : undefined;
    if (choice === undefined) {
      if (entries > 0)
        throw new StagesError('choice-needed', `Stage ${quoted(title)} holds progress: say what happens to it.`);
      continue;
    }
    if (choice.kind === 'remove') mapping.set(title, null);
    else if (choice.kind === 'move') {
      const to = choice.to.trim();
      if (!titles.has(to))
        throw new StagesError(
          'bad-target',
          `There is no stage ${quoted(to)} to move the progress of ${quoted(title)} to.`,
        );
      mapping.set(title, to);
    }
  }
  const progress = remapProgress(assessment.progress, mapping, options.now);
  const result: AssessmentState = {
    ...assessment,
    stages,
    stagesEdited: !sameStages(stages, options.served),
    progress,
  };
  return sameStages(stages, assessment.stages) &&
    progress === assessment.progress &&
    result.stagesEdited === assessment.stagesEdited
    ? assessment
    : result;
}

function remapProgress(progress: Progress, mapping: ReadonlyMap<string, string | null>, now: number): Progress {
  if ([...mapping].every(([from, to]) => from === to)) return progress;
  let changed = false;
  const activities = Object.entries(progress).map(([uuid, teams]) => {
    let teamsChanged = false;
    const entries = Object.entries(teams).map(([team, entry]): [string, TeamProgress] => {
      const stages = remapDates(entry.stages, mapping);
      if (stages === entry.stages) return [team, entry];
      teamsChanged = true;
      return [team, { ...entry, stages, editedAt: now }];
    });
    if (!teamsChanged) return [uuid, teams] as const;
    changed = true;
    return [uuid, Object.fromEntries(entries)] as const;
  });
  return changed ? Object.fromEntries(activities) : progress;
}

function remapDates(dates: StageDates, mapping: ReadonlyMap<string, string | null>): StageDates {
  const titles = Object.keys(dates);
  if (!titles.some((title) => mapping.has(title) && mapping.get(title) !== title)) return dates;
  // A Map, not an object literal: a stage may be called `__proto__`.
  const result = new Map<string, string>();
  for (const title of titles) {
    const to = mapping.has(title) ? mapping.get(title)! : title;
    if (to === null) continue;
    const date = dates[title];
    const before = result.get(to);
    // YYYY-MM-DD strings sort like the days they name.
    if (before === undefined || date < before) result.set(to, date);
  }
  return Object.fromEntries(result);
}
