import { computed, inject, Signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { paramValue } from '../../domain/common/query-params';
import { injectQueryParams } from '../../shared/query-params';

/** An opened sector as the URL names it: the sub-dimension's name and the level. */
export interface SectorRef {
  readonly subDimension: string;
  readonly level: number;
}

/** Reads `?sector=<sub-dimension>&level=<n>`; anything else is no sector. */
export function readSectorRef(sector: string | null, level: string | null): SectorRef | undefined {
  const n = Number(level);
  return sector && Number.isInteger(n) && n >= 1 ? { subDimension: sector, level: n } : undefined;
}

/**
 * The opened sector kept in the query params, so a reload, a bookmark or a shared link opens the
 * same sector (by name, so the link survives a model with other sub-dimensions before it). Call
 * from a component's injection context.
 */
export function injectSectorUrl(): { readonly sector: Signal<SectorRef | undefined>; set(next?: SectorRef): void } {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = injectQueryParams();
  const sector = computed(
    () => readSectorRef(paramValue(params(), 'sector') ?? null, paramValue(params(), 'level') ?? null),
    { equal: (a, b) => a?.subDimension === b?.subDimension && a?.level === b?.level },
  );
  return {
    sector,
    set(next) {
      void router.navigate([], {
        relativeTo: route,
        queryParams: { sector: next?.subDimension ?? null, level: next?.level ?? null },
        queryParamsHandling: 'merge',
        preserveFragment: true,
        // Like choosing teams: Back leaves the page rather than closing each sector opened.
        replaceUrl: true,
      });
    },
  };
}
