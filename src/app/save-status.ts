import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { AssessmentStore } from './state/assessment-store';

/**
 * Whether everything shown is stored in the browser, in the toolbar of every page: a change is
 * written at once, and this says when it is not (yet). Polite: it never interrupts a screen reader.
 * What went wrong, and what to do, is in the banner of AppStatus: "Not saved" is a button to it,
 * since on a phone, scrolled down a page, that banner is out of view and only this shows.
 */
@Component({
  selector: 'app-save-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span role="status" aria-live="polite">
    @if (problem()) {
      <button type="button" class="problem" (click)="reveal.emit()" title="Why it was not saved">
        {{ text() }}
      </button>
    } @else {
      {{ text() }}
    }
  </span>`,
  styles: `
    :host {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    .problem {
      min-height: 24px;
      padding: 0 4px;
      border: 0;
      background: none;
      font: inherit;
      color: var(--mat-sys-error);
      text-decoration: underline;
      cursor: pointer;
    }
  `,
})
export class SaveStatus {
  private readonly state = inject(AssessmentStore).state;
  protected readonly text = computed(() => {
    const { status, storage } = this.state();
    if (status !== 'ready') return '';
    switch (storage.state) {
      case 'pending':
        return 'Saving…';
      case 'ok':
        return 'All changes saved';
      case 'error':
      case 'unavailable':
        return 'Not saved';
    }
  });
  protected readonly problem = computed(() => this.text() === 'Not saved');
  /** The user asks why: the page shows the banner that says. */
  readonly reveal = output<void>();
}
