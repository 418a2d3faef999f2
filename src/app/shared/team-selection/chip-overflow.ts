import { afterNextRender, DestroyRef, Directive, ElementRef, inject, input, signal } from '@angular/core';

/**
 * How many chips of the list it sits on are below its edge (the box shows three rows and half the
 * fourth, then scrolls), measured on scroll, on resize and when its owner says the chips changed;
 * none while `expanded` (every chip shown).
 */
@Directive({
  selector: '[appChipOverflow]',
  exportAs: 'chipOverflow',
  host: { '(scroll)': 'measure()', '[class.expanded]': 'expanded()' },
})
export class ChipOverflow {
  readonly expanded = input(false, { alias: 'appChipOverflow' });
  readonly hiddenBelow = signal(0);
  private readonly box = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const observer = new ResizeObserver(() => this.measure());
      observer.observe(this.box);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  measure(): void {
    const edge = this.box.getBoundingClientRect().top + this.box.clientTop + this.box.clientHeight;
    const chips = Array.from(this.box.children);
    const below = chips.filter((chip) => chip.getBoundingClientRect().bottom > edge + 1).length;
    this.hiddenBelow.set(this.expanded() ? 0 : below);
  }
}
