import { computed, inject, Signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { injectQueryParams } from '../query-params';
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
  const params = injectQueryParams();
  // Equal while only other params change (opening a sector): nothing that reads the teams runs again.
  const selection = computed(() => readTeamSelection(params()), { equal: sameSelection });
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

function sameSelection(a: TeamSelection, b: TeamSelection): boolean {
  return a.group === b.group && a.teams.length === b.teams.length && a.teams.every((team, i) => team === b.teams[i]);
}
