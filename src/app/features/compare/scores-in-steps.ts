import { computed, effect, Signal, signal } from '@angular/core';
import { Scores, ScoringInput, ScoringRun } from '../../domain/scoring/score-assessment';
import { afterPaint } from '../../shared/after-paint';
import { StoreSelectors } from '../../state/store-selectors';

/**
 * Teams' entries read per step: a few tens of milliseconds. Two groups of 5,000 teams among 10,000
 * (about 2 million entries) scored in one task held the page for 1.5–4 s.
 */
export const SCORING_WORK = 150_000;

export interface ScoresInSteps {
  /** Each input's scores, in order; undefined while it is still being scored. */
  readonly scores: Signal<readonly (Scores | undefined)[]>;
  /** The share of the activities scored so far, 0..1 (1 when there is nothing left). */
  readonly progress: Signal<number>;
  /** Some input is still being scored. */
  readonly busy: Signal<boolean>;
}

/**
 * The scores of each input, as the store scores them (its `scoringRun`: what an earlier page or
 * run scored the same way is taken over), scored a step at a time: the first step at once, so that
 * a few teams, or scorings the store holds, show in the same frame; then a step once each frame is
 * painted. Inputs that change start again (the store keeps the runs that finished). Call in an
 * injection context.
 */
export function scoresInSteps(
  store: StoreSelectors,
  inputs: Signal<readonly ScoringInput[]>,
  work = SCORING_WORK,
): ScoresInSteps {
  /** Bumped after each step: the runs are not signals. */
  const stepped = signal(0);
  const runs = computed(() =>
    firstStepTaken(
      inputs().map((input) => store.scoringRun(input)),
      work,
    ),
  );
  const busy = computed(() => {
    stepped();
    return runs().some((run) => !run.done);
  });
  const scores = computed(
    () => {
      stepped();
      return runs().map((run) => (run.done ? run.scores() : undefined));
    },
    { equal: (a, b) => a.length === b.length && a.every((scores, i) => scores === b[i]) },
  );
  const progress = computed(() => {
    stepped();
    const list = runs();
    return list.length === 0 ? 1 : list.reduce((sum, run) => sum + run.progress, 0) / list.length;
  });
  effect((onCleanup) => {
    // Each step is a change, though `busy` stays true.
    stepped();
    if (!busy()) return;
    const list = runs();
    onCleanup(
      afterPaint(() => {
        stepRuns(list, work);
        stepped.update((n) => n + 1);
      }),
    );
  });
  return { scores, progress, busy };
}

/**
 * The runs, their first step taken as they are made: what one step scores (a few teams, or runs the
 * store finished before) then shows in the frame that asked for it. Safe inside a computed: the runs
 * are not signals, so the step changes nothing that a signal read tracks.
 */
function firstStepTaken(runs: readonly ScoringRun[], work: number): readonly ScoringRun[] {
  stepRuns(runs, work);
  return runs;
}

/** One step of about `work` teams' entries over the runs in order; a run that finishes gets its scores. */
function stepRuns(runs: readonly ScoringRun[], work: number): void {
  let left = work;
  for (const run of runs) {
    if (left <= 0) return;
    if (run.done) continue;
    left -= run.step(left);
    if (run.done) run.scores();
  }
}
