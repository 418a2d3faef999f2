import { inject } from '@angular/core';
import { ActivatedRouteSnapshot, CanActivateFn, ResolveFn, Router } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';
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
 * activity page. A name the model does not know goes to the not-found view with the name, so the
 * page can say what was looked for.
 */
export const redirectToActivity: CanActivateFn = async (route: ActivatedRouteSnapshot) => {
  const router = inject(Router);
  const state = await loaded(inject(AssessmentStore));
  const uuid = route.queryParamMap.get('uuid')?.trim();
  const name = route.queryParamMap.get('name')?.trim();
  const model = state.data?.model;
  if (uuid) return router.createUrlTree(['/activity', uuid]);
  if (name) {
    const found = model?.activities.find((activity) => activity.name === name);
    const loose = found ?? model?.activities.find((a) => a.name.toLowerCase() === name.toLowerCase());
    return loose
      ? router.createUrlTree(['/activity', loose.uuid])
      : router.createUrlTree(['/activity', 'unknown'], { queryParams: { name } });
  }
  return router.createUrlTree(['/matrix']);
};
