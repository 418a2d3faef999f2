import { ComponentFixture } from '@angular/core/testing';

/**
 * Runs change detection until `check` returns something truthy, and returns it: for what happens
 * after asynchronous work (reading a file, saving to IndexedDB). Fails after about `tries` × 10 ms.
 */
export async function until<T>(
  fixture: ComponentFixture<unknown>,
  check: () => T,
  what: string,
  tries = 300,
): Promise<NonNullable<T>> {
  for (let i = 0; i < tries; i++) {
    fixture.detectChanges();
    await fixture.whenStable();
    const found = check();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
