import { DOCUMENT, Injectable, InjectionToken, inject } from '@angular/core';
import { NewerDatabaseError, openDatabase, readNewerDatabase, STORE } from './open-database';

/** What the persistence layer keeps under one key; `schema` versions the stored layout. */
export interface StoredRecord<T> {
  readonly schema: number;
  readonly savedAt: number;
  readonly tabId: string;
  /** The save's number and the reset epoch it belongs to (see AssessmentPersistence). */
  readonly revision: number;
  readonly epoch: number;
  readonly value: T;
}

/** What `BrowserStorage.transact` hands its work: reads and writes of the one transaction. */
export interface KvTransaction {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): void;
  delete(key: string): void;
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
    this.watch();
  }

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      this.db = openDatabase(this.indexedDB);
      this.watch();
    }
    return this.db!;
  }

  /**
   * A failed open is retried on next use. A newer version of the app opening the database to
   * upgrade it would wait for this tab for ever: this tab lets go (and its next open finds out).
   */
  private watch(): void {
    const opened = this.db;
    opened?.then(
      (db) =>
        db.addEventListener('versionchange', () => {
          db.close();
          if (this.db === opened) this.db = undefined;
        }),
      () => {
        if (this.db === opened) this.db = undefined;
      },
    );
  }

  /** What a newer version of the app left in the database, untouched (after a NewerDatabaseError). */
  readNewer(): Promise<Record<string, unknown>> {
    if (!this.indexedDB) return Promise.reject(new NewerDatabaseError());
    return readNewerDatabase(this.indexedDB);
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

  /**
   * Runs `work` in one read-write transaction: what it reads cannot change before what it writes is
   * stored, even by another tab (IndexedDB runs overlapping read-write transactions one after the
   * other). `work` may await only its own `get`s, or the transaction ends early. Resolves with its
   * result once everything is stored; if it throws, nothing is.
   */
  async transact<R>(work: (tx: KvTransaction) => Promise<R>): Promise<R> {
    const db = await this.open();
    return new Promise<R>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      let result: R;
      let failure: unknown;
      const kv: KvTransaction = {
        get: (key) =>
          new Promise((done, fail) => {
            const request = store.get(key);
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          }),
        put: (key, value) => void store.put(value, key),
        delete: (key) => void store.delete(key),
      };
      work(kv).then(
        (value) => (result = value),
        (error: unknown) => {
          failure = error;
          try {
            tx.abort();
          } catch {
            // Already finished: `work` awaited something else, a bug reported below all the same.
          }
        },
      );
      tx.oncomplete = () => (failure === undefined ? resolve(result) : reject(toStorageError(failure)));
      tx.onabort = tx.onerror = () => reject(toStorageError(failure ?? tx.error));
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
