import { SetAsideItem } from '../domain/persisted/set-aside-item';
import { AssessmentState, LoadedData, Problem } from '../domain/types';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export interface StorageStatus {
  /** `ok` = everything is saved; `unavailable` = this browser keeps nothing (private mode...). */
  readonly state: 'ok' | 'pending' | 'error' | 'unavailable';
  readonly message?: string;
}

/** Stored data that could not be read at start-up, set aside so the user can download it. */
export interface Recovery {
  readonly items: readonly SetAsideItem[];
}

interface StoreFields {
  /** Errors when loading failed, warnings otherwise (custom files that failed, unknown teams...). */
  readonly problems: readonly Problem[];
  /** What the served files alone say, the baseline of "restore" and of import previews. */
  readonly fileAssessment: AssessmentState;
  readonly assessment: AssessmentState;
  readonly storage: StorageStatus;
  readonly recovery?: Recovery;
  /** Something the user should know that is not a problem (e.g. another tab reset the data). */
  readonly notice?: string;
  /** Notices sent so far: the same text sent again (a second failed press) is a new notice. */
  readonly noticesSent?: number;
  /** Served files read from this browser's saved copy: the server did not answer in time. */
  readonly offline?: readonly string[];
}

/** `ready` always has the loaded data; the other states never do. */
export type StoreState =
  | (StoreFields & { readonly status: 'ready'; readonly data: LoadedData })
  | (StoreFields & { readonly status: 'loading' | 'failed'; readonly data?: undefined });

export const EMPTY_ASSESSMENT: AssessmentState = {
  teams: { names: [], groups: {} },
  teamsEdited: false,
  removedTeams: [],
  stages: [],
  stagesEdited: false,
  progress: {},
  evidence: [],
  deletedEvidence: {},
  settings: {},
  customFiles: [],
};

/** What loading produces: the store state without what the store itself keeps (storage, recovery, notice). */
export type LoadedState = StoreState extends infer S
  ? S extends StoreState
    ? Omit<S, 'storage' | 'recovery' | 'notice' | 'noticesSent'>
    : never
  : never;
