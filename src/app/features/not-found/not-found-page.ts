import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Page not found</h1>
    <p>
      There is no page at <code>{{ url }}</code>. It may have moved, or the link may be mistyped.
    </p>
    <p><a routerLink="/">Go to the start page</a></p>
  `,
  host: { class: 'app-page' },
  styles: `
    :host {
      max-width: 60ch;
    }
  `,
})
export class NotFoundPage {
  protected readonly url = inject(Router).url;
}
