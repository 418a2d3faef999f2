import { DestroyRef, DOCUMENT, Injectable, inject } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { mergeBrowserAssessments } from '../domain/assessment/merge-browser-assessments';
import {
  PERSISTED_SCHEMA,
  PersistedAssessment,
  persistedValue,
  readPersistedAssessment,
} from '../domain/persisted/persisted-assessment';
import { SET_ASIDE_ITEM, SetAsideItem } from '../domain/persisted/set-aside-item';
import { hasShape, isRecord } from '../domain/persisted/shapes';
import { AssessmentState } from '../domain/types';
import { BrowserStorage, QuotaError, StoredRecord } from './browser-storage';
import { ASSESSMENT_KEY, isNewerDatabaseError, isStorageUnavailableError, QUARANTINE_KEY } from './open-database';
import { Recovery, StorageStatus } from './store-state';

const KEY = ASSESSMENT_KEY;
const QUARANTINE = QUARANTINE_KEY;
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
  if (!isRecord(raw)) return FIRST;
  const count = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) ? value : 0);
  return { revision: count(raw['revision']), epoch: count(raw['epoch']) };
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
  /** Why nothing may be written (a newer version's database, data that could not be set aside). */
  private locked?: string;
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

  /**
   * Reads the stored assessment, entry by entry: what cannot be read is set aside (kept as it was,
   * in the same transaction, and taken out of the record) and offered for download until the user
   * dismisses it, together with anything set aside earlier. A record of another layout is set
   * aside whole and left where it is for the next save to replace. A database of a newer version
   * of the app is read without being changed, offered for download and never written.
   */
  async read(): Promise<ReadResult> {
    let found: SetAsideItem[] = [];
    try {
      return await this.storage.transact(async (tx): Promise<ReadResult> => {
        const raw = await tx.get(KEY);
        const version = readVersion(await tx.get(VERSION));
        const kept = quarantineItems(await tx.get(QUARANTINE));
        const ok: StorageStatus = { state: 'ok' };
        if (raw === undefined) return { version, storage: ok, ...recoveryOf(kept) };
        const checked = readPersistedAssessment(raw);
        const now = Date.now();
        found = checked.ok
          ? checked.setAside.map((entry) => ({ ...entry, savedAt: now }))
          : [{ path: [], reason: checked.reason, value: raw, savedAt: now }];
        const assessment = checked.ok ? { assessment: checked.value } : {};
        if (found.length === 0) return { ...assessment, version, storage: ok, ...recoveryOf(kept) };
        const items = [...kept, ...found.filter((item) => !kept.some((old) => sameItem(old, item)))];
        tx.put(QUARANTINE, { items });
        // The record keeps what was read: the next start finds nothing to set aside again.
        if (checked.ok && isRecord(raw)) tx.put(KEY, { ...raw, value: persistedValue(checked.value) });
        return { ...assessment, version, storage: ok, recovery: { items } };
      });
    } catch (error) {
      if (isNewerDatabaseError(error)) return this.readNewerDatabase();
      if (found.length === 0) return { version: FIRST, storage: unavailable(error) };
      // Setting aside failed (no room?): nothing may be written over the stored value.
      this.locked = 'Stored data could not be read or set aside; nothing will be saved until it is dealt with.';
      return { version: FIRST, storage: { state: 'unavailable', message: this.locked }, recovery: { items: found } };
    }
  }

  /** Another version of the app upgraded the database: offer what it holds, change nothing. */
  private async readNewerDatabase(): Promise<ReadResult> {
    this.locked = NEWER_DATABASE;
    let data: Record<string, unknown> = {};
    try {
      data = await this.storage.readNewer();
    } catch {
      // Nothing to offer: the message still says why nothing is saved.
    }
    const now = Date.now();
    const reason = 'it was saved by a newer version of DSOMM Studio';
    // The assessment last: a backup of it is offered (see setAsideBackup).
    const keys = Object.keys(data).sort((a, b) => Number(a === KEY) - Number(b === KEY));
    const items: SetAsideItem[] = keys.map((key) => ({
      path: key === KEY ? [] : [key],
      reason: key === KEY ? reason : `${reason} (stored under "${key}")`,
      value: data[key],
      savedAt: now,
    }));
    return {
      version: FIRST,
      storage: { state: 'unavailable', message: this.locked },
      ...recoveryOf(items),
    };
  }

  /**
   * Stores `mine` as the next revision after `base` (the version this tab last had), merged with
   * any save of another tab since (see the class comment). Other tabs are told.
   */
  async write(mine: AssessmentState, base: Synced): Promise<WriteResult> {
    if (this.locked) return { state: 'unavailable', message: this.locked };
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
        const record: StoredRecord<PersistedAssessment> = {
          schema: PERSISTED_SCHEMA,
          savedAt: Date.now(),
          tabId: this.tabId,
          ...version,
          value: persistedValue(value),
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

  async clearQuarantine(): Promise<void> {
    if (this.locked) return;
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

const NEWER_DATABASE =
  'The data in this browser was saved by a newer version of DSOMM Studio. This version shows the served files and saves nothing, so as not to change it: download that data from the message above to keep it, or use the newer version.';

function unavailable(error: unknown): StorageStatus & { readonly state: 'unavailable' } {
  if (isNewerDatabaseError(error)) return { state: 'unavailable', message: NEWER_DATABASE };
  const why = isStorageUnavailableError(error) ? error.message : String(error);
  return {
    state: 'unavailable',
    message: `Browser storage is not available (${why}); changes will be lost when this tab closes. Download your progress to keep it.`,
  };
}

function recoveryOf(items: readonly SetAsideItem[]): { recovery?: Recovery } {
  return items.length > 0 ? { recovery: { items } } : {};
}

function sameItem(a: SetAsideItem, b: SetAsideItem): boolean {
  return a.path.join('\u0000') === b.path.join('\u0000') && sameJson(a.value, b.value);
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** The entries set aside so far; also of the layout before entries were set aside one by one. */
function quarantineItems(record: unknown): SetAsideItem[] {
  if (!isRecord(record)) return [];
  const { items, raw, reason, savedAt, previous } = record;
  // An entry without the time it was set aside counts as set aside long ago.
  if (Array.isArray(items)) return items.map(withTime).filter((item) => hasShape(item, SET_ASIDE_ITEM));
  if (!('raw' in record)) return [];
  const at = typeof savedAt === 'number' ? savedAt : 0;
  return [...quarantineItems(previous), { path: [], reason: String(reason ?? 'unknown'), value: raw, savedAt: at }];
}

function withTime(item: unknown): unknown {
  return isRecord(item) && item['savedAt'] === undefined ? { ...item, savedAt: 0 } : item;
}
