import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { until } from '../testing/until';
import { ScrollArea } from './scroll-area';

@Component({
  imports: [ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div style="width: 300px">
      <app-scroll-area label="Scores">
        <table [style.width.px]="width()">
          <tr>
            <td>Team A</td>
          </tr>
        </table>
      </app-scroll-area>
    </div>
  `,
})
class Host {
  readonly width = signal(600);
}

describe('ScrollArea', () => {
  it('says that content wider than it scrolls, and where there is more; nothing when it fits', async () => {
    const fixture = TestBed.createComponent(Host);
    const root: HTMLElement = fixture.nativeElement;
    document.body.appendChild(root);
    try {
      fixture.detectChanges();
      const region = () => root.querySelector<HTMLElement>('[role="region"]');
      const frame = () => root.querySelector('.frame')!.classList;
      await until(fixture, () => region(), 'the region');
      expect(region()!.getAttribute('aria-label')).toBe('Scores (scrolls sideways)');
      expect(region()!.tabIndex).toBe(0);
      expect(root.textContent).toContain('Scroll sideways for more columns');
      expect([frame().contains('more-start'), frame().contains('more-end')]).toEqual([false, true]);

      region()!.scrollLeft = 300;
      region()!.dispatchEvent(new Event('scroll'));
      fixture.detectChanges();
      expect([frame().contains('more-start'), frame().contains('more-end')]).toEqual([true, false]);

      // Narrower content (rows filtered, a column gone): no hint, no tab stop, not a scroll box.
      fixture.componentInstance.width.set(200);
      await until(fixture, () => region() === null, 'no region');
      expect(root.textContent).not.toContain('Scroll sideways');
      expect(root.querySelector('.viewport')!.hasAttribute('tabindex')).toBeFalse();
      expect(getComputedStyle(root.querySelector('.viewport')!).overflowX).toBe('visible');
    } finally {
      root.remove();
    }
  });
});
