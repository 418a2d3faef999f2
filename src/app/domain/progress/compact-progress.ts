import { isCalendarDate } from '../common/calendar-date';
import { dictionary } from '../common/own-value';
import { Progress, TeamProgress } from '../types';
import { defineTeamsLazily } from './lazy-teams';
import {
  ActivityTeams,
  ProgressFileContext,
  ProgressFileResult,
  readProgressLayout,
  teamEntry,
  teamMap,
  titleReason,
} from './parse-progress-file';

/**
 * A compact form of a served team-progress.yaml, written when the files are deployed (`dsomm
 * compact`) so that the start page's chart needs no parse of the file's text: 1,000 teams' 7.7 MB
 * took about 400 ms of the main thread to decode and read before the paint. It holds what the file
 * writes, not what it means: the titles, dates and teams are checked against meta.yaml when it is
 * read, as the text's are, so a meta.yaml or teams.yaml mounted later cannot make it stale. It is
 * used only for the very bytes it was made from (their length and the SHA-256 of each block of
 * them, `CompactProof`), and only where the text's read would have no warnings: anything else reads
 * the text, as without it.
 */
export interface CompactProgress extends CompactProof {
  readonly format: typeof COMPACT_PROGRESS_FORMAT;
  /** Every team the file names, in an order each activity's teams follow where they can. */
  readonly teams: readonly string[];
  /** Each distinct entry once: its stage titles and dates in file order (title, date, ...). */
  readonly entries: readonly (readonly string[])[];
  /**
   * Each activity in file order: its uuid and a character per team, the team's entry (`ENTRY_BASE`
   * plus its index) or `ABSENT`; for `teams` in order, or, third, for the teams listed there.
   */
  readonly activities: readonly (readonly [string, string] | readonly [string, string, readonly number[]])[];
}

/**
 * The bytes a compact form was made from: their number, and the SHA-256 (hex) of each block of
 * `COMPACT_BLOCK_BYTES` of them in order (the last one shorter). Blocks rather than the whole file's
 * one digest: each is taken as soon as its bytes have arrived, and the 7.7 MB of 1,000 teams are
 * never copied into one buffer for WebCrypto (state/compact-progress-read.ts).
 */
export interface CompactProof {
  readonly size: number;
  readonly blocks: readonly string[];
}

/** Written into every compact form; a reader of another layout declines it (version 1: one SHA-256 of the file). */
export const COMPACT_PROGRESS_FORMAT = 'dsomm-compact-progress-2';

/** The bytes of each digested block: 1 MiB, the size below which a file is read as text anyway. */
export const COMPACT_BLOCK_BYTES = 1 << 20;

const ABSENT = 0x20;
const ENTRY_BASE = 0x30;
/** Entries stay below the surrogates, which JSON cannot carry alone. */
const MAX_ENTRIES = 0xd800 - ENTRY_BASE;

/** Where the compact form of the progress file at `path` is served: beside it. */
export function compactProgressPath(path: string): string {
  return `${path.replace(/\.ya?ml$/i, '')}.compact.json`;
}

/**
 * The compact form of a progress file's text, whose bytes `proof` describes; undefined for a file it
 * cannot hold (one the line reader does not take, or with errors): the text is then read.
 */
export function compactProgress(text: string, proof: CompactProof): CompactProgress | undefined {
  const layout = readProgressLayout(text);
  if (layout === undefined) return undefined;
  const entryIndex = new Map<string, number>();
  const entries: (readonly string[])[] = [];
  const byActivity = layout.map(({ uuid, teams }) => ({
    uuid,
    teams: teams.map(({ team }) => team),
    entries: teams.map(({ pairs }) => {
      const key = JSON.stringify(pairs);
      let entry = entryIndex.get(key);
      if (entry === undefined) {
        entryIndex.set(key, (entry = entries.length));
        entries.push(pairs);
      }
      return entry;
    }),
  }));
  if (entries.length > MAX_ENTRIES) return undefined;
  const teams = teamOrder(byActivity.map((activity) => activity.teams));
  const position = new Map(teams.map((team, i) => [team, i]));
  const activities = byActivity.map(({ uuid, teams: names, entries: used }): CompactProgress['activities'][number] => {
    const at = names.map((name) => position.get(name)!);
    if (at.every((p, i) => i === 0 || p > at[i - 1])) {
      const codes = new Array<string>(at.length === 0 ? 0 : at[at.length - 1] + 1).fill(String.fromCharCode(ABSENT));
      at.forEach((p, i) => (codes[p] = String.fromCharCode(ENTRY_BASE + used[i])));
      return [uuid, codes.join('')];
    }
    return [uuid, String.fromCharCode(...used.map((e) => ENTRY_BASE + e)), at];
  });
  return { format: COMPACT_PROGRESS_FORMAT, size: proof.size, blocks: proof.blocks, teams, entries, activities };
}

/**
 * One order of all teams in which each activity's teams come in their file order where they can:
 * then most activities need no list of their own, only a character per team. The teams sorted so
 * that each comes after the one before it on every activity (a topological order of those pairs),
 * ties and cycles (activities that list teams in different orders) settled by where each team was
 * first seen.
 */
function teamOrder(sequences: readonly (readonly string[])[]): string[] {
  const index = new Map<string, number>();
  const teams: string[] = [];
  const after: Set<number>[] = [];
  for (const sequence of sequences) {
    let previous = -1;
    for (const team of sequence) {
      let i = index.get(team);
      if (i === undefined) {
        index.set(team, (i = teams.length));
        teams.push(team);
        after.push(new Set());
      }
      if (previous >= 0) after[previous].add(i);
      previous = i;
    }
  }
  const waiting = new Int32Array(teams.length);
  for (const next of after) for (const i of next) waiting[i]++;
  const ready = new MinHeap();
  waiting.forEach((count, i) => count === 0 && ready.push(i));
  const placed = new Uint8Array(teams.length);
  const order: string[] = [];
  for (let first = 0; order.length < teams.length;) {
    let i = ready.pop();
    if (i === undefined) {
      // A cycle: the earliest team not placed goes next.
      while (placed[first]) first++;
      i = first;
    }
    if (placed[i]) continue;
    placed[i] = 1;
    order.push(teams[i]);
    for (const next of after[i]) if (--waiting[next] === 0) ready.push(next);
  }
  return order;
}

/** The smallest number first. */
class MinHeap {
  private readonly items: number[] = [];

  push(item: number): void {
    const { items } = this;
    let at = items.push(item) - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (items[parent] <= item) break;
      items[at] = items[parent];
      at = parent;
    }
    items[at] = item;
  }

  pop(): number | undefined {
    const { items } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && items[child + 1] < items[child]) child++;
      if (items[child] >= last) break;
      items[at] = items[child];
      at = child;
    }
    items[at] = last;
    return top;
  }
}

/**
 * What a compact form says of the bytes it was made from, or undefined when it is not a compact
 * form of this layout. Its read (`readCompactProgress`) may be used only once the bytes served
 * have proven to be those.
 */
export function compactProof(compact: unknown): CompactProof | undefined {
  return isCompact(compact) ? { size: compact.size, blocks: compact.blocks } : undefined;
}

/**
 * The read of the progress file from its compact form, equal to `parseProgressFile`'s of the text
 * whose bytes the form's `compactProof` describes: the caller proves the bytes served are those
 * (while this reads). Undefined, so that the text is read, when it is not a compact form of this
 * layout, and wherever the text's read would warn or fail (an activity, team or title that
 * meta.yaml does not know; its warnings point at lines of the text).
 */
export function readCompactProgress(compact: unknown, ctx: ProgressFileContext): ProgressFileResult | undefined {
  if (!isCompact(compact)) return undefined;
  const stageTitles = new Set(ctx.stages.map((stage) => stage.title));
  const knownTeams = ctx.teams && new Set(ctx.teams);
  const { teams } = compact;
  if (new Set(teams).size !== teams.length || teams.some((team) => knownTeams?.has(team) === false)) return undefined;
  let latestDate: string | undefined;
  const reasons = new Map<string, string | null>();
  const entries: TeamProgress[] = [];
  for (const pairs of compact.entries) {
    const read: { title: string; date: string }[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const [title, date] = [pairs[i], pairs[i + 1]];
      let reason = reasons.get(title);
      if (reason === undefined) reasons.set(title, (reason = titleReason(title, stageTitles, ctx.stages)));
      // A title the definition lacks is a warning with its line: the text's to give.
      if ((reason === null && !stageTitles.has(title)) || !isCalendarDate(date)) return undefined;
      if (latestDate === undefined || date > latestDate) latestDate = date;
      read.push({ title, date });
    }
    if (new Set(read.map((stage) => stage.title)).size !== read.length) return undefined;
    entries.push(teamEntry(read, (title) => reasons.get(title)));
  }
  const progress: Progress = dictionary();
  const seen = new Int32Array(teams.length);
  const lists = new Array<string[] | undefined>(entries.length);
  for (const [number, [uuid, codes, listed]] of compact.activities.entries()) {
    if (Object.hasOwn(progress, uuid) || (ctx.model && !ctx.model.byUuid.has(uuid))) return undefined;
    const read = activityTeams(codes, listed, teams, entries, seen, number + 1, lists);
    if (read === undefined) return undefined;
    defineTeamsLazily(progress, uuid, { build: () => teamMap(read), groups: () => read.groups });
  }
  return { ok: true, value: progress, warnings: [], ...(latestDate !== undefined && { latestDate }) };
}

/**
 * One activity's teams from its characters: grouped by entry as the text's reader groups them (what
 * the start page's scoring reads), and the whole list in file order when its map is built (after
 * the paint). `lists` is scratch space of a list per entry, left empty.
 */
function activityTeams(
  codes: string,
  listed: readonly number[] | undefined,
  teams: readonly string[],
  entries: readonly TeamProgress[],
  seen: Int32Array,
  activity: number,
  lists: (string[] | undefined)[],
): ActivityTeams | undefined {
  if (listed !== undefined ? listed.length !== codes.length : codes.length > teams.length) return undefined;
  // A list per entry index rather than a map keyed by entry objects: this runs for every team of
  // every activity (194,000 at 1,000 teams) before the paint.
  const used: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes.charCodeAt(i);
    if (code === ABSENT && listed === undefined) continue;
    const team = listed === undefined ? i : listed[i];
    const entry = code - ENTRY_BASE;
    // A team twice on one activity is the text's to report.
    if (!(entry >= 0 && entry < entries.length) || !(team >= 0 && team < teams.length) || seen[team] === activity) {
      for (const e of used) lists[e] = undefined;
      return undefined;
    }
    seen[team] = activity;
    let list = lists[entry];
    if (list === undefined) {
      lists[entry] = list = [];
      used.push(entry);
    }
    list.push(teams[team]);
  }
  const groups = new Map<TeamProgress, string[]>();
  for (const e of used) {
    groups.set(entries[e], lists[e]!);
    lists[e] = undefined;
  }
  let inOrder: { names: string[]; entries: TeamProgress[] } | undefined;
  const ordered = () => {
    if (inOrder === undefined) {
      inOrder = { names: [], entries: [] };
      for (let i = 0; i < codes.length; i++) {
        const code = codes.charCodeAt(i);
        if (code === ABSENT && listed === undefined) continue;
        inOrder.names.push(teams[listed === undefined ? i : listed[i]]);
        inOrder.entries.push(entries[code - ENTRY_BASE]);
      }
    }
    return inOrder;
  };
  return {
    get names() {
      return ordered().names;
    },
    get entries() {
      return ordered().entries;
    },
    groups,
  };
}

/** The shape of a compact form, checked as far as JSON's types go (the rest as it is read). */
function isCompact(value: unknown): value is CompactProgress {
  if (typeof value !== 'object' || value === null) return false;
  const { format, size, blocks, teams, entries, activities } = value as Record<string, unknown>;
  return (
    format === COMPACT_PROGRESS_FORMAT &&
    Number.isSafeInteger(size) &&
    (size as number) >= 0 &&
    isStrings(blocks) &&
    blocks.length === Math.ceil((size as number) / COMPACT_BLOCK_BYTES) &&
    isStrings(teams) &&
    Array.isArray(entries) &&
    entries.every((pairs) => isStrings(pairs) && pairs.length % 2 === 0) &&
    Array.isArray(activities) &&
    activities.every(
      (activity) =>
        Array.isArray(activity) &&
        typeof activity[0] === 'string' &&
        typeof activity[1] === 'string' &&
        (activity.length === 2 ||
          (activity.length === 3 &&
            Array.isArray(activity[2]) &&
            activity[2].every((n: unknown) => typeof n === 'number'))),
    )
  );
}

function isStrings(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
