import { ActivityIndex, activityIndex, ActivityName } from '../domain/common/activity-order';
import { ActivityDiff } from '../domain/transfer/assessment-diff';
import { applyImport, ImportMode, ImportOptions } from '../domain/transfer/apply-import';
import { AssessmentDelta, assessmentDelta } from '../domain/transfer/assessment-delta';
import { FileKind } from '../domain/transfer/file-kind';
import {
  ImportPreview,
  ImportPreviewSummary,
  previewImport,
  previewTeamActivities,
  summarisePreview,
} from '../domain/transfer/import-preview';
import { ImportedData } from '../domain/transfer/read-import';
import { AssessmentState, Problem, Stage } from '../domain/types';
import { readChosenImport } from './chosen-file';

/** What the page needs to know of a file read for import (its entries stay with the session). */
export interface ImportSummary {
  readonly kind: FileKind;
  /** A backup's: the model version it was made with. */
  readonly modelVersion?: string;
  /** A backup's custom activity files, which must pass the custom files panel's check. */
  readonly customFiles: readonly { readonly name: string; readonly text: string }[];
  /** A teams file's team names. */
  readonly teams?: readonly string[];
}

export type SessionRead =
  | { readonly ok: true; readonly summary: ImportSummary; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * What a preview is computed from. The assessments and the model's activities are copied to the
 * session only when they changed since the last preview (a thousand teams' progress takes a
 * noticeable moment to copy), so each is optional: left out, the session's last copy is used.
 */
export interface PreviewInput {
  readonly current?: AssessmentState;
  /** What the served files alone say (the store's fileAssessment). */
  readonly served?: AssessmentState;
  /** The loaded model's activities, in model order (empty: no model). */
  readonly activities?: readonly ActivityName[];
  readonly mode: ImportMode;
  readonly now: number;
  /** Today, YYYY-MM-DD. */
  readonly day: string;
  readonly addUnknownTeams: boolean;
  readonly teamsReadOnly: boolean;
}

/** The messages a session answers, each with its answer. */
export interface SessionCalls {
  /** Reads and checks a file the user chose; the session keeps its data. */
  read: {
    request: { readonly file: File; readonly stages: readonly Stage[]; readonly activities?: readonly ActivityName[] };
    reply: SessionRead;
  };
  /** Data read elsewhere (a scanned repository's proposal) to preview and import. */
  take: { request: { readonly data: ImportedData }; reply: ImportSummary };
  /** What importing the data would change. */
  preview: { request: PreviewInput; reply: ImportPreviewSummary };
  /** One team's changes per activity, of the last preview. */
  activities: { request: { readonly team: string }; reply: readonly ActivityDiff[] };
  /**
   * The data read applied to the browser's data as last sent (the input's `now` stamps it): what
   * the page's assessment becomes, told as a delta of it (undefined: nothing read).
   */
  apply: { request: PreviewInput; reply: AssessmentDelta | undefined };
  /** The data read, to apply (undefined: nothing read). */
  data: { request: Record<never, never>; reply: ImportedData | undefined };
  /** Forgets the data read. */
  close: { request: Record<never, never>; reply: null };
}

export type SessionCall = keyof SessionCalls;
export type SessionRequest = { [K in SessionCall]: { readonly call: K } & SessionCalls[K]['request'] }[SessionCall];
export type SessionReply<K extends SessionCall> = SessionCalls[K]['reply'];
export type RequestOf<K extends SessionCall> = Extract<SessionRequest, { readonly call: K }>;

/** A message to a session in a worker: a request and the number its answer carries. */
export type SessionMessage = SessionRequest & { readonly id: number };
export type SessionAnswer =
  { readonly id: number; readonly reply: SessionReply<SessionCall> } | { readonly id: number; readonly error: string };

/**
 * An import being read, previewed and applied: the same code runs in the import worker (so that
 * reading a 14 MB file and working out its preview keep the page responsive) and, where no worker
 * can run, on the main thread. It holds the file's data and the last preview, and answers requests
 * one at a time, in order.
 */
export class ImportSession {
  private data?: ImportedData;
  private current?: AssessmentState;
  private served?: AssessmentState;
  private model?: ActivityIndex;
  private last?: ImportPreview;
  private queue: Promise<unknown> = Promise.resolve();

  handle<K extends SessionCall>(request: RequestOf<K>): Promise<SessionReply<K>> {
    const answer = this.queue.then(() => this.answer(request as SessionRequest) as Promise<SessionReply<K>>);
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  private async answer(request: SessionRequest): Promise<SessionReply<SessionCall>> {
    switch (request.call) {
      case 'read': {
        this.forget();
        const read = await readChosenImport(request.file, request.stages, request.activities);
        // Where the file was read (the worker's timeline, or the page's): e2e and the bench look.
        performance.mark('dsomm:import-read');
        if (!read.ok) return { ok: false, problems: read.problems };
        this.data = read.value;
        return { ok: true, summary: summaryOf(read.value), warnings: read.warnings };
      }
      case 'take':
        this.forget();
        this.data = request.data;
        return summaryOf(request.data);
      case 'preview':
        return this.preview(request);
      case 'apply':
        return this.apply(request);
      case 'activities':
        return this.last ? previewTeamActivities(this.last, request.team) : [];
      case 'data':
        return this.data;
      case 'close':
        this.forget();
        return null;
    }
  }

  private preview(input: PreviewInput): ImportPreviewSummary {
    const { current, data, options } = this.inputs(input);
    this.last = previewImport(current, data, options, input.day, this.model);
    performance.mark('dsomm:import-preview');
    return summarisePreview(this.last);
  }

  private apply(input: PreviewInput): AssessmentDelta | undefined {
    if (!this.data) return undefined;
    const { current, data, options } = this.inputs(input);
    return assessmentDelta(current, applyImport(current, data, options).assessment);
  }

  /** Takes what the input brings (see PreviewInput) and gives what a preview or an apply reads. */
  private inputs(input: PreviewInput): { current: AssessmentState; data: ImportedData; options: ImportOptions } {
    if (input.current) this.current = input.current;
    if (input.served) this.served = input.served;
    if (input.activities) this.model = input.activities.length > 0 ? activityIndex(input.activities) : undefined;
    if (!this.data || !this.current || !this.served) throw new Error('There is no file to preview: read it again.');
    const options: ImportOptions = {
      mode: input.mode,
      served: this.served,
      now: input.now,
      addUnknownTeams: input.addUnknownTeams,
      teamsReadOnly: input.teamsReadOnly,
    };
    return { current: this.current, data: this.data, options };
  }

  private forget(): void {
    this.data = undefined;
    this.last = undefined;
  }
}

function summaryOf(data: ImportedData): ImportSummary {
  if (data.kind === 'teams') return { kind: data.kind, customFiles: [], teams: data.teams.names };
  if (data.kind !== 'backup') return { kind: data.kind, customFiles: [] };
  const version = data.backup.model?.version;
  return {
    kind: data.kind,
    ...(version === undefined ? {} : { modelVersion: version }),
    customFiles: data.backup.assessment.customFiles,
  };
}

/**
 * The input to send for the next preview: the assessments and the model's activities only when
 * they are not the ones last sent (the store replaces them on every change, so the same object
 * means the same data).
 */
export function changedInput(last: PreviewInput | undefined, next: PreviewInput): PreviewInput {
  if (!last) return next;
  const { current, served, activities, ...rest } = next;
  return {
    ...rest,
    ...(current === last.current ? {} : { current }),
    ...(served === last.served ? {} : { served }),
    ...(activities === last.activities ? {} : { activities }),
  };
}
