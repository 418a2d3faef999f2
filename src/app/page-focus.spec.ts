import { ChangeDetectionStrategy, Component, ElementRef, input, signal, viewChild } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterLink, RouterOutlet, withComponentInputBinding } from '@angular/router';
import { focusPageOnNavigation } from './page-focus';

/** A page: its heading, a link to the next item (kept when the item changes) and a control. */
@Component({
  selector: 'app-test-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>Item {{ id() }}</h1>
    <a class="next" [routerLink]="['/item', next()]">Next</a>
    <button type="button">A control</button>`,
})
class ItemPage {
  readonly id = input('');
  protected next(): string {
    return String(Number(this.id()) + 1);
  }
}

@Component({
  selector: 'app-test-plain',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>A page without a heading</p>`,
})
class PlainPage {}

@Component({
  selector: 'app-test-shell',
  imports: [RouterOutlet, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nav>
      <a class="to-item" routerLink="/item/7">Item 7</a>
      <a class="to-plain" routerLink="/plain">Plain</a>
      <a class="team" routerLink="/item/1" [queryParams]="{ team: 'A' }">Team A</a>
    </nav>
    <main #main tabindex="-1">
      <div #status><a class="banner" routerLink="/item/3">Open item 3</a></div>
      <router-outlet />
    </main>`,
})
class TestShell {
  /** A drawer over the page, as the phone's navigation while it slides away. */
  readonly covered = signal(false);
  private readonly main = viewChild.required('main', { read: ElementRef<HTMLElement> });
  private readonly status = viewChild.required('status', { read: ElementRef<HTMLElement> });
  constructor() {
    focusPageOnNavigation(this.main, this.status, this.covered);
  }
}

describe('focusPageOnNavigation', () => {
  let fixture: ComponentFixture<TestShell>;
  let root: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'item/:id', component: ItemPage },
            { path: 'plain', component: PlainPage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    fixture = TestBed.createComponent(TestShell);
    root = fixture.nativeElement;
    // Focus needs the elements in the document.
    document.body.appendChild(root);
    await fixture.whenStable();
    root.querySelector<HTMLElement>('a.to-item')!.focus();
    await TestBed.inject(Router).navigateByUrl('/item/1');
    await fixture.whenStable();
  });

  afterEach(() => root.remove());

  /** Follows a link with the focus on it, as Enter does, and waits for the page it opens. */
  async function follow(selector: string): Promise<void> {
    const link = root.querySelector<HTMLAnchorElement>(selector)!;
    link.focus();
    link.click();
    await fixture.whenStable();
  }

  const focused = () => document.activeElement?.textContent?.trim();

  it('leaves the focus where it is on the first page', () => {
    expect(root.querySelector('h1')?.textContent).toBe('Item 1');
    expect(focused()).toBe('Item 7');
  });

  it('moves the focus from the navigation to the heading of the page chosen, once: Tab goes on into the page', async () => {
    await follow('a.to-item');
    expect(focused()).toBe('Item 7');
    expect(document.activeElement?.tagName).toBe('H1');
    root.querySelector<HTMLElement>('main button')!.focus();
    expect(root.querySelector('h1')?.hasAttribute('tabindex')).toBe(false);
  });

  it('moves the focus from a banner above the page to the heading of the page it opens', async () => {
    await follow('a.banner');
    expect(document.activeElement?.tagName).toBe('H1');
    expect(focused()).toBe('Item 3');
  });

  it('focuses the main region of a page without a heading', async () => {
    await follow('a.to-plain');
    expect(document.activeElement).toBe(root.querySelector('main'));
  });

  it('keeps the focus on a control that stays in the page (Next)', async () => {
    await follow('a.next');
    expect(root.querySelector('h1')?.textContent).toBe('Item 2');
    expect(focused()).toBe('Next');
  });

  it('keeps the focus when only the query changes (a team chosen)', async () => {
    await follow('a.team');
    expect(TestBed.inject(Router).url).toBe('/item/1?team=A');
    expect(focused()).toBe('Team A');
  });

  it('moves the focus to the heading only once the drawer over the page has gone', async () => {
    fixture.componentInstance.covered.set(true);
    await fixture.whenStable();
    await follow('a.to-item');
    expect(root.querySelector('h1')?.textContent).toBe('Item 7');
    expect(document.activeElement?.tagName).toBe('A');
    fixture.componentInstance.covered.set(false);
    await fixture.whenStable();
    expect(document.activeElement?.tagName).toBe('H1');
    expect(focused()).toBe('Item 7');
  });
});
