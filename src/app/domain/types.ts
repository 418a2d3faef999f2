/**
 * Types of the DSOMM data the app works with. Framework-free: no Angular, RxJS or browser globals in
 * this folder. Times are passed in (epoch milliseconds); dates in files are `YYYY-MM-DD` strings.
 */

/** A problem found while loading or importing a file; always names the file. */
export type Problem = ProblemText & ProblemKind;

interface ProblemText {
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  /** Where in the document, e.g. `Build and Deployment > Build > Defined build process`. */
  readonly path?: string;
  /** For people; it may be reworded at any time, so code never reads it: it reads `code`. */
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Set on the last problem of a file whose list was cut short: how many more it has, not listed. */
  readonly omitted?: number;
}

/**
 * The kinds of problem that code acts on (most problems are only shown, and have no code):
 * - `file-missing`: a file meta.yaml names (itself as the entry, an activity file, a `$ref`'s file)
 *   is not among the files read; `missingFile` is its path. Where the file could not be fetched or
 *   was refused, that is said once, so this one is dropped.
 * - `custom-file-not-applied`: the model was loaded without this custom activity file (it broke it).
 */
type ProblemKind =
  | { readonly code?: undefined }
  | { readonly code: 'file-missing'; readonly missingFile: string }
  | { readonly code: 'custom-file-not-applied' };

export type ProblemCode = NonNullable<Problem['code']>;

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The read of a progress or evidence file: a Result, with the latest date that can count only from
 * its day (a stage of the definition, a "not applicable" mark, evidence recorded or reviewed; the
 * dates futureDates looks at), undefined when there is none. Recorded while the file is read: one
 * comparison with the day then tells whether any of its dates is after it, without a walk.
 */
export type DatedResult<T> =
  | {
      readonly ok: true;
      readonly value: T;
      readonly warnings: readonly Problem[];
      /** YYYY-MM-DD (ISO dates compare as strings). */
      readonly latestDate?: string;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface Difficulty {
  readonly knowledge: number;
  readonly time: number;
  readonly resources: number;
}

export interface Implementation {
  readonly uuid?: string;
  readonly name: string;
  readonly url?: string;
  readonly tags: readonly string[];
  readonly description?: string;
}

/** Reference ids keep their source text (`8.10` stays `8.10`). */
export interface References {
  readonly samm2: readonly string[];
  readonly iso27001_2017: readonly string[];
  readonly iso27001_2022: readonly string[];
  readonly openCRE: readonly string[];
  readonly d3f: readonly string[];
}

/**
 * How long a team's statement on an activity (its stage, or its evidence) stays fresh before it is
 * due for review: months and days (see status/review-interval.ts).
 */
export interface ReviewInterval {
  readonly months: number;
  readonly days: number;
}

export interface Activity {
  readonly uuid: string;
  readonly name: string;
  readonly dimension: string;
  readonly subDimension: string;
  readonly level: number;
  readonly description: string;
  readonly risk: string;
  readonly measure: string;
  readonly assessment: string;
  readonly implementationGuide: string;
  readonly difficulty?: Difficulty;
  readonly usefulness?: number;
  readonly implementation: readonly Implementation[];
  readonly references: References;
  /** uuids of the activities this one depends on (names in old files are resolved to uuids). */
  readonly dependsOn: readonly string[];
  /** Free labels; the DSOMM placeholder tag `none` is dropped. */
  readonly tags: readonly string[];
  readonly comments: string;
  readonly credits: string;
  /**
   * How often the activity is re-assessed, when a custom activity file says (`reviewInterval:
   * 3 months`); otherwise the settings' interval applies.
   */
  readonly reviewInterval?: ReviewInterval;
}

export interface SubDimension {
  readonly name: string;
  readonly dimension: string;
  readonly description: string;
  readonly activities: readonly Activity[];
}

export interface Dimension {
  readonly name: string;
  readonly description: string;
  readonly subDimensions: readonly SubDimension[];
}

export interface ModelHeader {
  readonly version?: string;
  readonly released?: string;
  readonly publisher?: string;
  /** The DSOMM release a model follows, when it is not the OWASP model itself (ours says 4.3.1). */
  readonly basedOn?: string;
}

export interface Model {
  readonly header: ModelHeader;
  /** In display order (file order). */
  readonly dimensions: readonly Dimension[];
  /** Every activity in display order (dimension, sub-dimension, file order). */
  readonly activities: readonly Activity[];
  readonly byUuid: ReadonlyMap<string, Activity>;
}

/** A progress stage; `score` is normalised to 0..1. */
export interface Stage {
  readonly title: string;
  readonly score: number;
  readonly definition: string;
}

export interface MetaStrings {
  readonly allTeamsGroupName: string;
  readonly maturityLevels: readonly string[];
  readonly labels: readonly string[];
  readonly knowledgeLabels: readonly string[];
}

export interface Meta {
  readonly teamProgressFile: string;
  readonly teamEvidenceFile: string;
  readonly allowChangeTeamNameInBrowser: boolean;
  /** Ordered by score ascending; exactly one 0 and one 1. */
  readonly stages: readonly Stage[];
  readonly teams: readonly string[];
  readonly teamGroups: Readonly<Record<string, readonly string[]>>;
  readonly activityFiles: readonly string[];
  readonly lang: string;
  readonly strings: MetaStrings;
  /** Highest maturity level (5 unless the meta or model says otherwise). */
  readonly maxLevel: number;
}

/** Everything the loader produces from the served files. */
export interface LoadedData {
  readonly meta: Meta;
  readonly model: Model;
  /** Paths (relative to meta.yaml's folder) of the activity files that were loaded. */
  readonly files: readonly string[];
  /** meta.yaml as served, so that stages edited in the browser can be written back into it. */
  readonly metaText?: string;
}

/** stage title -> date reached (YYYY-MM-DD). */
export type StageDates = Readonly<Record<string, string>>;

/**
 * A team has declared that an activity does not apply to it (e.g. no containers, so no container
 * hardening). It is left out of the team's scores and of its roadmap. In team-progress.yaml it is a
 * stage-like key (see `notApplicableKey` in progress/not-applicable.ts).
 */
export interface NotApplicable {
  readonly reason: string;
  /** YYYY-MM-DD the activity was declared not applicable. */
  readonly date: string;
}

/** One team's progress on one activity. */
export interface TeamProgress {
  readonly stages: StageDates;
  /** Present when the activity does not apply to the team; its stage dates are kept. */
  readonly notApplicable?: NotApplicable;
  /** Epoch ms of the browser edit that produced this entry; absent for data read from a file. */
  readonly editedAt?: number;
  /**
   * Set when `editedAt` is the time of an import (the data centre's Merge or Replace) rather than of
   * an edit in this browser: the entry's own dates say when the team changed it (a team's "Last
   * change"), the stamp only keeps the import ahead of the served files on reload.
   */
  readonly imported?: true;
}

/** activity uuid -> team name -> progress. */
export type Progress = Readonly<Record<string, Readonly<Record<string, TeamProgress>>>>;

export type AttachmentType = 'document' | 'image' | 'link';

export interface Attachment {
  readonly type: AttachmentType;
  readonly externalLink: string;
}

export interface Evidence {
  readonly id: string;
  readonly activityUuid: string;
  readonly teams: readonly string[];
  readonly title: string;
  readonly description: string;
  /** YYYY-MM-DD */
  readonly evidenceRecorded: string;
  /** Who reviewed it ('' when nobody did). Files of the OWASP DSOMM app name a reviewer, no date. */
  readonly reviewer: string;
  readonly attachments: readonly Attachment[];
  /** Who recorded it (extra key `recordedBy`, which the OWASP DSOMM app ignores). */
  readonly recordedBy?: string;
  /** YYYY-MM-DD of the last review (extra key `reviewed`). */
  readonly reviewed?: string;
  /**
   * `evidenceDigest` of the entry as it was reviewed (extra key `reviewedDigest`): when the entry
   * no longer has it, it was changed after the review.
   */
  readonly reviewedDigest?: string;
  /** Epoch ms of the browser edit; absent for data read from a file. */
  readonly editedAt?: number;
  /**
   * Set when `editedAt` is the time of an import (the data centre's Merge or Replace) rather than of
   * an edit in this browser: the entry's own dates say when the team changed it (a team's "Last
   * change"), the stamp only keeps the import ahead of the served files on reload.
   */
  readonly imported?: true;
}

export interface Teams {
  /** The team names, in the order the list shows them (stored and written as `teams`). */
  readonly names: readonly string[];
  readonly groups: Readonly<Record<string, readonly string[]>>;
}

/** User settings kept with the assessment. */
export interface Settings {
  /** Highest level shown (1..meta.maxLevel). */
  readonly maxLevel?: number;
  /** BCP 47 locale for displaying dates, or `iso` for YYYY-MM-DD; undefined = the browser's. */
  readonly dateLocale?: string;
  /** The colour theme; undefined = the system's. Held here only (ThemeService shows it). */
  readonly theme?: 'light' | 'dark' | 'system';
  /** The last configuration of the report page (see domain/report/report-config.ts). */
  readonly reportConfig?: ReportConfig;
  /** Months after which a stage or evidence is due for review; undefined = DEFAULT_REVIEW_MONTHS. */
  readonly reviewMonths?: number;
  /** The name last given when marking evidence reviewed, offered the next time. */
  readonly reviewerName?: string;
}

/** Columns the report can show for each activity, besides its name and stage. */
export type ReportColumn =
  | 'description'
  | 'risk'
  | 'measure'
  | 'assessment'
  | 'difficulty'
  | 'usefulness'
  | 'tools'
  | 'references'
  | 'dependencies'
  | 'evidence'
  | 'tags';

/** What the report page shows; stored in the settings so it is the same on the next visit. */
export interface ReportConfig {
  /** Selected team names; empty = all teams. */
  readonly teams: readonly string[];
  /** Sub-dimensions left out, as `dimension/sub-dimension` keys (a new sub-dimension is shown). */
  readonly excludedSubDimensions: readonly string[];
  /** Levels shown, e.g. [1, 2]; empty = every level. */
  readonly levels: readonly number[];
  /** Which activities: all, or only those in one state (or due for review) for the selected teams. */
  readonly status: 'all' | 'done' | 'open' | 'not-assessed' | 'not-applicable' | 'due';
  readonly columns: readonly ReportColumn[];
  readonly groupBy: 'stage' | 'team';
  /** Long texts are cut after this many words; 0 = no cap. */
  readonly wordCap: number;
}

/** Target maturity level per team; the key `*` is the target of every team without its own. */
export type Targets = Readonly<Record<string, number>>;

/**
 * The whole assessment the browser holds: the served files are the starting point, browser edits
 * win over them (see `combineAssessments`).
 */
export interface AssessmentState {
  readonly teams: Teams;
  /** True once the user changed teams or groups in the browser (then they win over meta.yaml). */
  readonly teamsEdited: boolean;
  /** Team names deleted or renamed away in the browser: file data for them is ignored. */
  readonly removedTeams: readonly string[];
  readonly stages: readonly Stage[];
  /** True once the user edited the stage definitions in the browser. */
  readonly stagesEdited: boolean;
  readonly progress: Progress;
  /** Evidence in insertion order. */
  readonly evidence: readonly Evidence[];
  /** Ids of evidence deleted in the browser -> epoch ms, so a file entry does not come back. */
  readonly deletedEvidence: Readonly<Record<string, number>>;
  readonly settings: Settings;
  /** Custom activity overlay files the user added in the browser, applied after meta's files. */
  readonly customFiles: readonly { readonly name: string; readonly text: string }[];
  /**
   * Target levels of the roadmap (teams.yaml `teamTargets`). Absent until set in the browser or read
   * from a file; once the browser has it, the browser's record wins over the files' as a whole.
   */
  readonly targets?: Targets;
}
