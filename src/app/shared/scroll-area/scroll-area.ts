import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Icon } from '../icon/icon';

/**
 * A wide table (or anything wider than the page can be) that scrolls sideways and shows it: a shadow
 * on each edge that has more beyond it, and a hint above. It only becomes a scroll box while its
 * content is wider than it: a scroll box would also catch `position: sticky` headers that should
 * stick to the page. While it scrolls it is a focusable, labelled region, so the keyboard scrolls it.
 */
@Component({
  selector: 'app-scroll-area',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (overflows()) {
      <p class="hint" aria-hidden="true">
        <app-icon name="chevron_left" [class.off]="!moreStart()" />
        Scroll sideways for more columns
        <app-icon name="chevron_right" [class.off]="!moreEnd()" />
      </p>
    }
    <div class="frame" [class.more-start]="moreStart()" [class.more-end]="moreEnd()">
      <div
        #viewport
        class="viewport"
        [class.scrolls]="overflows()"
        [attr.tabindex]="overflows() ? 0 : null"
        [attr.role]="overflows() ? 'region' : null"
        [attr.aria-label]="overflows() ? label() + ' (scrolls sideways)' : null"
        (scroll)="measure()"
      >
        <ng-content />
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
      /* Dark on light, light on dark: the edge shows on any background. */
      --app-scroll-shadow: color-mix(in srgb, var(--mat-sys-on-surface) 22%, transparent);
    }
    .hint {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      gap: 2px;
      margin: 0 0 4px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .hint app-icon {
      width: 18px;
      height: 18px;
    }
    .hint .off {
      opacity: 0.3;
    }
    .frame {
      position: relative;
    }
    .frame::before,
    .frame::after {
      content: '';
      position: absolute;
      top: 0;
      bottom: 0;
      z-index: 2;
      width: 20px;
      pointer-events: none;
      opacity: 0;
      transition: opacity 150ms;
    }
    .frame::before {
      left: 0;
      background: linear-gradient(to right, var(--app-scroll-shadow), transparent);
    }
    .frame::after {
      right: 0;
      background: linear-gradient(to left, var(--app-scroll-shadow), transparent);
    }
    .frame.more-start::before,
    .frame.more-end::after {
      opacity: 1;
    }
    .viewport.scrolls {
      overflow-x: auto;
      overscroll-behavior-x: contain;
    }
    .viewport:focus-visible {
      outline: 3px solid var(--app-focus-ring);
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: reduce) {
      .frame::before,
      .frame::after {
        transition: none;
      }
    }
    @media print {
      .hint,
      .frame::before,
      .frame::after {
        display: none;
      }
      .viewport.scrolls {
        overflow: visible;
      }
    }
  `,
})
export class ScrollArea {
  /** What the region holds, e.g. "Activities and their mappings"; read out while it scrolls. */
  readonly label = input.required<string>();

  private readonly viewport = viewChild.required<ElementRef<HTMLElement>>('viewport');
  protected readonly overflows = signal(false);
  protected readonly moreStart = signal(false);
  protected readonly moreEnd = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.viewport().nativeElement;
      this.measure();
      // The box changes with the window, the content with what it shows (rows filtered, columns added).
      const observer = new ResizeObserver(() => this.measure());
      observer.observe(element);
      for (const child of Array.from(element.children)) observer.observe(child);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  protected measure(): void {
    const element = this.viewport().nativeElement;
    // scrollWidth counts overflowing content whether or not the box scrolls yet.
    const hidden = element.scrollWidth - element.clientWidth;
    const overflows = hidden > 1;
    this.overflows.set(overflows);
    // scrollLeft is negative when scrolling right to left.
    const scrolled = Math.abs(element.scrollLeft);
    this.moreStart.set(overflows && scrolled > 1);
    this.moreEnd.set(overflows && scrolled < hidden - 1);
  }
}
