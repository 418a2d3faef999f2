import { Stage } from '../types';
import { quoted } from '../common/file-problem';

/**
 * One row of the stage editor. The editor works on a draft (a list of rows) and saves it as a
 * whole, because the rules ("exactly one 0% and one 100%") can only hold for the whole list: moving
 * 100% from one stage to a new one passes through a state that breaks them.
 */
export interface StageRow {
  /** The title this row has in the saved definition; undefined for a stage added in the draft. */
  readonly from?: string;
  readonly title: string;
  /** 0..1, like Stage.score. */
  readonly score: number;
  readonly definition: string;
}

/** Why a draft cannot be saved; `row` is the 0-based row the problem belongs to, if one does. */
export interface StageProblem {
  readonly row?: number;
  readonly field?: 'title' | 'score';
  readonly message: string;
}

/** The saved stages as rows (each remembers its title, so a rename can carry progress along). */
export function draftOf(stages: readonly Stage[]): StageRow[] {
  return stages.map((stage) => ({
    from: stage.title,
    title: stage.title,
    score: stage.score,
    definition: stage.definition,
  }));
}

/**
 * Rows for "restore the stages from meta.yaml": meta's stages, each linked to the saved stage of the
 * same title (whose progress then stays where it is); saved stages meta does not have are removed,
 * which the save step asks about when they hold progress.
 */
export function restoredDraft(saved: readonly Stage[], served: readonly Stage[]): StageRow[] {
  const titles = new Set(saved.map((stage) => stage.title));
  return served.map((stage) => ({
    ...(titles.has(stage.title) ? { from: stage.title } : {}),
    title: stage.title,
    score: stage.score,
    definition: stage.definition,
  }));
}

/** `rows` with `row` inserted before the first row scoring more (so the order stays by score). */
export function withRowAdded(rows: readonly StageRow[], row: StageRow): StageRow[] {
  const index = rows.findIndex((other) => other.score > row.score);
  const at = index < 0 ? rows.length : index;
  return [...rows.slice(0, at), row, ...rows.slice(at)];
}

const NEW_STAGE = 'New stage';

/**
 * The row "Add stage" adds: called "New stage" (or "New stage 2", ... if taken), scored midway
 * between the two highest scores (a new stage rarely goes at 0% or 100%, and the top of the ladder
 * is where definitions get refined). The score is a whole percentage when one fits strictly between
 * them, to 0.01% otherwise, and never one another stage has. Insert it with `withRowAdded`.
 */
export function newStageRow(rows: readonly StageRow[]): StageRow {
  const titles = new Set(rows.map((row) => row.title.trim()));
  let n = 1;
  while (titles.has(n === 1 ? NEW_STAGE : `${NEW_STAGE} ${n}`)) n++;
  // The two highest distinct scores; with fewer, the ends of the ladder (0% and 100%) fill in.
  const scores = [...new Set(rows.map((row) => row.score).filter(Number.isFinite))].sort((a, b) => b - a);
  const [top, below] = scores.length >= 2 ? scores : scores[0] !== undefined && scores[0] < 1 ? [1, scores[0]] : [1, 0];
  const middle = (top + below) / 2;
  // Nothing scores strictly between the two highest, so a score in there is never a duplicate.
  const score =
    [100, 10_000]
      .map((scale) => Math.round(middle * scale) / scale)
      .find((rounded) => rounded > below && rounded < top) ?? middle;
  return { title: n === 1 ? NEW_STAGE : `${NEW_STAGE} ${n}`, score, definition: '' };
}

/** `rows` with the row at `index` changed. */
export function withRowChanged(
  rows: readonly StageRow[],
  index: number,
  change: Partial<Omit<StageRow, 'from'>>,
): StageRow[] {
  return rows.map((row, i) => (i === index ? { ...row, ...change } : row));
}

export function withRowRemoved(rows: readonly StageRow[], index: number): StageRow[] {
  return rows.filter((_, i) => i !== index);
}

/** `rows` with the row at `from` moved to `to` (clamped). */
export function withRowMoved(rows: readonly StageRow[], from: number, to: number): StageRow[] {
  if (from < 0 || from >= rows.length) return [...rows];
  const rest = rows.filter((_, i) => i !== from);
  const at = Math.max(0, Math.min(rest.length, Math.trunc(to)));
  return [...rest.slice(0, at), rows[from], ...rest.slice(at)];
}

/** Rows sorted by score; rows with equal scores keep their order. */
export function sortedByScore(rows: readonly StageRow[]): StageRow[] {
  return [...rows].sort((a, b) => a.score - b.score);
}

/** `0.2` -> `20%` (at most two decimals), for messages and labels. */
export function percentLabel(score: number): string {
  return `${Math.round(score * 10000) / 100}%`;
}

/**
 * Every reason the draft cannot be saved: a title that is empty or used twice (titles are compared
 * trimmed and exactly: they are keys in the progress file), a score outside 0%..100%, not exactly
 * one 0% and one 100% stage, or rows not ordered from 0% to 100% (the order is the ladder teams
 * climb, and every progress computation reads it that way). Equal scores in between are allowed.
 */
export function stageDraftProblems(rows: readonly StageRow[]): StageProblem[] {
  const problems: StageProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const title = row.title.trim();
    if (title === '') problems.push({ row: index, field: 'title', message: 'A stage needs a name.' });
    else if (seen.has(title)) {
      problems.push({
        row: index,
        field: 'title',
        message: `Stage ${seen.get(title)! + 1} is already called ${quoted(title)}.`,
      });
    } else seen.set(title, index);
    if (!Number.isFinite(row.score) || row.score < 0 || row.score > 1) {
      problems.push({ row: index, field: 'score', message: 'The score must be a percentage from 0% to 100%.' });
    }
  });
  for (const [bound, meaning] of [
    [0, 'not implemented'],
    [1, 'fully implemented'],
  ] as const) {
    const at = rows.flatMap((row, index) => (row.score === bound ? [index] : []));
    if (at.length === 0) {
      problems.push({ message: `One stage must score ${percentLabel(bound)} (${meaning}); none does.` });
    }
    for (const index of at.slice(1)) {
      problems.push({
        row: index,
        field: 'score',
        message: `Only one stage can score ${percentLabel(bound)}; stage ${at[0] + 1} already does.`,
      });
    }
  }
  rows.forEach((row, index) => {
    const above = rows[index - 1];
    if (index > 0 && Number.isFinite(row.score) && Number.isFinite(above.score) && row.score < above.score) {
      problems.push({
        row: index,
        field: 'score',
        message: `It scores less (${percentLabel(row.score)}) than the stage above it (${percentLabel(above.score)}): order the stages from 0% to 100%.`,
      });
    }
  });
  return problems;
}

/** The stages a valid draft saves as (titles trimmed). */
export function stagesOf(rows: readonly StageRow[]): Stage[] {
  return rows.map((row) => ({ title: row.title.trim(), score: row.score, definition: row.definition.trim() }));
}

/** Whether two definitions are the same (titles, scores, definitions, order). */
export function sameStages(a: readonly Stage[], b: readonly Stage[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (stage, i) => stage.title === b[i].title && stage.score === b[i].score && stage.definition === b[i].definition,
    )
  );
}
