import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { rowsInSteps } from './rows-in-steps';
import { ShowMore } from './show-more';

@Component({
  imports: [ShowMore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-show-more [rows]="rows" noun="teams" />`,
})
class Host {
  readonly items = signal(Array.from({ length: 450 }, (_, i) => `Team ${i + 1}`));
  readonly rows = rowsInSteps(this.items, 50);
}

describe('ShowMore', () => {
  let fixture: ComponentFixture<Host>;
  const line = () =>
    (fixture.nativeElement as HTMLElement).querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim();
  const press = async () => {
    (fixture.nativeElement as HTMLElement).querySelector('button')!.click();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('keeps the focus in place when the last press takes its button away', async () => {
    expect(line()).toBe('Showing 50 of 450 teams. Show 200 more');
    (fixture.nativeElement as HTMLElement).querySelector('button')!.focus();
    await press();
    expect(line()).toBe('Showing 250 of 450 teams. Show 200 more');
    await press();
    expect(fixture.componentInstance.rows.rows().length).toBe(450);
    expect(line()).toBe('Showing all 450 teams.');
    // Before, the focus fell to the page's body, and a keyboard user started again from the top.
    expect(document.activeElement?.textContent?.trim()).toBe('Showing all 450 teams.');
  });

  it('starts another list with its button again, not with the line of the last one', async () => {
    await press();
    await press();
    fixture.componentInstance.items.set(Array.from({ length: 300 }, (_, i) => `Other ${i + 1}`));
    await fixture.whenStable();
    expect(line()).toBe('Showing 50 of 300 teams. Show 200 more');
    fixture.componentInstance.items.set(['Only one']);
    await fixture.whenStable();
    expect(line()).toBeUndefined();
  });
});
