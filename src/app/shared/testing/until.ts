import { ComponentFixture } from '@angular/core/testing';

/**
 * Runs change detection until `check` returns something truthy, and returns it: for what a user
 * sees only after asynchronous work (reading a file, saving to IndexedDB, rows added a frame at a
 * time). It checks again at each animation frame for as long as it takes: Jasmine's limit per spec
 * (karma.conf.js) is the only bound. A count of tries or of milliseconds was a timed assertion in
 * disguise, which a loaded machine failed. Once the spec has ended (its fixture destroyed by
 * Jasmine's timeout) it stops quietly, saying on the console what never came, rather than failing
 * whichever spec runs next.
 */
export async function until<T>(
  fixture: ComponentFixture<unknown>,
  check: () => T,
  what: string,
): Promise<NonNullable<T>> {
  for (;;) {
    if (fixture.componentRef.hostView.destroyed) {
      console.error(`until: the spec ended before ${what}`);
      return new Promise<never>(() => undefined);
    }
    fixture.detectChanges();
    await fixture.whenStable();
    const found = check();
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
