import { DOCUMENT, Injectable, InjectionToken, inject } from '@angular/core';
import { openDatabase, STORE } from './open-database';

export { StorageUnavailableError } from './open-database';

/** What the persistence layer keeps under one key; `schema` versions the stored layout. */
export interface StoredRecord<T> {
  readonly schema: number;
  readonly savedAt: number;
  readonly tabId: string;
  readonly value: T;
}

/** The database opened by main.ts before Angular started (opening takes a few tens of ms). */
export const EARLY_DATABASE = new InjectionToken<Promise<IDBDatabase>>('EARLY_DATABASE');

export class QuotaError extends Error {
  constructor() {
    super('The browser has no more room for this data (storage quota exceeded).');
  }
}

/**
 * A key-value store in IndexedDB. IndexedDB rather than localStorage because a large organisation's
 * data (1,000 teams with progress on every activity, ~13 MB as YAML) is beyond localStorage's ~5 MB
 * quota; every write is one transaction, so a failed write (quota) leaves the old value intact.
 */
@Injectable({ providedIn: 'root' })
export class BrowserStorage {
  private readonly indexedDB = inject(DOCUMENT).defaultView?.indexedDB;
  private db? = inject(EARLY_DATABASE, { optional: true }) ?? undefined;

  constructor() {
    this.db?.catch(() => (this.db = undefined));
  }

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      this.db = openDatabase(this.indexedDB);
      this.db.catch(() => (this.db = undefined));
    }
    return this.db;
  }

  async get(key: string): Promise<unknown> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  /** Writes all entries in one transaction: either every one is stored or none. */
  async put(entries: Readonly<Record<string, unknown>>): Promise<void> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      try {
        for (const [key, value] of Object.entries(entries)) store.put(value, key);
      } catch (error) {
        tx.abort();
        return reject(toStorageError(error));
      }
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(toStorageError(tx.error));
    });
  }

  async delete(key: string): Promise<void> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(key);
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(toStorageError(tx.error));
    });
  }
}

function toStorageError(error: unknown): Error {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return new QuotaError();
  return error instanceof Error ? error : new Error(String(error));
}
