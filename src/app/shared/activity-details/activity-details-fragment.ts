import { DestroyRef, effect, inject, InjectionToken, Injector, Signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { MatDialogRef } from '@angular/material/dialog';
import { ActivatedRoute, Router } from '@angular/router';
import { LoadedData } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { notLoadedText } from '../not-loaded';

/**
 * Loads the dialog and the details on first use. Their files can fail to load (offline, or after a
 * deploy removed them): a token so that a spec can make it fail.
 */
export const ACTIVITY_DETAILS_LOADER = new InjectionToken<
  () => Promise<[typeof import('@angular/material/dialog'), typeof import('./activity-details-dialog')]>
>('activity details loader', {
  factory: () => () => Promise.all([import('@angular/material/dialog'), import('./activity-details-dialog')]),
});

export interface ActivityDetailsFragment {
  /** Shows the activity's details by putting its uuid in the URL fragment. */
  open(uuid: string): void;
}

/**
 * Keeps the details overlay in step with the URL fragment: `#<uuid>` of a model activity opens it
 * (so `/#<uuid>` links of the OWASP DSOMM app and bookmarks work), closing it removes the fragment,
 * and Back closes it. Call from a page's injection context. The dialog, the details and their
 * Markdown renderer are loaded when first shown: the start page uses this, and rarely opens it.
 */
export function activityDetailsFromFragment(data: Signal<LoadedData | undefined>): ActivityDetailsFragment {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const injector = inject(Injector);
  const store = inject(AssessmentStore);
  const load = inject(ACTIVITY_DETAILS_LOADER);
  const fragment = toSignal(route.fragment, { initialValue: null });
  let shown: { uuid: string; ref?: MatDialogRef<unknown> } | undefined;
  let destroyed = false;

  const show = async (uuid: string | undefined) => {
    if (shown?.uuid === uuid) return;
    shown?.ref?.close();
    shown = undefined;
    const loaded = data();
    const activity = uuid === undefined ? undefined : loaded?.model.byUuid.get(uuid);
    if (!loaded || !activity) return;
    const current: { uuid: string; ref?: MatDialogRef<unknown> } = { uuid: activity.uuid };
    shown = current;
    let code: Awaited<ReturnType<typeof load>>;
    try {
      code = await load();
    } catch {
      // Nothing opened, silently: say why, and let the same link be followed again.
      if (shown === current) shown = undefined;
      if (!destroyed) store.notify(notLoadedText(`The details of “${activity.name}” could not be shown`));
      return;
    }
    const [{ MatDialog }, { openActivityDetails }] = code;
    // Another activity was asked for, or the page left, while the code loaded.
    if (shown !== current || destroyed) return;
    const ref = openActivityDetails(injector.get(MatDialog), {
      activity,
      strings: loaded.meta.strings,
      model: loaded.model,
    });
    current.ref = ref;
    ref.afterClosed().subscribe(() => {
      if (shown !== current) return;
      shown = undefined;
      if (fragment() === current.uuid) {
        void router.navigate([], { relativeTo: route, queryParamsHandling: 'preserve', replaceUrl: true });
      }
    });
  };

  effect(() => {
    const uuid = fragment() ?? undefined;
    const activity = uuid === undefined ? undefined : data()?.model.byUuid.get(uuid);
    untracked(() => void show(activity?.uuid));
  });
  inject(DestroyRef).onDestroy(() => {
    destroyed = true;
    shown?.ref?.close();
  });

  return {
    open(uuid: string) {
      // The URL names it already, but nothing shows: its code did not load the last time. The
      // same fragment is no navigation, so try again here.
      if (fragment() === uuid && shown === undefined) void show(uuid);
      else void router.navigate([], { relativeTo: route, queryParamsHandling: 'preserve', fragment: uuid });
    },
  };
}
