import { inject } from '@angular/core';
import { ActivatedRouteSnapshot, CanActivateFn, ResolveFn, Router } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';
import { oldActivityLink } from '../../domain/common/old-activity-link';
import { queryParamsOf } from '../../shared/query-params';
import { AssessmentStore } from '../../state/assessment-store';
import { StoreState } from '../../state/store-state';

/** The store once loading has finished (ready or failed). */
function loaded(store: AssessmentStore): Promise<StoreState> {
  return firstValueFrom(store.state$.pipe(filter((state) => state.status !== 'loading')));
}

/** The browser tab title of an activity page: the activity's name. */
export const activityTitle: ResolveFn<string> = async (route: ActivatedRouteSnapshot) => {
  const state = await loaded(inject(AssessmentStore));
  if (!state.data) return 'Activity';
  return state.data.model.byUuid.get(route.paramMap.get('uuid') ?? '')?.name ?? 'Activity not found';
};

/**
 * Old links of the OWASP DSOMM app, `/activity-description?uuid=...` or `?name=...`, lead to the
 * activity page (see oldActivityLink). A name the model does not know goes to the not-found view
 * with the name, so the page can say what was looked for. A guard runs before any component
 * exists, so it reads the query params off the route snapshot it is given, converted as pages
 * convert theirs (queryParamsOf).
 */
export const redirectToActivity: CanActivateFn = async (route: ActivatedRouteSnapshot) => {
  const router = inject(Router);
  const state = await loaded(inject(AssessmentStore));
  const target = oldActivityLink(queryParamsOf(route.queryParamMap), state.data?.model);
  switch (target.to) {
    case 'activity':
      return router.createUrlTree(['/activity', target.uuid]);
    case 'not-found':
      return router.createUrlTree(['/activity', 'unknown'], { queryParams: { name: target.name } });
    case 'matrix':
      return router.createUrlTree(['/matrix']);
  }
};
