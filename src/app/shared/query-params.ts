import { inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap } from '@angular/router';
import { map } from 'rxjs';
import { QueryParams } from '../domain/common/query-params';

/**
 * Every query param of the current route (a repeated one as a list), for the pure functions that
 * read a page's view from its URL: the one way pages and their helpers read query params (route
 * path params, like an activity's uuid, are the routed component's inputs). Call from a component's
 * injection context.
 */
export function injectQueryParams(): Signal<QueryParams> {
  return toSignal(inject(ActivatedRoute).queryParamMap.pipe(map(queryParamsOf)), { requireSync: true });
}

/**
 * The router's query params as the domain reads them. Pages get them through injectQueryParams; a
 * guard, which runs before its page exists, hands its route snapshot's `queryParamMap` here.
 */
export function queryParamsOf(params: ParamMap): QueryParams {
  return Object.fromEntries(params.keys.map((key) => [key, params.getAll(key)]));
}
