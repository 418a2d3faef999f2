import { DestroyRef, DOCUMENT, Injectable, inject } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { mergeBrowserAssessments } from '../domain/assessment/merge-browser-assessments';
import { PERSISTED_SCHEMA, readPersistedAssessment } from '../domain/persisted/persisted-assessment';
import { AssessmentState } from '../domain/types';
import { BrowserStorage, QuotaError, StorageUnavailableError, StoredRecord } from './browser-storage';
import { Recovery, StorageStatus } from './store-state';

const KEY = 'assessment';
const QUARANTINE = 'quarantine';
/** A small record beside the assessment: its revision and reset epoch, read on every write. */
const VERSION = 'version';
const CHANNEL = 'dsomm-studio';

/**
 * Which stored assessment a tab has: `revision` counts the saves (of all tabs), `epoch` the resets.
 * Data stored before revisions existed is revision 0 of epoch 0.
 */
export interface StoredVersion {
  readonly revision: number;
  readonly epoch: number;
}

/** A stored version and the assessment a tab holds for it (the base of its next three-way merge). */
export interface Synced extends StoredVersion {
  readonly assessment: AssessmentState;
}

export interface ReadResult {
  readonly assessment?: AssessmentState;
  readonly version: StoredVersion;
  readonly storage: StorageStatus;
  readonly recovery?: Recovery;
}

/** What a write did: stored `synced` (this tab's state, or merged with a save of another tab), or not. */
export type WriteResult =
  | { readonly state: 'ok'; readonly synced: Synced }
  | { readonly state: 'reset' }
  | (StorageStatus & { readonly state: 'error' | 'unavailable' });

/** The latest save of any tab, as stored. */
export interface Latest {
  readonly version: StoredVersion;
  readonly assessment?: AssessmentState;
}

/** Whether two assessments hold the same data (used only on cross-tab sync, not on hot paths). */
export function sameAssessment(a: AssessmentState, b: AssessmentState): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

const FIRST: StoredVersion = { revision: 0, epoch: 0 };

function readVersion(raw: unknown): StoredVersion {
  if (typeof raw !== 'object' || raw === null) return FIRST;
  const { revision, epoch } = raw as Partial<StoredVersion>;
  return {
    revision: Number.isSafeInteger(revision) ? revision! : 0,
    epoch: Number.isSafeInteger(epoch) ? epoch! : 0,
  };
}

/**
 * Persists the assessment in IndexedDB under a versioned layout and tells other tabs of the same app
 * about each save and reset (BroadcastChannel), so that they take it in.
 *
 * Several tabs write the same record. Each write is a compare-and-swap in one transaction: when
 * the stored revision is still the one the tab last had, its state is stored as the next revision;
 * otherwise another tab saved meanwhile, and what is stored is the three-way merge of the tab's state
 * with that save, against the version both started from (mergeBrowserAssessments). So no save is
 * ever written over one the writer has not seen, whether or not the other tab's message arrived,
 * and a tab that is still loading loses nothing either. A reset starts a new epoch: a tab of an
 * older epoch writes nothing and reloads.
 */
@Injectable({ providedIn: 'root' })
export class AssessmentPersistence {
  private readonly storage = inject(BrowserStorage);
  private readonly tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  private readonly channel?: BroadcastChannel;
  private readonly fromOtherTabs = new Subject<void>();
  /** Another tab saved or reset (read `latest()` for what is stored now). */
  readonly otherTabSaved$: Observable<void> = this.fromOtherTabs;

  constructor() {
    const window = inject(DOCUMENT).defaultView;
    if (window && 'BroadcastChannel' in window) {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent<{ tabId?: string }>) => {
        if (event.data?.tabId !== this.tabId) this.fromOtherTabs.next();
      };
      inject(DestroyRef).onDestroy(() => this.channel?.close());
    }
  }

  async read(): Promise<ReadResult> {
    let raw: unknown;
    let version: StoredVersion;
    try {
      [raw, version] = await this.storage.transact(async (tx) => [
        await tx.get(KEY),
        readVersion(await tx.get(VERSION)),
      ]);
    } catch (error) {
      return { version: FIRST, storage: unavailable(error) };
    }
    // Data set aside at an earlier start-up stays offered until the user dismisses it: a reload
    // before downloading it must not make it unreachable.
    const kept = await this.quarantined();
    if (raw === undefined) return { version, storage: { state: 'ok' }, ...(kept ? { recovery: kept.recovery } : {}) };
    const checked = readPersistedAssessment(raw);
    if (checked.ok)
      return {
        assessment: checked.value,
        version,
        storage: { state: 'ok' },
        ...(kept ? { recovery: kept.recovery } : {}),
      };
    // Keep the unreadable value aside before anything can overwrite it, so it can be downloaded;
    // one set aside earlier and not yet dismissed is kept inside the new record.
    const record = { savedAt: Date.now(), reason: checked.reason, raw, ...(kept ? { previous: kept.record } : {}) };
    const recovery: Recovery = {
      reason: checked.reason,
      raw: safeStringify(kept ? { raw, previous: kept.record } : raw),
    };
    try {
      await this.storage.put({ [QUARANTINE]: record });
    } catch {
      // Quarantine failed: leave the unreadable value where it is and do not write over it.
      return {
        version,
        storage: {
          state: 'unavailable',
          message: 'Stored data could not be read or set aside; nothing will be saved until it is dealt with.',
        },
        recovery,
      };
    }
    return { version, storage: { state: 'ok' }, recovery };
  }

  /**
   * Stores `mine` as the next revision after `base` (the version this tab last had), merged with
   * any save of another tab since (see the class comment). Other tabs are told.
   */
  async write(mine: AssessmentState, base: Synced): Promise<WriteResult> {
    let outcome: WriteResult;
    try {
      outcome = await this.storage.transact(async (tx): Promise<WriteResult> => {
        const stored = readVersion(await tx.get(VERSION));
        if (stored.epoch !== base.epoch) return { state: 'reset' };
        let value = mine;
        if (stored.revision !== base.revision) {
          const raw = await tx.get(KEY);
          const theirs = raw === undefined ? undefined : readPersistedAssessment(raw);
          if (theirs && !theirs.ok) return { state: 'unavailable', message: NEWER_TAB };
          if (theirs) value = mergeBrowserAssessments({ base: base.assessment, mine, theirs: theirs.value });
        }
        const version: StoredVersion = { revision: stored.revision + 1, epoch: stored.epoch };
        const record: StoredRecord<AssessmentState> = {
          schema: PERSISTED_SCHEMA,
          savedAt: Date.now(),
          tabId: this.tabId,
          ...version,
          value,
        };
        tx.put(KEY, record);
        tx.put(VERSION, version);
        return { state: 'ok', synced: { ...version, assessment: value } };
      });
    } catch (error) {
      if (error instanceof QuotaError) {
        return {
          state: 'error',
          message: `${error.message} Your last changes are kept in this tab only; download a backup and free some browser storage.`,
        };
      }
      return unavailable(error);
    }
    if (outcome.state === 'ok') this.tellOtherTabs();
    return outcome;
  }

  /** What is stored now (after another tab's save); undefined when it cannot be read. */
  async latest(): Promise<Latest | undefined> {
    try {
      const [raw, version] = await this.storage.transact(async (tx) => [
        await tx.get(KEY),
        readVersion(await tx.get(VERSION)),
      ]);
      const checked = raw === undefined ? undefined : readPersistedAssessment(raw);
      if (checked && !checked.ok) return undefined;
      return { version, ...(checked ? { assessment: checked.value } : {}) };
    } catch {
      // This tab takes the save in with its next write (merged) or load.
      return undefined;
    }
  }

  private async quarantined(): Promise<{ record: Record<string, unknown>; recovery: Recovery } | undefined> {
    try {
      const record = await this.storage.get(QUARANTINE);
      if (typeof record !== 'object' || record === null || !('raw' in record)) return undefined;
      const { reason, raw, previous } = record as { reason?: unknown; raw: unknown; previous?: unknown };
      return {
        record: record as Record<string, unknown>,
        recovery: {
          reason: String(reason ?? 'unknown'),
          raw: safeStringify(previous === undefined ? raw : { raw, previous }),
        },
      };
    } catch {
      return undefined;
    }
  }

  async clearQuarantine(): Promise<void> {
    await this.storage.delete(QUARANTINE).catch(() => undefined);
  }

  /**
   * Removes everything this app stored in the browser (the assessment and what was set aside) and
   * starts a new epoch: other tabs, told now or at their next write, drop what they hold and reload.
   * Only the small version record stays, so that they can tell.
   */
  async clearAll(): Promise<StoredVersion> {
    const version = await this.storage.transact(async (tx) => {
      const stored = readVersion(await tx.get(VERSION));
      const next: StoredVersion = { revision: stored.revision + 1, epoch: stored.epoch + 1 };
      tx.delete(KEY);
      tx.delete(QUARANTINE);
      tx.put(VERSION, next);
      return next;
    });
    this.tellOtherTabs();
    return version;
  }

  private tellOtherTabs(): void {
    this.channel?.postMessage({ tabId: this.tabId });
  }
}

const NEWER_TAB =
  'Another tab saved data that this version of DSOMM Studio cannot read (a newer version?); nothing is saved here so as not to overwrite it. Close the other tab, or reload this one.';

function unavailable(error: unknown): StorageStatus & { readonly state: 'unavailable' } {
  const why = error instanceof StorageUnavailableError ? error.message : String(error);
  return {
    state: 'unavailable',
    message: `Browser storage is not available (${why}); changes will be lost when this tab closes. Download your progress to keep it.`,
  };
}

function safeStringify(raw: unknown): string {
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}
