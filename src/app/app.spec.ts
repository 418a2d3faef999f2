import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSidenav } from '@angular/material/sidenav';
import { By } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { BehaviorSubject, firstValueFrom, map } from 'rxjs';
import { App } from './app';
import { SMALL_MODEL } from './domain/testing/model-fixture';
import { until } from './shared/testing/until';
import { FakeAssessmentStore, provideFakeStore, readyState } from './state/testing/fake-assessment-store';

@Component({
  selector: 'app-test-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>A page</h1>`,
})
class TestPage {}

// On a phone: the navigation is a drawer over the page, opened by the menu button.
describe('App on a phone, the navigation drawer by keyboard', () => {
  for (const animated of [true, false]) {
    describe(animated ? 'with its slide' : 'with animations off (as with reduced motion)', () => {
      let fixture: ComponentFixture<App>;
      let root: HTMLElement;
      let narrow: BehaviorSubject<boolean>;

      beforeEach(async () => {
        narrow = new BehaviorSubject(true);
        TestBed.configureTestingModule({
          providers: [
            provideFakeStore(new FakeAssessmentStore(readyState(SMALL_MODEL))),
            provideRouter([{ path: '**', component: TestPage }]),
            {
              provide: BreakpointObserver,
              useValue: { observe: () => narrow.pipe(map((matches) => ({ matches, breakpoints: {} }))) },
            },
            { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: !animated } },
          ],
        });
        fixture = TestBed.createComponent(App);
        root = fixture.nativeElement;
        // Focus needs the elements in the document.
        document.body.appendChild(root);
        await TestBed.inject(Router).navigateByUrl('/roadmap');
        await fixture.whenStable();
        // Material sets its slide up shortly after the start.
        if (animated) await until(fixture, () => root.querySelector('.mat-drawer-transition'), 'the slide');
      });

      afterEach(() => root.remove());

      const menu = () => root.querySelector<HTMLElement>('button[aria-label="Toggle navigation"]')!;
      const drawer = () => root.querySelector('mat-sidenav')!;
      const links = () => [...root.querySelectorAll<HTMLElement>('nav[aria-label="Main"] a')];
      const focused = () => document.activeElement?.textContent?.trim();

      /** Opens the drawer as Enter on the menu button does, and waits for it to be shown opening. */
      async function open(): Promise<void> {
        menu().focus();
        menu().click();
        await fixture.whenStable();
        expect(drawer().classList).toContain('mat-drawer-opened');
      }

      it('puts the focus on the first link as the drawer starts to open, and on the heading of the page chosen once the drawer and its scrim have gone', async () => {
        await open();
        // Before, only at the end of the slide (and after its timer without one): a Tab pressed
        // in between was taken back to the first link.
        expect(focused()).toBe('Heatmap');
        links()[1].focus();
        links()[1].click();
        await until(fixture, () => document.activeElement?.tagName === 'H1', 'the focus on the heading');
        expect(TestBed.inject(Router).url).toBe('/matrix');
        // Chosen during the opening slide: the drawer has slid back, and the scrim has faded.
        expect(drawer().classList).not.toContain('mat-drawer-opened');
        expect(drawer().getAnimations()).toEqual([]);
        const scrim = root.querySelector('.mat-drawer-backdrop')!;
        expect(scrim.getAnimations()).toEqual([]);
        expect(getComputedStyle(scrim).visibility).toBe('hidden');
      });

      it('gives the focus back to the menu button when Escape closes the drawer', async () => {
        await open();
        expect(focused()).toBe('Heatmap');
        document.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true, cancelable: true }),
        );
        await until(fixture, () => document.activeElement === menu(), 'the focus on the menu button');
        expect(menu().getAttribute('aria-expanded')).toBe('false');
        expect(drawer().classList).not.toContain('mat-drawer-opened');
      });

      it('leaves the focus where it is when the window narrows and the navigation beside the page closes', async () => {
        narrow.next(false);
        await until(fixture, () => drawer().classList.contains('mat-drawer-opened'), 'the navigation beside the page');
        (document.activeElement as HTMLElement | null)?.blur();
        // Told after the app (which listens from its start).
        const closing = firstValueFrom(
          fixture.debugElement.query(By.directive(MatSidenav)).componentInstance.closedStart,
        );
        narrow.next(true);
        await closing;
        expect(document.activeElement).toBe(document.body);
      });
    });
  }
});
