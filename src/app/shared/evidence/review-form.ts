import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/**
 * "Mark reviewed" for one piece of evidence, in place of its buttons: asks the reviewer's name
 * (the last one given is offered) and emits it; the review is dated today by the parent.
 */
@Component({
  selector: 'app-review-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" (submit)="submit($event)" [attr.aria-label]="'Review of ' + title()" novalidate>
      <mat-form-field subscriptSizing="dynamic" class="name">
        <mat-label>Reviewer's name</mat-label>
        <input #name matInput [formControl]="reviewer" autocomplete="name" required />
        @if (reviewer.invalid) {
          <mat-error>Name the reviewer.</mat-error>
        }
      </mat-form-field>
      <button mat-flat-button type="submit">Mark reviewed today</button>
      <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      padding-top: 4px;
    }
    .name {
      flex: 1 1 14rem;
    }
  `,
})
export class ReviewForm {
  /** The evidence's title, for screen readers. */
  readonly title = input.required<string>();
  /** The name offered (the last reviewer named). */
  readonly name = input('');
  readonly reviewed = output<string>();
  readonly cancelled = output<void>();

  // A name of only spaces is no name.
  protected readonly reviewer = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/)],
  });
  private readonly nameInput = viewChild.required<ElementRef<HTMLInputElement>>('name');

  constructor() {
    afterNextRender(() => {
      this.reviewer.setValue(this.name());
      // The form replaces the button that opened it: the focus moves into it.
      this.nameInput().nativeElement.focus();
      this.nameInput().nativeElement.select();
    });
  }

  protected submit(event: Event): void {
    // Not a page navigation: the form only collects the name.
    event.preventDefault();
    if (this.reviewer.invalid) {
      this.reviewer.markAsTouched();
      return;
    }
    this.reviewed.emit(this.reviewer.value.trim());
  }
}
