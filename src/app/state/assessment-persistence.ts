import { DestroyRef, DOCUMENT, Injectable, inject } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { mergeBrowserAssessments } from '../domain/assessment/merge-browser-assessments';
import { PERSISTED_SCHEMA, readPersistedAssessment } from '../domain/persisted/persisted-assessment';
import { AssessmentState } from '../domain/types';
import { BrowserStorage, QuotaError, StorageUnavailableError, StoredRecord } from './browser-storage';
import { Recovery, StorageStatus } from './store-state';

const KEY = 'assessment';
const QUARANTINE = 'quarantine';
const CHANNEL = 'dsomm-studio';

export interface ReadResult {
  readonly assessment?: AssessmentState;
  readonly storage: StorageStatus;
  readonly recovery?: Recovery;
}

/** Whether two assessments hold the same data (used only on cross-tab sync, not on hot paths). */
export function sameAssessment(a: AssessmentState, b: AssessmentState): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Persists the assessment in IndexedDB under a versioned layout, tells other tabs of the same app
 * about each save (BroadcastChannel) and hands their saves to the store for merging.
 */
@Injectable({ providedIn: 'root' })
export class AssessmentPersistence {
  private readonly storage = inject(BrowserStorage);
  private readonly tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  private readonly channel?: BroadcastChannel;
  private readonly fromOtherTabs = new Subject<AssessmentState>();
  readonly changesFromOtherTabs$: Observable<AssessmentState> = this.fromOtherTabs;
  readonly merge = mergeBrowserAssessments;

  constructor() {
    const window = inject(DOCUMENT).defaultView;
    if (window && 'BroadcastChannel' in window) {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent<{ tabId?: string }>) => {
        if (event.data?.tabId !== this.tabId) void this.readOtherTab();
      };
      inject(DestroyRef).onDestroy(() => this.channel?.close());
    }
  }

  async read(): Promise<ReadResult> {
    let raw: unknown;
    try {
      raw = await this.storage.get(KEY);
    } catch (error) {
      return { storage: unavailable(error) };
    }
    // Data set aside at an earlier start-up stays offered until the user dismisses it: a reload
    // before downloading it must not make it unreachable.
    const kept = await this.quarantined();
    if (raw === undefined) return { storage: { state: 'ok' }, ...(kept ? { recovery: kept.recovery } : {}) };
    const checked = readPersistedAssessment(raw);
    if (checked.ok)
      return { assessment: checked.value, storage: { state: 'ok' }, ...(kept ? { recovery: kept.recovery } : {}) };
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
        storage: {
          state: 'unavailable',
          message: 'Stored data could not be read or set aside; nothing will be saved until it is dealt with.',
        },
        recovery,
      };
    }
    return { storage: { state: 'ok' }, recovery };
  }

  async write(assessment: AssessmentState): Promise<StorageStatus> {
    const record: StoredRecord<AssessmentState> = {
      schema: PERSISTED_SCHEMA,
      savedAt: Date.now(),
      tabId: this.tabId,
      value: assessment,
    };
    try {
      await this.storage.put({ [KEY]: record });
    } catch (error) {
      if (error instanceof QuotaError) {
        return {
          state: 'error',
          message: `${error.message} Your last changes are kept in this tab only; download a backup and free some browser storage.`,
        };
      }
      return unavailable(error);
    }
    this.channel?.postMessage({ tabId: this.tabId, savedAt: record.savedAt });
    return { state: 'ok' };
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

  /** Removes everything this app stored in the browser. */
  async clearAll(): Promise<void> {
    await this.storage.delete(KEY);
    this.channel?.postMessage({ tabId: this.tabId, savedAt: Date.now() });
  }

  private async readOtherTab(): Promise<void> {
    try {
      const checked = readPersistedAssessment(await this.storage.get(KEY));
      if (checked.ok) this.fromOtherTabs.next(checked.value);
    } catch {
      // The other tab's save stays in storage; this tab picks it up on its next load.
    }
  }
}

function unavailable(error: unknown): StorageStatus {
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
