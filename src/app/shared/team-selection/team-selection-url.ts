import { inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';
import { readTeamSelection, TeamSelection, teamSelectionParams } from './team-selection-params';

export interface TeamSelectionUrl {
  /** The selection in the current URL. */
  readonly selection: Signal<TeamSelection>;
  /** Puts the selection into the URL (other query params and the fragment are kept). */
  set(selection: TeamSelection): void;
}

/**
 * The team selection kept in the page's query params (`?teams=...` or `?group=...`), so a view can
 * be bookmarked and shared. Call from a component's injection context.
 */
export function injectTeamSelectionUrl(): TeamSelectionUrl {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const selection = toSignal(
    route.queryParamMap.pipe(
      map((params) => readTeamSelection({ teams: params.getAll('teams'), group: params.get('group') })),
    ),
    { requireSync: true },
  );
  return {
    selection,
    set(next: TeamSelection) {
      void router.navigate([], {
        relativeTo: route,
        queryParams: teamSelectionParams(next),
        queryParamsHandling: 'merge',
        preserveFragment: true,
        // Choosing teams refines the same view; Back should leave the page, not undo each chip.
        replaceUrl: true,
      });
    },
  };
}
