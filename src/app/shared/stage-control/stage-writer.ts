import { Injectable, InjectionToken, Injector, inject } from '@angular/core';
import { clearNotApplicable, setNotApplicable } from '../../domain/progress/not-applicable';
import { restoreEntries, setTeamsNotAssessed, setTeamsStage, teamProgress } from '../../domain/progress/set-team-stage';
import { Activity, TeamProgress } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { notLoadedText } from '../not-loaded';

/** How long an undo is offered: long enough to read the message and reach the button. */
const UNDO_MS = 10_000;

/**
 * Loads the snack bar that offers an undo on first use: no page needs it to show. Its file can fail
 * to load (offline, or after a deploy removed it): a token so that a spec can make it fail.
 */
export const SNACK_BAR_LOADER = new InjectionToken<() => Promise<typeof import('@angular/material/snack-bar')>>(
  'snack bar loader',
  { factory: () => () => import('@angular/material/snack-bar') },
);

type ActivityRef = Pick<Activity, 'uuid' | 'name'>;

/**
 * The one way a page sets stages and "not applicable" marks: for any number of teams in one write.
 * A change that ends what the team said before (a stage chosen on a not-applicable activity, or a
 * mark that clears a stage) is offered for undo, so nothing is lost by a slip of the finger.
 */
@Injectable({ providedIn: 'root' })
export class StageWriter {
  private readonly store = inject(AssessmentStore);
  private readonly injector = inject(Injector);
  private readonly loadSnackBar = inject(SNACK_BAR_LOADER);

  /** Sets `teams` to the stage `title` on the activity; ends their "not applicable" marks. */
  setStage(activity: ActivityRef, teams: readonly string[], title: string): void {
    const ended = teams.filter((team) => this.store.status(activity.uuid, team).kind === 'not-applicable');
    const before = this.entries(activity.uuid, ended);
    const [today, now] = [this.store.today(), Date.now()];
    this.store.update((assessment) => {
      const progress = setTeamsStage(assessment.progress, activity.uuid, teams, title, today, now, assessment.stages);
      return progress === assessment.progress ? assessment : { ...assessment, progress };
    });
    if (ended.length > 0) {
      this.offerUndo(`${activity.name}: applies again to ${names(ended)} (now ${title})`, activity.uuid, before);
    }
  }

  /** Takes the teams' stages off the activity: not assessed (offered for undo). */
  setNotAssessed(activity: ActivityRef, teams: readonly string[]): void {
    const before = this.entries(activity.uuid, teams);
    const now = Date.now();
    let changed = false;
    this.store.update((assessment) => {
      const progress = setTeamsNotAssessed(assessment.progress, activity.uuid, teams, now, assessment.stages);
      changed = progress !== assessment.progress;
      return changed ? { ...assessment, progress } : assessment;
    });
    if (changed) this.offerUndo(`${activity.name}: stage removed for ${names(teams)}`, activity.uuid, before);
  }

  /** Marks the activity not applicable to the team with `reason`; a stage it had is cleared. */
  markNotApplicable(activity: ActivityRef, team: string, reason: string): void {
    const had = this.store.status(activity.uuid, team).stage;
    const before = this.entries(activity.uuid, [team]);
    const [today, now] = [this.store.today(), Date.now()];
    this.store.update((assessment) => ({
      ...assessment,
      progress: setNotApplicable(assessment.progress, activity.uuid, team, reason, today, now, assessment.stages),
    }));
    if (had) this.offerUndo(`${activity.name}: not applicable to ${team}; ${had.title} cleared`, activity.uuid, before);
  }

  /** Makes the activity applicable to the team again (not assessed until a stage is set). */
  clearNotApplicable(uuid: string, team: string): void {
    this.store.update((assessment) => ({
      ...assessment,
      progress: clearNotApplicable(assessment.progress, uuid, team, Date.now()),
    }));
  }

  private entries(uuid: string, teams: readonly string[]): Map<string, TeamProgress | undefined> {
    const progress = this.store.assessment().progress;
    return new Map(teams.map((team) => [team, teamProgress(progress, uuid, team)]));
  }

  private async offerUndo(message: string, uuid: string, before: ReadonlyMap<string, TeamProgress | undefined>) {
    let MatSnackBar: Awaited<ReturnType<typeof this.loadSnackBar>>['MatSnackBar'];
    try {
      ({ MatSnackBar } = await this.loadSnackBar());
    } catch {
      // Without a word the slip this undo is for could not be taken back, and the user would not know.
      this.store.notify(
        notLoadedText(
          `${message}. Its undo could not be offered`,
          'The change is saved: to take it back, set what it was by hand.',
        ),
      );
      return;
    }
    const ref = this.injector.get(MatSnackBar).open(message, 'Undo', { duration: UNDO_MS });
    ref.onAction().subscribe(() =>
      this.store.update((assessment) => ({
        ...assessment,
        progress: restoreEntries(assessment.progress, uuid, before, Date.now()),
      })),
    );
  }
}

function names(teams: readonly string[]): string {
  return teams.length <= 3 ? teams.join(', ') : `${teams.length} teams`;
}
