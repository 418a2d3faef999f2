import { Difficulty, Implementation, ModelHeader, References, ReviewInterval } from '../types';
import { Rating, TextField } from './activity-fields';
import { DimensionDescription } from './model-file';
import { PathSegment } from './problems';

/** Where in which file something was written, for pointing problems at it. */
export interface Loc {
  readonly file: string;
  readonly at: readonly PathSegment[];
}

/** An activity while files are being applied: fields may still be missing or unresolved. */
export interface Draft {
  readonly uuid: string;
  readonly name: string;
  readonly dimension: string;
  readonly subDimension: string;
  readonly level?: number | null;
  readonly texts: Readonly<Partial<Record<TextField, string>>>;
  readonly difficulty: Readonly<Partial<Record<keyof Difficulty, Rating>>>;
  readonly usefulness?: Rating;
  readonly implementation: readonly Implementation[];
  readonly references: Readonly<Partial<Record<keyof References, readonly string[]>>>;
  /** uuids, or names not resolved yet. */
  readonly dependsOn: readonly string[];
  readonly tags: readonly string[];
  readonly reviewInterval?: ReviewInterval;
  /** Where the activity was created, and where its name, level, ratings and links were last set. */
  readonly origin: {
    readonly created: Loc;
    readonly name: Loc;
    readonly level?: Loc;
    readonly difficulty?: Loc;
    readonly dependsOn?: Loc;
  };
}

/** The model while the activity files are applied one after another. */
export interface WorkingModel {
  readonly header: ModelHeader;
  /** dimension -> sub-dimension -> activity uuids, in display order. */
  readonly order: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  readonly drafts: ReadonlyMap<string, Draft>;
  /** uuids and names of removed activities: links to them are dropped, not reported. */
  readonly removed: ReadonlySet<string>;
  readonly descriptions: ReadonlyMap<string, DimensionDescription>;
  /** Every dimension and `dimension > sub-dimension` any file mentioned, even if removed later. */
  readonly mentioned: ReadonlySet<string>;
  /** file -> text, for line numbers. */
  readonly texts: ReadonlyMap<string, string>;
}

export const EMPTY_MODEL: WorkingModel = {
  header: {},
  order: new Map(),
  drafts: new Map(),
  removed: new Set(),
  descriptions: new Map(),
  mentioned: new Set(),
  texts: new Map(),
};

/** The activities in display order: dimension, sub-dimension, position. */
export function draftsInOrder(model: WorkingModel): Draft[] {
  return [...model.order.values()].flatMap((subs) =>
    [...subs.values()].flatMap((ids) => ids.flatMap((id) => model.drafts.get(id) ?? [])),
  );
}
