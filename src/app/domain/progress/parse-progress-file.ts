import { DatedResult, Model, Problem, Progress, Stage, TeamProgress } from '../types';
import { parseYaml } from '../yaml';
import { BlockMapLines } from '../yaml-block-maps';
import { foundDateText, isCalendarDate } from '../common/calendar-date';
import { fileError, quoted } from '../common/file-problem';
import { lineOfPath } from '../common/key-lines';
import { describeYaml, isYamlMap } from '../common/yaml-values';
import { UnknownNames } from '../common/unknown-names';
import { readNotApplicableKey } from './not-applicable';
import { defineTeamsLazily } from './lazy-teams';
import { recordTeamsByEntry, TeamsByEntry } from './teams-by-entry';
import { countOf } from '../common/count-of';
import { defineOwn, dictionary } from '../common/own-value';

export interface ProgressFileContext {
  /** When given, activity uuids not in the model are reported (and kept). */
  readonly model?: Model;
  /** Stage titles not in the definition are reported (and kept). */
  readonly stages: readonly Stage[];
  /** When given, team names not in the list are reported (and kept). */
  readonly teams?: readonly string[];
}

/**
 * The progress read, and where the file first writes each stage title the definition lacks (its
 * 1-based line): the import preview lists those titles with their lines, as the warnings do.
 */
export type ProgressFileResult = DatedResult<Progress> & { readonly unknownStageLines?: ReadonlyMap<string, number> };

/** Beyond this many errors the rest are summed up: a wrong file should not flood the screen. */
const MAX_ERRORS = 50;

/**
 * Reads team-progress.yaml: `progress:` -> activity uuid -> team -> stage title -> YYYY-MM-DD.
 * A `Not applicable[: reason]` key (not a stage of the definition) is the team's "not applicable"
 * mark, not a stage: see progress/not-applicable.ts for why it is written that way.
 * An empty file and an empty `progress:` are valid. Activities, teams and stages that the model,
 * team list or definition do not know are kept (they are someone's data) and listed as warnings.
 * Anything malformed makes the whole file an error (ok: false) listing every problem found, each
 * with its line where it can be found: half-reading a progress file would silently lose data.
 */
export function parseProgressFile(text: string, fileName: string, ctx: ProgressFileContext): ProgressFileResult {
  return readPlainProgressFile(text, fileName, ctx) ?? readProgressYaml(text, fileName, ctx);
}

/**
 * parseProgressFile for the app's own exports and most files, plain block maps (see
 * BlockMapLines), read line by line into the result: several times faster than js-yaml and a walk
 * of what it built (1,000 teams: 194,000 entries). Undefined for any other text, and for a shape
 * that the walk reports on (a key other than `progress`, a scalar where a map belongs, a stage
 * without a date) or keys that are array indices (objects list those first, so the walk would meet
 * them, and report them, out of file order).
 */
export function readPlainProgressFile(
  text: string,
  fileName: string,
  ctx: ProgressFileContext,
): ProgressFileResult | undefined {
  const reader = new ProgressReader(text, fileName, ctx);
  return readPlainProgress(text, reader) ? reader.result() : undefined;
}

/** An activity as a plain progress file writes it (see `readProgressLayout`). */
export interface LaidOutActivity {
  readonly uuid: string;
  /** Its teams in file order, each with its stage titles and dates in file order (title, date, ...), marks included. */
  readonly teams: { readonly team: string; readonly pairs: readonly string[] }[];
}

/**
 * What a plain progress file writes, activity by activity in file order, without judging any title
 * (the stages, marks and teams are the loader's to check against meta.yaml): for a compact form of
 * the file (compact-progress.ts). Undefined for a file the line reader does not take or with errors.
 */
export function readProgressLayout(text: string): LaidOutActivity[] | undefined {
  const teams = new Map<string, LaidOutActivity['teams']>();
  const reader = new ProgressReader(text, '', { stages: [] }, (activity, team, node) => {
    const pairs: string[] = [];
    for (let at: EntryNode | undefined = node; at?.parent; at = at.parent) pairs.push(at.date, at.title);
    let list = teams.get(activity);
    if (list === undefined) teams.set(activity, (list = []));
    list.push({ team, pairs: pairs.reverse() });
  });
  if (!readPlainProgress(text, reader)) return undefined;
  const read = reader.result();
  return read.ok ? Object.keys(read.value).map((uuid) => ({ uuid, teams: teams.get(uuid) ?? [] })) : undefined;
}

/** parseProgressFile for any text: read with js-yaml, then what it read walked. */
export function readProgressYaml(text: string, fileName: string, ctx: ProgressFileContext): ProgressFileResult {
  const parsed = parseYaml(text, fileName);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const root = parsed.value;
  if (root === null || root === undefined) return { ok: true, value: {}, warnings: [] };
  if (!isYamlMap(root)) {
    return {
      ok: false,
      problems: [
        fileError(fileName, `A progress file is a map with the key "progress"; found ${describeYaml(root)}.`, 1),
      ],
    };
  }
  const reader = new ProgressReader(text, fileName, ctx);
  for (const key of Object.keys(root)) {
    if (key !== 'progress')
      reader.error(`Unexpected top-level key ${quoted(key)}: a progress file has only "progress".`, [key]);
  }
  const body = Object.hasOwn(root, 'progress') ? root['progress'] : null;
  if (body !== null && body !== undefined && !isYamlMap(body)) {
    reader.error(`"progress" must map activity uuids to teams; found ${describeYaml(body)}.`, ['progress']);
  }
  for (const [uuid, teamsValue] of Object.entries(isYamlMap(body) ? body : {})) {
    reader.activity(uuid);
    const teamsMap = teamsValue ?? {};
    if (!isYamlMap(teamsMap)) {
      reader.error(`Under ${reader.where}, expected a map of team names; found ${describeYaml(teamsValue)}.`, [
        'progress',
        uuid,
      ]);
      continue;
    }
    for (const [team, stagesValue] of Object.entries(teamsMap)) {
      reader.team(team);
      const stagesMap = stagesValue ?? {};
      if (!isYamlMap(stagesMap)) {
        reader.error(
          `Team ${quoted(team)} on ${reader.where}: expected a map of stage -> date; found ${describeYaml(stagesValue)}.`,
          ['progress', uuid, team],
        );
        continue;
      }
      for (const [title, date] of Object.entries(stagesMap)) reader.stage(title, date);
    }
  }
  return reader.result();
}

/** Reads plain block maps of the progress layout into `reader`: false (drop it) at anything else. */
function readPlainProgress(text: string, reader: ProgressReader): boolean {
  const lines = new BlockMapLines(text);
  /** The keys of the team read last (`titleCount` of them): a duplicate is js-yaml's to report. */
  const titles: string[] = [];
  let titleCount = 0;
  let rooted = false;
  let more = lines.next();
  if (more !== true) return false;
  for (; more; more = lines.next()) {
    const { depth, key, value, line } = lines;
    // A line recurs (a team's on every activity, `Started: 2026-01-10` on thousands of teams): what
    // is found out about it is kept with it.
    let note = line.note as LineNote | undefined;
    if (note === undefined) line.note = note = { arrayIndex: isArrayIndex(key), stage: undefined };
    if ((depth < 3 && value !== undefined) || note.arrayIndex) return false;
    if (depth === 0) {
      if (rooted || key !== 'progress') return false;
      rooted = true;
    } else if (depth === 1) {
      if (!reader.activity(key)) return false;
    } else if (depth === 2) {
      if (!reader.team(key)) return false;
      titleCount = 0;
    } else if (depth === 3 && value !== undefined) {
      for (let i = 0; i < titleCount; i++) if (titles[i] === key) return false;
      titles[titleCount++] = key;
      reader.stageRead((note.stage ??= reader.stageOf(key, value)));
    } else return false;
  }
  return more === false;
}

/** What readPlainProgress found out about a line (BlockMapLines' `note`). */
interface LineNote {
  /** Its key is an array index. */
  readonly arrayIndex: boolean;
  /** A `title: date` line read as a stage. */
  stage: StageRead | undefined;
}

/** A stage title with a date, as the reader took it: looked at once however often it recurs. */
interface StageRead {
  readonly title: string;
  readonly date: unknown;
  /** The "not applicable" reason of a mark, null for a stage title. */
  readonly reason: string | null;
  /** A stage of the definition or a mark (not an unknown title, which is counted each time). */
  readonly known: boolean;
  /** Written YYYY-MM-DD, a real day. */
  readonly valid: boolean;
}

/** Whether `key` is an array index, which objects order before every other key. */
function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && String(Number(key) >>> 0) === key && key !== '4294967295';
}

/**
 * The checks of a progress file and the progress read, fed its activities, teams and stages in
 * file order (by the line reader or the walk of what js-yaml read). Names and dates recur on
 * hundreds of thousands of lines: each title is looked at and each date checked once.
 */
class ProgressReader {
  /** How the current activity is named in messages. */
  where = '';
  /**
   * In hash-table form (`dictionary`), as the team maps: each activity's key is an accessor until its
   * map is built (lazy-teams.ts), and redefining the 194 accessors of an ordinary object as data
   * properties copied its hidden class each time (46 ms of the 4-team start, which builds every map
   * before the chart; Node: 30 ms, 2.9 s for 1,000 activities; about 0.5 ms in this form).
   */
  private readonly progress = dictionary<Record<string, TeamProgress>>();
  private readonly errors: Problem[] = [];
  private readonly activities: UnknownNames;
  private readonly teams: UnknownNames;
  private readonly titles: UnknownNames;
  private readonly stageTitles: ReadonlySet<string>;
  /** Each title's "not applicable" reason, or null for a stage title (known or not). */
  private readonly reasons = new Map<string, string | null>();
  /** Each stage read, by title and date. */
  private readonly stages = new Map<string, Map<unknown, StageRead>>();
  /** The latest date of a stage of the definition or a mark (see DatedResult). */
  private latestDate: string | undefined;
  private uuid = '';
  /** The current activity's teams in file order (undefined before the first activity). */
  private activityTeams: ActivityTeams | undefined;
  /** The number of the activity each team was last read on: a team twice on one is js-yaml's to report. */
  private readonly lastActivity = new Map<string, { activity: number }>();
  /** The current activity's entries, each with its teams (see `recordTeamsByEntry`), and its number. */
  private readonly shared: EntryNode[] = [];
  private activityCount = 0;
  private teamName: string | undefined;
  private title = '';
  /** Where the current team's stages lead in `entries`. */
  private node: EntryNode = { next: new Map(), title: '', date: '', activity: 0, teams: [] };
  /**
   * The entries read so far, by their stages in file order: most teams share their stages and dates
   * with others, and each entry read from the file is one object, shared (entries are immutable).
   * 194,000 entries of 1,000 teams were as many pairs of objects for the garbage collector to move.
   */
  private readonly entries: EntryNode = this.node;
  private readonly teamPath = () => ['progress', this.uuid, this.teamName ?? ''];
  private readonly titlePath = () => ['progress', this.uuid, this.teamName ?? '', this.title];

  constructor(
    private readonly text: string,
    private readonly fileName: string,
    private readonly ctx: ProgressFileContext,
    /** Told of each team's entry as it ends (readProgressLayout). */
    private readonly laidOut?: (activity: string, team: string, node: EntryNode) => void,
  ) {
    this.activities = new UnknownNames(ctx.model ? [...ctx.model.byUuid.keys()] : undefined);
    this.teams = new UnknownNames(ctx.teams);
    this.titles = new UnknownNames(ctx.stages.map((stage) => stage.title));
    this.stageTitles = new Set(ctx.stages.map((stage) => stage.title));
  }

  error(message: string, path: readonly string[]): void {
    const { errors, fileName } = this;
    if (errors.length < MAX_ERRORS) errors.push(fileError(fileName, message, lineOfPath(this.text, path)));
    else if (errors.length === MAX_ERRORS) errors.push(fileError(fileName, 'More problems follow; fix these first.'));
  }

  /** Starts the activity `uuid`: false (nothing done) when it was read already. */
  activity(uuid: string): boolean {
    if (Object.hasOwn(this.progress, uuid)) return false;
    this.endActivity();
    this.uuid = uuid;
    this.activityCount++;
    const name = this.ctx.model?.byUuid.get(uuid)?.name;
    this.where = name === undefined ? `activity ${uuid}` : `activity ${quoted(name)}`;
    this.activities.see(uuid, ['progress', uuid]);
    const teams: ActivityTeams = { names: [], entries: [], groups: new Map() };
    this.activityTeams = teams;
    // The map is built when first read (see lazy-teams.ts); scoring reads the groups meanwhile.
    defineTeamsLazily(this.progress, uuid, { build: () => teamMap(teams), groups: () => teams.groups });
    return true;
  }

  /** Starts `team` on the current activity: false (nothing done) when it was read already. */
  team(team: string): boolean {
    if (this.activityTeams === undefined) return false;
    let last = this.lastActivity.get(team);
    if (last === undefined) this.lastActivity.set(team, (last = { activity: 0 }));
    if (last.activity === this.activityCount) return false;
    last.activity = this.activityCount;
    this.endTeam();
    this.teamName = team;
    this.teams.see(team, this.teamPath);
    this.node = this.entries;
    return true;
  }

  stage(title: string, date: unknown): void {
    this.stageRead(this.stageOf(title, date));
  }

  /** The stage `title: date`, each title and each date looked at once. */
  stageOf(title: string, date: unknown): StageRead {
    let byDate = this.stages.get(title);
    if (byDate === undefined) this.stages.set(title, (byDate = new Map()));
    let read = byDate.get(date);
    if (read === undefined) {
      let reason = this.reasons.get(title);
      if (reason === undefined)
        this.reasons.set(title, (reason = titleReason(title, this.stageTitles, this.ctx.stages)));
      const known = reason !== null || this.stageTitles.has(title);
      byDate.set(date, (read = { title, date, reason, known, valid: isCalendarDate(date) }));
      // Once per title and date, not per line. Unknown titles never count (nor are they "future").
      if (known && read.valid && (this.latestDate === undefined || (date as string) > this.latestDate))
        this.latestDate = date as string;
    }
    return read;
  }

  /** Reads a stage of the current team. */
  stageRead(read: StageRead): void {
    const { title, date } = read;
    this.title = title;
    if (!read.known) this.titles.see(title, this.titlePath);
    if (!read.valid) {
      const team = this.teamName ?? '';
      this.error(
        `Team ${quoted(team)} on ${this.where}, stage ${quoted(title)}: expected a date written YYYY-MM-DD; found ${foundDateText(date, describeYaml(date))}.`,
        ['progress', this.uuid, team, title],
      );
      return;
    }
    const parent = this.node;
    let node = parent.next.get(read);
    if (node === undefined)
      parent.next.set(read, (node = { next: new Map(), parent, title, date: date as string, activity: 0, teams: [] }));
    this.node = node;
  }

  result(): ProgressFileResult {
    this.endActivity();
    const { fileName, text, latestDate } = this;
    const warnings = [
      ...this.activities.problems(
        fileName,
        text,
        (uuid) => `Activity ${uuid} is not in the model; its progress is kept.`,
      ),
      ...this.teams.problems(
        fileName,
        text,
        (team, n) =>
          `Team ${quoted(team)} is not a known team; its progress on ${countOf(n, 'activity', 'activities')} is kept.`,
      ),
      ...this.titles.problems(
        fileName,
        text,
        (title, n) =>
          `Stage ${quoted(title)} is not in the progress definition; it is kept (${countOf(n, 'time')}) but does not count.`,
      ),
    ];
    if (this.errors.length > 0) return { ok: false, problems: [...this.errors, ...warnings] };
    const unknownStageLines = this.titles.lines(text);
    return {
      ok: true,
      value: this.progress,
      warnings,
      ...(latestDate !== undefined && { latestDate }),
      ...(unknownStageLines.size > 0 && { unknownStageLines }),
    };
  }

  private endTeam(): void {
    const { teamName, node, activityTeams } = this;
    if (teamName === undefined || activityTeams === undefined) return;
    node.entry ??= this.entry();
    this.laidOut?.(this.uuid, teamName, node);
    activityTeams.names.push(teamName);
    activityTeams.entries.push(node.entry);
    if (node.activity !== this.activityCount) {
      node.activity = this.activityCount;
      node.teams = [];
      this.shared.push(node);
    }
    node.teams.push(teamName);
    this.teamName = undefined;
  }

  /** Ends the current activity: its teams grouped by the entry they share, for scoring. */
  private endActivity(): void {
    this.endTeam();
    const { activityTeams, shared } = this;
    if (activityTeams === undefined) return;
    activityTeams.groups = new Map(shared.map((node) => [node.entry!, node.teams]));
    shared.length = 0;
  }

  /** The current team's entry (see `teamEntry`). */
  private entry(): TeamProgress {
    const read: EntryNode[] = [];
    for (let node = this.node; node.parent; node = node.parent) read.push(node);
    return teamEntry(read.reverse(), (title) => this.reasons.get(title));
  }
}

/**
 * The "not applicable" reason `title` stands for, or null for a stage title (of the definition or
 * not): the definition's stages win over the mark (see not-applicable.ts).
 */
export function titleReason(title: string, stageTitles: ReadonlySet<string>, stages: readonly Stage[]): string | null {
  return stageTitles.has(title) ? null : (readNotApplicableKey(title, stages) ?? null);
}

/**
 * A team's entry from its stages read in file order: its stages, and its "not applicable" mark (the
 * later of two). `reason` is `titleReason`'s for each title.
 */
export function teamEntry(
  read: Iterable<{ readonly title: string; readonly date: string }>,
  reason: (title: string) => string | null | undefined,
): TeamProgress {
  const stages: Record<string, string> = {};
  let notApplicable: TeamProgress['notApplicable'];
  for (const { title, date } of read) {
    const why = reason(title);
    if (why === null || why === undefined) defineOwn(stages, title, date);
    // Two marks (edited by hand): the later one is the team's current word.
    else if (notApplicable === undefined || date >= notApplicable.date) notApplicable = { reason: why, date };
  }
  return notApplicable ? { stages, notApplicable } : { stages };
}

/** An activity's teams as read, in file order (`entries[i]` is `names[i]`'s), and grouped by entry. */
export interface ActivityTeams {
  readonly names: string[];
  readonly entries: TeamProgress[];
  groups: TeamsByEntry;
}

/** The team map of an activity read: file order, frozen, with its grouping (see `recordTeamsByEntry`). */
export function teamMap(teams: ActivityTeams): Record<string, TeamProgress> {
  const map = dictionary<TeamProgress>();
  const { names, entries } = teams;
  for (let i = 0; i < names.length; i++) defineOwn(map, names[i], entries[i]);
  recordTeamsByEntry(map, teams.groups);
  return map;
}

/** Entries by their stages and dates in file order (see ProgressReader's `entries`). */
interface EntryNode {
  entry?: TeamProgress;
  readonly next: Map<StageRead, EntryNode>;
  /** The stages before this one (none at the root), and this one's title and date. */
  readonly parent?: EntryNode;
  readonly title: string;
  readonly date: string;
  /** The number of the activity `teams` belong to: the teams of that activity with this entry. */
  activity: number;
  teams: string[];
}
