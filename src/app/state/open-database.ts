const DB_NAME = 'dsomm-studio';
/** The one object store: keys to values (see BrowserStorage). */
export const STORE = 'kv';

export class StorageUnavailableError extends Error {}

/** Opens (creating it on first use) the app's database; framework-free so main.ts can start it. */
export function openDatabase(indexedDB: IDBFactory | undefined): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    if (!indexedDB) return reject(new StorageUnavailableError('IndexedDB is not available.'));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(new StorageUnavailableError(request.error?.message ?? 'IndexedDB could not be opened.'));
    request.onblocked = () => reject(new StorageUnavailableError('IndexedDB is blocked by another tab.'));
  });
}
