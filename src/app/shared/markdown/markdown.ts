import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input } from '@angular/core';
import { renderMarkdown } from './render-markdown';

/**
 * Markdown text from a model or evidence file. The HTML is produced by `renderMarkdown`, which
 * sanitises with DOMPurify; this is the only place in the app that binds HTML.
 */
@Component({
  selector: 'app-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="markdown" [innerHTML]="html()"></div>`,
  styles: `
    :host {
      display: block;
    }
    .markdown :first-child {
      margin-top: 0;
    }
    .markdown :last-child {
      margin-bottom: 0;
    }
    .markdown code {
      font-family: 'Roboto Mono', ui-monospace, monospace;
      font-size: 0.9em;
      background: var(--mat-sys-surface-container-high);
      padding: 0 3px;
      border-radius: 3px;
    }
  `,
})
export class Markdown {
  readonly text = input<string>('');
  /** Links resolve against the document's base, as the browser resolves them when clicked. */
  private readonly base = inject(DOCUMENT).baseURI;
  protected readonly html = computed(() => renderMarkdown(this.text(), this.base));
}
