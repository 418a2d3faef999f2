/// <reference types="jasmine" />
import { TestBed } from '@angular/core/testing';
import { BrowserStorage } from '../browser-storage';
import { PersistedAssessment } from '../../domain/persisted/persisted-assessment';

/** What the browser has stored now (the persisted record's value, in the stored layout), read back from IndexedDB. */
export async function storedAssessment(): Promise<PersistedAssessment | undefined> {
  const record = (await TestBed.inject(BrowserStorage).get('assessment')) as { value: PersistedAssessment } | undefined;
  return record?.value;
}

/** Deletes everything the app stores, so that each spec starts from the served files. */
export async function clearBrowserData(): Promise<void> {
  const storage = TestBed.inject(BrowserStorage);
  for (const key of ['assessment', 'version', 'quarantine']) await storage.delete(key);
}

/** IndexedDB refuses every write as a full disk does, until the returned spy is told otherwise. */
export function fullDisk(): jasmine.Spy {
  return spyOn(IDBObjectStore.prototype, 'put').and.throwError(
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  );
}
