const DB_NAME = 'dsomm-studio';
/** The one object store: keys to values (see BrowserStorage). */
export const STORE = 'kv';
/** The keys of the stored assessment and of what was set aside as unreadable (AssessmentPersistence). */
export const ASSESSMENT_KEY = 'assessment';
export const QUARANTINE_KEY = 'quarantine';

// main.ts runs from its own bundle (scripts/early-bundle.mjs) and opens the database there: the
// errors it makes are instances of that bundle's copy of these classes, which `instanceof` in the
// app's copy does not recognise. They are told apart by name (kept by minification) instead.
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/**
 * The database has a higher version than this app opens: a newer version of the app upgraded it,
 * and this one was rolled back since. This app must not touch it (see readNewerDatabase).
 */
export class NewerDatabaseError extends StorageUnavailableError {
  override name = 'NewerDatabaseError';
  constructor() {
    super('the data in this browser was saved by a newer version of DSOMM Studio');
  }
}

/** A NewerDatabaseError, from this copy of this module or main.ts's. */
export function isNewerDatabaseError(error: unknown): error is NewerDatabaseError {
  return error instanceof Error && error.name === 'NewerDatabaseError';
}

/** A StorageUnavailableError (a NewerDatabaseError too), from this copy of this module or main.ts's. */
export function isStorageUnavailableError(error: unknown): error is StorageUnavailableError {
  return isNewerDatabaseError(error) || (error instanceof Error && error.name === 'StorageUnavailableError');
}

/** Opens (creating it on first use) the app's database; framework-free so main.ts can start it. */
export function openDatabase(indexedDB: IDBFactory | undefined): Promise<IDBDatabase> {
  return openingDatabase(indexedDB).database;
}

/** The database being opened, and whether it is being created (nothing is stored in it yet). */
export interface OpeningDatabase {
  readonly database: Promise<IDBDatabase>;
  /**
   * True as soon as the database is found not to exist, before it has been created and opened (on
   * a first visit that takes the browser tens of ms more, while the start page could be painted);
   * false once it opened without being created, or failed to open. Never rejects.
   */
  readonly created: Promise<boolean>;
}

/**
 * Opens the app's database (creating it on first use). With `creationMayStart`, a database that
 * `indexedDB.databases()` does not list is not created before that promise settles: on a first
 * visit the browser would otherwise set up the new origin's storage while the start page is being
 * painted (`created` is then true at once). One that is listed, or where the list cannot be had,
 * is opened at once, as without it.
 */
export function openingDatabase(
  indexedDB: IDBFactory | undefined,
  creationMayStart?: Promise<unknown>,
): OpeningDatabase {
  let settle: (created: boolean) => void = () => undefined;
  const created = new Promise<boolean>((resolve) => (settle = resolve));
  const absent = creationMayStart ? isAbsent(indexedDB) : Promise.resolve(false);
  const database = absent.then((wait) => {
    if (!wait) return open(indexedDB, settle);
    settle(true);
    return creationMayStart!.then(
      () => open(indexedDB, settle),
      () => open(indexedDB, settle),
    );
  });
  database.then(
    () => settle(false),
    () => settle(false),
  );
  return { database, created };
}

/** Whether the database is known not to exist (false where the browser cannot say). */
function isAbsent(indexedDB: IDBFactory | undefined): Promise<boolean> {
  if (typeof indexedDB?.databases !== 'function') return Promise.resolve(false);
  return indexedDB.databases().then(
    (list) => !list.some((info) => info.name === DB_NAME),
    () => false,
  );
}

function open(indexedDB: IDBFactory | undefined, settle: (created: boolean) => void): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    if (!indexedDB) return reject(new StorageUnavailableError('IndexedDB is not available.'));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = (event) => {
      request.result.createObjectStore(STORE);
      if (event.oldVersion === 0) settle(true);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(
        request.error?.name === 'VersionError'
          ? new NewerDatabaseError()
          : new StorageUnavailableError(request.error?.message ?? 'IndexedDB could not be opened.'),
      );
    request.onblocked = () => reject(new StorageUnavailableError('IndexedDB is blocked by another tab.'));
  });
}

/**
 * Everything in the database that a newer version of the app left, read without upgrading or
 * changing it (opened at whatever version it has): key -> value of its object store `kv`, if it
 * still has one. For download only.
 */
export function readNewerDatabase(indexedDB: IDBFactory): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onerror = () =>
      reject(new StorageUnavailableError(request.error?.message ?? 'IndexedDB could not be opened.'));
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) {
        db.close();
        return resolve({});
      }
      const store = db.transaction(STORE, 'readonly').objectStore(STORE);
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        db.close();
        resolve(Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])));
      };
      values.onerror = () => (db.close(), reject(values.error));
    };
  });
}

/** The values of `keys` in the app's store, read in one transaction (undefined for a missing key). */
export function readKeys(db: IDBDatabase, keys: readonly string[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const requests = keys.map((key) => store.get(key));
    tx.oncomplete = () => resolve(requests.map((request) => request.result as unknown));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB read failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB read aborted.'));
  });
}
