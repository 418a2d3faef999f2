import { Progress } from '../types';
import { TeamsByEntry } from './teams-by-entry';

/** An activity's team map to build when first read, and its teams grouped by entry meanwhile. */
export interface LaterTeams {
  readonly build: () => Progress[string];
  readonly groups: () => TeamsByEntry;
}

/** The activities of a read progress whose team map is not built yet: record -> uuid -> teams. */
const unbuilt = new WeakMap<object, Map<string, LaterTeams>>();

/**
 * Defines `progress[uuid]` as a team map built when first read: 1,000 teams' file has 194 maps of
 * up to 1,000 teams, and adding their 122,000 keys was about a third of reading the file on the main
 * thread before the start page's chart, which needs only the teams grouped by entry
 * (`unbuiltGroups`). The record behaves as a plain one: the key is there, enumerable, in file order;
 * reading it builds the map and makes it a plain data property; writing it replaces it.
 */
export function defineTeamsLazily(progress: Progress, uuid: string, teams: LaterTeams): void {
  let pending = unbuilt.get(progress);
  if (pending === undefined) unbuilt.set(progress, (pending = new Map()));
  const waiting = pending;
  waiting.set(uuid, teams);
  let built: Progress[string] | undefined;
  const settle = (value: Progress[string]) => {
    waiting.delete(uuid);
    built = value;
    // A frozen record keeps the accessor, which goes on giving the map built.
    if (Object.isExtensible(progress))
      Object.defineProperty(progress, uuid, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(progress, uuid, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (built === undefined) settle(teams.build());
      return built;
    },
    set: settle,
  });
}

/**
 * The teams of `progress[uuid]` grouped by entry while its map is not built (see
 * `defineTeamsLazily`): what scoring reads instead, so that the map is not built for it. Undefined
 * for any other record or activity, and once the map is built or replaced.
 */
export function unbuiltGroups(progress: Progress, uuid: string): TeamsByEntry | undefined {
  return unbuilt.get(progress)?.get(uuid)?.groups();
}

/** Builds the team maps of `progress` not built yet (main.ts: once the start page's chart has painted). */
export function buildAllTeams(progress: Progress): void {
  const pending = unbuilt.get(progress);
  if (pending !== undefined) for (const uuid of [...pending.keys()]) void progress[uuid];
}
