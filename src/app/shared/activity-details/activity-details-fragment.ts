import { DestroyRef, effect, inject, Signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { ActivatedRoute, Router } from '@angular/router';
import { LoadedData } from '../../domain/types';
import { openActivityDetails } from './activity-details-dialog';

export interface ActivityDetailsFragment {
  /** Shows the activity's details by putting its uuid in the URL fragment. */
  open(uuid: string): void;
}

/**
 * Keeps the details overlay in step with the URL fragment: `#<uuid>` of a model activity opens it
 * (so `/#<uuid>` links of the OWASP DSOMM app and bookmarks work), closing it removes the fragment,
 * and Back closes it. Call from a page's injection context.
 */
export function activityDetailsFromFragment(data: Signal<LoadedData | undefined>): ActivityDetailsFragment {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const dialog = inject(MatDialog);
  const fragment = toSignal(route.fragment, { initialValue: null });
  let shown: { uuid: string; ref: MatDialogRef<unknown> } | undefined;

  const show = (uuid: string | undefined) => {
    if (shown?.uuid === uuid) return;
    shown?.ref.close();
    shown = undefined;
    const loaded = data();
    const activity = uuid === undefined ? undefined : loaded?.model.byUuid.get(uuid);
    if (!loaded || !activity) return;
    const ref = openActivityDetails(dialog, { activity, strings: loaded.meta.strings, model: loaded.model });
    const current = { uuid: activity.uuid, ref };
    shown = current;
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
    untracked(() => show(activity?.uuid));
  });
  inject(DestroyRef).onDestroy(() => shown?.ref.close());

  return {
    open(uuid: string) {
      void router.navigate([], { relativeTo: route, queryParamsHandling: 'preserve', fragment: uuid });
    },
  };
}
