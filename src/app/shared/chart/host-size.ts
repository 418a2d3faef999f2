import { afterNextRender, DestroyRef, ElementRef, inject, Signal, signal } from '@angular/core';

export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of the calling component's host element in whole pixels, 0 × 0 until it is first
 * rendered, and kept up to date as it resizes: charts lay themselves out for the room they get.
 * Call it in an injection context (a field initialiser or the constructor).
 */
export function hostSize(): Signal<BoxSize> {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const destroyRef = inject(DestroyRef);
  const size = signal<BoxSize>({ width: 0, height: 0 });
  afterNextRender(() => {
    const element = host.nativeElement;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const next = { width: Math.floor(rect.width), height: Math.floor(rect.height) };
      const old = size();
      // A new object on every callback would re-run the layout for nothing.
      if (old.width !== next.width || old.height !== next.height) size.set(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    destroyRef.onDestroy(() => observer.disconnect());
  });
  return size.asReadonly();
}
