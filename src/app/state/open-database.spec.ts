import {
  isNewerDatabaseError,
  isStorageUnavailableError,
  NewerDatabaseError,
  openDatabase,
  openingDatabase,
  StorageUnavailableError,
} from './open-database';

/** What main.ts's bundle makes: the same classes, but another copy of them. */
class OtherCopyNewer extends Error {
  override name = 'NewerDatabaseError';
}
class OtherCopyUnavailable extends Error {
  override name = 'StorageUnavailableError';
}

describe('openDatabase errors', () => {
  it('recognises a database of a newer version, also when main.ts opened it', () => {
    expect(isNewerDatabaseError(new NewerDatabaseError())).toBeTrue();
    expect(isNewerDatabaseError(new OtherCopyNewer('newer'))).toBeTrue();
    expect(isStorageUnavailableError(new OtherCopyNewer('newer'))).toBeTrue();
    expect(isNewerDatabaseError(new StorageUnavailableError('blocked'))).toBeFalse();
    expect(isNewerDatabaseError(new Error('newer'))).toBeFalse();
  });

  it('recognises storage that cannot be used, from either copy, and nothing else', () => {
    expect(isStorageUnavailableError(new StorageUnavailableError('blocked'))).toBeTrue();
    expect(isStorageUnavailableError(new OtherCopyUnavailable('blocked'))).toBeTrue();
    expect(isStorageUnavailableError(new TypeError('x'))).toBeFalse();
    expect(isStorageUnavailableError('StorageUnavailableError')).toBeFalse();
  });

  it('rejects a database that a newer version upgraded with an error saying so', async () => {
    const name = 'dsomm-studio';
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('another connection holds the database'));
    });
    try {
      const error = await openDatabase(indexedDB).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(isNewerDatabaseError(error)).toBeTrue();
    } finally {
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = done;
      });
    }
  });
});

// The start page painted before Angular takes a database being created as holding nothing stored;
// one that exists (data saved on an earlier visit) must be read.
describe('openingDatabase', () => {
  const name = 'dsomm-studio';
  const deleted = () =>
    new Promise((done) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = done;
    });
  beforeEach(deleted);
  afterEach(deleted);

  it('tells a database created now, before it is open, from one found', async () => {
    const first = openingDatabase(indexedDB);
    let opened = false;
    void first.database.then(() => (opened = true));
    expect(await first.created).toBeTrue();
    expect(opened).withContext('known before the database is ready').toBeFalse();
    (await first.database).close();

    const again = openingDatabase(indexedDB);
    expect(await again.created).toBeFalse();
    (await again.database).close();
  });

  const listed = async () => (await indexedDB.databases()).some((info) => info.name === name);

  it('on a first visit, creates the database only once allowed, saying at once that nothing is stored', async () => {
    let allow: () => void = () => undefined;
    const opening = openingDatabase(indexedDB, new Promise<void>((resolve) => (allow = resolve)));
    let opened = false;
    void opening.database.then(() => (opened = true));
    expect(await opening.created).toBeTrue();
    await new Promise((later) => setTimeout(later, 50));
    expect(opened).withContext('not opened before it is allowed').toBeFalse();
    expect(await listed())
      .withContext('not created before it is allowed')
      .toBeFalse();
    allow();
    const db = await opening.database;
    expect(db.objectStoreNames.contains('kv')).toBeTrue();
    db.close();
    expect(await listed()).toBeTrue();
  });

  it('opens a database that exists at once, without waiting to be allowed', async () => {
    (await openingDatabase(indexedDB).database).close();
    const opening = openingDatabase(indexedDB, new Promise<void>(() => undefined));
    expect(await opening.created).toBeFalse();
    (await opening.database).close();
  });

  it('opens at once where the browser cannot list its databases', async () => {
    const unlisted = { open: indexedDB.open.bind(indexedDB) } as IDBFactory;
    const opening = openingDatabase(unlisted, new Promise<void>(() => undefined));
    expect(await opening.created).toBeTrue();
    (await opening.database).close();
    expect(await listed()).toBeTrue();
  });

  it('never writes to a database a newer version created after it was found absent', async () => {
    let allow: () => void = () => undefined;
    const opening = openingDatabase(indexedDB, new Promise<void>((resolve) => (allow = resolve)));
    expect(await opening.created).toBeTrue();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });
    allow();
    const error = await opening.database.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(isNewerDatabaseError(error)).toBeTrue();
  });

  it('says nothing was created when the database cannot be opened', async () => {
    const opening = openingDatabase(undefined);
    expect(await opening.created).toBeFalse();
    await expectAsync(opening.database).toBeRejectedWithError(StorageUnavailableError);
  });
});
