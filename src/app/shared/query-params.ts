import { inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, NavigationEnd, ParamMap, Router } from '@angular/router';
import { filter, map, startWith } from 'rxjs';
import { paramValues, QueryParams } from '../domain/common/query-params';

/**
 * Every query param of the current route (a repeated one as a list, in the URL's order), for the
 * pure functions that read a page's view from its URL: the one way pages and their helpers read
 * query params (route path params, like an activity's uuid, are the routed component's inputs).
 * Call from a component's injection context.
 *
 * Read from the route's snapshot after each navigation, not from its `queryParamMap`: the router
 * compares a repeated param as a set and says nothing when only the order changed, so
 * `?compare=team:B&compare=team:A` after `?compare=team:A&compare=team:B` (back, forward, a link)
 * left the columns as they were while the URL said otherwise.
 */
export function injectQueryParams(): Signal<QueryParams> {
  const route = inject(ActivatedRoute);
  const navigated = inject(Router).events.pipe(filter((event) => event instanceof NavigationEnd));
  return toSignal(
    navigated.pipe(
      startWith(undefined),
      map(() => queryParamsOf(route.snapshot.queryParamMap)),
    ),
    {
      requireSync: true,
      // The same params in the same order are the same value: nothing is worked out again for them.
      equal: sameParams,
    },
  );
}

/**
 * The router's query params as the domain reads them. Pages get them through injectQueryParams; a
 * guard, which runs before its page exists, hands its route snapshot's `queryParamMap` here.
 */
export function queryParamsOf(params: ParamMap): QueryParams {
  return Object.fromEntries(params.keys.map((key) => [key, params.getAll(key)]));
}

function sameParams(a: QueryParams, b: QueryParams): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => {
      const [x, y] = [paramValues(a, key), paramValues(b, key)];
      return Object.hasOwn(b, key) && x.length === y.length && x.every((value, i) => value === y[i]);
    })
  );
}
