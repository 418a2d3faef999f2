import { DOCUMENT, InjectionToken, inject } from '@angular/core';
import { bundledTeams } from '../domain/loading/model-snapshot';
import { Teams } from '../domain/types';
import { embeddedSnapshot } from './embedded-snapshot';

/**
 * The teams the build's own files list (the sample teams), read from index.html's snapshot when
 * first asked (an import preview; not at start); undefined without a snapshot. Served teams equal
 * to these are the samples; any others are an organisation's own (a teams.yaml mounted over them).
 */
export const BUNDLED_TEAMS = new InjectionToken<() => Teams | undefined>('BUNDLED_TEAMS', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    let read: { teams: Teams | undefined } | undefined;
    return () => (read ??= { teams: bundledTeams(embeddedSnapshot(document)) }).teams;
  },
});
